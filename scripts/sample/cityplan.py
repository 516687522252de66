"""The sample city plan: ``rdtr_contoh`` (raw RDTR national schema, as cities export it) and the
rule tables resources/sample/rules/{intensitas,tata_bangunan,itbx}.csv.

The values are synthetic (NOT copied from any Perda): ranges follow the real Bintan RDTR tables
in ../shared/data/bintan_rdtr_tables (housing KDB 60-80 %, KDH 20-30 %, KLB 1.8-2.4, heights
9-13 m), with Jakarta-like small setbacks. Deliberate traps for the checks: text intensities
('60', '60%', '2,4', NULL), one sub-zone code (C-1) missing from the rule tables, and an
activity (kosong) left empty in the ITBX matrix.
"""

from __future__ import annotations

import csv
from pathlib import Path

import shapely
from shapely.ops import split

WILAYAH = {"WADMPR": "DKI Jakarta", "WADMKK": "Kota Administrasi Jakarta Pusat",
           "WADMKC": "Kecamatan Contoh", "WADMKD": "Kelurahan Contoh"}
ZONES = {  # KODSZN: (KODZON, NAMZON, NAMSZN)
    "R-2": ("R", "Zona Perumahan", "Perumahan Kepadatan Tinggi"),
    "R-3": ("R", "Zona Perumahan", "Perumahan Kepadatan Sedang"),
    "R-4": ("R", "Zona Perumahan", "Perumahan Kepadatan Rendah"),
    "K-1": ("K", "Zona Perdagangan dan Jasa", "Perdagangan dan Jasa Skala Kota"),
    "C-1": ("C", "Zona Campuran", "Campuran Intensitas Tinggi"),
    "KT": ("KT", "Zona Perkantoran", "Perkantoran"),
    "SPU-2": ("SPU", "Zona Sarana Pelayanan Umum", "SPU Skala Kecamatan"),
    "RTH-2": ("RTH", "Zona Ruang Terbuka Hijau", "Taman Kota"),
    "RTH-7": ("RTH", "Zona Ruang Terbuka Hijau", "Pemakaman"),
    "RTH-8": ("RTH", "Zona Ruang Terbuka Hijau", "Jalur Hijau"),
}
INTENSITAS = [  # kode_zona, kdb, klb, kdh, ktb, luas_persil_min, luas_kelas_min, luas_kelas_maks
    ("R-2", 70, 2.1, 15, 75, 60, 0, 100), ("R-2", 65, 2.0, 15, 70, 60, 100, 300), ("R-2", 60, 1.8, 20, 65, 60, 300, None),
    ("R-3", 60, 1.8, 20, 65, 90, None, None), ("R-4", 50, 1.2, 30, 55, 120, None, None),
    ("K-1", 75, 3.0, 15, 80, None, None, None), ("KT", 65, 2.6, 20, 70, None, None, None),
    ("SPU-2", 60, 1.8, 25, 65, None, None, None), ("RTH-2", 10, 0.1, 80, None, None, None, None),
    ("RTH-7", 5, 0.05, 85, None, None, None, None), ("RTH-8", 0, 0, 95, None, None, None, None),
]
TATA_BANGUNAN = [  # tinggi, lantai, gsb, tinggi a/k/l, lantai a/k/l, gsb a/k/l, jbs, jbb
    ("R-2", 12, 3, 2, 16, 12, 12, 4, 3, 3, 6, 4, 2, 0, 1.5),
    ("R-3", 12, 3, 3, 16, 12, 12, 4, 3, 3, 8, 5, 3, 1, 2),
    ("R-4", 10, 2, 4, 12, 10, 10, 3, 2, 2, 8, 6, 4, 1.5, 2),
    ("K-1", 20, 5, 4, 24, 20, 16, 6, 5, 4, 8, 6, 4, 1.5, 2),
    ("KT", 16, 4, 4, 20, 16, 12, 5, 4, 3, 8, 6, 4, 2, 2),
    ("SPU-2", 12, 3, 4, 16, 12, 12, 4, 3, 3, 8, 6, 4, 2, 2),
    ("RTH-2", 5, 1, 5, 5, 5, 5, 1, 1, 1, 10, 8, 5, None, None),
    ("RTH-7", 4, 1, 5, 4, 4, 4, 1, 1, 1, 10, 8, 5, None, None),
    ("RTH-8", 4, 1, 5, 4, 4, 4, 1, 1, 1, 10, 8, 5, None, None),
]
ITBX_ZONES = ["R-2", "R-3", "R-4", "K-1", "KT", "SPU-2", "RTH-2", "RTH-7", "RTH-8"]
ITBX = {  # kode_kegiatan: (nama, values per ITBX_ZONES)
    "rumah_tinggal": ("Rumah tinggal", "I I I T1 X X X X X"),
    "rumah_kos": ("Rumah kos", "T1 T1 T2 I T2 X X X X"),
    "rumah_toko": ("Rumah toko", "T1 T2 X I T1 X X X X"),
    "warung": ("Warung", "I I T1 I T1 T1 T2 X X"),
    "toko": ("Toko", "T2 T2 X I T1 T2 X X X"),
    "industri_rumahan": ("Industri rumahan", "T2 T3 X T1 X X X X X"),
    "gudang": ("Gudang", "X X X T2 X X X X X"),
    "ibadah": ("Tempat ibadah", "I I I I T1 I T2 X X"),
    "pendidikan": ("Pendidikan", "T1 I I T1 T2 I X X X"),
    "kesehatan": ("Kesehatan", "T1 I I I T1 I X X X"),
    "kantor": ("Kantor", "T3 T3 X I I T1 X X X"),
    "balai_warga": ("Balai warga", "I I I T1 T1 I T1 X X"),
    "fasilitas_umum_lain": ("Fasilitas umum lain", "B1 B1 B1 I B1 I T1 T1 T1"),
    "kosong": ("Bangunan kosong", "- - - - - - - - -"),
}
# R-2 is written per lot-size class, as DKI Jakarta's RDTR writes its kampung zones (the same
# classes as the sample's intensitas.csv, so attribute and table agree)
R2_CLASSES = ("- Luas LP maksimal 100 m2 : {}, - Luas LP lebih dari 100 - 300 m2 : {}, "
              "- Luas LP lebih dari 300 m2 : {}")
