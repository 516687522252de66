"""plpbk:createworkareas on the sample survey: balanced areas whose building counts are checked
with geopandas, written into wilayah_kerja; existing work areas never replaced unasked; by RT."""

import geopandas as gpd
import pytest


@pytest.fixture
def survey(plugin_survey):
    return plugin_survey


def test_balanced_areas_counted_with_geopandas(run_alg, survey):
    from qgis.core import QgsProcessingException

    result = run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 2, "COUNT": 6, "OUTPUT": "TEMPORARY_OUTPUT"})
    areas = gpd.read_file(survey, layer="wilayah_kerja")
    assert len(areas) == 6 == result["OUTPUT"].featureCount()
    buildings = gpd.read_file(survey, layer="bangunan")
    points = buildings.geometry.representative_point()
    counted = [int(points.within(geometry).sum()) for geometry in areas.geometry]
    assert counted == list(areas["jml_bangunan"])
    assert sum(counted) == len(buildings) and max(counted) - min(counted) <= 3
    boundary = gpd.read_file(survey, layer="batas_kelurahan").geometry.union_all()
    assert areas.geometry.union_all().area == pytest.approx(boundary.area, rel=1e-6)
    assert set(areas["pokja"]) <= {"tata_ruang", "permukiman_lingkungan", "prasarana_sarana", "ekonomi_lokal",
                                   "sosial_kelembagaan"}
    assert "bangunan" in ",".join(areas["tema"])
    with pytest.raises(QgsProcessingException, match="sudah berisi 6"):
        run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 2, "COUNT": 4, "OUTPUT": "TEMPORARY_OUTPUT"})
    run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 0, "REPLACE": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert len(gpd.read_file(survey, layer="wilayah_kerja")) == len(gpd.read_file(survey, layer="rt"))
