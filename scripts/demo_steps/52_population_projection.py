"""Proyeksi penduduk dan kepadatan per RT untuk jangka rencana 5 tahun (A1a, A1b)."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    table = ctx.root / "resources" / "sample" / "penduduk_rt.csv"
    if not survey or not table.exists():
        print("    (dilewati: basis data survei (langkah 20) atau resources/sample/penduduk_rt.csv belum ada)")
        return
    folder = ctx.out / "analisis"
    folder.mkdir(parents=True, exist_ok=True)
    per_rt, per_year = folder / "proyeksi_penduduk_rt.gpkg", folder / "proyeksi_penduduk_per_tahun.csv"
    for path in (per_rt, per_year):
        if path.exists():
            path.unlink()
    result = ctx.run("populationprojection", {"DATABASE": survey, "POPULATION": str(table), "HORIZON": 5,
                                              "OUTPUT": str(per_rt), "OUTPUT_TABLE": str(per_year)})
    from osgeo import ogr

    source = ogr.Open(result["OUTPUT"])
    layer = source.GetLayer(0)
    rows = [(f.GetField("no_rw"), f.GetField("no_rt"), f.GetField("penduduk_dasar"), f.GetField("penduduk_akhir"),
             f.GetField("kepadatan_bruto")) for f in layer]
    start = sum(r[2] for r in rows)
    end = sum(r[3] for r in rows)
    print(f"    {len(rows)} RT: {start:,.0f} -> {end:,.0f} jiwa dalam 5 tahun; kepadatan bruto akhir "
          f"{min(r[4] for r in rows):.0f}–{max(r[4] for r in rows):.0f} jiwa/ha")
    ctx.made(per_rt, "proyeksi dan kepadatan penduduk per RT (peta A1)")
    ctx.made(per_year, "proyeksi per RT per tahun (tabel)")
