"""core.rule_values: one reading of a rule cell, on the rules as cities write them.

Expected values are read off the texts by hand (the class bounds and alternatives of Pergub DKI
31/2022 style text), not computed by the code under test.
"""

import math

import numpy as np
import pytest

from plpbk_qgis.core.cityplan.lot_classes import EXPORT_CUT_LENGTHS
from plpbk_qgis.core.cityplan.rule_values import (
    RuleValue,
    classes_from_rows,
    read_number,
    read_rule,
    rules_from_json,
    rules_to_json,
)

JAKARTA_KDB = ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90, "
               "- Luas LP 60 m2 - 120 m2 : Alternatif 1 : 90, Alternatif 2 : 80, "
               "- Luas LP lebih dari 120 - 240 m2 : Alternatif 1 : 80, Alternatif 2 : 70, "
               "- Luas LP lebih dari 240 - 400 m2 : Alternatif 1 : 60, Alternatif 2 : 50, "
               "- Luas LP lebih dari 400 m2 : Alternatif 1 : 60, Alternatif 2 : 40")
JAKARTA_KLB = ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 1.2, Alternatif 2 : 3.6, "
               "- Luas LP 60 m2 - 120 m2 : Alternatif 1 : 1.8, Alternatif 2 : 3.2, "
               "- Luas LP lebih dari 120 - 240 m2 : Alternatif 1 : 1.6, Alternatif 2 : 2.8, "
               "- Luas LP lebih dari 240 - 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 2, "
               "- Luas LP lebih dari 400 m2 : Alternatif 1 : 0.6, Alternatif 2 : 1.6")
# what a shapefile export keeps: 254 characters, cut inside the fourth class
JAKARTA_KDB_CUT = JAKARTA_KDB[:254]

# (min, max, min inclusive, max inclusive) of the five classes as the text words them
BOUNDS = [(None, 60.0, True, False), (60.0, 120.0, True, True), (120.0, 240.0, False, True),
          (240.0, 400.0, False, True), (400.0, None, False, True)]
KDB_ALTERNATIVES = [{1: 100, 2: 90}, {1: 90, 2: 80}, {1: 80, 2: 70}, {1: 60, 2: 50}, {1: 60, 2: 40}]
KLB_ALTERNATIVES = [{1: 1.2, 2: 3.6}, {1: 1.8, 2: 3.2}, {1: 1.6, 2: 2.8}, {1: 0.6, 2: 2.0}, {1: 0.6, 2: 1.6}]


def _bounds(rule):
    return [(c.min_m2, c.max_m2, c.min_inclusive, c.max_inclusive) for c in rule.classes]


def test_jakarta_text_complete():
    kdb = read_rule("kdb_maks", JAKARTA_KDB)
    assert kdb.ok and kdb.by_lot and not kdb.truncated
    assert _bounds(kdb) == BOUNDS
    assert [c.values for c in kdb.classes] == KDB_ALTERNATIVES
    klb = read_rule("klb_maks", JAKARTA_KLB)
    assert [c.values for c in klb.classes] == KLB_ALTERNATIVES
    assert kdb.alternatives == {1, 2} and kdb.value_range() == (40, 100)


def test_jakarta_text_cut_by_the_export():
    assert len(JAKARTA_KDB_CUT) in EXPORT_CUT_LENGTHS
    assert JAKARTA_KDB_CUT.endswith("lebih dari 240 - 400 m2 : Alternatif")
    kdb = read_rule("kdb_maks", JAKARTA_KDB_CUT)
    assert kdb.ok and kdb.truncated
    assert _bounds(kdb) == BOUNDS[:3]                       # the complete classes only
    assert [c.values for c in kdb.classes] == KDB_ALTERNATIVES[:3]
    assert kdb.cut_class == BOUNDS[3]
    assert "terpotong" in kdb.note


def test_cut_inside_a_value_never_reads_the_stump():
    # "Alternatif 2 : 70" cut to "Alternatif 2 : 7" at 254 characters (padded in front to land
    # the cut there): the class is dropped, 7 is never taken for a KDB
    stump = JAKARTA_KDB[:JAKARTA_KDB.index("Alternatif 2 : 70") + len("Alternatif 2 : 7")]
    rule = read_rule("kdb_maks", " " * (254 - len(stump)) + stump)
    assert rule.truncated and [c.values for c in rule.classes] == KDB_ALTERNATIVES[:2]
    assert rule.cut_class == BOUNDS[2]


def test_class_that_lost_its_last_alternative_is_not_trusted():
    text = JAKARTA_KDB[:JAKARTA_KDB.index(", Alternatif 2 : 50")]      # no cut length, alt 2 lost
    rule = read_rule("kdb_maks", text)
    assert rule.truncated and len(rule.classes) == 3 and rule.cut_class == BOUNDS[3]


