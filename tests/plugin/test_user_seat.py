"""plpbk:checkbuildingrules as a user runs it in QGIS: the dialog's default temporary outputs,
GeoPackage and Shapefile outputs, a layer with unsaved edits, a selection, curved geometries."""

import shutil

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


@pytest.fixture
def survey(tmp_path):
    """A copy of the sample survey database and city plan zones made from it."""
    path = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, path)
    return path


def _layer(path, name):
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def _zones(run_alg, survey, tmp_path):
    return run_alg("importcityplan", {"INPUT": f"{survey}|layername=rdtr_contoh",
                                      "INTENSITAS": str(resource_path("sample", "rules", "intensitas.csv")),
                                      "OUTPUT": str(tmp_path / "zona.gpkg")})["OUTPUT"]


def _as_layer(value):
    from qgis.core import QgsVectorLayer

    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def _values(layer, key, field):
    return {f[key]: f[field] for f in _as_layer(layer).getFeatures()}


@pytest.mark.parametrize("output", ["TEMPORARY_OUTPUT", "gpkg", "shp"])
def test_every_feature_written_to_every_destination(run_alg, survey, tmp_path, output):
    zones = _zones(run_alg, survey, tmp_path)
    parcels, buildings = _layer(survey, "persil"), _layer(survey, "bangunan")
    destination = {"TEMPORARY_OUTPUT": ("TEMPORARY_OUTPUT", "TEMPORARY_OUTPUT"),
                   "gpkg": (str(tmp_path / "p.gpkg"), str(tmp_path / "b.gpkg")),
                   "shp": (str(tmp_path / "p.shp"), str(tmp_path / "b.shp"))}[output]
    result = run_alg("checkbuildingrules", {"BUILDINGS": buildings, "PARCELS": parcels, "ZONES": zones,
                                            "FLOORS_FIELD": "jml_lantai", "OUTPUT": destination[0],
                                            "OUTPUT_BUILDINGS": destination[1]})
    out_p, out_b = _as_layer(result["OUTPUT"]), _as_layer(result["OUTPUT_BUILDINGS"])
    assert out_p.featureCount() == parcels.featureCount() == 2180
    assert out_b.featureCount() == buildings.featureCount() == 2355
    # the survey's own attributes (text ids, dates) arrive too
    survey_dates = _values(parcels, "id_persil", "tgl_survei")
    written = _values(out_p, "id_persil", "tgl_survei")
    filled = [k for k, v in survey_dates.items() if v]
    assert filled and all(written[k] == survey_dates[k] for k in filled)
    statuses = set(_values(out_p, "id_persil", "status").values())
    assert statuses <= {"SESUAI", "MELANGGAR", "PERLU_CEK", "TIDAK_DICEK"} and "SESUAI" in statuses


def test_unsaved_edits_are_measured(run_alg, survey, tmp_path):
    from qgis.core import QgsGeometry

    zones = _zones(run_alg, survey, tmp_path)
    parcels, buildings = _layer(survey, "persil"), _layer(survey, "bangunan")
    params = {"BUILDINGS": buildings, "PARCELS": parcels, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}
    saved = _values(run_alg("checkbuildingrules", params)["OUTPUT_BUILDINGS"], "id_bangunan", "kdb")
    feature = next(buildings.getFeatures())
    area_on_disk = feature.geometry().area()
    ident = feature["id_bangunan"]
    parcel = next(p for p in parcels.getFeatures() if p.geometry().intersects(feature.geometry()))
    assert buildings.startEditing()
    # the house now covers its whole parcel: the edit buffer holds it, the file does not
    assert buildings.changeGeometry(feature.id(), QgsGeometry(parcel.geometry()))
    edited = _values(run_alg("checkbuildingrules", params)["OUTPUT_BUILDINGS"], "id_bangunan", "kdb")
    assert edited[ident] > saved[ident] and edited[ident] == pytest.approx(100.0, abs=0.5)
    buildings.rollBack()
    # the check never saved the edit buffer: the file still holds the house as it was
    fresh = _layer(survey, "bangunan")
    assert next(fresh.getFeatures(f'"id_bangunan" = \'{ident}\'')).geometry().area() == pytest.approx(area_on_disk)


