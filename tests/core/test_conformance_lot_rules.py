"""checkbuildingrules / checkplanconformance on rules as cities write them: lot-size classes,
alternatives, a text cut off by the export, fractions, road-class rules.

Every expected value is worked out by hand from the Pergub-DKI-style texts of
the Jakarta texts below (class bounds, alternatives) and the box geometries below.
"""

import numpy as np
import pytest
from shapely.geometry import LineString, box

from plpbk_qgis.core.cityplan.city_plan import normalise_features
from plpbk_qgis.core.conformance.buildings import BuildingCheckInput, check_buildings
from plpbk_qgis.core.conformance.plan import PlanCheckInput, check_plan

JAKARTA_KDB = ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90, "
               "- Luas LP 60 m2 - 120 m2 : Alternatif 1 : 90, Alternatif 2 : 80, "
               "- Luas LP lebih dari 120 - 240 m2 : Alternatif 1 : 80, Alternatif 2 : 70, "
               "- Luas LP lebih dari 240 - 400 m2 : Alternatif 1 : 60, Alternatif 2 : 50, "
               "- Luas LP lebih dari 400 m2 : Alternatif 1 : 60, Alternatif 2 : 40")
JAKARTA_KDB_CUT = JAKARTA_KDB[:254]          # as a shapefile export keeps it
JAKARTA_KLB = ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 1.2, Alternatif 2 : 3.6, "
               "- Luas LP 60 m2 - 120 m2 : Alternatif 1 : 1.8, Alternatif 2 : 3.2, "
               "- Luas LP lebih dari 120 - 240 m2 : Alternatif 1 : 1.6, Alternatif 2 : 2.8, "
               "- Luas LP lebih dari 240 - 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 2, "
               "- Luas LP lebih dari 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 1.6")
arr = lambda *g: np.array(g, dtype=object)  # noqa: E731

# (parcel width, height, building box inside the parcel as (w, h), floors) - areas by hand
LOTS = [
    # 59.99 m2 < 60: class "kurang dari 60" (alt 1: KDB 100 KLB 1.2; alt 2: 90 / 3.6);
    # building 5 x 5 = 25 m2, 1 floor: KDB 41.67 %, KLB 0.417 -> alternative 1 met
    (10.0, 5.999, (5.0, 5.0), 1),
    # exactly 60 m2: class "60 m2 - 120 m2" (alt 1: 90 / 1.8; alt 2: 80 / 3.2);
    # building 9 x 5 = 45 m2, 4 floors: KDB 75 %, KLB 3.000: alt 1 fails KLB, alt 2 meets both
    (10.0, 6.0, (9.0, 5.0), 4),
    # exactly 120 m2: still "60 m2 - 120 m2" (inclusive); building 9.5 x 12 = 114 m2, 2 floors:
    # KDB 95 %, KLB 1.900: alt 1 fails both, alt 2 fails KDB only -> alt 2 shown, MELANGGAR
    (10.0, 12.0, (9.5, 12.0), 2),
    # 120.5 m2: "lebih dari 120 - 240" (alt 1: 80 / 1.6; alt 2: 70 / 2.8);
    # building 6 x 10 = 60 m2, 1 floor: KDB 49.79 %, KLB 0.498 -> alt 1
    (10.0, 12.05, (6.0, 10.0), 1),
    # 300 m2: "lebih dari 240 - 400", the class the export cut: KDB undecided; KLB (complete
    # text) 0.333 meets alt 1 (0.6) -> alt 1 shown
    (15.0, 20.0, (10.0, 10.0), 1),
    # 500 m2: "lebih dari 400", lost entirely after the cut: KDB undecided; KLB 0.2 <= 0.6 (alt 1)
    (25.0, 20.0, (10.0, 10.0), 1),
]
EXPECTED = [  # kdb, kdb_maks, klb, klb_maks, status_kdb, status_klb, alternatif, status
    (41.67, 100.0, 0.417, 1.2, "SESUAI", "SESUAI", 1, "SESUAI"),
    (75.0, 80.0, 3.0, 3.2, "SESUAI", "SESUAI", 2, "SESUAI"),
    (95.0, 80.0, 1.9, 3.2, "MELANGGAR", "SESUAI", 2, "MELANGGAR"),
    (49.79, 80.0, 0.498, 1.6, "SESUAI", "SESUAI", 1, "SESUAI"),
    (33.33, None, 0.333, 0.6, "PERLU_CEK", "SESUAI", 1, "PERLU_CEK"),
    (20.0, None, 0.2, 0.6, "PERLU_CEK", "SESUAI", 1, "PERLU_CEK"),
]


