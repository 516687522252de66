"""Penilaian tingkat kekumuhan per RT (Permen PUPR 14/2018): survei + baseline KOTAKU."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    folder = ctx.out / "analisis"
    folder.mkdir(parents=True, exist_ok=True)
    scores, summary = folder / "skor_kumuh.gpkg", folder / "skor_kumuh.pdf"
    for path in (scores, summary):
        if path.exists():
            path.unlink()
    baseline = ctx.root / "resources" / "sample" / "baseline_kumuh.csv"
    result = ctx.run("slumassessment", {
        "DATABASE": survey, "BASELINE": str(baseline) if baseline.exists() else None,
        "BUILDING_RULES": ctx.results.get("buildings_result"), "CITY_SIZE": 1,
        "OUTPUT": str(scores), "REPORT": str(summary)})
    from collections import Counter

    from osgeo import ogr

    source = ogr.Open(result["OUTPUT"])
    levels = Counter(f.GetField("tingkat_kumuh") or "belum pasti" for f in source.GetLayer(0))
    print("    " + ", ".join(f"{level}: {n} RT" for level, n in sorted(levels.items())))
    ctx.made(scores, "skor kekumuhan per RT: volume, persen, skor, sumber tiap kriteria (peta R05K)")
    ctx.made(summary, "ringkasan penilaian kekumuhan (PDF A4)")