@pytest.mark.parametrize("area, expected", [
    (59.99, 0), (60.0, 1), (119.99, 1), (120.0, 1), (120.01, 2), (240.0, 2), (240.01, 3),
    (400.0, 3), (400.01, 4), (5000.0, 4)])
def test_parcels_just_below_and_above_each_bound(area, expected):
    classes = read_rule("kdb_maks", JAKARTA_KDB).classes
    inside = [bool(c.contains(area)) for c in classes]
    assert inside.index(True) == expected and sum(inside) == 1


# (raw, auto, persen, pecahan): None = refused (PERLU_CEK / import note), never read as 0.6 %
UNIT_CASES = [
    ("0,6", 60.0, None, 60.0),
    ("60%", 60.0, 60.0, 60.0),
    ("60", 60.0, 60.0, None),
    (0.6, 60.0, None, 60.0),
    ("1", None, 1.0, 100.0),
    ("0", 0.0, 0.0, 0.0),
    ("100 %", 100.0, 100.0, 100.0),
]


@pytest.mark.parametrize("raw, auto, persen, pecahan", UNIT_CASES)
@pytest.mark.parametrize("column", ["kdb_maks", "kdh_min", "ktb_maks"])
def test_rule_units(column, raw, auto, persen, pecahan):
    for units, expected in (("auto", auto), ("persen", persen), ("pecahan", pecahan)):
        parsed = read_number(column, raw, units)
        assert parsed.value == expected, (units, raw)
        assert parsed.ok == (expected is not None), (units, raw)
        if expected is None:
            assert parsed.note
        if expected is not None and 0 < float(str(raw).replace(",", ".").rstrip("% ")) < 1:
            assert "pecahan" in parsed.note              # the reading is said, not hidden


def test_klb_is_a_ratio_not_a_percentage():
    assert read_number("klb_maks", "0,6").value == 0.6
    assert not read_number("klb_maks", "60%").ok
    assert read_number("klb_maks", "1.2").value == 1.2


@pytest.mark.parametrize("column, raw", [
    ("kdb_maks", "500"), ("kdb_maks", -1), ("klb_maks", "-1"), ("klb_maks", 1e12),
    ("lantai_maks", "1000000000000"), ("tinggi_maks", "-5"), ("gsb_min", 1e12),
    ("luas_kelas_min", -1), ("lebar_m", 1e12), ("lebar_m", -50)])
def test_implausible_values_are_refused_with_the_value(column, raw):
    parsed = read_number(column, raw)
    assert not parsed.ok and parsed.value is None
    assert "wajar" in parsed.note or "bukan" in parsed.note or "kurang dari" in parsed.note


def test_fraction_inside_classes_follows_the_units():
    text = "Luas LP kurang dari 60 m2 : Alternatif 1 : 0,9, Alternatif 2 : 0,8"
    auto = read_rule("kdb_maks", text)
    assert auto.classes[0].values == {1: 90.0, 2: 80.0} and "pecahan" in auto.note
    assert not read_rule("kdb_maks", text, "persen").ok


def test_alternatives_without_classes():
    rule = read_rule("kdb_maks", "Alternatif 1 : 60, Alternatif 2 : 50")
    assert rule.by_lot and rule.alternatives == {1, 2}
    (only,) = rule.classes
    assert (only.min_m2, only.max_m2) == (None, None) and only.contains(1e9)


def test_agreeing_classes_collapse_only_when_they_cover_every_lot():
    covering = read_rule("kdh_min", "Luas LP kurang dari 100 m2: 20, Luas LP 100 m2 - 300 m2: 20, "
                                    "Luas LP lebih dari 300 m2: 20")
    assert covering.value == 20.0 and not covering.by_lot
    gap = read_rule("kdh_min", "- Luas LP lebih dari 240 - 400 m2: Alternatif 1 : 20, Alternatif 2 : 20, "
                               "- Luas LP lebih dari 400 m2 : Alternatif 1 : 20, Alternatif 2 : 20")
    assert gap.value is None and gap.by_lot       # a lot of 100 m2 has no KDH in this text


def test_rule_table_rows_become_classes():
    rule = classes_from_rows([(100.0, 300.0, 65.0), (0.0, 100.0, 70.0), (300.0, None, 60.0)])
    assert [(c.min_m2, c.max_m2, c.values[0]) for c in rule.classes] == [
        (0.0, 100.0, 70.0), (100.0, 300.0, 65.0), (300.0, None, 60.0)]
    # the template's convention: > min and ≤ max
    assert [int(np.argmax([c.contains(a) for c in rule.classes])) for a in (0.0, 100.0, 100.01, 300.0, 785.0)] == [
        0, 0, 1, 1, 2]
    same = classes_from_rows([(0.0, 100.0, 15.0), (100.0, None, 15.0)])
    assert same.value == 15.0 and not same.by_lot