def _layout():
    parcels, buildings, floors, x = [], [], [], 0.0
    for width, height, (bw, bh), f in LOTS:
        parcels.append(box(x, 0, x + width, height))
        buildings.append(box(x, 0, x + bw, bh))
        floors.append(str(f))
        x += width + 5.0
    return arr(*parcels), arr(*buildings), floors


def _check(zone_columns, lot_rules=None, **extra):
    parcels, buildings, floors = _layout()
    data = BuildingCheckInput(buildings=buildings, parcels=parcels, zones=arr(box(-10, -10, 300, 100)),
                              zone_codes=["R-2"], zone_columns=zone_columns, floors=floors,
                              zone_lot_rules=lot_rules, **extra)
    return check_buildings(data)


def _nan_to_none(value):
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value


def test_lot_classes_and_alternatives_by_hand():
    result = _check({"kdb_maks": [JAKARTA_KDB_CUT], "klb_maks": [JAKARTA_KLB]})
    p = result.parcels
    for i, (kdb, kdb_max, klb, klb_max, s_kdb, s_klb, alternative, status) in enumerate(EXPECTED):
        assert p["kdb"][i] == pytest.approx(kdb, abs=0.005), i
        assert _nan_to_none(p["kdb_maks"][i]) == kdb_max, i
        assert p["klb"][i] == pytest.approx(klb, abs=0.0005), i
        assert p["klb_maks"][i] == pytest.approx(klb_max), i
        assert (p["status_kdb"][i], p["status_klb"][i]) == (s_kdb, s_klb), i
        assert p["status"][i] == status, i
        assert p["alternatif"][i] == alternative, i
    text = list(p["alasan"])
    assert "ALTERNATIF_TIDAK_TERPENUHI" in text[2] and "alternatif 2" in text[2]
    assert "ALTERNATIF_TIDAK_TERPENUHI" not in text[1]
    for i in (4, 5):
        assert "ATURAN_TERPOTONG" in text[i] and JAKARTA_KDB_CUT in text[i]
    # the class each parcel was judged by is named
    assert p["kelas_luas"][0] == "luas kurang dari 60 m2"
    assert p["kelas_luas"][1] == p["kelas_luas"][2] == "luas 60 m2 - 120 m2"
    assert p["kelas_luas"][3] == "luas lebih dari 120 - 240 m2"
    # buildings carry their parcel's class, alternative and verdict
    b = result.buildings
    assert list(b["status_kdb"]) == list(p["status_kdb"])
    np.testing.assert_array_equal(np.nan_to_num(b["alternatif"]), np.nan_to_num(p["alternatif"]))


def test_fixed_alternative():
    p = _check({"kdb_maks": [JAKARTA_KDB_CUT], "klb_maks": [JAKARTA_KLB]}, alternative=1).parcels
    # 60 m2 parcel with KLB 3.0: under alternative 1 (KLB 1.8) it violates
    assert (p["alternatif"][1], p["klb_maks"][1], p["status_klb"][1]) == (1, 1.8, "MELANGGAR")
    assert "ALTERNATIF_TIDAK_TERPENUHI" not in p["alasan"][1]     # nothing was chosen
    p3 = _check({"kdb_maks": [JAKARTA_KDB_CUT]}, alternative=3).parcels
    assert p3["status_kdb"][0] == "PERLU_CEK" and "ALTERNATIF_TIDAK_ADA" in p3["alasan"][0]


