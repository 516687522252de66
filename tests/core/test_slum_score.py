"""KOTAKU slum score per RT (Permen PUPR 14/PRT/M/2018): bands, classes, missing data,
baseline reading, source combination and volumes from the survey layers.

Every expectation is computed by hand in the comment next to it."""

import math

import pandas as pd
import pytest

from plpbk_qgis.core.analysis.slum_criteria import CODES, CONSIDERATION_BY_CODE, CRITERIA, MAX_TOTAL
from plpbk_qgis.core.analysis.slum_score import (
    BASELINE,
    NO_DATA,
    SURVEY,
    Volume,
    band_score,
    combine_sources,
    read_baseline,
    rt_key,
    score_rt,
    score_rts,
    slum_class,
)
from plpbk_qgis.core.analysis.slum_survey import FIELD_LISTS, SHARE_RULES, VALUE_LISTS, survey_volumes
from plpbk_qgis.core.errors import Message, PlpbkInputError
from plpbk_qgis.core.survey.catalog import load_catalog


# ---------------------------------------------------------------- the criteria table
def test_sixteen_criteria_seven_aspects_max_80():
    # 3 + 2 + 2 + 3 + 2 + 2 + 2 = 16 criteria, 16 x 5 = 80
    assert len(CRITERIA) == 16 and MAX_TOTAL == 80
    assert [c.code for c in CRITERIA] == ["k1a", "k1b", "k1c", "k2a", "k2b", "k3a", "k3b", "k4a",
                                          "k4b", "k4c", "k5a", "k5b", "k6a", "k6b", "k7a", "k7b"]
    assert sorted({c.aspect.number for c in CRITERIA}) == [1, 2, 3, 4, 5, 6, 7]
    assert all(c.pasal and c.unit in ("unit bangunan", "KK", "meter", "ha") for c in CRITERIA)


def test_non_physical_scores():
    # nilai strategis ada 5 / tidak 1; kependudukan 1/3/5; legalitas +/-
    assert CONSIDERATION_BY_CODE["nilai_strategis"].score("ada") == 5
    assert CONSIDERATION_BY_CODE["kependudukan"].score("sedang") == 3
    assert CONSIDERATION_BY_CODE["status_lahan"].score("tidak_jelas") == "-"


# ---------------------------------------------------------------- bands
@pytest.mark.parametrize("share, score", [
    (0, 0),        # below 25 -> 0
    (24.9, 0),     # still below the written 25
    (25, 1),       # 25-50 -> 1, lower bound inclusive
    (50, 1),
    (50.4, 1),     # between 50 and 51: stays 1 until 51 is reached (KAWANKU 50.91 -> 1)
    (51, 3),       # 51-75 -> 3
    (75, 3),
    (75.5, 3),     # not rounded up: 3 until 76 (KAWANKU 75.91 -> 3)
    (76, 5),       # 76-100 -> 5
    (100, 5),
])
def test_band_edges(share, score):
    assert band_score(share) == score


@pytest.mark.parametrize("share", [None, float("nan"), "", "-"])
def test_band_of_missing_share_is_missing_not_zero(share):
    assert band_score(share) is None


@pytest.mark.parametrize("share", [-0.1, 100.5, 250])
def test_band_outside_0_100_is_a_problem_not_a_verdict(share):
    with pytest.raises(PlpbkInputError):
        band_score(share)


# ---------------------------------------------------------------- classes
@pytest.mark.parametrize("total, klass", [
    (0, "tidak_kumuh"), (15, "tidak_kumuh"),     # below 16
    (16, "ringan"), (37, "ringan"),              # 16-37
    (38, "sedang"), (59, "sedang"),              # 38-59
    (60, "berat"), (80, "berat"),                # 60-80
])
def test_class_edges(total, klass):
    assert slum_class(total) == klass


def test_class_outside_0_80_raises_and_empty_is_none():
    with pytest.raises(PlpbkInputError):
        slum_class(81)
    assert slum_class(None) is None


# ---------------------------------------------------------------- one RT
def _all_at(volume, total=100, source=SURVEY):
    return {code: (volume, total, source) for code in CODES}


