"""Indikasi program (P3) dan peta pentahapan (P4); kegiatan contoh ditambahkan bila tabelnya kosong."""

import sqlite3

EXAMPLES = [  # (code, activity, blocks index, volume, unit, cost, source, phase, pelaksana)
    ("K-01", "Perbaikan dan pelebaran jalan lingkungan (contoh)", (0, 1), 420, "m", 630_000_000, "apbd_kota",
     "tahap_1", "DPUPR Kota"),
    ("K-02", "IPAL komunal dan sambungan rumah (contoh)", (2,), 1, "unit", 480_000_000, "apbn", "tahap_2", "KSM"),
    ("K-03", "Penataan ruang terbuka publik (contoh)", (3, 4), 0.4, "ha", 250_000_000, "csr", "tahap_3", "BKM"),
    ("K-04", "Hidran dan alat pemadam lingkungan (contoh)", (1, 5), 6, "unit", 90_000_000, "swadaya", "tahap_1",
     "BKM / RT"),
]


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    with sqlite3.connect(survey) as db:
        blocks = [r[0] for r in db.execute("SELECT id_blok FROM rencana_blok ORDER BY id_blok")]
        if blocks and not db.execute("SELECT COUNT(*) FROM program_kegiatan").fetchone()[0]:
            db.executemany("INSERT INTO program_kegiatan (id_kegiatan, nama_kegiatan, lokasi, volume, satuan, biaya_rp, "
                           "sumber_dana, tahap, pelaksana) VALUES (?,?,?,?,?,?,?,?,?)",
                           [(c, n, ", ".join(blocks[i % len(blocks)] for i in where), v, u, cost, s, t, p)
                            for c, n, where, v, u, cost, s, t, p in EXAMPLES])
            print(f"    {len(EXAMPLES)} kegiatan contoh ditambahkan ke program_kegiatan")
    target = ctx.out / "dokumen" / "indikasi_program.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    ctx.run("programmetable", {"DATABASE": survey, "OUTPUT": str(target)})
    ctx.made(target, "indikasi program per tahun dan sumber dana + peta pentahapan (P3, P4)")