def test_raw_text_and_imported_layer_give_the_same_result():
    columns = {"KODSZN": ["R-2"], "KDB": [JAKARTA_KDB_CUT], "KLB": [JAKARTA_KLB]}
    mapping = {"kode_zona": "KODSZN", "kdb_maks": "KDB", "klb_maks": "KLB"}
    rows, _ = normalise_features(columns, 1, mapping)
    from plpbk_qgis.core.cityplan.city_plan import NORMALISED_FIELDS

    record = dict(zip(NORMALISED_FIELDS, rows[0]))
    assert record["kdb_maks"] is None and record["klb_maks"] is None and record["aturan_kelas"]
    raw = _check({"kdb_maks": [JAKARTA_KDB_CUT], "klb_maks": [JAKARTA_KLB]})
    imported = _check({"kdb_maks": [record["kdb_maks"]], "klb_maks": [record["klb_maks"]]},
                      lot_rules=[record["aturan_kelas"]])
    for side in ("parcels", "buildings"):
        a, b = getattr(raw, side), getattr(imported, side)
        assert set(a) == set(b)
        for name in a:
            left, right = np.asarray(a[name]), np.asarray(b[name])
            if left.dtype.kind == "f":
                np.testing.assert_array_equal(left, right, err_msg=name)
            else:
                assert list(left) == list(right), name


def test_broken_lot_json_is_perlu_cek_not_silently_empty():
    p = _check({"kdb_maks": [None]}, lot_rules=['{"kdb_maks": {"kelas": [{"min": ']).parcels
    assert set(p["status_kdb"]) == {"PERLU_CEK"} and "aturan_kelas" in p["alasan"][0]


@pytest.mark.parametrize("raw, units, status, note", [
    ("0,6", "auto", "SESUAI", True),       # 60 %, with the reading said in alasan
    ("0,6", "persen", "PERLU_CEK", False),  # 0.6 % is refused, never a verdict
    ("0,6", "pecahan", "SESUAI", True),
    ("60%", "pecahan", "SESUAI", False),
    ("60", "pecahan", "PERLU_CEK", False),
    ("1", "auto", "PERLU_CEK", False),
    ("500", "auto", "PERLU_CEK", False),    # implausible: quoted, not judged
])
def test_rule_units_in_the_check(raw, units, status, note):
    # parcel 3 (120.5 m2) holds 60 m2 of building: KDB 49.79 %
    p = _check({"kdb_maks": [raw]}, rule_units=units).parcels
    assert p["status_kdb"][3] == status
    assert ("ATURAN_DITAFSIRKAN" in p["alasan"][3]) == note
    if status == "PERLU_CEK":
        assert f"'{raw}'" in p["alasan"][3]


def test_sample_rule_table_classes_apply():
    """The sample's R-2 classes: ≤ 100 m2 -> 70, 100–300 -> 65, > 300 -> 60."""
    text = ("- Luas LP maksimal 100 m2 : 70, - Luas LP lebih dari 100 - 300 m2 : 65, "
            "- Luas LP lebih dari 300 m2 : 60")
    p = _check({"kdb_maks": [text]}).parcels
    areas = [w * h for w, h, _, _ in LOTS]
    want = [70.0 if a <= 100 else 65.0 if a <= 300 else 60.0 for a in areas]
    assert list(p["kdb_maks"]) == want
    assert np.isnan(p["alternatif"]).all()       # no alternatives in this text


def test_klb_three_decimals():
    # parcel 3: KLB = 60 / 120.5 = 0.49793 -> 0.498 written and compared
    p = _check({"klb_maks": ["0.498"]}).parcels
    assert p["klb"][3] == 0.498 and p["status_klb"][3] == "SESUAI"
    p = _check({"klb_maks": ["0.497"]}).parcels
    assert p["status_klb"][3] == "MELANGGAR"     # at two decimals both were 0.50 against 0.50