def test_complete_rt():
    # 16 criteria at 60 % -> 16 x 3 = 48 -> sedang
    result = score_rt(_all_at(60))
    assert result.lengkap and result.total_skor == 48
    assert result.tingkat_kumuh == "sedang" == result.tingkat_kumuh_min == result.tingkat_kumuh_maks
    assert result.kriteria["k4b"].persen == 60.0 and result.kriteria["k4b"].sumber == SURVEY


def test_missing_criterion_reported_missing_not_zero_with_class_bounds():
    # 15 criteria at 30 % -> 15 x 1 = 15 known; k7b missing.
    # min: 15 -> tidak_kumuh; max: 15 + 5 = 20 -> ringan; the class is not decided.
    volumes = _all_at(30)
    del volumes["k7b"]
    result = score_rt(volumes)
    k7b = result.kriteria["k7b"]
    assert k7b.skor is None and k7b.persen is None and k7b.sumber == NO_DATA
    assert result.total_skor == 15 and result.kriteria_hilang == ("k7b",)
    assert not result.lengkap and result.skor_maks_mungkin == 20
    assert (result.tingkat_kumuh_min, result.tingkat_kumuh_maks) == ("tidak_kumuh", "ringan")
    assert result.tingkat_kumuh is None
    row = result.as_row()
    assert row["skor_k7b"] is None and row["persen_k7b"] is None and row["kriteria_hilang"] == "k7b"
    assert row["skor_k1a"] == 1 and row["persen_k1a"] == 30.0


def test_missing_criterion_that_cannot_change_the_class():
    # 14 at 10 % -> 0, k1a at 100 % -> 5: known 5; k7b missing: max 10 -> both tidak_kumuh
    volumes = _all_at(10)
    volumes["k1a"] = (10, 10, SURVEY)
    del volumes["k7b"]
    result = score_rt(volumes)
    assert result.total_skor == 5 and result.tingkat_kumuh == "tidak_kumuh"
    assert not result.lengkap


def test_zero_denominator_is_missing_with_a_reason():
    # k4b: 0 m of 0 m drains -> no share (KAWANKU would write 0 %, we do not)
    result = score_rt({"k4b": (0, 0, SURVEY), "k1c": (3, 10, SURVEY)})
    assert result.kriteria["k4b"].skor is None
    assert "penyebut" in result.kriteria["k4b"].catatan
    # k1c: 3 of 10 = 30 % -> 1
    assert result.kriteria["k1c"].persen == 30.0 and result.kriteria["k1c"].skor == 1


def test_volume_above_total_and_negative_are_missing():
    result = score_rt({"k3a": (12, 10, SURVEY), "k3b": (-1, 10, SURVEY)})
    assert result.kriteria["k3a"].skor is None and "lebih besar" in result.kriteria["k3a"].catatan
    assert result.kriteria["k3b"].skor is None and "negatif" in result.kriteria["k3b"].catatan


def test_share_is_banded_as_written_two_decimals():
    # 75.996 % is written 76.0 -> 5 (a reader never sees 76.00 % next to a 3); 75.994 -> 75.99 -> 3
    assert score_rt({"k1a": (75.996, 100, SURVEY)}).kriteria["k1a"].skor == 5
    assert score_rt({"k1a": (75.994, 100, SURVEY)}).kriteria["k1a"].skor == 3


def test_unknown_code_raises_and_an_entry_must_name_its_source():
    with pytest.raises(PlpbkInputError):
        score_rt({"k8a": (1, 2, SURVEY)})
    with pytest.raises(ValueError):
        score_rt({"k1a": (1, 2)})


# ---------------------------------------------------------------- sources
def test_baseline_fills_gaps_and_sources_are_named():
    computed = {"1": {"k1c": Volume(3, 10, SURVEY), "k2b": Volume(0, 0, SURVEY)}}
    baseline = {"1": {"k1c": Volume(9, 10, BASELINE), "k2b": Volume(30, 100, BASELINE),
                      "k2a": Volume(80, 100, BASELINE)},
                "2": {"k7a": Volume(50, 50, BASELINE)}}
    combined = combine_sources(computed, baseline)
    one = combined["1"]
    assert one["k1c"] == Volume(3, 10, SURVEY, "")                 # survey wins where usable
    assert one["k2a"].sumber == BASELINE                           # baseline fills a gap
    assert one["k2b"].sumber == BASELINE and one["k2b"].volume == 30   # survey total 0 unusable
    assert "survei tidak terpakai" in one["k2b"].catatan
    assert one["k3a"].sumber == NO_DATA and one["k3a"].volume is None
    assert combined["2"]["k7a"].sumber == BASELINE                 # RT only in the baseline
    scores = score_rts(combined)
    # RT 1: k1c 30 % -> 1, k2a 80 % -> 5, k2b 30 % -> 1: known 7, 13 missing -> 7 .. 72
    assert scores["1"].total_skor == 7 and len(scores["1"].kriteria_hilang) == 13
    assert (scores["1"].tingkat_kumuh_min, scores["1"].tingkat_kumuh_maks) == ("tidak_kumuh", "berat")
    assert scores["1"].kriteria["k2a"].sumber == BASELINE


