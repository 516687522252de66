"""Draft/final plan comparison on hand-made edits, against expected lists."""

import shapely

from plpbk_qgis.core.publicreview.plan_changes import compare_plans


def test_hand_made_edits():
    a, b, c = shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10), shapely.box(20, 0, 30, 10)
    draft = {"BLK-1": (a, {"kdb_rencana": 70, "guna_rencana": "perumahan"}),
             "BLK-2": (b, {"kdb_rencana": 60, "guna_rencana": "perumahan"}),
             "BLK-3": (c, {"kdb_rencana": 60, "guna_rencana": "campuran"})}
    final = {"BLK-1": (a, {"kdb_rencana": "60", "guna_rencana": "perumahan"}),       # KDB lowered
             "BLK-2": (shapely.box(10, 0, 20, 10.05), {"kdb_rencana": "60.0", "guna_rencana": "perumahan"}),  # sliver
             "BLK-4": (shapely.box(30, 0, 40, 10), {"kdb_rencana": 10, "guna_rencana": "rth"})}               # new
    comments = [("M-1", "BLK-1", None), ("M-2", "", shapely.Point(35, 5)), ("M-3", "blk-3", None),
                ("M-4", "", shapely.Point(15, 5))]
    rows = compare_plans(draft, final, ["kdb_rencana", "guna_rencana"], comments)
    got = {r["id_blok"]: (r["perubahan"], r["atribut_berubah"], r["masukan_terkait"]) for r in rows}
    assert got == {"BLK-1": ("diubah", "kdb_rencana: 70 → 60", "M-1"),
                   "BLK-3": ("dihapus", None, "M-3"),
                   "BLK-4": ("ditambah", None, "M-2")}                              # BLK-2: sliver 0.5 m² < 1 m²
    assert {r["id_blok"]: r["selisih_luas_m2"] for r in rows}["BLK-3"] == -100.0
