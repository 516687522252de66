"""Kab. Bintan rule-table values read BY HAND from ../shared/data/bintan_rdtr_tables/ and
written literally (not computed by the code under test). Shared by the core importer tests and
the plpbk:importruletables tests (tests/ is on sys.path through tests/conftest.py)."""

BSB_ITBX = "itbx/LAMPIRAN XV KETENTUAN KEGIATAN DAN PEMANFAATAN RUANG ZONASI.xlsx"
TRIKORA_ITBX = "itbx/3. ITBX LAMPIRAN XIV KETENTUAN KEGIATAN DAN PENGGUNAAN LAHAN (1).xlsx"
BSB_INTENSITAS = "intensitas/Intensitas_v4___Preview (1).csv"
BSB_TATA = "intensitas/Tata_Bangunan___Arteri_Kolektor_Lokal__Preview_.csv"
TRIKORA_INTENSITAS = "intensitas/Tabel_Ketentuan_Intensitas_Pemanfaatan_Ruang.csv"
TRIKORA_TATA = "intensitas/Tata_Bangunan___Headers_Fixed__Preview_.csv"


# (code, kdb_maks, kdh_min, klb_maks, luas_persil_min) from Intensitas_v4___Preview (1).csv
BSB_INTENSITY = [
    ("PS", 10, 90, 0.1, None),       # Perlindungan Setempat
    ("RTH-2", 20, 80, 0.2, None),    # Taman Kota
    ("RTH-8", None, 95, None, None),  # Jalur Hijau: KDB/KLB "-"
    ("CB", 50, 45, 0.5, None),
    ("P-1", 10, 90, 0.1, None),      # Tanaman Pangan
    ("IK", 60, 20, 0.6, None),       # Perikanan Budi Daya (code from the BSB ITBX header)
    ("KPI", 60, 30, 1.8, None),
    ("W", 60, 40, 1.8, None),
    ("R-2", 80, 20, 2.4, 90),
    ("R-3", 70, 20, 2.1, 120),
    ("R-4", 60, 30, 1.8, 120),
    ("SPU-3", 70, 20, 2.1, None),
    ("RTNH", 20, 30, 0.2, None),
    ("HK", None, None, None, None),  # all "-"
]

# (code, jenis, tinggi arteri/kolektor/lokal, lantai arteri/kolektor/lokal, gsb a/k/l, jbs, jbb)
BSB_FORM = [
    ("KPI", "", (13, 9, 9), (None, None, None), (22.5, 17.5, 12.5), 2, 2),
    ("SPU-1", "", (16, 12, 12), (3, 2, 2), (22.5, 17.5, 12.5), 1, 1),
    ("KT", "Vertikal 4-5 lantai", (24, 20, 20), (5, 4, 4), (22.5, 17.5, 12.5), 1, 1),
    ("K-1", "Vertikal 4-5 lantai", (21, 17, 17), (None, None, None), (22.5, 17.5, 12.5), 1, 1),
    ("CB", "", (5, 5, 5), (None, None, None), (22.5, 17.5, 12.5), 3, 3),
    ("EM", "", (None, None, None), (None, None, None), (None, None, None), None, None),
]
