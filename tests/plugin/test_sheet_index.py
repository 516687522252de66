"""plpbk:createsheetindex: sizes for paper/orientation/overlap, bad input caught."""

import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer


def polygon_layer(crs: str, wkt: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "kawasan", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


AREA = "POLYGON((700010 9312010, 701150 9312010, 701150 9312700, 700010 9312700, 700010 9312010))"


@pytest.mark.parametrize("paper, orientation, overlap, size", [
    (1, 1, 0.0, (500.0, 600.0)),     # A1 portrait at 1:1000: 500 m x 600 m
    (0, 0, 10.0, (300.0, 250.0)),    # A3 landscape with 10 m overlap
])
def test_sheet_sizes_and_fields(run_alg, paper, orientation, overlap, size):
    layer = polygon_layer("EPSG:23834", AREA)
    result = run_alg("createsheetindex", {"PRIORITY_AREA": layer, "SCALE": 1000, "PAPER": paper,
                                          "ORIENTATION": orientation, "OVERLAP": overlap,
                                          "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "s", "ogr")
    features = list(out.getFeatures())
    union = QgsGeometry.unaryUnion([f.geometry() for f in features])
    assert union.contains(QgsGeometry.fromWkt(AREA))
    for feature in features:
        box = feature.geometry().boundingBox()
        assert (box.width(), box.height()) == pytest.approx(size)
        assert (feature["lebar_m"], feature["tinggi_m"]) == pytest.approx(size)
        assert feature["nomor_lembar"][0].isalpha() and feature["nomor_lembar"][1:].isdigit()
    # 1140 m x 690 m rectangle: every grid cell touches it, so sheets = columns x rows with
    # columns = ceil((1140 - overlap) / (width - overlap)) (by hand: 4 x 3 on A3, 3 x 2 on A1)
    width, height = size
    cols = math.ceil((1140 - overlap) / (width - overlap))
    rows = math.ceil((690 - overlap) / (height - overlap))
    assert len(features) == cols * rows == (12 if paper == 0 else 6)
    assert {f["kolom"] for f in features} == set(range(1, cols + 1))
    assert {f["baris"] for f in features} == set(range(1, rows + 1))


def test_degrees_rejected(run_alg):
    layer = polygon_layer("EPSG:4326", "POLYGON((106.8 -6.2, 106.81 -6.2, 106.81 -6.19, 106.8 -6.2))")
    with pytest.raises(QgsProcessingException):
        run_alg("createsheetindex", {"PRIORITY_AREA": layer, "OUTPUT": "memory:"})