def test_selection_only(run_alg, survey, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition

    zones = _zones(run_alg, survey, tmp_path)
    buildings = _layer(survey, "bangunan")
    buildings.selectByIds([f.id() for f in buildings.getFeatures()][:25])
    result = run_alg("checkbuildingrules", {
        "BUILDINGS": QgsProcessingFeatureSourceDefinition(buildings.id(), True), "ZONES": zones,
        "PARCELS": QgsProcessingFeatureSourceDefinition(_layer(survey, "persil").id(), False),
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    assert _as_layer(result["OUTPUT_BUILDINGS"]).featureCount() == 25


def test_curved_buildings_are_segmentized(run_alg):
    import math

    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    x, y = 700000, 9300000
    building = QgsVectorLayer("CurvePolygon?crs=EPSG:23834&field=id_bangunan:string", "lengkung", "memory")
    feature = QgsFeature(building.fields())
    # a round house of radius 5 m as a CAD export writes it (one circular arc)
    feature.setGeometry(QgsGeometry.fromWkt(
        f"CURVEPOLYGON(CIRCULARSTRING({x} {y - 5}, {x} {y + 5}, {x} {y - 5}))"))
    feature["id_bangunan"] = "B1"
    building.dataProvider().addFeatures([feature])
    parcels = QgsVectorLayer("MultiSurface?crs=EPSG:23834&field=id_persil:string", "persil", "memory")
    parcel = QgsFeature(parcels.fields())
    parcel.setGeometry(QgsGeometry.fromWkt(
        f"MULTISURFACE(((({x - 10} {y - 10}, {x + 10} {y - 10}, {x + 10} {y + 10}, {x - 10} {y + 10}, "
        f"{x - 10} {y - 10}))))".replace("((((", "(((").replace("))))", ")))")))
    parcel["id_persil"] = "P1"
    parcels.dataProvider().addFeatures([parcel])
    zones = QgsVectorLayer("Polygon?crs=EPSG:23834&field=kode_zona:string&field=kdb_maks:double", "z", "memory")
    zone = QgsFeature(zones.fields())
    zone.setGeometry(QgsGeometry.fromWkt(
        f"POLYGON(({x - 50} {y - 50},{x + 50} {y - 50},{x + 50} {y + 50},{x - 50} {y + 50},{x - 50} {y - 50}))"))
    zone.setAttributes(["R-2", 60.0])
    zones.dataProvider().addFeatures([zone])
    result = run_alg("checkbuildingrules", {"BUILDINGS": building, "PARCELS": parcels, "ZONES": zones,
                                            "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    row = next(_as_layer(result["OUTPUT"]).getFeatures())
    # π r² / 400 m² × 100, within the segmentation tolerance
    assert row["kdb"] == pytest.approx(math.pi * 25 / 400 * 100, rel=1e-3)
    assert "GEOMETRI_KOSONG" not in (row["alasan"] or "")


def test_dialog_defaults_follow_the_open_project(run_alg, survey, tmp_path):
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    QgsProject.instance().removeAllMapLayers()      # the project holds only this survey
    zones = QgsVectorLayer(_zones(run_alg, survey, tmp_path), "Rencana kota (baku)", "ogr")
    buildings = _layer(survey, "bangunan")
    buildings.setName("Bangunan")                 # the survey project shows titles
    QgsProject.instance().addMapLayer(zones)
    QgsProject.instance().setCrs(buildings.crs())
    try:
        registry = QgsApplication.processingRegistry()
        check = registry.createAlgorithmById("plpbk:checkbuildingrules")
        assert check.parameterDefinition("ZONES").defaultValue() == zones.id()       # not the active layer
        assert check.parameterDefinition("BUILDINGS").defaultValue() == buildings.id()
        assert check.parameterDefinition("PARCELS").defaultValue() is None           # optional: never guessed
        assert check.parameterDefinition("FLOORS_FIELD").defaultValue() == "jml_lantai"
        album = registry.createAlgorithmById("plpbk:renderthematicmaps")
        assert album.parameterDefinition("DATABASE").defaultValue() == str(survey)
        labels = album.parameterDefinition("MAPS").options()
        assert all(" — " in label for label in labels) and any(label.startswith("R08 — ") for label in labels)
    finally:
        QgsProject.instance().removeMapLayer(zones.id())


def test_default_field_missing_on_the_layer_is_not_given(run_alg, survey, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    zones = _zones(run_alg, survey, tmp_path)
    roads = QgsVectorLayer("LineString?crs=EPSG:23834&field=lebar:double", "jalan_kota", "memory")
    jalan = _layer(survey, "jalan")
    features = []
    for source in jalan.getFeatures():
        feature = QgsFeature(roads.fields())
        feature.setGeometry(QgsGeometry(source.geometry()))
        feature["lebar"] = source["lebar_m"]
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    # the road layer has neither lebar_m nor kelas_jalan (the defaults): GSB from the centreline
    result = run_alg("checkbuildingrules", {"BUILDINGS": _layer(survey, "bangunan"), "ZONES": zones,
                                            "ROADS": roads, "OUTPUT": "TEMPORARY_OUTPUT",
                                            "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    reasons = " ".join(f["alasan"] or "" for f in _as_layer(result["OUTPUT_BUILDINGS"]).getFeatures())
    assert "LEBAR_JALAN_KOSONG" in reasons
    # a field the user chose that the layer lacks is still an error naming it
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="kelas"):
        run_alg("checkbuildingrules", {"BUILDINGS": _layer(survey, "bangunan"), "ZONES": zones, "ROADS": roads,
                                       "ROAD_CLASS_FIELD": "kelas", "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("hidden", ["pyogrio", "geopandas"])
def test_check_runs_without_the_optional_fast_io(run_alg, survey, tmp_path, monkeypatch, hidden):
    """Without pyogrio (or geopandas) the layers go through the QGIS reader and writer."""
    from plpbk_qgis.adapters.sources import conformance_io

    zones = _zones(run_alg, survey, tmp_path)
    real = conformance_io._available
    monkeypatch.setattr(conformance_io, "_available", lambda name: name != hidden and real(name))
    if hidden == "geopandas":
        monkeypatch.setattr(conformance_io, "_has_arrow", lambda: False)
    result = run_alg("checkbuildingrules", {"BUILDINGS": f"{survey}|layername=bangunan",
                                            "PARCELS": f"{survey}|layername=persil", "ZONES": zones,
                                            "OUTPUT": str(tmp_path / "p.gpkg"),
                                            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg")})
    assert _as_layer(result["OUTPUT"]).featureCount() == 2180
    assert _as_layer(result["OUTPUT_BUILDINGS"]).featureCount() == 2355


def test_compare_draft_final_from_the_users_seat(run_alg, survey, tmp_path):
    """comparedraftfinal on the sample plan as a planner has it open: the final plan is a copy
    being edited (one KDB changed, not saved), one block redrawn with an arc, compared with the
    dialog's defaults (temporary output); then only a selection of the final plan."""
    import geopandas as gpd
    from qgis.core import QgsGeometry, QgsProcessingFeatureSourceDefinition

    draft_blocks = gpd.read_file(survey, layer="rencana_blok")
    final_path = tmp_path / "rencana_final.gpkg"
    draft_blocks.to_file(final_path, layer="rencana_blok", driver="GPKG")
    final = _layer(final_path, "rencana_blok")
    features = {f["id_blok"]: f for f in final.getFeatures()}
    changed, curved = sorted(features)[:2]
    assert final.startEditing()
    index = final.fields().indexOf("kdb_rencana")
    before = features[changed]["kdb_rencana"]
    assert final.changeAttributeValue(features[changed].id(), index, (before or 0) + 10)
    box = features[curved].geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    arc = QgsGeometry.fromWkt(f"CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING({x0} {y0},{(x0 + x1) / 2} {y0 - 5},{x1} {y0}),"
                              f"({x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))")
    assert final.changeGeometry(features[curved].id(), arc)
    result = run_alg("comparedraftfinal", {"DRAFT": f"{survey}|layername=rencana_blok", "FINAL": final,
                                           "DATABASE": "", "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["id_blok"]: f for f in _as_layer(result["OUTPUT"]).getFeatures()}
    assert {code for code, f in rows.items() if f["perubahan"] != "sama"} == {changed, curved}, \
        {code: f["perubahan"] for code, f in rows.items()}
    assert rows[changed]["atribut_berubah"].startswith("kdb_rencana") and not rows[changed]["geometri_berubah"]
    assert rows[curved]["geometri_berubah"] and rows[curved]["selisih_luas_m2"] != 0
    final.selectByIds([features[c].id() for c in (changed, curved)])
    picked = run_alg("comparedraftfinal", {
        "DRAFT": f"{survey}|layername=rencana_blok", "DATABASE": "", "OUTPUT": "TEMPORARY_OUTPUT",
        "FINAL": QgsProcessingFeatureSourceDefinition(final.id(), selectedFeaturesOnly=True)})
    removed = {f["id_blok"] for f in _as_layer(picked["OUTPUT"]).getFeatures() if f["perubahan"] == "dihapus"}
    assert removed == set(features) - {changed, curved}
    final.rollBack()
