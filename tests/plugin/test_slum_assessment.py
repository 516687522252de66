"""plpbk:slumassessment through processing.run: the survey criteria recomputed independently
with geopandas on the sample database, the baseline filling gaps (and never overriding the
survey), a criterion without data reported as such, the PDF summary read back."""

import shutil

import geopandas as gpd
import pytest

from plpbk_qgis.core.analysis.slum_score import band_score
from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
DAMAGED = {"rusak_sedang", "rusak_berat"}


def _null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _k1c_by_hand():
    """k1c per (rw, rt): buildings failing any technical requirement over the buildings whose
    condition is known (kondisi filled in) or that fail anyway, placed by representative point
    (geopandas, not the plugin's code)."""
    rt = gpd.read_file(SAMPLE, layer="rt")
    buildings = gpd.read_file(SAMPLE, layer="bangunan")
    failing = (buildings["kondisi"].isin(DAMAGED) | (buildings["tipe_bangunan"] == "darurat")
               | (buildings["material_atap"] == "ijuk_rumbia") | (buildings["material_dinding"] == "bambu")
               | (buildings["material_lantai"] == "tanah"))
    filled = buildings["kondisi"].notna() & (buildings["kondisi"].astype(str).str.strip() != "")
    known = buildings[filled | failing].copy()
    failing = failing[filled | failing]
    known["gagal"] = failing
    known["geometry"] = known.geometry.representative_point()
    units = rt[["no_rw", "no_rt", "geometry"]].rename(columns={"no_rw": "unit_rw", "no_rt": "unit_rt"})
    joined = gpd.sjoin(known, units, predicate="within")
    out = {}
    for (rw, rtn), group in joined.groupby(["unit_rw", "unit_rt"]):
        out[(rw.lstrip("0"), rtn.lstrip("0"))] = (int(group["gagal"].sum()), len(group))
    return out


def test_survey_criteria_match_geopandas_and_baseline_fills_gaps(run_alg, tmp_path):
    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    baseline = tmp_path / "baseline.csv"
    # RW 1 RT 1: k7a 30 of 40 units -> 75 % -> 3 (a share in 51-75); k1c given too, but the
    # survey has k1c, so the survey wins. RW 2 RT 3: k7a 0 of 0 -> no denominator -> no data.
    baseline.write_text("rw;rt;k7a_volume;k7a_total;k1c_volume;k1c_total;nilai_strategis\n"
                        "01;01;30;40;99;100;ada\n02;03;0;0;;;tidak\n", encoding="utf-8")
    result = run_alg("slumassessment", {"DATABASE": str(database), "BASELINE": str(baseline), "CITY_SIZE": 1,
                                        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(tmp_path / "kumuh.pdf")})
    rows = {(f["no_rw"], f["no_rt"]): f for f in result["OUTPUT"].getFeatures()}
    expected = _k1c_by_hand()
    assert set(rows) == set(expected) and len(rows) == 20
    for key, (failing, total) in expected.items():
        row = rows[key]
        assert row["sumber_k1c"] == "survei"
        assert row["volume_k1c"] == failing and row["total_k1c"] == total
        assert row["persen_k1c"] == pytest.approx(round(100 * failing / total, 2))
        assert row["skor_k1c"] == band_score(100 * failing / total)
    first = rows[("1", "1")]
    assert first["sumber_k7a"] == "baseline" and first["skor_k7a"] == 3 and first["persen_k7a"] == 75.0
    assert first["nilai_nilai_strategis"] == "5" and first["pilihan_nilai_strategis"] == "ada"
    assert rows[("2", "3")]["sumber_k7a"] == "tidak_ada_data" and _null(rows[("2", "3")]["skor_k7a"])
    # waste (k6a) is in neither source: missing everywhere, the class a range until it is known
    for row in rows.values():
        assert row["sumber_k6a"] == "tidak_ada_data" and _null(row["skor_k6a"])
        assert not row["lengkap"] and "k6a" in row["kriteria_hilang"]
        known = sum(0 if _null(row[f"skor_{c}"]) else row[f"skor_{c}"] for c in ("k1a", "k1b", "k1c", "k2a", "k2b", "k3a", "k3b", "k4a", "k4b",
                                                     "k4c", "k5a", "k5b", "k6a", "k6b", "k7a", "k7b"))
        assert row["total_skor"] == known
    assert (tmp_path / "kumuh.pdf").stat().st_size > 5000
    from osgeo import ogr

    source = ogr.Open(str(database))
    assert source.GetLayerByName("skor_kumuh").GetFeatureCount() == 20


def test_baseline_alone_gives_a_table_and_every_row_is_used_or_reported(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback

    said = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            said.append(text)

    baseline = tmp_path / "baseline.csv"
    codes = ("k1a", "k1b", "k1c", "k2a", "k2b", "k3a", "k3b", "k4a", "k4b", "k4c", "k5a", "k5b", "k6a", "k6b",
             "k7a", "k7b")
    header = "rt;" + ";".join(f"{c}_volume;{c}_total" for c in codes)
    full = "1;" + ";".join("80;100" for _ in codes)           # 80 % everywhere -> 16 x 5 = 80 -> berat
    light = "2;" + ";".join("30;100" for _ in codes)          # 30 % -> 16 x 1 = 16 -> ringan
    baseline.write_text("\n".join([header, full, light, "2;" + ";".join("1;1" for _ in codes), "x;abc"]) + "\n",
                        encoding="utf-8")
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("plpbk:slumassessment", {"DATABASE": "", "BASELINE": str(baseline),
                                                     "OUTPUT": "TEMPORARY_OUTPUT"}, context=context,
                            feedback=Feedback())
    rows = {f["no_rt"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["1"]["total_skor"] == 80 and rows["1"]["tingkat_kumuh"] == "berat"
    assert rows["2"]["total_skor"] == 16 and rows["2"]["tingkat_kumuh"] == "ringan"
    assert any("RT 2" in line and "baris" in line.lower() for line in said), said     # the duplicate RT
    assert "x" in rows and rows["x"]["lengkap"] is False or any("abc" in line for line in said), said