# ---------------------------------------------------------------- baseline table
def _baseline_frame():
    return pd.DataFrame({
        "No RT": ["001", "2", "RT 02", "", "3"],
        "RW": ["1", "1", "1", "1", "1"],
        "K1a_Volume": ["1.234", "12,5", "4", "1", "-5"],
        "k1a total": ["2.000", "25", "4", "2", "10"],
        "K2B Volume": ["1.234", "", "5", "1", "8"],
        "K2B_Total": ["2.468", "-", "5", "1", "4"],
        "keterangan": ["x", "", "", "", ""],
    })


def test_read_baseline_text_numbers_forgiving_names():
    table = read_baseline(_baseline_frame())
    # rows 2..6 in the spreadsheet; RT "001" in RW 1 -> key "1/1"
    assert set(table.volumes) == {"1/1", "1/2", "1/3"}
    k1a = table.volumes["1/1"]["k1a"]
    # k1a is counted in buildings: "1.234" / "2.000" are thousands -> 1234 / 2000
    assert (k1a.volume, k1a.total, k1a.sumber) == (1234.0, 2000.0, BASELINE)
    # k2b is metres: "1.234" could be 1.234 m or 1234 m -> unreadable, reported, not guessed
    assert table.volumes["1/1"]["k2b"].volume is None
    assert table.volumes["1/2"]["k1a"].volume == 12.5                   # "12,5"
    assert table.volumes["1/2"]["k2b"] == Volume(None, None, BASELINE, "")   # "" and "-"
    assert all(isinstance(problem, Message) for problem in table.problems)


def test_read_baseline_reports_every_problem():
    table = read_baseline(_baseline_frame())
    texts = "\n".join(table.problems)
    assert "keterangan" in texts                                        # unknown column
    assert "baris 4: RT 1/2 sudah ada di baris 3" in texts              # duplicate RT kept first
    assert "baris 5: RT kosong" in texts
    assert "baris 6, kriteria k1a: volume atau total negatif" in texts  # -5
    assert "baris 6, kriteria k2b: volume lebih besar dari total" in texts   # 8 > 4
    assert "'1.234' tidak terbaca" in texts                             # k2b metres, ambiguous
    templates = {problem.template for problem in table.problems}
    assert all("{" in template for template in templates)               # translatable templates
    # the duplicate's values are not used: RT 1/2 k1a stays the first row's 12,5 of 25
    assert table.volumes["1/2"]["k1a"].total == 25.0
    # negative and over-total values are kept for the record but scored as missing
    assert score_rt(table.volumes["1/3"]).kriteria["k1a"].skor is None


def test_read_baseline_half_pair_and_no_rt_column():
    table = read_baseline(pd.DataFrame({"rt": ["1"], "k3a_volume": ["4"]}))
    assert any("k3a_total" in problem for problem in table.problems)
    assert table.volumes == {"1": {}}
    with pytest.raises(PlpbkInputError):
        read_baseline(pd.DataFrame({"nama": ["x"]}))


@pytest.mark.parametrize("rt, rw, key", [
    ("RT 003", None, "3"), (3.0, None, "3"), ("3", "02", "2/3"), ("", "1", None), ("3A", None, "3A")])
def test_rt_key(rt, rw, key):
    assert rt_key(rt, rw) == key


