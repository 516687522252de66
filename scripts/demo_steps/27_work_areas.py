"""Wilayah kerja pokja: kelurahan dibagi 6 wilayah dengan jumlah bangunan seimbang (S1, S4)."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    target = ctx.out / "survei" / "wilayah_kerja.gpkg"
    if target.exists():
        target.unlink()
    ctx.run("createworkareas", {"DATABASE": survey, "METHOD": 2, "COUNT": 6, "REPLACE": True, "OUTPUT": str(target)})
    ctx.made(target, "6 wilayah kerja pokja seimbang menurut jumlah bangunan (juga di lapisan wilayah_kerja)")
