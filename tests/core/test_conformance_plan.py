"""checkplanconformance engine against hand-computed values (and shapely per pair for shares)."""

import numpy as np
import pytest
from shapely.geometry import box

from plpbk_qgis.core.conformance.itbx import ItbxTable
from plpbk_qgis.core.conformance.plan import PlanCheckInput, check_plan  # noqa: E402
from plpbk_qgis.core.conformance.plan_use import is_protected, zone_class

arr = lambda *g: np.array(g, dtype=object)  # noqa: E731

ZONES = arr(box(0, 0, 100, 100), box(100, 0, 200, 100), box(0, 100, 100, 200))
ZONE_CODES = ["R-1", "K-1", "RTH-2"]
ZONE_COLUMNS = {"kdb_maks": ["60", 70, 10], "klb_maks": [1.2, 2.0, 0.1], "kdh_min": [20, 10, 80],
                "gsb_min": [3, None, 5], "gsb_min_arteri": [None, 6, None], "gsb_min_lokal": [None, 2, None],
                "tinggi_maks": [12, 20, 4], "lantai_maks": [3, 5, 1]}
BLOCKS = arr(box(10, 10, 50, 50),        # 0 housing well inside R-1, all fine
             box(80, 10, 120, 50),       # 1 mixed, half R-1 half K-1
             box(10, 110, 50, 150),      # 2 housing in the RTH zone
             box(300, 300, 310, 310),    # 3 outside the city plan
             box(190, 10, 210, 30),      # 4 half outside
             box(20, 60, 40, 80),        # 5 green block, no KDB planned, floors as text
             box(60, 98, 80, 118),       # 6 housing reaching 90 % into RTH
             box(99.5, 60, 150, 80))     # 7 sliver (< 1 %) over R-1, rest K-1
USES = ["perumahan", "campuran", "perumahan", "perumahan", "fasilitas_ekonomi", "rth_ruang_publik",
        "perumahan", "campuran"]
PLANNED = {"kdb_rencana": [50, 65, 50, 50, 60, None, 40, 70],
           "klb_rencana": [1.0, 1.2, 1.0, 1.0, 1.0, 0.1, 0.8, 2.5],
           "kdh_rencana": [25, 15, 30, 30, 10, 90, 30, 10],
           "gsb_rencana": [3, 4, 3, 3, 7, 5, 3, 1],
           "tinggi_rencana": [8, 12, 8, 8, 12, 4, 8, 12],
           "lantai_rencana": [2, 3, 2, 2, 3, "1 lantai", 2, "4-7"]}


def _run(**extra):
    base = dict(blocks=BLOCKS, uses=USES, planned=dict(PLANNED), zones=ZONES, zone_codes=ZONE_CODES,
                zone_columns=dict(ZONE_COLUMNS), zone_names=["Perumahan", "Perdagangan", "Taman Kota"])
    base.update(extra)
    return check_plan(PlanCheckInput(**base)).blocks


def test_zone_shares_match_shapely():
    out = _run()
    for k, block in enumerate(BLOCKS):
        shares = sorted(((block.intersection(z).area / block.area * 100, c) for z, c in zip(ZONES, ZONE_CODES)),
                        reverse=True)
        shares = [(s, c) for s, c in shares if s >= 1.0]
        assert out["jml_zona"][k] == len(shares), k
        if shares:
            assert out["kode_zona"][k] == shares[0][1]
            assert out["porsi_zona"][k] == pytest.approx(round(shares[0][0], 2))
    assert out["zona_tumpang"][1] == "R-1 50.0 %; K-1 50.0 %"
    assert out["zona_tumpang"][7] == "K-1 99.0 %"


