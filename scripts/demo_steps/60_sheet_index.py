"""Indeks lembar peta 1:1000 (A3 lanskap) di atas kawasan prioritas."""


def run(ctx):
    data = ctx.results.get("survey_gpkg") or str(ctx.sample)
    target = ctx.out / "album" / "indeks_lembar.gpkg"
    target.parent.mkdir(parents=True, exist_ok=True)
    result = ctx.run("createsheetindex", {
        "PRIORITY_AREA": f"{data}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": 0,
        "ORIENTATION": 0, "OUTPUT": str(target)})
    ctx.results["sheet_index"] = result["OUTPUT"]
    ctx.made(target, "indeks lembar peta 1:1000 (nomor_lembar, tetangga) untuk album")
