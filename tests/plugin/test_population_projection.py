"""plpbk:populationprojection on the sample kelurahan's population table, through processing.run
with the dialog's defaults (temporary outputs), checked against numbers worked another way."""

import shutil

import pytest
from osgeo import ogr

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
TABLE = resource_path("sample", "penduduk_rt.csv")


def _rt_areas():
    source = ogr.Open(str(SAMPLE))
    layer = source.GetLayerByName("rt")
    return {(f.GetField("no_rw").lstrip("0"), f.GetField("no_rt").lstrip("0")): f.GetGeometryRef().GetArea()
            for f in layer}


def _table_rows():
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines()[1:]:
        rw, rt, before, after = line.split(";")
        if rt:
            rows[(rw.lstrip("0"), rt.lstrip("0"))] = (int(before.replace(".", "")), int(after.replace(".", "")))
    return rows


def test_projection_per_rt_matches_the_formula_and_gdal_areas(run_alg, tmp_path):
    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    result = run_alg("populationprojection", {"DATABASE": str(database), "POPULATION": str(TABLE),
                                              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    features = {(f["no_rw"], f["no_rt"]): f for f in layer.getFeatures()}
    table, areas = _table_rows(), _rt_areas()
    assert set(features) == set(table) == set(areas)          # the 'Jumlah' row is not an RT
    for key, (p2020, p2025) in table.items():
        feature = features[key]
        # rate from two censuses five years apart, five years on: P2030 = P2025² / P2020
        assert feature["penduduk_2030"] == pytest.approx(p2025 ** 2 / p2020, abs=0.06)
        assert feature["laju_persen"] == pytest.approx(100 * ((p2025 / p2020) ** 0.2 - 1), abs=1e-3)
        assert feature["penduduk_2025"] == pytest.approx(p2025)
        # gross density at the end of the plan, people per hectare of the RT polygon (GDAL area)
        assert feature["kepadatan_bruto"] == pytest.approx(p2025 ** 2 / p2020 / (areas[key] / 10_000), rel=1e-3)
        assert feature.geometry().area() == pytest.approx(areas[key], rel=1e-9)
    years = {f["tahun"] for f in result["OUTPUT_TABLE"].getFeatures()}
    assert years == set(range(2025, 2031))
    assert result["OUTPUT_TABLE"].featureCount() == 6 * len(table)
    # written into the survey database for the A1 map
    source = ogr.Open(str(database))          # kept: a layer dies with its data source
    assert source.GetLayerByName("proyeksi_penduduk_rt").GetFeatureCount() == len(table)


def test_given_rate_and_arithmetic_method(run_alg, tmp_path):
    table = tmp_path / "penduduk.csv"
    table.write_text("rt,rw,tahun,jumlah\n1,1,2024,1000\n2,1,2024,500\n", encoding="utf-8")
    result = run_alg("populationprojection", {"POPULATION": str(table), "RATE": 2.0, "METHOD": 1,
                                              "HORIZON": 5, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["no_rt"]: f for f in result["OUTPUT"].getFeatures()}
    # arithmetic: P(2029) = P0 (1 + 0.02 × 5) = 1.1 P0
    assert rows["1"]["penduduk_2029"] == pytest.approx(1100.0)
    assert rows["2"]["penduduk_2029"] == pytest.approx(550.0)
    assert rows["1"]["sumber_laju"] == "diberikan"


def test_one_census_without_rate_is_refused_naming_the_rt(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    table = tmp_path / "penduduk.csv"
    table.write_text("rt,tahun,jumlah\n7,2024,1000\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="RT 7"):
        run_alg("populationprojection", {"POPULATION": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
