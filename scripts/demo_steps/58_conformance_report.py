"""Cetak laporan pemeriksaan kesesuaian (PDF) untuk Forum Konsultasi Tim Teknis (C4)."""


def run(ctx):
    buildings, parcels = ctx.results.get("buildings_result"), ctx.results.get("parcels_result")
    blocks = ctx.results.get("plan_result")
    if not (buildings or parcels or blocks):
        print("    (dilewati: belum ada hasil pemeriksaan — langkah 50 dan 55)")
        return
    folder = ctx.out / "pemeriksaan"
    target, table = folder / "laporan_pemeriksaan.pdf", folder / "pelanggaran.csv"
    result = ctx.run("conformancereport", {
        "BUILDINGS": buildings, "PARCELS": parcels, "BLOCKS": blocks,
        "AREA_NAME": "Kelurahan Contoh", "CHECKER": "Petugas Pemeriksa (contoh)",
        "OUTPUT": str(target), "CSV": str(table)})
    print(f"    {result['PAGE_COUNT']} halaman, {result['VIOLATION_COUNT']} pelanggaran")
    ctx.made(target, "laporan pemeriksaan kesesuaian (PDF A4) untuk Tim Teknis: ringkasan, peta, "
                     "blok rencana, berita acara, daftar pelanggaran, perlu dicek")
    ctx.made(table, "daftar pelanggaran lengkap (CSV, satu baris per aturan yang dilanggar)")
