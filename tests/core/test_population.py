"""Population projection per RT (A1a/A1b): every expected number is worked out by hand in the
comments, not by calling the code under test another way."""

import math

import numpy as np
import pandas as pd
import pytest

from plpbk_qgis.core.analysis.population import (
    SOURCE_CENSUSES,
    SOURCE_COHORT,
    SOURCE_GIVEN,
    density,
    density_table,
    growth_rate,
    project,
    project_population,
)
from plpbk_qgis.core.analysis.population_table import age_group_label, population_table, read_count, sex_label
from plpbk_qgis.core.errors import Message, PlpbkInputError


def _long(rows):
    return pd.DataFrame(rows, columns=["rt", "tahun", "jumlah"])


def _at(projection, year, rt="1", group="semua", sex="semua"):
    row = projection[(projection.rt == rt) & (projection.tahun == year) & (projection.kelompok_umur == group)
                     & (projection.jenis_kelamin == sex)]
    assert len(row) == 1, row
    return float(row.penduduk.iloc[0])


# --- rates and projection ------------------------------------------------------------------------

def test_geometric_rate_from_two_censuses_and_projection():
    # 1219/1000 = 1.219; ln 1.219 = 0.198030; /10 = 0.0198030; e^0.0198030 = 1.0200004 -> r = 0.0200
    r = growth_rate(1000, 1219, 10, "geometric")
    assert r == pytest.approx(0.0200004, abs=1e-6)
    # 2025 from 2020: 1219 * 1.219^(5/10) = 1219 * sqrt(1.219) = 1219 * 1.104083 = 1345.877
    assert project(1219, r, 5, "geometric") == pytest.approx(1345.88, abs=0.01)
    assert round(project(1219, r, 5, "geometric")) == 1346


def test_arithmetic_and_exponential_worked_examples():
    # arithmetic: (1200 - 1000) / (1000 * 10) = 0.02; 1200 * (1 + 0.02 * 5) = 1200 * 1.1 = 1320
    r = growth_rate(1000, 1200, 10, "arithmetic")
    assert r == pytest.approx(0.02)
    assert project(1200, r, 5, "arithmetic") == pytest.approx(1320.0)
    # exponential: ln(1.2) / 10 = 0.0182322; 1200 * e^(0.0182322 * 10) = 1200 * 1.2 = 1440
    r = growth_rate(1000, 1200, 10, "exponential")
    assert r == pytest.approx(0.0182322, abs=1e-7)
    assert project(1200, r, 10, "exponential") == pytest.approx(1440.0)
    # the same census by the geometric method: 1.2^(1/10) - 1 = e^0.0182322 - 1 = 0.0183994
    assert growth_rate(1000, 1200, 10, "geometrik") == pytest.approx(0.0183994, abs=1e-7)


@pytest.mark.parametrize("method", ["geometric", "arithmetic", "exponential"])
def test_every_method_at_year_zero_is_the_base_population(method):
    assert project(1234.0, 0.05, 0, method) == 1234.0
    assert project(1234.0, -0.03, 0, method) == 1234.0


def test_project_is_vectorised():
    # 100 * 1.1^[0, 1, 2] = [100, 110, 121]
    assert np.allclose(project(100.0, 0.1, np.array([0, 1, 2])), [100.0, 110.0, 121.0])


@pytest.mark.parametrize("p0, p1, years", [(1000, 1200, 0), (1000, 1200, -5), (0, 1200, 10), (-5, 1200, 10),
                                           (float("nan"), 1200, 10), (1000, float("nan"), 10)])
def test_growth_rate_refuses_bad_census(p0, p1, years):
    with pytest.raises(PlpbkInputError) as caught:
        growth_rate(p0, p1, years, "geometric", rt="7")
    assert "RT 7" in str(caught.value)
    assert "{" in caught.value.template          # a template the adapter can translate


def test_unknown_method_refused():
    with pytest.raises(PlpbkInputError):
        growth_rate(1000, 1200, 10, "logistic")


