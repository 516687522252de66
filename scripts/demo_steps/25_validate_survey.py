"""Periksa data survei terhadap katalog (geometri, daftar nilai, isian wajib, ID ganda)."""

import json


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    target = ctx.out / "survei" / "masalah_survei.gpkg"
    if target.exists():
        target.unlink()
    result = ctx.run("validatesurvey", {"DATABASE": survey, "OUTPUT": str(target)})
    counts = {code: n for code, n in json.loads(result["COUNTS"]).items() if n}
    print(f"    {result['PROBLEM_COUNT']} masalah: {counts or 'tidak ada'}")
    ctx.results["survey_problems"] = result["OUTPUT"]
    ctx.made(target, "masalah data survei (satu baris per masalah)")
