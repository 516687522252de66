"""plpbk:createsurveydatabase end to end: GeoPackage + project open in QGIS, CRS, refusal to
overwrite (file untouched), relative paths after moving the folder, map themes."""

import hashlib
import shutil

import pytest
from osgeo import ogr
from pyproj import CRS, Transformer

from plpbk_qgis.core.survey.catalog import load_catalog

OGR_TYPES = {"text": "String", "photo": "String", "integer": "Integer", "real": "Real",
             "date": "Date", "boolean": "Integer"}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def survey_db(tmp_path_factory, plpbk_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("survei")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("plpbk:createsurveydatabase",
                            {"DATABASE": str(folder / "survei.gpkg"), "KELURAHAN": "Contoh",
                             "SURVEYOR": "Siti"}, context=context,
                            feedback=QgsProcessingFeedback())
    return folder, result


def test_geopackage_has_every_catalog_table_with_its_fields(survey_db):
    folder, result = survey_db
    catalog = load_catalog()
    source = ogr.Open(result["DATABASE"])
    tables = {source.GetLayer(i).GetName(): source.GetLayer(i) for i in range(source.GetLayerCount())}
    assert set(catalog.layer_names) | {"plpbk_catalog", "plpbk_daftar_nilai"} <= set(tables)
    for spec in catalog.layers:
        table = tables[spec.name]
        definition = table.GetLayerDefn()
        fields = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetTypeName()
                  for i in range(definition.GetFieldCount())}
        assert fields == {f.name: OGR_TYPES[f.type] for f in spec.all_fields}, spec.name
        # lines and polygons are multi-part so one feature keeps one id (see survey_gpkg.py)
        expected_geometry = {"point": ogr.wkbPoint, "line": ogr.wkbMultiLineString,
                             "polygon": ogr.wkbMultiPolygon, "none": ogr.wkbNone}[spec.geometry]
        assert table.GetGeomType() == expected_geometry, spec.name
    catalog_rows = {f.GetField("lapisan"): f.GetField("kode_seed_map") for f in tables["plpbk_catalog"]}
    assert catalog_rows["persil"] == "B2a,B4a,B4c,R08"
    assert len(catalog_rows) == len(catalog.layers)


def test_project_opens_and_every_layer_is_valid_in_the_chosen_crs(survey_db):
    from qgis.core import QgsProject

    folder, result = survey_db
    assert result["CRS_AUTHID"] == "EPSG:23834"       # no boundary: Jakarta default
    project = QgsProject()
    assert project.read(result["PROJECT"])
    catalog = load_catalog()
    layers = {layer.shortName(): layer for layer in project.mapLayers().values()}
    assert set(catalog.layer_names) <= set(layers)
    for spec in catalog.layers:
        layer = layers[spec.name]
        assert layer.isValid(), spec.name
        if spec.has_geometry:
            assert layer.crs().authid() == "EPSG:23834", spec.name
    assert project.crs().authid() == "EPSG:23834"
    assert set(project.mapThemeCollection().mapThemes()) == {m.label() for m in catalog.maps}
    assert all(" — " in name for name in project.mapThemeCollection().mapThemes())
    record = project.mapThemeCollection().mapThemeState(catalog.map("R08").label())
    styles = {r.layer().shortName(): r.currentStyle for r in record.layerRecords()}
    assert styles == {"bangunan": "status_bangunan", "persil": "status_lahan",
                      "kawasan_prioritas": "single"}
    # layer tree groups follow the catalog's SEED_MAP order
    groups = [g.name() for g in project.layerTreeRoot().children()]
    assert groups[:len(catalog.groups)] == [g.title_id for g in catalog.groups]


def test_second_run_without_overwrite_fails_and_leaves_files_untouched(survey_db, run_alg):
    from qgis.core import QgsProcessingException

    folder, result = survey_db
    before = {name: digest(folder / name) for name in ("survei.gpkg", "survei.qgz")}
    with pytest.raises(QgsProcessingException, match="sudah ada dan TIDAK diubah"):
        run_alg("createsurveydatabase", {"DATABASE": result["DATABASE"]})
    after = {name: digest(folder / name) for name in ("survei.gpkg", "survei.qgz")}
    assert before == after