# --- reading tables ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, value", [("1.234", 1234.0), ("1,234", 1234.0), (" 1234 ", 1234.0),
                                        ("1.234.567", 1234567.0), ("1.234 jiwa", 1234.0), (1234, 1234.0),
                                        (1234.0, 1234.0), ("12", 12.0)])
def test_counts_read_as_indonesian_exports_write_them(raw, value):
    assert read_count(raw) == (value, "")


@pytest.mark.parametrize("raw", ["", "-", None, float("nan"), "seribu", "-5", "60%"])
def test_counts_that_are_not_numbers(raw):
    value, why = read_count(raw)
    assert value is None and why


@pytest.mark.parametrize("raw, label", [("0-4", "0-4"), ("0 - 4", "0-4"), ("00-04", "0-4"), ("5–9 tahun", "5-9"),
                                        ("70-74", "70-74"), ("75+", "75+"), ("75 +", "75+"), (">75", "75+"),
                                        ("75 ke atas", "75+"), ("75 tahun ke atas", "75+"), ("3-7", None),
                                        ("umur", None)])
def test_age_group_spellings(raw, label):
    assert age_group_label(raw) == label


@pytest.mark.parametrize("raw, label", [("L", "L"), ("laki-laki", "L"), ("Laki Laki", "L"), ("male", "L"),
                                        ("P", "P"), ("Perempuan", "P"), ("female", "P"), ("x", None)])
def test_sex_spellings(raw, label):
    assert sex_label(raw) == label


def test_indonesian_thousands_in_a_table_and_forgiving_headers():
    table = population_table(pd.DataFrame({"Kode RT": ["001"], " TAHUN ": ["2020"], "Jumlah_Penduduk": ["1.234"]}))
    assert table.problems == []
    assert table.data.rt.tolist() == ["1"] and table.data.tahun.tolist() == [2020]
    assert table.data.penduduk.tolist() == [1234.0]


def test_text_cell_is_reported_not_dropped():
    table = population_table(_long([("1", 2020, "1000"), ("2", 2020, "seribu")]))
    assert table.records_used == 1
    assert len(table.problems) == 1
    problem = table.problems[0]
    assert isinstance(problem, Message)
    assert "seribu" in problem and problem.arguments["rt"] == "2" and problem.arguments["row"] == 1


def test_duplicate_rt_and_year_reported():
    # RT 1 twice with the same number: first kept, second reported; RT 2 twice with different numbers:
    # both reported and neither used (choosing one would be a guess)
    table = population_table(_long([("1", 2020, 500), ("1", 2020, 500), ("2", 2020, 300), ("02", 2020, 310)]))
    assert table.data.rt.tolist() == ["1"]
    assert len(table.problems) == 3
    assert sorted(p.arguments["row"] for p in table.problems) == [1, 2, 3]
    assert all("duplikat" in p or "berbeda" in p for p in table.problems)


def test_rt_numbers_repeat_in_each_rw_and_are_not_duplicates():
    table = population_table(pd.DataFrame({"rw": ["1", "2"], "rt": ["1", "1"], "tahun": [2020, 2020],
                                           "jumlah": [100, 200]}))
    assert table.problems == [] and table.records_used == 2


def test_every_record_used_or_reported():
    rows = _long([("1", 2010, "1.000"), ("1", 2020, "1.219"),   # used
                  ("", 2020, 50),                               # RT missing
                  ("3", None, 50),                              # year missing
                  ("4", 2020, "n.a."),                          # not a number
                  ("5", 2020, "-"),                             # empty
                  ("1", 2020, "1.219"),                         # identical duplicate
                  ("Jumlah", 2020, 2269),                       # sum row
                  (None, None, None)])                          # blank row
    table = population_table(rows)
    assert table.records_in == len(rows) == 9
    assert table.records_used == 2
    assert table.records_used + len(table.problems) == table.records_in
    assert sorted(p.arguments["row"] for p in table.problems) == [2, 3, 4, 5, 6, 7, 8]


