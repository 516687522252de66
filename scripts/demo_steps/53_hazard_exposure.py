"""Keterpaparan bencana per RT dan akses mobil pemadam per bangunan (A3a–A3c, R07)."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    folder = ctx.out / "analisis"
    folder.mkdir(parents=True, exist_ok=True)
    per_rt, per_building = folder / "paparan_bencana_rt.gpkg", folder / "paparan_bangunan.gpkg"
    for path in (per_rt, per_building):
        if path.exists():
            path.unlink()
    result = ctx.run("hazardexposure", {"DATABASE": survey, "OUTPUT": str(per_rt),
                                        "OUTPUT_BUILDINGS": str(per_building)})
    from collections import Counter

    from osgeo import ogr

    source = ogr.Open(result["OUTPUT_BUILDINGS"])
    features = list(source.GetLayer(0))
    levels = Counter(f.GetField("tingkat_tertinggi") for f in features)
    far = sum(1 for f in features if f.GetField("akses_damkar") == 0)
    print("    bangunan per tingkat bahaya tertinggi: " + ", ".join(f"{k} {v}" for k, v in sorted(levels.items()))
          + f"; {far} tanpa akses mobil pemadam (> 50 m dari jalan ≥ 3,5 m)")
    ctx.made(per_rt, "keterpaparan per RT × bencana × tingkat (bangunan, lantai, KK, KK miskin, fasilitas)")
    ctx.made(per_building, "per bangunan: tingkat bahaya tertinggi, jarak ke jalan pemadam/hidran (peta R07)")