def test_json_round_trip_keeps_classes_and_cut():
    rules = {"kdb_maks": read_rule("kdb_maks", JAKARTA_KDB_CUT), "klb_maks": read_rule("klb_maks", JAKARTA_KLB),
             "kdh_min": read_rule("kdh_min", "20")}
    text = rules_to_json(rules)
    back, problem = rules_from_json(text)
    assert problem == "" and set(back) == {"kdb_maks", "klb_maks"}      # plain values stay plain
    for name in back:
        assert back[name].classes == rules[name].classes
        assert back[name].truncated == rules[name].truncated
        assert back[name].cut_class == rules[name].cut_class
    assert rules_from_json("{not json")[1]
    assert rules_from_json(None) == ({}, "")


@pytest.mark.parametrize("raw", ["Luas LP besar: Alternatif 1 : 60", "Luas LP 60-120 m2: tergantung",
                                 "tergantung kondisi"])
def test_unreadable_text_is_reported(raw):
    rule = read_rule("kdb_maks", raw)
    assert not rule.ok and rule.note and rule.value is None and not rule.classes
    assert isinstance(rule, RuleValue) and raw in rule.problem


def test_empty_spellings():
    for raw in (None, "", "-", "NULL", math.nan):
        assert read_rule("kdb_maks", raw).empty


# --- review findings: each value read whole, cuts by bytes, messy headers ----------------------

@pytest.mark.parametrize("column, raw", [
    ("kdb_maks", "Alternatif 1 : 60-70, Alternatif 2 : 50"),          # a range is not a value
    ("gsb_min", "Alternatif 1 : 5 cm, Alternatif 2 : 3 m"),            # a unit that is not GSB's
    ("kdb_maks", "KDB: Alternatif 1 : 60, Alternatif 2 : 50, KLB: Alternatif 1 : 1,2, Alternatif 2 : 1,5"),
    ("kdb_maks", "Alternatif 1 : 60 (lihat catatan), Alternatif 2 : 50"),
])
def test_alternative_values_are_read_whole(column, raw):
    rule = read_rule(column, raw)
    assert not rule.ok and rule.value is None and not rule.classes, rule


def test_decimal_commas_inside_alternatives():
    rule = read_rule("klb_maks", "Alternatif 1 : 1,2, Alternatif 2 : 1,5")
    assert rule.classes[0].values == {1: 1.2, 2: 1.5}
    petogogan = read_rule("kdb_maks", "Alternatif 1 : 60,Alternatif 2 : 50")    # no space after the comma
    assert petogogan.classes[0].values == {1: 60.0, 2: 50.0}


def test_cut_at_254_bytes_with_m2_superscript():
    text = ("- Luas LP 60 m² - 120 m² : "
            "Alternatif 1 : 90, Alternatif 2 : 80, - Luas LP lebih dari 120 - 240 m² : Alternatif 1 : 80, "
            "Alternatif 2 : 70, - Luas LP lebih dari 240 m² : Alternatif 1 : 70, Alternatif 2 : 60")
    stump = text[:text.rindex("Alternatif 2 : 60") + len("Alternatif 2 : 6")]
    cut = " " * (254 - len(stump.encode("utf-8"))) + stump          # 254 bytes, fewer characters
    assert len(cut.encode("utf-8")) == 254 and len(cut) < 254 and cut.endswith(": 6")
    rule = read_rule("kdb_maks", cut)
    assert rule.truncated and all(6.0 not in c.values.values() for c in rule.classes)


def test_short_unreadable_last_class_is_unreadable_not_cut():
    rule = read_rule("kdb_maks", "- Luas LP kurang dari 60 m2 : 60, - Luas LP lebih dari atau sama dengan 60 m2 : 50")
    assert not rule.ok and not rule.truncated


@pytest.mark.parametrize("raw, bounds", [
    ("Luas LP 60 m2 s.d. 120 m2 : 50", (60.0, 120.0)),
    ("Luas LP kurang dari 1.000 m2 : 50", (None, 1000.0)),
    ("LUAS LP 60 M2 – 120 M2 : 50", (60.0, 120.0)),
])
def test_messy_headers(raw, bounds):
    (only,) = read_rule("kdb_maks", raw).classes
    assert (only.min_m2, only.max_m2) == bounds


@pytest.mark.parametrize("column, raw, value", [("gsb_min", "Luas LP kurang dari 60 m2 : 3 m", 3.0),
                                                ("lantai_maks", "Luas LP kurang dari 60 m2 : 3 lantai", 3.0)])
def test_single_class_values_carry_their_units(column, raw, value):
    (only,) = read_rule(column, raw).classes
    assert only.values == {0: value}


def test_overlapping_table_classes_are_refused():
    rule = classes_from_rows([(None, None, 60.0), (200.0, None, 50.0)])
    assert not rule.ok and "tumpang tindih" in rule.note
