"""Survey attributes of parcels, buildings and roads (codes from the catalog, realistic gaps)."""

from __future__ import annotations

import numpy as np

from .real_stats import FLOOR_SHARES
from .values import maybe, pick, survey_meta

HOUSE_ON_GANG = {"rumah_tinggal": 0.80, "rumah_kos": 0.08, "warung": 0.05, "industri_rumahan": 0.03,
                 "toko": 0.01, "kosong": 0.02, "gudang": 0.01}
HOUSE_ON_ROAD = {"rumah_tinggal": 0.42, "rumah_toko": 0.22, "toko": 0.09, "warung": 0.11, "rumah_kos": 0.06,
                 "kantor": 0.03, "industri_rumahan": 0.03, "gudang": 0.02, "kosong": 0.02}
FACILITY_USE = {"masjid": "ibadah", "musala": "ibadah", "sekolah": "pendidikan", "paud": "pendidikan",
                "kesehatan": "kesehatan", "kantor": "kantor", "balai": "balai_warga", "gudang": "gudang",
                "pos": "fasilitas_umum_lain", "mck": "fasilitas_umum_lain"}
BUILDING_NOTES = ("Atap bocor saat hujan", "Menumpang di atas saluran", "Bagian belakang dipakai usaha laundry",
                  "Pemilik tidak di tempat, data dari tetangga", "Retak pada dinding depan",
                  "Lantai 2 semi permanen (kayu)", "Sering tergenang saat hujan deras")


def floors_for(rng, use: str):
    if use in ("rumah_toko", "rumah_kos"):
        return int(rng.choice([2, 3, 3, 4], p=[0.35, 0.35, 0.2, 0.1]))
    if use in ("pendidikan", "kantor"):
        return int(rng.choice([2, 3]))
    if use in ("ibadah", "balai_warga", "kesehatan", "fasilitas_umum_lain"):
        return int(rng.choice([1, 2], p=[0.6, 0.4]))
    if use in ("gudang", "kosong"):
        return 1
    floors = list(FLOOR_SHARES)
    return int(rng.choice(floors, p=np.asarray([FLOOR_SHARES[f] for f in floors])))


def building_row(rng, index: int, use: str, lot, near_kali: bool, dense: bool) -> dict:
    """Attributes of one building; ``lot`` is (id_persil, no_rw, no_rt)."""
    id_persil, no_rw, no_rt = lot
    floors = floors_for(rng, use)
    height = None
    if rng.random() < 0.12:  # most surveys give floors, only a few measure height
        height = round(floors * float(rng.uniform(3.0, 3.6)) + float(rng.uniform(0, 1.5)), 1)
    floors_out = maybe(rng, floors, 0.06)
    if floors_out is None and height is None and rng.random() < 0.4:
        height = round(floors * 3.3 + float(rng.uniform(0, 1.0)), 1)
    poor = 0.15 if (near_kali or dense) else 0.0
    kondisi = pick(rng, {"baik": 0.42 - poor, "rusak_ringan": 0.31, "rusak_sedang": 0.17 + poor / 2,
                         "rusak_berat": 0.07 + poor / 2}, 0.04)
    tipe = pick(rng, {"permanen": 0.64 - poor, "semi_permanen": 0.29, "darurat": 0.07 + poor}, 0.08)
    roof = {"genteng": 0.38, "seng": 0.27, "asbes": 0.2, "beton": 0.12, "lainnya": 0.01}
    if floors >= 3:
        roof = {"beton": 0.55, "genteng": 0.2, "seng": 0.15, "asbes": 0.1}
    public = use in ("ibadah", "pendidikan", "kesehatan", "kantor", "balai_warga", "fasilitas_umum_lain")
    if public:
        status = pick(rng, {"dinas": 0.6, "milik_sendiri": 0.4}, 0.05)
    else:
        status = pick(rng, {"milik_sendiri": 0.58, "sewa": 0.30, "menumpang": 0.08, "tidak_jelas": 0.04}, 0.07)
    if use == "rumah_kos":
        kk = int(rng.integers(4, 13))
    elif use in ("rumah_tinggal", "rumah_toko", "warung", "industri_rumahan"):
        kk = int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1]))
    else:
        kk = 0
    row = {
        "id_bangunan": f"BGN-{index:04d}",
        "fungsi": use if public else maybe(rng, use, 0.02),
        "tipe_bangunan": tipe,
        "jml_lantai": floors_out,
        "tinggi_m": height,
        "kondisi": kondisi,
        "material_atap": pick(rng, roof, 0.10),
        "material_dinding": pick(rng, {"tembok": 0.70, "campuran": 0.15, "kayu": 0.08, "seng": 0.03,
                                       "bambu": 0.02}, 0.10),
        "material_lantai": pick(rng, {"keramik": 0.55, "semen": 0.28, "ubin": 0.10, "kayu": 0.03,
                                      "tanah": 0.02}, 0.12),
        "status_bangunan": status,
        "jml_kk": maybe(rng, kk, 0.10),
        "id_persil": id_persil,
        "no_rt": maybe(rng, no_rt, 0.03),
        "no_rw": no_rw,
        "foto": None,
    }
    row.update(survey_meta(rng, no_rw, "permukiman_lingkungan", BUILDING_NOTES, 0.04))
    return row


