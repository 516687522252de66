"""Text values as cities and surveys write them: every spelling below was seen in real data
(Petogogan RDTR copies, OSM LEVELS of Jakarta, Bintan RDTR tables) or is a common variant."""

import collections
import json

import pytest

from plpbk_qgis.core.cityplan.rule_values import read_rule
from plpbk_qgis.core.values import is_empty, parse_floors, parse_number

# raw, expected value (None = empty or unreadable), expected ok
NUMBERS = [
    ("60", 60.0, True),
    ("60%", 60.0, True),
    ("60 %", 60.0, True),
    ("0,6", 0.6, True),
    ("1.2", 1.2, True),
    ("2.4", 2.4, True),
    ("22.5", 22.5, True),
    ("12,5 m", 12.5, True),
    ("1.000,5", 1000.5, True),
    ("1,000.5", 1000.5, True),
    ("1.000.000", 1_000_000.0, True),
    ("0.125", 0.125, True),
    ("4.57", 4.57, True),
    ("120 m2", 120.0, True),
    ("120 m²", 120.0, True),
    ("120 cm", 120.0, True),
    ("Maks. 60%", 60.0, True),
    ("-5", -5.0, True),
    (60, 60.0, True),
    (0.6, 0.6, True),
    ("", None, True),
    ("   ", None, True),
    (None, None, True),
    ("-", None, True),
    ("NULL", None, True),
    ("null", None, True),
    ("N/A", None, True),
    (float("nan"), None, True),
    # ambiguous or not one value: reported, never guessed
    ("1.000", None, False),
    ("12,345", None, False),
    ("60-120", None, False),
    ("10+", None, False),
    ("±10", None, False),
    ("fix me", None, False),
    ("Tarihuniyah", None, False),
    ("1.2.3", None, False),
    ("60 persen kira", None, False),
    (True, None, False),
]


@pytest.mark.parametrize("raw, value, ok", NUMBERS)
def test_parse_number(raw, value, ok):
    parsed = parse_number(raw)
    assert parsed.ok is ok, parsed
    assert parsed.value == value
    assert parsed.raw is raw
    if not ok:
        assert parsed.note, "an unreadable value must say why"
        assert str(raw) in parsed.problem


def test_number_units_and_bounds():
    assert parse_number("60%").unit == "%"
    assert parse_number("12,5 m").unit == "m"
    assert parse_number("120 m²").unit == "m2"
    rng = parse_number("60–120 m2")
    assert (rng.ok, rng.lower, rng.upper, rng.unit) == (False, 60.0, 120.0, "m2")
    assert parse_number("< 5").upper == 5.0
    assert parse_number("Maks. 60%").note  # the dropped word is said


class FakeQgisNull:
    """QGIS NULL (QVariant) without importing qgis: only isNull() matters."""

    def isNull(self):  # noqa: N802
        return True


def test_qgis_null_is_empty():
    assert is_empty(FakeQgisNull())
    assert parse_number(FakeQgisNull()).empty
    assert parse_floors(FakeQgisNull()).empty


FLOORS = [
    ("2", 2.0, True, None, None),
    ("1", 1.0, True, None, None),
    ("16", 16.0, True, None, None),
    ("2 lantai", 2.0, True, None, None),
    ("3 Lantai", 3.0, True, None, None),
    ("2 lt", 2.0, True, None, None),
    ("2 lt.", 2.0, True, None, None),
    (2.0, 2.0, True, None, None),
    (2, 2.0, True, None, None),
    ("", None, True, None, None),
    (None, None, True, None, None),
    ("-", None, True, None, None),
    ("4-7", None, False, 4.0, 7.0),       # OSM range: ambiguous
    ("10+", None, False, 10.0, None),     # OSM open value: lower bound only
    (">7", None, False, 8.0, None),       # more than 7 = at least 8
    ("0", None, False, None, None),
    ("2.5", None, False, None, None),
    ("-1", None, False, None, None),
    ("500", None, False, None, None),
    ("fix me", None, False, None, None),
    ("Tarihuniyah", None, False, None, None),
    ("2 lantai + basement", None, False, None, None),
    ("120 cm", None, False, None, None),
]