def test_parcel_row_takes_values_and_status_from_one_building():
    """Building A (1.5 m from a lokal road, gsb_min_lokal 1) conforms; building B (3 m from an
    arteri, gsb_min_arteri 6) violates. The parcel shows B: gsb 3, gsb_min 6, MELANGGAR."""
    parcel = box(0, 0, 40, 40)
    buildings = arr(box(5, 1.5, 10, 8), box(27, 20, 37, 30))
    roads = arr(LineString([(-50, -1), (100, -1)]), LineString([(41, -50), (41, 100)]))
    data = BuildingCheckInput(buildings=buildings, parcels=arr(parcel), zones=arr(box(-100, -100, 200, 200)),
                              zone_codes=["R-2"], zone_columns={"gsb_min": [2], "gsb_min_lokal": [1],
                                                                "gsb_min_arteri": [6]},
                              roads=roads, road_widths=["2", "2"], road_classes=["lokal", "arteri"])
    r = check_buildings(data)
    assert list(r.buildings["status_gsb"]) == ["SESUAI", "MELANGGAR"]
    assert list(r.buildings["gsb_min"]) == [1.0, 6.0]
    p = r.parcels
    assert (p["gsb"][0], p["gsb_min"][0], p["status_gsb"][0]) == (3.0, 6.0, "MELANGGAR")


def _plan(planned_gsb, zone_columns):
    data = PlanCheckInput(blocks=arr(box(0, 0, 50, 50)), uses=None,
                          planned={"gsb_rencana": [planned_gsb]}, zones=arr(box(-10, -10, 100, 100)),
                          zone_codes=["R-2"], zone_columns=zone_columns)
    return check_plan(data).blocks


@pytest.mark.parametrize("planned, status", [(5, "PERLU_CEK"), (10, "SESUAI"), (2, "MELANGGAR")])
def test_plan_check_keeps_road_class_rules_beside_the_general_one(planned, status):
    # gsb_min 3 for kolektor/lokal, 10 on an arteri: 5 is not enough on an arteri
    out = _plan(planned, {"gsb_min": [3], "gsb_min_arteri": [10]})
    assert out["status_gsb"][0] == status
    if status == "PERLU_CEK":
        assert "ATURAN_KELAS_JALAN" in out["alasan"][0]


@pytest.mark.parametrize("planned, status", [(4, "PERLU_CEK"), (3.5, "MELANGGAR"), (10, "SESUAI")])
def test_plan_check_general_rule_unused_when_every_class_has_its_own(planned, status):
    out = _plan(planned, {"gsb_min": [3], "gsb_min_arteri": [10], "gsb_min_kolektor": [6],
                          "gsb_min_lokal": [4]})
    assert out["status_gsb"][0] == status


def test_plan_check_with_lot_classes():
    # the 60-120 and 120-240 classes only: alternatives 70..90
    two_classes = JAKARTA_KDB[JAKARTA_KDB.index("- Luas LP 60 m2"):JAKARTA_KDB.index(", - Luas LP lebih dari 240")]

    def plan(kdb, text=two_classes):
        data = PlanCheckInput(blocks=arr(box(0, 0, 50, 50)), uses=None, planned={"kdb_rencana": [kdb]},
                              zones=arr(box(-10, -10, 100, 100)), zone_codes=["R-2"],
                              zone_columns={"kdb_maks": [text]})
        return check_plan(data).blocks

    # 70 fits every lot and alternative, 85 only some, 95 none
    assert plan("70")["status_kdb"][0] == "SESUAI"
    out = plan("85")
    assert out["status_kdb"][0] == "PERLU_CEK" and "ATURAN_KELAS_LUAS" in out["alasan"][0]
    assert plan("0,95")["status_kdb"][0] == "MELANGGAR"      # 95 %, read as a fraction
    implausible = plan("101")
    assert implausible["status_kdb"][0] == "PERLU_CEK" and "'101'" in implausible["alasan"][0]
    # with the cut text, the cut class may be stricter than anything readable
    assert plan("40", JAKARTA_KDB_CUT)["status_kdb"][0] == "PERLU_CEK"


