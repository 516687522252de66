"""Album peta tematik: semua peta katalog (1:1000 per lembar, 1:5000 kelurahan), varian uji publik."""


def run(ctx):
    data = ctx.results.get("survey_gpkg") or str(ctx.sample)
    sheets = ctx.results.get("sheet_index")
    if not sheets:
        print("    (dilewati: indeks lembar belum dibuat — jalankan langkah 60_sheet_index)")
        return
    for variant, name in ((1, "uji_publik"), (0, "standar")):
        folder = ctx.out / "album" / name
        result = ctx.run("renderthematicmaps", {
            "DATABASE": data, "SHEET_INDEX": sheets, "MAPS": [], "VARIANT": variant,
            "OUTPUT_FOLDER": str(folder)})
        print(f"    {name}: {result['PAGE_COUNT']} halaman")
        ctx.made(result["MANIFEST"], f"album peta tematik ({name}): PDF per peta + manifest")
    ctx.results["album_manifest"] = str(ctx.out / "album" / "uji_publik" / "manifest.json")