# ---------------------------------------------------------------- survey volumes
def test_survey_catalog_mapping_matches_the_catalog():
    catalog = load_catalog()
    for (layer, field_name), list_name in FIELD_LISTS.items():
        assert catalog.layer(layer).field(field_name).values == list_name, (layer, field_name)
        assert tuple(catalog.value_list(list_name).codes) == VALUE_LISTS[list_name], list_name
    for rule in SHARE_RULES:
        layer = catalog.layer(rule.layer)
        for name, codes in {**rule.bad, **rule.only}.items():
            assert set(codes) <= set(VALUE_LISTS[FIELD_LISTS[(rule.layer, name)]]), (rule.code, name)
        if rule.weight and rule.weight != "panjang_m":
            layer.field(rule.weight)


def _buildings():
    # RT 1: 10 buildings, 3 damaged (rusak_berat, "Rusak Sedang", rusak_berat); rusak_ringan
    # (slight damage) passes k1c
    # RT 2: 4 buildings: baik, empty, 'jelek' (unknown code), rusak_berat
    return pd.DataFrame({
        "id_bangunan": [f"b{i}" for i in range(14)],
        "rt": ["1"] * 10 + ["2"] * 4,
        "kondisi": ["baik"] * 6 + ["rusak_ringan", "rusak_berat", "Rusak Sedang", "rusak_berat"]
                   + ["baik", None, "jelek", "rusak_berat"],
    })


def test_survey_buildings_k1c_30_percent_scores_1():
    result = survey_volumes({"bangunan": _buildings()})
    # RT 1: 3 of 10 = 30 % -> 1
    assert result.volumes["1"]["k1c"] == Volume(3.0, 10.0, SURVEY, "")
    assert score_rt(result.volumes["1"]).kriteria["k1c"].skor == 1
    # RT 2: rusak_berat of {baik, rusak_berat} = 1 of 2; empty and 'jelek' not counted
    two = result.volumes["2"]["k1c"]
    assert (two.volume, two.total) == (1.0, 2.0) and two.catatan.startswith("2 fitur")
    assert any("'jelek'" in problem for problem in result.problems)
    # criteria the survey cannot feed are absent (missing), not 0
    assert "k1a" not in result.volumes["1"] and "k7a" not in result.volumes["1"]


def test_survey_roads_k2b_by_length_neighbourhood_roads_only():
    roads = pd.DataFrame({
        "rt": ["1", "1", "1", "1", None],
        "kelas_jalan": ["lingkungan", "gang", "arteri", None, "gang"],
        "perkerasan": ["aspal", "tanah", "tanah", "aspal", "tanah"],
        "kondisi": ["baik", "baik", "rusak_berat", "baik", "baik"],
        "panjang_m": [60.0, 40.0, 500.0, 10.0, 7.0],
    })
    result = survey_volumes({"jalan": roads})
    # lingkungan 60 m ok + gang 40 m earth: 40 of 100 m = 40 % -> 1; the 500 m arterial is
    # a city road (not counted), the road without class is not counted (noted)
    k2b = result.volumes["1"]["k2b"]
    assert (k2b.volume, k2b.total) == (40.0, 100.0) and "1 fitur" in k2b.catatan
    assert score_rt(result.volumes["1"]).kriteria["k2b"].skor == 1
    assert any("1 fitur tanpa RT" in problem for problem in result.problems)


def test_survey_drains_k4b_missing_and_k4c_poor():
    drains = pd.DataFrame({
        "rt": ["1"] * 4,
        "jenis_drainase": ["saluran_terbuka", "saluran_tanah", "tidak_ada", "saluran_tertutup"],
        "kondisi": ["baik", "baik", "baik", "rusak_berat"],
        "panjang_m": [50.0, 20.0, 100.0, 30.0],
    })
    volumes = survey_volumes({"drainase": drains}).volumes["1"]
    # k4b: 100 m without drain of 200 m surveyed = 50 % -> 1
    assert (volumes["k4b"].volume, volumes["k4b"].total) == (100.0, 200.0)
    # k4c: earth ditch 20 m + damaged 30 m of the 100 m existing drains = 50 % -> 1
    assert (volumes["k4c"].volume, volumes["k4c"].total) == (50.0, 100.0)


