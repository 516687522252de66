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
    assert gdal.Open(f"GTIFF_DIR:2:{output}").GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "YCbCr JPEG"


def test_resolution_verdict():
    from plpbk_qgis.adapters.sources.base_map_raster import resolution_verdict

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


# --- JPEG overviews ---------------------------------------------------------------------------

def _raster(path, bands, data_type, **options):
    """A small georeferenced raster in TM-3 (EPSG:23834), 0.05 m pixels."""
    import numpy as np
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 600, 400, bands, data_type,
                                                   [f"{k}={v}" for k, v in options.items()])
    dataset.SetGeoTransform((239000.0, 0.05, 0, 815000.0, 0, -0.05))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(23834)
    dataset.SetProjection(srs.ExportToWkt())
    ramp = np.add.outer(np.arange(400), np.arange(600)) % 251
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).WriteArray((ramp * band) % 251)
    dataset = None
    return path


@pytest.mark.parametrize("bands, kind, expected", [(3, "Byte", "YCbCr JPEG"), (1, "Float32", "DEFLATE")])
def test_overviews_jpeg_for_rgb_only(run_alg, tmp_path, bands, kind, expected):
    from osgeo import gdal

    from plpbk_qgis.adapters.sources.base_map_raster import overview_compression

    source = _raster(tmp_path / "masukan.tif", bands, getattr(gdal, f"GDT_{kind}"))  # uncompressed
    output = tmp_path / "keluaran.tif"
    run_alg("importbasemap", {"INPUT": str(source), "RASTER_MODE": 1, "OUTPUT_RASTER": str(output)})
    dataset = gdal.Open(str(output))
    assert dataset.GetRasterBand(1).GetOverviewCount() == 2          # 600 px: 1/2, 1/4
    # read the TIFF's second directory (the first overview) independently of our helper too
    first_overview = gdal.Open(f"GTIFF_DIR:2:{output}")
    assert first_overview.RasterXSize == 300
    assert first_overview.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == expected
    assert overview_compression(str(output)) == expected


# --- straight into the survey GeoPackage ------------------------------------------------------

@pytest.fixture
def survey_gpkg(run_alg, tmp_path):
    result = run_alg("createsurveydatabase", {"DATABASE": str(tmp_path / "survei.gpkg"), "KELURAHAN": "Uji"})
    return result["DATABASE"]


def _log(run_alg, alg, params):
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)

    feedback = Feedback()
    return run_alg(alg, params, feedback), "\n".join(feedback.lines)


def test_osm_buildings_into_survey_table(run_alg, shared_data, survey_gpkg):
    import geopandas
    import numpy as np
    import shapely
    from pyproj import Transformer
    from qgis.core import QgsVectorLayer

    source = shared_data / "jakarta_inasafe" / "buildings.shp"
    digest = _digest(source)
    result, log = _log(run_alg, "importbasemap", {
        "INPUT": str(source), "DATABASE": survey_gpkg, "TARGET_LAYER": "bangunan",
        "FIELD_MAP": "jml_lantai=LEVELS; tipe_bangunan=STRUCTURE"})
    assert _digest(source) == digest
    table = QgsVectorLayer(result["DATABASE_LAYER"], "bangunan", "ogr")
    assert table.isValid() and table.crs().authid() == "EPSG:23834"
    assert "EPSG:4326 -> EPSG:23834" in result["TRANSFORM"] and result["TRANSFORM"] in log
    frame = geopandas.read_file(source)
    assert result["COPIED"] == table.featureCount() == len(frame) == 181
    # fields without a catalog column are listed, not silently dropped
    unmatched = result["UNMATCHED_FIELDS"].split(",")
    assert "BUILDING" in unmatched and "NAME" in unmatched and "LEVELS" not in unmatched
    assert "BUILDING" in log and "TIDAK disalin" in log
    # LEVELS is text: '2' -> 2; '10+', '4-7', '>7' cannot be an integer count -> empty + reported
    levels = frame["LEVELS"]
    bad = levels.isin(["10+", "4-7", ">7"])
    assert result["VALUES_CLEARED"] == bad.sum() == 28
    ours = [f["jml_lantai"] for f in table.getFeatures()]
    expected = [None if (v is None or b) else int(v) for v, b in zip(levels, bad)]
    assert [None if v in (None,) or (hasattr(v, "isNull") and v.isNull()) else v for v in ours] == expected
    assert "'10+'" in log and "jml_lantai" not in unmatched and "fitur" in log
    # areas in the database's TM-3 against an independent pyproj projection
    to_tm3 = Transformer.from_crs("EPSG:4326", "EPSG:23834", always_xy=True)
    reference = shapely.area(shapely.transform(frame.geometry.values, lambda xy: np.column_stack(
        to_tm3.transform(xy[:, 0], xy[:, 1]))))
    areas = np.array([f.geometry().area() for f in table.getFeatures()])
    assert np.all(np.abs(areas - reference) <= 0.001 * reference)


def _memory_with(definition, name, features):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    for wkt, attrs in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attrs.items():
            feature[key] = value
        layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


