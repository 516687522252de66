"""Daftar periksa kelengkapan data per lapisan katalog dan per RT (S4)."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    folder = ctx.out / "survei"
    table = folder / "daftar_periksa.csv"
    html = folder / "daftar_periksa.html"
    for path in (table, html):
        if path.exists():
            path.unlink()
    result = ctx.run("datacompleteness", {"DATABASE": survey, "OUTPUT": str(table),
                                          "OUTPUT_HTML": str(html)})
    print(f"    kelengkapan rata-rata {result['PERCENT']}%")
    import csv

    with open(table, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["wilayah"] == "SEMUA"]
    for row in rows:
        print(f"    {row['status']:<15} {row['kode_seed_map']:<28} {row['lapisan']:<24} "
              f"{row['jml_fitur']:>5} fitur  {row['terisi_pct'] or '-':>6}%")
    ctx.made(table, "daftar periksa data (CSV)")
    ctx.made(html, "daftar periksa data siap cetak (HTML)")
