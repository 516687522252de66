"""plpbk:importbasemap: OSM vector layers into TM-3 (areas checked with pyproj), the sample
orthophoto (resolution verdict, overviews), and bad inputs."""

import hashlib

import pytest

from plpbk_qgis.core.resources import resource_path

ORTHO = resource_path("sample", "ortho_contoh.tif")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_osm_buildings_into_tm3_areas_match_pyproj(run_alg, shared_data):
    import geopandas
    import numpy as np
    import shapely
    from pyproj import Transformer
    from qgis.core import QgsFeatureRequest

    source = shared_data / "jakarta_inasafe" / "buildings.shp"
    digest = _digest(source)
    result = run_alg("importbasemap", {"INPUT": str(source), "TARGET_CRS": "EPSG:23834",
                                       "OUTPUT_VECTOR": "TEMPORARY_OUTPUT"})
    assert _digest(source) == digest
    layer = result["OUTPUT_VECTOR"]
    assert layer.crs().authid() == "EPSG:23834" and "EPSG:4326 -> EPSG:23834" in result["TRANSFORM"]
    assert "LEVELS" in layer.fields().names()
    ours = np.array([f.geometry().area() for f in layer.getFeatures(QgsFeatureRequest())])
    # independent: geopandas reads the file, pyproj projects the coordinates
    frame = geopandas.read_file(source)
    to_tm3 = Transformer.from_crs("EPSG:4326", "EPSG:23834", always_xy=True)
    expected = shapely.area(shapely.transform(frame.geometry.values, lambda xy: np.column_stack(
        to_tm3.transform(xy[:, 0], xy[:, 1]))))
    assert len(ours) == len(expected) == 181
    assert np.all(np.abs(ours - expected) <= 0.001 * expected)
    assert abs(ours.sum() - expected.sum()) <= 0.001 * expected.sum()


def test_osm_roads_lengths_and_field_map(run_alg, shared_data):
    import geopandas
    import numpy as np
    import shapely
    from pyproj import Transformer

    source = shared_data / "jakarta_inasafe" / "roads.shp"
    result = run_alg("importbasemap", {"INPUT": str(source), "TARGET_CRS": "EPSG:23834",
                                       "FIELD_MAP": "nama_jalan=NAME", "OUTPUT_VECTOR": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT_VECTOR"]
    assert "nama_jalan" in layer.fields().names() and "NAME" not in layer.fields().names()
    ours = np.array([f.geometry().length() for f in layer.getFeatures()])
    frame = geopandas.read_file(source)
    to_tm3 = Transformer.from_crs("EPSG:4326", "EPSG:23834", always_xy=True)
    expected = shapely.length(shapely.transform(frame.geometry.values, lambda xy: np.column_stack(
        to_tm3.transform(xy[:, 0], xy[:, 1]))))
    assert np.allclose(ours, expected, rtol=1e-3)


@pytest.mark.skipif(not ORTHO.is_file(), reason="sample orthophoto not generated yet")
@pytest.mark.parametrize("mode, crs", [(0, "EPSG:9488"), (1, "EPSG:23834")])
def test_sample_orthophoto(run_alg, tmp_path, mode, crs):
    from osgeo import gdal
    from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

    digest = _digest(ORTHO)
    output = tmp_path / "ortho.tif"
    result = run_alg("importbasemap", {"INPUT": str(ORTHO), "TARGET_CRS": "EPSG:9488",
                                       "RASTER_MODE": mode, "OUTPUT_RASTER": str(output)})
    assert _digest(ORTHO) == digest
    source = gdal.Open(str(ORTHO))
    pixel = abs(source.GetGeoTransform()[1])          # metres in TM-3
    assert result["RESOLUTION"] == pytest.approx(pixel, rel=0.01)
    assert result["SUITS_SCALE"] == (1 if pixel <= 0.1 else 0)
    layer = QgsRasterLayer(str(output), "o")
    assert layer.isValid() and layer.crs() == QgsCoordinateReferenceSystem(crs)
    assert gdal.Open(str(output)).GetRasterBand(1).GetOverviewCount() >= 2


def test_resolution_verdict():
    from plpbk_qgis.processing.base_map_raster import resolution_verdict

    assert resolution_verdict(0.08, 1000)[0] is True
    ok, text = resolution_verdict(0.5, 1000)
    assert ok is False and "1:5.000" in text and "TERLALU KASAR" in text


def _memory(definition, name, wkts):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    for wkt in wkts:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def test_bad_inputs(run_alg):
    from qgis.core import QgsProcessingException

    square = "POLYGON((700000 9313000, 700100 9313000, 700100 9313100, 700000 9313000))"
    cases = [
        (_memory("Polygon?crs=EPSG:4326", "persil_crs_salah", [square]), ("persil_crs_salah", "derajat")),
        (_memory("Polygon", "persil_tanpa_crs", [square]), ("persil_tanpa_crs", "CRS")),
        (_memory("Polygon?crs=EPSG:23834", "persil_kosong", []), ("persil_kosong", "kosong")),
    ]
    for layer, words in cases:
        with pytest.raises(QgsProcessingException) as error:
            run_alg("importbasemap", {"INPUT": layer, "OUTPUT_VECTOR": "TEMPORARY_OUTPUT"})
        assert all(w in str(error.value) for w in words), str(error.value)
