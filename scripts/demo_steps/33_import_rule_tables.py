"""Impor tabel aturan zonasi: tabel contoh -> intensitas.csv, tata_bangunan.csv, itbx.csv + laporan.

Memakai tabel aturan contoh (resources/sample/rules) agar demo tidak bergantung pada data luar;
lampiran RDTR asli (CSV 'Sub Zona', ITBX .xlsx) diimpor dengan parameter yang sama.
"""


def run(ctx):
    rules = ctx.root / "resources" / "sample" / "rules"
    if not (rules / "intensitas.csv").is_file():
        print("    (dilewati: tabel aturan contoh belum dibuat)")
        return
    folder = ctx.out / "aturan_zonasi"
    result = ctx.run("importruletables", {
        "INTENSITAS": str(rules / "intensitas.csv"),
        "TATA_BANGUNAN": str(rules / "tata_bangunan.csv"),
        "ITBX": str(rules / "itbx.csv"),
        "OUTPUT_FOLDER": str(folder),
    })
    unknown = result["UNKNOWN_CODES"] or "tidak ada"
    print(f"    {result['REPORT_COUNT']} baris laporan; kode sub-zona tidak dikenal: {unknown}")
    ctx.results["rule_tables"] = str(folder)
    for key, text in (("OUTPUT_INTENSITAS", "tabel intensitas (format plugin)"),
                      ("OUTPUT_TATA_BANGUNAN", "tabel tata bangunan (format plugin)"),
                      ("OUTPUT_ITBX", "matriks ITBX (format plugin)"),
                      ("REPORT", "laporan impor tabel aturan per baris")):
        ctx.made(result[key], text)