def test_wide_form_records_are_cells():
    # 2 rows x 2 year columns = 4 records; one empty cell reported
    table = population_table(pd.DataFrame({"RT": [1, 2], "penduduk_2015": [100, 200], "2020": [110, ""]}))
    assert table.form == "lebar" and table.records_in == 4
    assert table.records_used == 3 and len(table.problems) == 1


def test_missing_columns_are_an_error_naming_what_was_found():
    with pytest.raises(PlpbkInputError) as caught:
        population_table(pd.DataFrame({"nama": ["a"], "tahun": [2020], "jumlah": [1]}))
    assert "nama" in str(caught.value)


# --- projecting tables ---------------------------------------------------------------------------

def test_projection_from_two_censuses_per_rt():
    projection = project_population(_long([("1", 2010, 1000), ("1", 2020, 1219)]), 2020, 5)
    assert projection.tahun.tolist() == [2020, 2021, 2022, 2023, 2024, 2025]
    assert _at(projection, 2020) == pytest.approx(1219.0)
    assert _at(projection, 2025) == pytest.approx(1345.88, abs=0.01)      # see the first test
    assert set(projection.sumber_laju) == {SOURCE_CENSUSES}
    assert projection.laju.iloc[0] == pytest.approx(0.0200004, abs=1e-6)


def test_wide_and_long_input_give_the_same_projection():
    long = _long([("1", 2010, 1000), ("1", 2020, 1219), ("2", 2010, 500), ("2", 2020, 600)])
    wide = pd.DataFrame({"rt": ["1", "2"], "penduduk_2010": ["1.000", "500"], "2020": ["1.219", "600"]})
    a, b = project_population(long, 2020, 5), project_population(wide, 2020, 5)
    pd.testing.assert_frame_equal(a, b)
    # RT 2: 600 * (600/500)^(5/10) = 600 * sqrt(1.2) = 600 * 1.095445 = 657.27
    assert _at(a, 2025, rt="2") == pytest.approx(657.27, abs=0.01)


def test_given_rate_and_single_year():
    table = _long([("1", 2020, 1000), ("2", 2020, 400)])
    with pytest.raises(PlpbkInputError) as caught:
        project_population(table, 2020, 5)
    assert caught.value.arguments["rt"] == "1"
    # 1000 * 1.02^5 = 1000 * 1.1040808 = 1104.08; RT 2 by its own rate: 400 * 1.01^5 = 400 * 1.0510101 = 420.40
    projection = project_population(table, 2020, 5, rate={"1": 0.02, "002": 0.01})
    assert _at(projection, 2025) == pytest.approx(1104.08, abs=0.01)
    assert _at(projection, 2025, rt="2") == pytest.approx(420.40, abs=0.01)
    assert set(projection.sumber_laju) == {SOURCE_GIVEN}


def test_age_groups_without_survival_grow_at_the_rt_rate():
    # RT total 2010: 400 + 600 = 1000, 2020: 500 + 700 = 1200 -> arithmetic r = 200 / (1000 * 10) = 0.02;
    # 0-4 in 2025: 500 * (1 + 0.02 * 5) = 550; 5+ : 700 * 1.1 = 770
    rows = pd.DataFrame({"rt": ["1"] * 4, "tahun": [2010, 2010, 2020, 2020], "umur": ["0-4", "5+"] * 2,
                         "jumlah": [400, 600, 500, 700]})
    projection = project_population(rows, 2020, 5, "arithmetic")
    assert _at(projection, 2025, group="0-4") == pytest.approx(550.0)
    assert _at(projection, 2025, group="5+") == pytest.approx(770.0)


def _cohort_table():
    groups = ["0-4", "5-9", "10-14", "15+"]
    men, women = [100, 90, 80, 300], [95, 85, 80, 320]
    return pd.DataFrame({"rt": "1", "tahun": 2020, "kelompok_umur": groups * 2, "jk": ["L"] * 4 + ["P"] * 4,
                         "jumlah": men + women})


SURVIVAL = {"0-4": 0.99, "5-9": 0.995, "10-14": 0.99, "15+": 0.9, "lahir": 0.98}