INTENSITY_TEXT = {"R-2": (R2_CLASSES.format(70, 65, 60), R2_CLASSES.format("2.1", "2", "1.8"),
                  R2_CLASSES.format(15, 15, 20)),
                  "R-3": ("60%", "1,8", "20"), "K-1": ("75", "3", None), "RTH-2": ("10", "0.1", "80")}


def _zone_shapes(ctx) -> list:
    """(KODSZN, polygon) painted in order: later zones cut earlier ones."""
    layout, boundary = ctx.layout, ctx.layout.boundary
    minx, miny, maxx, maxy = boundary.bounds
    roads = {r.kelas: r for r in layout.roads if r.kelas in ("arteri", "kolektor")}
    lots = {p.reserved: p.geometry for p in ctx.parcels if p.reserved}
    paint = [
        ("R-3", shapely.box(minx - 10, miny - 10, 0.45 * minx, maxy + 10)),
        ("R-4", shapely.box(minx - 10, 0.55 * maxy, 0.7 * minx, maxy + 10)),
        ("K-1", roads["arteri"].geometry.buffer(roads["arteri"].lebar / 2 + 35, cap_style="flat")),
        ("C-1", roads["kolektor"].geometry.buffer(roads["kolektor"].lebar / 2 + 22, cap_style="flat")),
        ("KT", lots["kantor"].buffer(6)), ("SPU-2", lots["sekolah"].buffer(3)),
        ("RTH-2", lots["rth:lapangan"].buffer(2)), ("RTH-7", lots["rth:makam"].buffer(2)),
        ("RTH-8", ctx.layout.kali.buffer(ctx.layout.kali_lebar / 2 + 7, cap_style="flat")),
    ]
    shapes = [("R-2", boundary)]
    for code, shape in paint:
        shape = shapely.intersection(shape, boundary)
        shapes = [(c, shapely.difference(g, shape)) for c, g in shapes] + [(code, shape)]
    cutters = [r.geometry for r in layout.roads if r.kelas in ("kolektor", "lokal")]
    out = []
    for code, geom in shapes:
        for part in shapely.get_parts(geom):
            pieces = [part]
            for cutter in cutters:
                pieces = [q for p in pieces for q in shapely.get_parts(split(p, cutter))]
            out.extend((code, q) for q in pieces if q.geom_type == "Polygon" and q.area > 50)
    return sorted(out, key=lambda item: (-round(item[1].centroid.y), round(item[1].centroid.x)))


def rdtr_layer(ctx):
    from .generate import SampleLayer

    geoms, rows = [], []
    counter: dict = {}
    for n, (code, geom) in enumerate(_zone_shapes(ctx)):
        kodzon, namzon, namszn = ZONES[code]
        counter[code] = counter.get(code, 0) + 1
        text = INTENSITY_TEXT.get(code, (None, None, None))
        if n % 4 == 3:  # cities leave the intensity empty on many polygons
            text = (None, None, None)
        row = {"NAMOBJ": namszn, "NAMZON": namzon, "KODZON": kodzon, "NAMSZN": namszn, "KODSZN": code,
               "JNSRPR": "RDTR", "KODBLK": f"CTH.{1 + n // 6:03d}", "KODSBL": "abcdef"[n % 6], **WILAYAH,
               "KDB": text[0], "KLB": text[1], "KDH": text[2],
               "REMARK": "Data contoh (sintetis) - bukan RDTR resmi"}
        geoms.append(geom)
        rows.append(row)
    return SampleLayer("rdtr_contoh", "Polygon", geoms, rows)


def _fmt(value):
    return "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))


def write_rules(folder: Path) -> list:
    """Write the three rule CSVs (UTF-8, comma, decimal point); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {code: ZONES[code][2] for code in ZONES}
    tables = {
        "intensitas.csv": (["kode_zona", "nama_zona", "kdb_maks", "klb_maks", "kdh_min", "ktb_maks", "luas_persil_min",
                            "luas_kelas_min", "luas_kelas_maks"],
                           [[r[0], names[r[0]], *r[1:]] for r in INTENSITAS]),
        "tata_bangunan.csv": (["kode_zona", "tinggi_maks", "lantai_maks", "gsb_min", "tinggi_maks_arteri",
                               "tinggi_maks_kolektor", "tinggi_maks_lokal", "lantai_maks_arteri", "lantai_maks_kolektor",
                               "lantai_maks_lokal", "gsb_min_arteri", "gsb_min_kolektor", "gsb_min_lokal", "jbs_min",
                               "jbb_min"], [list(r) for r in TATA_BANGUNAN]),
        "itbx.csv": (["kode_kegiatan", "nama_kegiatan", *ITBX_ZONES],
                     [[code, name, *[v if v != "-" else "" for v in values.split()]] for code, (name, values) in ITBX.items()]),
    }
    paths = []
    for filename, (header, rows) in tables.items():
        path = folder / filename
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows([[_fmt(v) for v in row] for row in rows])
        paths.append(path)
    return paths