def test_overwrite_recreates(tmp_path, run_alg):
    target = tmp_path / "ulang.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(target)})
    source = ogr.Open(str(target), 1)
    source.GetLayerByName("rt").CreateFeature(ogr.Feature(source.GetLayerByName("rt").GetLayerDefn()))
    source = None
    run_alg("createsurveydatabase", {"DATABASE": str(target), "OVERWRITE": True})
    assert ogr.Open(str(target)).GetLayerByName("rt").GetFeatureCount() == 0


def test_project_still_opens_after_the_folder_is_moved(survey_db, tmp_path):
    from qgis.core import QgsProject

    folder, _result = survey_db
    moved = tmp_path / "dipindah"
    shutil.copytree(folder, moved)
    project = QgsProject()
    assert project.read(str(moved / "survei.qgz"))
    for layer in project.mapLayers().values():
        assert layer.isValid(), layer.name()
        assert str(moved) in layer.source()


def test_crs_from_boundary_longitude(tmp_path, run_alg):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    boundary = QgsVectorLayer("Polygon?crs=EPSG:4326", "batas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((112.74 -7.26, 112.76 -7.26, 112.76 -7.24, 112.74 -7.24, 112.74 -7.26))"))
    boundary.dataProvider().addFeatures([feature])
    result = run_alg("createsurveydatabase", {"DATABASE": str(tmp_path / "sby.gpkg"),
                                              "BOUNDARY": boundary})
    assert result["CRS_AUTHID"] == "EPSG:23836"       # Surabaya: TM-3 zone 49.2


def test_custom_srgi2013_tm3_crs(tmp_path, run_alg):
    from qgis.core import QgsVectorLayer

    from plpbk_qgis.core.crs_zones import offered_crs

    index = [c.key for c in offered_crs()].index("SRGI2013_TM3_48.2") + 1
    result = run_alg("createsurveydatabase", {"DATABASE": str(tmp_path / "srgi.gpkg"), "CRS": index})
    layer = QgsVectorLayer(f"{result['DATABASE']}|layername=bangunan", "b", "ogr")
    assert layer.isValid() and "SRGI2013" in layer.crs().description()
    # the CRS stored in the GeoPackage projects Jakarta like TM-3 48.2 (same zone parameters)
    stored = CRS.from_wkt(layer.crs().toWkt(layer.crs().WKT2_2019))
    x, y = Transformer.from_crs(CRS.from_epsg(9470), stored, always_xy=True).transform(106.85, -6.2)
    x2, y2 = Transformer.from_crs(CRS.from_epsg(4326), CRS.from_epsg(23834),
                                  always_xy=True).transform(106.85, -6.2)
    assert abs(x - x2) < 0.01 and abs(y - y2) < 0.01


def test_user_seat_defaults(tmp_path, run_alg):
    """Title without a doubled 'Kelurahan', an opening view on the boundary, a database path
    that outlives the session, the main layers opened in the current project."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from plpbk_qgis.core.resources import resource_path
    from plpbk_qgis.processing.algorithms.survey.create_survey_database import default_database_path

    sample = resource_path("sample", "kelurahan_contoh.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("plpbk:createsurveydatabase", {
        "DATABASE": str(tmp_path / "k.gpkg"), "KELURAHAN": "Kelurahan Contoh",
        "BOUNDARY": f"{sample}|layername=batas_kelurahan"}, context=context, feedback=QgsProcessingFeedback())
    project = QgsProject()
    assert project.read(result["PROJECT"])
    assert project.title() == "Pemetaan Swadaya Kelurahan Contoh"
    view = project.viewSettings().defaultViewExtent()
    from qgis.core import QgsVectorLayer

    boundary = QgsVectorLayer(f"{sample}|layername=batas_kelurahan", "b", "ogr")
    assert not view.isEmpty() and view.contains(boundary.extent())       # same CRS here (TM-3 48.2)
    assert view.width() < boundary.extent().width() * 1.2
    # what the dialog opens when the run ends
    loaded = {source.rsplit("layername=", 1)[1] for source in context.layersToLoadOnCompletion()}
    assert loaded >= {"bangunan", "batas_kelurahan", "persil", "jalan"}
    assert not default_database_path().startswith(("/tmp", "TEMPORARY"))
    assert default_database_path().endswith(".gpkg")