def parcel_row(rng, index: int, reserved, near_kali: bool, area: float, no_rw, no_rt) -> dict:
    if reserved in ("masjid", "musala") or (reserved or "").startswith("rth:makam"):
        status = "wakaf"
    elif reserved in ("sekolah", "kantor", "kesehatan") or (reserved or "").startswith("rth"):
        status = "tanah_negara" if reserved != "sekolah" else "hak_pakai"
    elif near_kali:
        status = pick(rng, {"tanah_negara": 0.5, "girik": 0.2, "tidak_jelas": 0.2, "sewa": 0.1}, 0.08)
    else:
        status = pick(rng, {"shm": 0.38, "girik": 0.25, "hgb": 0.06, "hak_pakai": 0.02, "tanah_negara": 0.04,
                            "sewa": 0.07, "tidak_jelas": 0.08}, 0.08)
    if near_kali:
        masalah = pick(rng, {"di_sempadan": 0.7, "sengketa": 0.1, "tidak_ada": 0.2}, 0.05)
    elif status == "girik":
        masalah = pick(rng, {"belum_bersertifikat": 0.8, "tumpang_tindih": 0.1, "tidak_ada": 0.1}, 0.1)
    else:
        masalah = pick(rng, {"tidak_ada": 0.88, "sengketa": 0.04, "tumpang_tindih": 0.05, "lainnya": 0.03}, 0.12)
    solusi = None
    if masalah == "di_sempadan" and rng.random() < 0.3:
        solusi = "Mundur dari sempadan kali saat bangun ulang"
    elif masalah == "belum_bersertifikat" and rng.random() < 0.2:
        solusi = "Ikut program PTSL"
    row = {"id_persil": f"PRS-{index:04d}", "status_lahan": status, "luas_m2": round(area, 1),
           "masalah_lahan": masalah, "solusi_disepakati": solusi, "no_rt": no_rt, "no_rw": no_rw}
    row.update(survey_meta(rng, no_rw, "tata_ruang"))
    return row


def road_row(rng, road, no_rw) -> dict:
    width = road.lebar
    kelas = road.kelas
    if kelas in ("arteri", "kolektor"):
        surface = "aspal"
    elif kelas == "lokal":
        surface = pick(rng, {"aspal": 0.7, "beton": 0.3})
    elif kelas == "lingkungan":
        surface = pick(rng, {"beton": 0.55, "paving": 0.35, "aspal": 0.10})
    else:
        surface = pick(rng, {"beton": 0.50, "paving": 0.30, "tanah": 0.12, "kerikil": 0.08}, 0.05)
    if width >= 3.5:
        access = "mobil"
    elif width >= 1.5:
        access = "motor"
    else:
        access = "pejalan_kaki"
    kondisi = pick(rng, {"baik": 0.45, "rusak_ringan": 0.3, "rusak_sedang": 0.17, "rusak_berat": 0.08},
                   0.0 if kelas in ("arteri", "kolektor") else 0.05)
    row = {"nama_jalan": road.nama, "lebar_m": width, "kelas_jalan": kelas, "perkerasan": surface,
           "kondisi": kondisi,
           "sirkulasi": "eksternal" if kelas in ("arteri", "kolektor", "lokal") else maybe(rng, "internal", 0.1),
           "akses_kendaraan": maybe(rng, access, 0.08)}
    row.update(survey_meta(rng, no_rw, "prasarana_sarana"))
    return row
