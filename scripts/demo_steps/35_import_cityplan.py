"""Impor rencana kota: zona RDTR contoh + tabel aturan contoh -> lapisan rencana kota baku."""

from pathlib import Path


def run(ctx):
    # the tables written by step 33 when it ran, else the sample's own
    rules = Path(ctx.results.get("rule_tables") or ctx.root / "resources" / "sample" / "rules")
    sample = ctx.sample
    if not sample.is_file() or not (rules / "intensitas.csv").is_file():
        print("    (dilewati: data contoh atau tabel aturan contoh belum dibuat)")
        return
    target = ctx.out / "rencana_kota" / "rencana_kota.gpkg"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    result = ctx.run("importcityplan", {
        "INPUT": f"{sample}|layername=rdtr_contoh",
        "INTENSITAS": str(rules / "intensitas.csv"),
        "TATA_BANGUNAN": str(rules / "tata_bangunan.csv"),
        "OUTPUT": str(target),
    })
    unknown = result["UNKNOWN_CODES"] or "tidak ada"
    print(f"    {result['NOTE_COUNT']} poligon dengan catatan_impor; kode di luar tabel aturan: {unknown}")
    ctx.results["cityplan_layer"] = f"{result['OUTPUT']}|layername=rencana_kota"
    ctx.made(target, "rencana kota baku (kode_zona, kdb_maks, klb_maks, ... catatan_impor)")