SQUARE = "POLYGON((239000 815000, 239010 815000, 239010 815010, 239000 815010, 239000 815000))"
TWO_SQUARES = ("MULTIPOLYGON(((239000 815000, 239010 815000, 239010 815010, 239000 815000)),"
               "((239100 815000, 239110 815000, 239110 815010, 239100 815000)))")


def test_text_numbers_and_multiparts_into_survey_table(run_alg, survey_gpkg):
    from qgis.core import QgsVectorLayer

    layer = _memory_with("MultiPolygon?crs=EPSG:23834&field=id_bangunan:string&field=jml_lantai:string"
                    "&field=tinggi_m:string&field=warna:string", "bangunan_lama", [
                        (SQUARE, {"id_bangunan": "B1", "jml_lantai": "2", "tinggi_m": "7,5", "warna": "merah"}),
                        (SQUARE, {"id_bangunan": "B2", "jml_lantai": "tiga", "tinggi_m": "1.000"}),
                        (TWO_SQUARES, {"id_bangunan": "B3", "jml_lantai": "2.5", "tinggi_m": None}),
                        (SQUARE, {"id_bangunan": None, "jml_lantai": None, "tinggi_m": "-"}),
                        (SQUARE, {"id_bangunan": "B1", "jml_lantai": "1", "tinggi_m": None}),
                    ])
    result, log = _log(run_alg, "importbasemap", {"INPUT": layer, "DATABASE": survey_gpkg,
                                                  "TARGET_LAYER": "bangunan"})
    table = QgsVectorLayer(result["DATABASE_LAYER"], "t", "ogr")
    rows = [(f["id_bangunan"], f["jml_lantai"], f["tinggi_m"], round(f.geometry().area(), 6))
            for f in table.getFeatures()]
    null = [r[1:3] for r in rows]
    assert [r[0] for r in rows] == ["B1", "B2", "B3", None, "B1"]      # nothing lost, B3 stays one feature
    assert rows[0][1:3] == (2, 7.5)                                   # '7,5' is 7.5, not 75
    assert all(v is None or (hasattr(v, "isNull") and v.isNull()) for v in null[1] + null[2][:1])
    assert [r[3] for r in rows] == [100, 100, 100, 100, 100]          # B3: two triangles of 50 m2, multi-part
    assert result["COPIED"] == 5 and result["VALUES_CLEARED"] == 3 and result["UNMATCHED_FIELDS"] == "warna"
    assert result["DUPLICATE_IDS"] == 1                                # B1 entered twice
    for words in (("bangunan_lama", "fitur 2", "jml_lantai", "'tiga'"), ("'1.000'", "tinggi_m"),
                  ("fitur 3", "'2.5'", "bulat"),
                  ("id 'B1' dipakai 2 fitur", "id_bangunan"), ("1 fitur tanpa 'id_bangunan'",)):
        assert all(w in log for w in words), (words, log)


def test_survey_table_bad_choices(run_alg, survey_gpkg, tmp_path):
    from qgis.core import QgsProcessingException

    roads = _memory_with("LineString?crs=EPSG:23834&field=nama:string", "jalan_osm",
                    [("LINESTRING(239000 815000, 239100 815000)", {"nama": "Jl. A"})])
    squares = _memory_with("Polygon?crs=EPSG:23834&field=x:string", "petak", [(SQUARE, {"x": "a"})])
    plain = tmp_path / "bukan_survei.gpkg"
    from osgeo import ogr
    ogr.GetDriverByName("GPKG").CreateDataSource(str(plain)).CreateLayer("x")
    cases = [
        ({"INPUT": roads, "DATABASE": survey_gpkg, "TARGET_LAYER": "bangunan"},
         ("jalan_osm", "garis", "bangunan", "poligon")),
        ({"INPUT": squares, "DATABASE": survey_gpkg, "TARGET_LAYER": "gedung"},
         ("gedung", "bangunan", "persil")),
        ({"INPUT": squares, "TARGET_LAYER": "persil"}, ("petak", "Basis data survei")),
        ({"INPUT": squares, "DATABASE": str(plain), "TARGET_LAYER": "persil"},
         ("bukan_survei.gpkg", "createsurveydatabase")),
    ]
    for params, words in cases:
        with pytest.raises(QgsProcessingException) as error:
            run_alg("importbasemap", params)
        assert all(w in str(error.value) for w in words), str(error.value)


def test_attribute_table_and_bad_field_map(run_alg):
    from qgis.core import QgsProcessingException

    table = _memory_with("None?field=a:string", "tabel_atribut", [("", {"a": "x"})])
    squares = _memory_with("Polygon?crs=EPSG:23834&field=NOP:string", "persil_bpn", [(SQUARE, {"NOP": "1"})])
    for params, words in (({"INPUT": table}, ("tabel_atribut", "geometri")),
                          ({"INPUT": squares, "FIELD_MAP": "id_persil=NO_PERSIL"},
                           ("persil_bpn", "id_persil=NO_PERSIL", "NOP"))):
        with pytest.raises(QgsProcessingException) as error:
            run_alg("importbasemap", dict(params, OUTPUT_VECTOR="TEMPORARY_OUTPUT"))
        assert all(w in str(error.value) for w in words), str(error.value)