def test_cohort_shift_by_hand():
    projection = project_population(_cohort_table(), 2020, 5, survival=SURVIVAL, birth_rate=20)
    # 2025, men:   5-9 = 100 * 0.99 = 99;  10-14 = 90 * 0.995 = 89.55;  15+ = 80 * 0.99 + 300 * 0.9 = 349.2
    # 2025, women: 5-9 = 95 * 0.99 = 94.05; 10-14 = 85 * 0.995 = 84.575; 15+ = 80 * 0.99 + 320 * 0.9 = 367.2
    assert _at(projection, 2025, group="5-9", sex="L") == pytest.approx(99.0)
    assert _at(projection, 2025, group="10-14", sex="L") == pytest.approx(89.55)
    assert _at(projection, 2025, group="15+", sex="L") == pytest.approx(349.2)
    assert _at(projection, 2025, group="5-9", sex="P") == pytest.approx(94.05)
    assert _at(projection, 2025, group="10-14", sex="P") == pytest.approx(84.575)
    assert _at(projection, 2025, group="15+", sex="P") == pytest.approx(367.2)
    # births: 20 / 1000 * 5 years * 1150 people = 115; boys 115 * 105/205 = 58.902439 * 0.98 = 57.72439,
    # girls 115 * 100/205 = 56.097561 * 0.98 = 54.97561
    assert _at(projection, 2025, group="0-4", sex="L") == pytest.approx(57.72439, abs=1e-4)
    assert _at(projection, 2025, group="0-4", sex="P") == pytest.approx(54.97561, abs=1e-4)
    # 2022 between the steps, geometric: 300 * (349.2/300)^(2/5) = 300 * 1.164^0.4 = 300 * e^(0.4 * 0.151862)
    # = 300 * 1.062628 = 318.79
    assert _at(projection, 2022, group="15+", sex="L") == pytest.approx(318.79, abs=0.01)
    assert _at(projection, 2020, group="15+", sex="L") == 300.0
    assert set(projection.sumber_laju) == {SOURCE_COHORT}
    assert projection.laju.isna().all()


def test_cohort_refuses_a_birth_rate_written_as_a_fraction():
    with pytest.raises(PlpbkInputError):
        project_population(_cohort_table(), 2020, 5, survival=SURVIVAL, birth_rate=0.02)


def test_cohort_needs_the_survival_of_births():
    survival = {k: v for k, v in SURVIVAL.items() if k != "lahir"}
    with pytest.raises(PlpbkInputError):
        project_population(_cohort_table(), 2020, 5, survival=survival, birth_rate=20)


# --- density -------------------------------------------------------------------------------------

def test_density_per_hectare_and_nan_on_zero_area():
    assert density(250, 25_000) == pytest.approx(100.0)        # 25 000 m2 = 2.5 ha; 250 / 2.5 = 100
    assert math.isnan(density(250, 0))
    assert math.isnan(density(250, float("nan")))
    values = density(np.array([100.0, 100.0]), np.array([10_000.0, 0.0]))
    assert values[0] == 100.0 and math.isnan(values[1])


def test_density_table_bruto_and_netto():
    projection = project_population(_long([("1", 2020, 1000), ("2", 2020, 500)]), 2020, 1, rate=0.0)
    table, problems = density_table(projection, {"1": 50_000, "2": 0}, {"1": 20_000, "2": 10_000})
    rt1 = table[(table.rt == "1") & (table.tahun == 2021)].iloc[0]
    assert rt1.kepadatan_bruto == pytest.approx(200.0)          # 1000 / 5 ha
    assert rt1.kepadatan_netto == pytest.approx(500.0)          # 1000 / 2 ha
    rt2 = table[table.rt == "2"]
    assert rt2.kepadatan_bruto.isna().all() and not np.isinf(table.kepadatan_bruto).any()
    assert rt2.kepadatan_netto.tolist() == [500.0, 500.0]       # 500 / 1 ha
    assert len(problems) == 1 and problems[0].arguments["rt"] == "2"
