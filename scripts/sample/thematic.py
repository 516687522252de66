"""Thematic survey layers of the sample: RTH, drainage, hazards, poor households, facilities,
economic activities, problems/potentials, photos and the RTPLP plan blocks (rencana_blok)."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import Point

from .values import maybe, pick, survey_meta

PHOTO_COUNT = 8
FACILITY_NAMES = {"ibadah": ["Masjid Jami Al-Ikhlas", "Musala Nurul Huda", "Musala Al-Hidayah", "Musala Baitussalam"],
                  "pendidikan": ["SDN Contoh 01 Pagi", "PAUD Melati"], "kesehatan": ["Puskesmas Kelurahan Contoh"],
                  "kantor": ["Kantor Kelurahan Contoh"], "balai_warga": ["Balai Warga RW"],
                  "fasilitas_umum_lain": ["Pos Ronda", "MCK Umum"]}
FACILITY_TYPE = {"ibadah": "ibadah", "pendidikan": "pendidikan", "kesehatan": "kesehatan", "kantor": "pemerintahan",
                 "balai_warga": "balai_warga", "fasilitas_umum_lain": "keamanan"}


def _rth(ctx):
    geoms, rows = [], []
    names = {"lapangan": "Lapangan Bola RW", "makam": "TPU Wakaf Kober", "taman_bermain": "Taman Bermain Ceria",
             "lahan_kosong": None}
    for parcel in ctx.parcels:
        if parcel.reserved and parcel.reserved.startswith("rth:"):
            jenis = parcel.reserved.split(":", 1)[1]
            geoms.append(parcel.geometry)
            rows.append({"nama": names[jenis], "jenis_rth": jenis,
                         "kondisi": pick(ctx.rng, {"baik": 0.4, "rusak_ringan": 0.4, "rusak_sedang": 0.2}),
                         "pengelola": {"makam": "Yayasan wakaf", "lahan_kosong": None}.get(jenis, "Pengurus RW"),
                         "masalah": "Dipakai parkir motor dan jemur pakaian" if jenis == "lapangan" else None})
    for part in shapely.get_parts(ctx.layout.green_strip):
        if part.area > 200:
            geoms.append(part)
            rows.append({"nama": "Jalur hijau Kali Contoh", "jenis_rth": "jalur_hijau", "kondisi": "rusak_sedang",
                         "pengelola": "Dinas SDA (contoh)", "masalah": "Sebagian ditempati bangunan semi permanen"})
    for row, geom in zip(rows, geoms):
        row.update(survey_meta(ctx.rng, ctx.rt_of(geom)[0], "permukiman_lingkungan"))
    return geoms, rows


def _drainase(ctx):
    rng, boundary = ctx.rng, ctx.layout.boundary
    kali = shapely.intersection(ctx.layout.kali, boundary.buffer(30))
    geoms = [kali]
    rows = [{"jenis_drainase": "saluran_terbuka", "kondisi": "rusak_ringan", "lebar_m": ctx.layout.kali_lebar,
             "kedalaman_m": 2.5, "masalah": "sedimentasi", "catatan": "Kali Contoh (sungai kecil)"}]
    for road in ctx.layout.roads:
        if road.kelas == "gang" and rng.random() > 0.45:
            continue
        sides = (-1, 1) if road.kelas in ("arteri", "kolektor", "lokal") else (int(rng.choice([-1, 1])),)
        for side in sides:
            line = shapely.intersection(road.geometry.offset_curve(side * (road.lebar / 2 + 0.3)), boundary)
            if line.is_empty or line.length < 5:
                continue
            big = road.kelas in ("arteri", "kolektor", "lokal")
            geoms.append(line)
            rows.append({"jenis_drainase": pick(rng, {"saluran_terbuka": 0.55, "saluran_tertutup": 0.4,
                                                      "saluran_tanah": 0.05 if not big else 0.0}),
                         "kondisi": pick(rng, {"baik": 0.35, "rusak_ringan": 0.35, "rusak_sedang": 0.2,
                                               "rusak_berat": 0.1}, 0.05),
                         "lebar_m": maybe(rng, round(float(rng.uniform(0.6, 1.2) if big else rng.uniform(0.25, 0.4)), 2), 0.1),
                         "kedalaman_m": maybe(rng, round(float(rng.uniform(0.6, 1.2) if big else rng.uniform(0.2, 0.4)), 2), 0.3),
                         "masalah": pick(rng, {"tidak_ada": 0.3, "tersumbat": 0.35, "sedimentasi": 0.15, "meluap": 0.15,
                                               "tidak_terhubung": 0.05}, 0.1), "catatan": None})
    for row, geom in zip(rows, geoms):
        note = row.pop("catatan")
        row.update(survey_meta(rng, ctx.rt_of(geom.interpolate(0.5, normalized=True))[0], "prasarana_sarana"))
        row["catatan"] = note
    return geoms, rows


def _irregular_buffer(rng, geom, distance):
    circles = [Point(shapely.get_coordinates(geom.interpolate(t, normalized=True))[0]).buffer(
        distance * float(rng.uniform(0.6, 1.3))) for t in np.linspace(0, 1, 9)]
    return shapely.union_all(circles + [geom.buffer(distance * 0.6)]).simplify(2.0)


def _rawan(ctx):
    rng, boundary = ctx.rng, ctx.layout.boundary
    high = shapely.intersection(_irregular_buffer(rng, ctx.layout.kali, 60), boundary)
    mid = shapely.difference(shapely.intersection(_irregular_buffer(rng, ctx.layout.kali, 130), boundary), high)
    minx, miny, maxx, maxy = boundary.bounds
    pond = shapely.intersection(Point(0.55 * minx, 0.45 * miny).buffer(55).simplify(3), boundary)
    fire = shapely.intersection(ctx.kp.buffer(-10), boundary)
    items = [(high, "banjir", "tinggi", "Januari 2024, genangan 50-80 cm selama 2 hari", "BPBD DKI (contoh)"),
             (mid, "banjir", "sedang", "Januari 2024, genangan 20-40 cm", "BPBD DKI (contoh)"),
             (pond, "banjir", "sedang", "Genangan 30 cm tiap hujan deras (saluran tersumbat)", "Survei warga"),
             (fire, "kebakaran", "tinggi", "Kebakaran 6 rumah, Agustus 2023", "Survei warga")]
    geoms, rows = [], []
    for geom, jenis, level, event, source in items:
        for part in shapely.get_parts(geom):
            if part.area > 500:
                geoms.append(part)
                row = {"jenis_bencana": jenis, "tingkat_risiko": level, "kejadian_terakhir": event, "sumber_data": source}
                row.update(survey_meta(rng, ctx.rt_of(part)[0], "permukiman_lingkungan"))
                rows.append(row)
    return geoms, rows


def _kk_miskin(ctx, bangunan):
    rng, geoms, rows = ctx.rng, [], []
    for geom, row in zip(bangunan.geometries, bangunan.rows):
        if row["fungsi"] not in ("rumah_tinggal", "rumah_kos", None):
            continue
        share = 0.22 if ctx.kp.contains(geom.centroid) else (0.18 if geom.distance(ctx.layout.kali) < 45 else 0.04)
        if rng.random() < share:
            geoms.append(geom.representative_point())
            out = {"id_kk": f"KK-{len(rows) + 1:04d}",
                   "kategori": pick(rng, {"sangat_miskin": 0.2, "miskin": 0.45, "hampir_miskin": 0.35}),
                   "jml_jiwa": maybe(rng, int(rng.choice([2, 3, 4, 5, 6, 7], p=[.1, .2, .3, .22, .12, .06])), 0.08),
                   "no_rt": row["no_rt"] or ctx.rt_of(geom)[1], "no_rw": row["no_rw"]}
            out.update(survey_meta(rng, row["no_rw"], "sosial_kelembagaan"))
            rows.append(out)
    return geoms, rows


def _fasilitas(ctx, bangunan, rth):
    rng, geoms, rows, used, named = ctx.rng, [], [], {}, {}
    for geom, row in zip(bangunan.geometries, bangunan.rows):
        use = row["fungsi"]
        if use not in FACILITY_TYPE:
            continue
        names = FACILITY_NAMES[use]
        n = used.get(use, 0)
        used[use] = n + 1
        name = names[min(n, len(names) - 1)]
        if use in ("balai_warga", "fasilitas_umum_lain"):
            name = f"{'Balai Warga' if use == 'balai_warga' else names[0 if geom.area < 40 else 1]} RW {row['no_rw']}"
        elif use == "kantor" and n > 0:   # one kelurahan office; other offices are RW secretariats
            name = f"Sekretariat RW {row['no_rw']}"
        seen = named.get(name, 0)
        named[name] = seen + 1
        if seen:  # a second MCK in the same RW is "MCK Umum RW 03 (2)", never a duplicate label
            name = f"{name} ({seen + 1})"
        jenis = FACILITY_TYPE[use] if not name.startswith("MCK") else "lainnya"
        geoms.append(geom.representative_point())
        out = {"nama": name, "jenis_fasilitas": jenis,
               "kondisi": pick(rng, {"baik": 0.5, "rusak_ringan": 0.35, "rusak_sedang": 0.15}),
               "skala_pelayanan": "kawasan" if use in ("kantor", "kesehatan", "pendidikan") or "Jami" in name else "lingkungan",
               "jangkauan": maybe(rng, f"RW {row['no_rw']}", 0.3), "pengelola": maybe(rng, "Pengurus/DKM" if use == "ibadah" else "Pemerintah/warga", 0.3),
               "foto": None}
        out.update(survey_meta(rng, row["no_rw"], "prasarana_sarana"))
        rows.append(out)
    for geom, row in zip(*rth):
        if row["jenis_rth"] in ("makam", "lapangan"):
            geoms.append(geom.representative_point())
            out = {"nama": row["nama"], "jenis_fasilitas": "pemakaman" if row["jenis_rth"] == "makam" else "olahraga",
                   "kondisi": row["kondisi"], "skala_pelayanan": "kawasan", "jangkauan": None,
                   "pengelola": row["pengelola"], "foto": None}
            out.update(survey_meta(rng, ctx.rt_of(geom)[0], "prasarana_sarana"))
            rows.append(out)
    return geoms, rows


def _usaha(ctx, bangunan):
    rng, geoms, rows = ctx.rng, [], []
    kinds = {"warung": "warung", "toko": "toko", "rumah_toko": "ruko", "industri_rumahan": "industri_rumahan"}
    names = ("Warung Bu Yati", "Toko Berkah", "Konveksi Mandiri", "Warung Kopi Bang Jali", "Toko Sembako Makmur",
             "Laundry Kiloan Bersih", "Kerupuk Bu Enok", "Bengkel Motor Jaya", "Warung Nasi Sederhana")
    for geom, row in zip(bangunan.geometries, bangunan.rows):
        if kinds.get(row["fungsi"]) is None or rng.random() > 0.6:
            continue
        geoms.append(geom.representative_point())
        out = {"nama_usaha": maybe(rng, names[len(rows) % len(names)], 0.3), "jenis_usaha": kinds[row["fungsi"]],
               "skala_pelayanan": pick(rng, {"lingkungan": 0.75, "kawasan": 0.25}, 0.1),
               "luas_lahan_m2": maybe(rng, round(float(geom.area) * float(rng.uniform(0.2, 0.6)), 1), 0.2),
               "kondisi": row["kondisi"], "pemasaran": maybe(rng, "Warga sekitar", 0.5), "lembaga_pengelola": None,
               "jml_tenaga_kerja": maybe(rng, int(rng.integers(1, 6)), 0.15), "foto": None}
        out.update(survey_meta(rng, row["no_rw"], "ekonomi_lokal"))
        rows.append(out)
    return geoms, rows


def _photos(ctx, bangunan, jalan):
    """Photo points; the files are tiny synthetic JPGs made by ortho.write_photos."""
    rng, geoms, rows = ctx.rng, [], []
    picks = rng.choice(len(bangunan.rows), size=PHOTO_COUNT // 2, replace=False)
    for n, i in enumerate(sorted(int(i) for i in picks)):
        geoms.append(bangunan.geometries[i].representative_point())
        rows.append({"foto": f"foto/contoh_{n + 1:02d}.jpg", "judul": f"Bangunan {bangunan.rows[i]['id_bangunan']} (contoh)",
                     "lapisan": "bangunan", "id_fitur": bangunan.rows[i]["id_bangunan"]})
    gangs = [i for i, row in enumerate(jalan.rows) if row["kelas_jalan"] == "gang"]
    for i in (sorted(int(i) for i in rng.choice(gangs, size=PHOTO_COUNT - len(rows), replace=False))):
        geoms.append(jalan.geometries[i].interpolate(0.5, normalized=True))
        rows.append({"foto": f"foto/contoh_{len(rows) + 1:02d}.jpg", "judul": f"{jalan.rows[i]['nama_jalan'] or 'Gang'} (contoh)",
                     "lapisan": "jalan", "id_fitur": None})
    for geom, row in zip(geoms, rows):
        row["arah_derajat"] = maybe(rng, float(rng.integers(0, 360)), 0.2)
        row.update(survey_meta(rng, ctx.rt_of(geom)[0], "tata_ruang"))
    return geoms, rows


def _rencana_blok(ctx):
    """RTPLP plan blocks: some rules stricter, some looser than the city plan (R-2: KDB 70, KDH 15,
    GSB lokal 2 m, 3 floors) so the plan-conformance check has findings."""
    rng, geoms, rows = ctx.rng, [], []
    blocks = [b for b in ctx.layout.blocks if ctx.kp.contains(b.representative_point()) and b.area > 300]
    wide = shapely.union_all([r.geometry.buffer(r.lebar / 2 + 1) for r in ctx.layout.roads
                              if r.kelas in ("arteri", "kolektor", "lokal")])
    for n, block in enumerate(blocks):
        guna = "campuran" if block.intersects(wide) else "perumahan"
        if n == 3:
            guna = "rth_ruang_publik"
        elif n == 5:
            guna = "fasilitas_sosial"
        loose = n % 3 == 0
        row = {"id_blok": f"BLK-{n + 1:02d}", "guna_rencana": guna,
               "penanganan": pick(rng, {"perbaikan": 0.5, "peremajaan": 0.25, "konsolidasi_lahan": 0.15, "pemeliharaan": 0.1}),
               "kdb_rencana": 85.0 if loose else float(rng.choice([60.0, 65.0, 70.0])),
               "klb_rencana": 2.6 if loose else float(rng.choice([1.6, 1.8, 2.0])),
               "kdh_rencana": 5.0 if loose else float(rng.choice([15.0, 20.0])),
               "gsb_rencana": 0.0 if loose else float(rng.choice([2.0, 3.0])),
               "tinggi_rencana": 14.0 if loose else float(rng.choice([8.0, 10.0, 12.0])),
               "lantai_rencana": 4 if loose else int(rng.choice([2, 3]))}
        if guna == "rth_ruang_publik":
            row.update(kdb_rencana=10.0, klb_rencana=0.1, kdh_rencana=80.0, tinggi_rencana=4.0, lantai_rencana=1)
        row.update(survey_meta(rng, ctx.rt_of(block)[0], "tata_ruang"))
        geoms.append(block)
        rows.append(row)
    return geoms, rows


def thematic_layers(ctx, core: dict) -> dict:
    from .generate import SampleLayer

    bangunan, jalan = core["bangunan"], core["jalan"]
    rth = _rth(ctx)
    made = {"rth_ruang_publik": ("Polygon", rth), "drainase": ("LineString", _drainase(ctx)),
            "rawan_bencana": ("Polygon", _rawan(ctx)), "kk_miskin": ("Point", _kk_miskin(ctx, bangunan)),
            "fasilitas": ("Point", _fasilitas(ctx, bangunan, rth)), "usaha_ekonomi": ("Point", _usaha(ctx, bangunan)),
            "foto_survei": ("Point", _photos(ctx, bangunan, jalan)), "rencana_blok": ("Polygon", _rencana_blok(ctx))}
    return {name: SampleLayer(name, kind, list(geoms), list(rows)) for name, (kind, (geoms, rows)) in made.items()}