def test_survey_households_weighted_k3a_k5a_k5b():
    water = pd.DataFrame({"rt": ["1", "1", "1"], "sumber_air": ["pdam", "sumur_gali", "sungai"],
                          "kualitas_air": ["baik", "keruh", "baik"],
                          "jml_kk_dilayani": [30, 10, 5]})
    toilets = pd.DataFrame({"rt": ["1", "1", "1"],
                            "jenis_sanitasi": ["jamban_pribadi", "tidak_ada", "mck_umum"],
                            "pembuangan_limbah": ["tangki_septik", "sungai", "ipal_komunal"],
                            "kondisi": ["baik", None, "rusak_berat"],
                            "jml_pengguna_kk": [20, 15, 5]})
    volumes = survey_volumes({"air_minum": water, "sanitasi": toilets}).volumes["1"]
    # k3a: keruh 10 KK + river 5 KK of 45 KK = 33.33 % -> 1
    assert (volumes["k3a"].volume, volumes["k3a"].total) == (15.0, 45.0)
    # k5a: BABS 15 KK of 40 = 37.5 % -> 1; k5b: river 15 + damaged MCK 5 = 20 of 40 = 50 % -> 1
    assert (volumes["k5a"].volume, volumes["k5a"].total) == (15.0, 40.0)
    assert (volumes["k5b"].volume, volumes["k5b"].total) == (20.0, 40.0)
    assert score_rt(volumes).kriteria["k3a"].persen == 33.33


def test_survey_k1b_from_rule_results_and_density():
    buildings = _buildings()
    rt = pd.DataFrame({"rt": ["1", "2"], "luas_m2": [500.0, 10_000.0]})
    # b99 is not in the buildings layer: it cannot be placed in an RT and is reported
    rules = pd.DataFrame({"id_bangunan": ["b10", "b11", "b12", "b13", "b99"],
                          "status_kdb": ["MELANGGAR", "SESUAI", "PERLU_CEK", "SESUAI", "MELANGGAR"],
                          "status_klb": ["SESUAI", "SESUAI", "SESUAI", "TIDAK_DICEK", "SESUAI"]})
    small_result = survey_volumes({"bangunan": buildings, "rt": rt}, rules, big_city=False)
    assert any("aturan bangunan: 1 fitur tanpa RT" in problem for problem in small_result.problems)
    small = small_result.volumes
    # RT 1: 10 buildings on 0.05 ha = 200 unit/ha >= 200 (small city) -> all 10 count, 100 %
    assert (small["1"]["k1b"].volume, small["1"]["k1b"].total) == (10.0, 10.0)
    # RT 2: 4 on 1 ha = 4 unit/ha; rules: b10 violates, b11 and b13 conform, b12 needs a check
    # -> 1 of 3 = 33.33 % -> 1
    assert (small["2"]["k1b"].volume, small["2"]["k1b"].total) == (1.0, 3.0)
    assert "perlu dicek" in small["2"]["k1b"].catatan
    big = survey_volumes({"bangunan": buildings, "rt": rt}, rules, big_city=True).volumes
    # big city: 200 < 250 and no rule results in RT 1 -> k1b missing there, not 0
    assert "k1b" not in big["1"]
    unknown_size = survey_volumes({"bangunan": buildings, "rt": rt}, None, big_city=None)
    assert "k1b" not in unknown_size.volumes.get("1", {})
    assert any("Ukuran kota" in problem for problem in unknown_size.problems)


def test_survey_missing_column_is_reported():
    result = survey_volumes({"jalan": pd.DataFrame({"rt": ["1"], "kondisi": ["baik"]})})
    assert result.volumes == {}
    assert any("k2b" in problem and "perkerasan" in problem for problem in result.problems)


def test_survey_then_baseline_end_to_end():
    survey = survey_volumes({"bangunan": _buildings()})
    baseline = read_baseline(pd.DataFrame({"rt": ["1"], "k1c_volume": ["9"], "k1c_total": ["10"],
                                           "k7a_volume": ["8"], "k7a_total": ["10"]}))
    scores = score_rts(combine_sources(survey.volumes, baseline))
    one = scores["1"]
    # k1c from the survey (30 % -> 1), k7a from the baseline (80 % -> 5)
    assert one.kriteria["k1c"].sumber == SURVEY and one.kriteria["k1c"].skor == 1
    assert one.kriteria["k7a"].sumber == BASELINE and one.kriteria["k7a"].skor == 5
    assert one.total_skor == 6 and not math.isnan(one.skor_maks_mungkin)