def test_report_names_class_and_alternative():
    from plpbk_qgis.core.report.content import ResultTable, violation_csv_rows, violations

    p = _check({"kdb_maks": [JAKARTA_KDB_CUT], "klb_maks": [JAKARTA_KLB]}).parcels
    columns = {k: [None if isinstance(v, float) and np.isnan(v) else v for v in np.asarray(p[k], dtype=object)]
               for k in p}
    columns["id_persil"] = [f"P{i}" for i in range(len(LOTS))]
    table = ResultTable("persil", "cek_persil", columns)
    (only,) = violations(table)                      # the 120 m2 parcel, judged by alternative 2
    assert only.ident == "P2" and only.judged_by == "luas 60 m2 - 120 m2, alternatif 2"
    assert only.items == ["KDB 95 % (maks 80 %)"]
    assert violation_csv_rows(table)[0]["kelas_luas_alternatif"] == only.judged_by


def test_an_alternative_the_zone_lacks_is_not_chosen():
    """Zone A has alternatives 1/2, zone B 1/2/3. A parcel in A with KDB 75 breaks both of A's:
    MELANGGAR under alternative 2 (the fewest failures), never 'alternative 3 missing'."""
    parcels = arr(box(0, 0, 10, 10), box(100, 0, 110, 10))
    buildings = arr(box(0, 0, 7.5, 10), box(100, 0, 107.5, 10))
    data = BuildingCheckInput(buildings=buildings, parcels=parcels, zones=arr(box(-5, -5, 50, 50), box(60, -5, 150, 50)),
                              zone_codes=["A", "B"],
                              zone_columns={"kdb_maks": ["Alternatif 1 : 60, Alternatif 2 : 70",
                                                         "Alternatif 1 : 60, Alternatif 2 : 70, Alternatif 3 : 80"]})
    p = check_buildings(data).parcels
    assert list(p["status_kdb"]) == ["MELANGGAR", "SESUAI"]
    assert list(p["alternatif"]) == [1.0, 3.0]
    assert "ALTERNATIF_TIDAK_ADA" not in p["alasan"][0]


def test_building_rules_follow_the_fixed_alternative():
    data = BuildingCheckInput(buildings=arr(box(0, 0, 5, 5)), parcels=arr(box(0, 0, 10, 10)),
                              zones=arr(box(-5, -5, 50, 50)), zone_codes=["A"],
                              zone_columns={"kdb_maks": ["60"], "lantai_maks": ["Alternatif 1 : 2, Alternatif 2 : 4"]},
                              floors=["3"], alternative=2)
    b = check_buildings(data).buildings
    assert (b["lantai_maks"][0], b["status_lantai"][0]) == (4.0, "SESUAI")


@pytest.mark.parametrize("kdb, klb, status", [
    ("60", "2", "MELANGGAR"),      # alt 1 breaks KLB (0.6), alt 2 breaks KDB (50): no alternative admits both
    ("50", "2", "SESUAI"),         # alternative 2 as a whole
    ("60", "0,6", "SESUAI"),       # alternative 1 as a whole
    ("45", "0,5", "SESUAI"),
])
def test_plan_check_judges_alternatives_as_sets(kdb, klb, status):
    data = PlanCheckInput(blocks=arr(box(0, 0, 50, 50)), uses=None,
                          planned={"kdb_rencana": [kdb], "klb_rencana": [klb]}, zones=arr(box(-10, -10, 100, 100)),
                          zone_codes=["R-2"], zone_columns={"kdb_maks": ["Alternatif 1 : 60, Alternatif 2 : 50"],
                                                            "klb_maks": ["Alternatif 1 : 0,6, Alternatif 2 : 2"]})
    out = check_plan(data).blocks
    assert out["status"][0] == status
    if status == "MELANGGAR":
        assert "ALTERNATIF_TIDAK_TERPENUHI" in out["alasan"][0]
