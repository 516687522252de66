"""Periksa kesesuaian blok rencana (RTPLP) dengan rencana kota (zona, guna, KDB/KLB/KDH/GSB/tinggi)."""

import json


def run(ctx):
    zones = ctx.results.get("cityplan_layer")
    if not zones:
        print("    (dilewati: lapisan rencana kota ternormalisasi belum ada — langkah 35 impor rencana kota)")
        return
    folder = ctx.out / "pemeriksaan"
    folder.mkdir(parents=True, exist_ok=True)
    target, report = folder / "cek_rencana_blok.gpkg", folder / "cek_rencana_blok.json"
    itbx = ctx.root / "resources" / "sample" / "rules" / "itbx.csv"
    result = ctx.run("checkplanconformance", {
        "BLOCKS": f"{ctx.sample}|layername=rencana_blok", "ZONES": zones,
        "ITBX": str(itbx) if itbx.exists() else None, "REPORT": str(report), "OUTPUT": str(target)})
    summary = json.loads(report.read_text(encoding="utf-8"))["ringkasan"]["blok"]
    print(f"    blok rencana: {summary['status']}")
    ctx.results["plan_result"] = result["OUTPUT"]
    ctx.made(target, "blok rencana terhadap rencana kota: zona yang ditumpangi, guna, aturan, status")
    ctx.made(report, "ringkasan kesesuaian rencana (JSON)")
