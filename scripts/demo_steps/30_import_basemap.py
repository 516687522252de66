"""Impor peta dasar: ortofoto contoh (penilaian resolusi 1:1000, overview)."""


def run(ctx):
    ortho = ctx.root / "resources" / "sample" / "ortho_contoh.tif"
    if not ortho.is_file():
        print("    (dilewati: resources/sample/ortho_contoh.tif belum dibuat)")
        return
    target = ctx.out / "peta_dasar" / "ortofoto_contoh.tif"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    params = {"INPUT": str(ortho), "RASTER_MODE": 1, "OUTPUT_RASTER": str(target)}
    survey = ctx.results.get("survey_gpkg")
    if survey:
        params["DATABASE"] = str(survey).split("|")[0]
    result = ctx.run("importbasemap", params)
    verdict = "memenuhi" if result["SUITS_SCALE"] else "tidak memenuhi"
    print(f"    resolusi tanah {result['RESOLUTION']:.2f} m: {verdict} skala 1:1000")
    print(f"    transformasi: {result['TRANSFORM']}")
    ctx.results["basemap_raster"] = str(target)
    ctx.made(target, "ortofoto contoh (GeoTIFF bertile + overview)")