@pytest.mark.parametrize("raw, value, ok, lower, upper", FLOORS)
def test_parse_floors(raw, value, ok, lower, upper):
    parsed = parse_floors(raw)
    assert (parsed.value, parsed.ok, parsed.lower, parsed.upper) == (value, ok, lower, upper)
    if not ok:
        assert parsed.note


# --- lot-size strings (read by core.rule_values, the one reader of rule cells) ----------------

PETOGOGAN_KDB = ("- Luas LP lebih dari 240 - 400 m2: Alternatif 1 : 60,Alternatif 2 : 50,"
                 "- Luas LP lebih dari 400 m2: Alternatif 1 : 60, Alternatif 2 : 40")
PETOGOGAN_KLB = ("- Luas LP lebih dari 240 - 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 2, "
                 "- Luas LP lebih dari 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 1.6")


def test_lot_size_petogogan_kdb():
    rules = read_rule("kdb_maks", PETOGOGAN_KDB)
    assert rules.ok and len(rules.classes) == 2
    first, second = rules.classes
    assert (first.min_m2, first.max_m2, first.min_inclusive) == (240.0, 400.0, False)
    assert first.values == {1: 60.0, 2: 50.0}
    assert (second.min_m2, second.max_m2) == (400.0, None)
    assert second.values == {1: 60.0, 2: 40.0}
    assert rules.value is None                      # a real choice: not collapsed
    assert not first.contains(240.0) and first.contains(240.5) and first.contains(400.0)
    assert second.contains(10_000.0) and not second.contains(400.0)


def test_lot_size_decimals():
    klb = read_rule("klb_maks", PETOGOGAN_KLB)
    assert [c.values for c in klb.classes] == [{1: 0.6, 2: 2.0}, {1: 0.6, 2: 1.6}]


def test_lot_size_issue_example_with_ellipsis_and_en_dash():
    rules = read_rule("kdb_maks", "Luas LP 60–120 m2: Alternatif 1: 90, Alternatif 2: 80 …")
    assert rules.ok
    (only,) = rules.classes
    assert (only.min_m2, only.max_m2, only.min_inclusive) == (60.0, 120.0, True)
    assert only.values == {1: 90.0, 2: 80.0}
    assert "alt 1: 90" in rules.describe()


@pytest.mark.parametrize("raw", ["Luas LP kurang dari 60 m2: 90", "Luas persil < 60 m2 : 90"])
def test_lot_size_upper_bound_only(raw):
    (only,) = read_rule("kdb_maks", raw).classes
    assert (only.min_m2, only.max_m2, only.max_inclusive, only.values) == (None, 60.0, False, {0: 90.0})


@pytest.mark.parametrize("raw", ["55", 55.0, "", None, "-"])
def test_not_lot_size_text(raw):
    rules = read_rule("kdb_maks", raw)
    assert rules.ok and not rules.classes and not rules.by_lot


# --- every distinct spelling in the real data is either read or reported -----------------------

def test_real_petogogan_rule_texts(shared_data):
    data = json.loads((shared_data / "jakarta_petogogan_buildings" / "buildings_base.geojson")
                      .read_text(encoding="utf-8"))
    texts = collections.Counter()
    for feature in data["features"]:
        for key in ("kdb", "klb", "kdh", "ktb"):
            texts[(key, feature["properties"].get(key))] += 1
    for key, raw in texts:
        rules = read_rule(f"{key}_maks", raw)
        assert rules.ok, raw                         # every text is read: a number or classes
        if rules.classes:
            assert len(rules.classes) == 2 and all(len(c.values) == 2 for c in rules.classes)
    assert parse_number("4.57").value == 4.57


def test_real_osm_levels(shared_data):
    import geopandas
    frame = geopandas.read_file(shared_data / "jakarta_inasafe" / "jakarta_building.gpkg",
                                columns=["LEVELS"], ignore_geometry=True)
    counts = collections.Counter(frame["LEVELS"].dropna())
    results = {raw: parse_floors(raw) for raw in counts}
    readable = sum(n for raw, n in counts.items() if results[raw].ok)
    # counted by hand from the distinct values: 1209 filled; '4-7' (41), '10+' (141),
    # '>7' (8), '0' (2), 'fix me' (1), 'Tarihuniyah' (1) are not single floor counts
    assert sum(counts.values()) == 1209
    assert readable == 1209 - 41 - 141 - 8 - 2 - 1 - 1
    assert results["4-7"].lower == 4 and results["10+"].lower == 10