def test_plan_rules_hand_values():
    out = _run()
    assert out["status"][0] == "SESUAI" and out["alasan"][0] == ""
    # block 1: KDB 65 > 60 of R-1 (the strictest of its zones), KDH 15 < 20 of R-1
    assert out["status_kdb"][1] == "MELANGGAR" and out["kdb_maks"][1] == 60
    assert out["status_kdh"][1] == "MELANGGAR" and out["kdh_min"][1] == 20
    assert "kdb 65 > 60 di R-1" in out["alasan"][1] and "kdh 15 < 20 di R-1" in out["alasan"][1]
    assert out["status_klb"][1] == "SESUAI"
    # GSB 4: R-1 needs 3; K-1 only per road class (lokal 2, arteri 6): unsure
    assert out["status_gsb"][1] == "PERLU_CEK" and "ATURAN_KELAS_JALAN" in out["alasan"][1]
    assert out["status_guna"][1] == "PERLU_CEK"        # campuran in a housing zone: conditional
    # block 4: GSB 7 satisfies even arteri 6
    assert out["status_gsb"][4] == "SESUAI" and out["status_zona"][4] == "PERLU_CEK"
    assert "SEBAGIAN_DI_LUAR_ZONA" in out["alasan"][4] and "50.0 % di luar" in out["alasan"][4]
    # block 7: the sliver over R-1 is ignored; GSB 1 breaks even lokal 2 in K-1; KLB 2.5 > 2.0
    assert out["status_gsb"][7] == "MELANGGAR" and out["status_klb"][7] == "MELANGGAR"
    assert out["status_lantai"][7] == "PERLU_CEK" and "4-7" in out["alasan"][7]
    assert out["status_kdb"][7] == "SESUAI"             # 70 ≤ 70 (R-1's 60 does not apply)


def test_protected_outside_and_missing():
    out = _run()
    assert out["status_guna"][2] == "MELANGGAR" and "ZONA_LINDUNG_DIBANGUN" in out["alasan"][2]
    assert out["status_guna"][6] == "MELANGGAR"         # 90 % of it in RTH
    assert out["status"][3] == "PERLU_CEK" and "DI_LUAR_ZONA" in out["alasan"][3]
    assert out["kode_zona"][3] is None and out["status_kdb"][3] == "PERLU_CEK"
    # green block in RTH: use fine, KDB not planned -> PERLU_CEK, floors "1 lantai" read
    assert out["status_guna"][5] == "SESUAI" and out["status_kdb"][5] == "PERLU_CEK"
    assert "RENCANA_KOSONG" in out["alasan"][5] and out["lantai"][5] == 1


def test_not_supplied_is_tidak_dicek():
    planned = {k: v for k, v in PLANNED.items() if k != "klb_rencana"}
    out = _run(planned=planned, uses=None, zone_columns={k: v for k, v in ZONE_COLUMNS.items() if k != "kdh_min"})
    assert set(out["status_klb"]) == {"TIDAK_DICEK"} and set(out["status_kdh"]) == {"TIDAK_DICEK"}
    assert set(out["status_guna"]) == {"TIDAK_DICEK"}


def test_itbx_decides_use_when_given():
    itbx = ItbxTable.from_rows([{"kode_kegiatan": "rumah_tinggal", "R-1": "I", "K-1": "T2", "RTH-2": "I"},
                                {"kode_kegiatan": "rumah_toko", "R-1": "X", "K-1": "I", "RTH-2": "X"}])
    out = _run(itbx=itbx)
    assert out["status_guna"][0] == "SESUAI"
    assert out["status_guna"][1] == "MELANGGAR" and "ITBX_X" in out["alasan"][1]
    assert out["status_guna"][2] == "MELANGGAR"   # protected wins over a permissive table
    # toko is not in the table: the zone class (K) decides; the part outside is status_zona's business
    assert out["status_guna"][4] == "SESUAI" and out["status"][4] == "PERLU_CEK"


def test_zone_class_and_protection():
    assert zone_class("R-2") == "R" and zone_class("SPU-1") == "SPU" and zone_class(None, None, "Zona Campuran") == "C"
    assert zone_class("", "", "Sempadan Sungai") == "PS" and zone_class(None) == ""
    assert is_protected("RTH") and is_protected("", "Zona Cagar Budaya") and not is_protected("R")
