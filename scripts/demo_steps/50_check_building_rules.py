"""Periksa bangunan dan persil terhadap aturan zona (KDB, KLB, KDH, GSB, tinggi, ITBX)."""

import json


def run(ctx):
    zones = ctx.results.get("cityplan_layer")
    if not zones:
        print("    (dilewati: lapisan rencana kota ternormalisasi belum ada — langkah 35 impor rencana kota)")
        return
    sample = str(ctx.sample)
    folder = ctx.out / "pemeriksaan"
    folder.mkdir(parents=True, exist_ok=True)
    parcels_out, buildings_out = folder / "cek_persil.gpkg", folder / "cek_bangunan.gpkg"
    report = folder / "cek_bangunan.json"
    itbx = ctx.root / "resources" / "sample" / "rules" / "itbx.csv"
    result = ctx.run("checkbuildingrules", {
        "BUILDINGS": f"{sample}|layername=bangunan", "FLOORS_FIELD": "jml_lantai", "HEIGHT_FIELD": "tinggi_m",
        "USE_FIELD": "fungsi", "PARCELS": f"{sample}|layername=persil", "ZONES": zones,
        "ROADS": f"{sample}|layername=jalan", "ROAD_WIDTH_FIELD": "lebar_m", "ROAD_CLASS_FIELD": "kelas_jalan",
        # No GREEN: the sample maps public RTH only, not the yards on private plots, so giving it
        # would measure KDH 0 % on every house plot. KDH is reported TIDAK_DICEK instead.
        "ITBX": str(itbx) if itbx.exists() else None,
        "REPORT": str(report), "OUTPUT": str(parcels_out), "OUTPUT_BUILDINGS": str(buildings_out)})
    summary = json.loads(report.read_text(encoding="utf-8"))["ringkasan"]
    for name in ("bangunan", "persil"):
        print(f"    {name}: {summary[name]['status']}")
    ctx.results["buildings_result"] = result["OUTPUT_BUILDINGS"]
    ctx.results["parcels_result"] = result["OUTPUT"]
    ctx.made(parcels_out, "persil: KDB/KLB/KDH terhadap aturan zona, status dan alasan")
    ctx.made(buildings_out, "bangunan: GSB, tinggi, lantai, ITBX (dan KDB/KLB/KDH persilnya)")
    ctx.made(report, "ringkasan pemeriksaan bangunan (JSON)")
