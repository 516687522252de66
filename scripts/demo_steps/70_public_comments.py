"""Uji publik: masukan warga dari rekap pertemuan ke masukan_warga, lalu rekap PDF untuk forum (U1–U3)."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    table = ctx.root / "resources" / "sample" / "masukan_uji_publik.csv"
    if not survey or not table.exists():
        print("    (dilewati: basis data survei (langkah 20) atau resources/sample/masukan_uji_publik.csv belum ada)")
        return
    folder = ctx.out / "uji_publik"
    folder.mkdir(parents=True, exist_ok=True)
    points, summary = folder / "masukan_warga.gpkg", folder / "rekap_masukan.pdf"
    for path in (points, summary):
        if path.exists():
            path.unlink()
    params = {"DATABASE": survey, "TABLE": str(table), "OUTPUT": str(points)}
    if ctx.results.get("sheet_index"):
        params["SHEET_INDEX"] = ctx.results["sheet_index"]
    ctx.run("importcomments", params)
    result = ctx.run("publiccommentsummary", {"DATABASE": survey, "OUTPUT": str(summary)})
    print(f"    {result['OPEN_COUNT']} masukan masih terbuka")
    ctx.made(points, "masukan warga ditempatkan (blok, RT, sel lembar) atau disimpan tanpa titik")
    ctx.made(summary, "rekap masukan per lembar, blok, topik, kelompok, status + peta + daftar terbuka")
