"""plpbk:checkbuildingrules end to end through Processing (memory and GeoPackage outputs)."""

import json

import pytest


def _layer(wkt_type, crs, fields, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    uri = f"{wkt_type}?crs={crs}" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, "mem", "memory")
    feats = []
    for wkt, *attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _inputs(crs="EPSG:23834", x0=700000, y0=9300000):
    sq = lambda a, b, c, d: (f"POLYGON(({x0+a} {y0+b},{x0+c} {y0+b},{x0+c} {y0+d},{x0+a} {y0+d},{x0+a} {y0+b}))")  # noqa: E731
    buildings = _layer("Polygon", crs, ["id_bangunan:string", "jml_lantai:string", "kdb:string"],
                       [(sq(1, 2, 7, 8), "B1", "2", "lama"), (sq(8, 2, 12, 6), "B2", "4-7", None)])
    parcels = _layer("Polygon", crs, ["id_persil:string"], [(sq(0, 0, 10, 10), "P1"), (sq(10, 0, 20, 10), "P2")])
    zones = _layer("Polygon", crs, ["kode_zona:string", "kdb_maks:double", "gsb_min:double",
                                    "tinggi_maks:double", "lantai_maks:integer"],
                   [(sq(-5, -5, 50, 50), "R-1", 40.0, 3.0, 8.0, 2)])
    roads = _layer("LineString", crs, ["lebar_m:double", "kelas_jalan:string"],
                   [(f"LINESTRING({x0-10} {y0-3},{x0+60} {y0-3})", 4.0, "gang")])
    return buildings, parcels, zones, roads


def test_check_building_rules_memory_and_gpkg(run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    buildings, parcels, zones, roads = _inputs()
    before = [f.geometry().asWkt() for f in buildings.getFeatures()]
    params = {"BUILDINGS": buildings, "FLOORS_FIELD": "jml_lantai", "PARCELS": parcels, "ZONES": zones,
              "ROADS": roads, "REPORT": str(tmp_path / "r.json"),
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg")}
    result = run_alg("checkbuildingrules", params)
    out = result["OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out)
    rows = {f["id_persil"]: f for f in out.getFeatures()}
    assert rows["P1"]["kdb"] == pytest.approx(44.0) and rows["P1"]["status_kdb"] == "MELANGGAR"
    b = QgsVectorLayer(result["OUTPUT_BUILDINGS"])
    names = b.fields().names()
    for field in ("kode_zona", "kdb", "kdb_maks", "status_kdb", "klb", "klb_maks", "status_klb", "kdh",
                  "kdh_min", "status_kdh", "gsb", "gsb_min", "status_gsb", "tinggi", "tinggi_maks",
                  "status_tinggi", "status", "alasan", "kdb_asli", "id_bangunan", "persil_estimasi"):
        assert field in names, field
    feats = {f["id_bangunan"]: f for f in b.getFeatures()}
    assert feats["B1"]["gsb"] == pytest.approx(3.0)
    assert feats["B2"]["status_lantai"] == "PERLU_CEK" and "4-7" in feats["B2"]["alasan"]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["ringkasan"]["persil"]["jumlah"] == 2
    assert [f.geometry().asWkt() for f in buildings.getFeatures()] == before


def test_degrees_and_wrong_geometry_are_clear_errors(run_alg):
    from qgis.core import QgsProcessingException

    buildings, parcels, zones, roads = _inputs(crs="EPSG:4326", x0=106, y0=-6)
    with pytest.raises(QgsProcessingException, match="derajat"):
        run_alg("checkbuildingrules", {"BUILDINGS": buildings, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    buildings, parcels, zones, roads = _inputs()
    with pytest.raises(QgsProcessingException):
        run_alg("checkbuildingrules", {"BUILDINGS": roads, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("key", ["FLOORS_FIELD", "ROAD_WIDTH_FIELD"])
def test_missing_field_names_layer_and_field(run_alg, key):
    """A field parameter naming a column the layer lacks (scripts/models are not checked by
    Processing) is a user message naming the field, not a KeyError traceback."""
    from qgis.core import QgsProcessingException

    buildings, parcels, zones, roads = _inputs()
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("checkbuildingrules", {"BUILDINGS": buildings, "PARCELS": parcels, "ZONES": zones,
                                       "ROADS": roads, key: "kolom_tidak_ada",
                                       "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    message = str(caught.value)
    assert "kolom 'kolom_tidak_ada'" in message and "Traceback" not in message


@pytest.mark.parametrize("with_parcels", [True, False])
def test_cancel_stops_the_check_between_blocks(run_alg, tmp_path, monkeypatch, with_parcels):
    """Cancel pressed once the geometric pass has begun: the run stops at the next block (of
    many here), says so in Indonesian, and writes no result file."""
    from pathlib import Path

    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from plpbk_qgis.core.conformance import overlays, tessellation

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kelurahan_contoh.gpkg"
    if not sample.is_file():
        pytest.skip("data contoh belum dibuat")
    monkeypatch.setattr(overlays, "PARCEL_BLOCK", 50)
    monkeypatch.setattr(tessellation, "WINDOW", 50)
    progress = []

    class CancelOnProgress(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            progress.append(value)
            if value > 12:          # past reading: inside the block-by-block work
                self.cancel()

    params = {"BUILDINGS": f"{sample}|layername=bangunan", "ZONES": f"{sample}|layername=rdtr_contoh",
              "ZONE_CODE_FIELD": "KODSZN", "KDB_FIELD": "KDB", "ROADS": f"{sample}|layername=jalan",
              "ROAD_WIDTH_FIELD": "lebar_m", "OUTPUT": str(tmp_path / "persil.gpkg"),
              "OUTPUT_BUILDINGS": str(tmp_path / "bangunan.gpkg")}
    if with_parcels:
        params["PARCELS"] = f"{sample}|layername=persil"
    with pytest.raises(QgsProcessingException, match="Dibatalkan"):
        run_alg("checkbuildingrules", params, CancelOnProgress())
    assert progress and max(progress) < 90     # stopped long before the end
    assert not (tmp_path / "persil.gpkg").exists() and not (tmp_path / "bangunan.gpkg").exists()


@pytest.mark.parametrize("first", ["persil", "bangunan"])
def test_loaded_results_stack_buildings_over_parcels(first):
    """Whichever result Processing loads first, buildings end above parcels, the parcels
    half transparent under them, both coloured by status."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )

    from plpbk_qgis.adapters.styles.status_style import UNDERLAY_OPACITY, StatusStyle

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    other = _layer("Polygon", "EPSG:23834", ["nama:string"], [])
    project.addMapLayer(other)
    earlier = _layer("Polygon", "EPSG:23834", ["status:string"], [])   # an earlier run's buildings
    project.addMapLayer(earlier)
    StatusStyle("bangunan", "run-1").postProcessLayer(earlier, context, QgsProcessingFeedback())
    layers = {}
    for role in (first, "bangunan" if first == "persil" else "persil"):
        layers[role] = _layer("Polygon", "EPSG:23834", ["status:string"], [])
        project.addMapLayer(layers[role])          # Processing adds on top, then post-processes
        StatusStyle(role, "run-2").postProcessLayer(layers[role], context, QgsProcessingFeedback())
    order = [node.layer() for node in project.layerTreeRoot().children()]
    assert order.index(layers["bangunan"]) < order.index(layers["persil"])
    assert order.index(layers["persil"]) == order.index(layers["bangunan"]) + 1
    assert layers["persil"].opacity() == pytest.approx(UNDERLAY_OPACITY)
    assert all(isinstance(layer.renderer(), QgsCategorizedSymbolRenderer) for layer in layers.values())


def test_no_parcels_and_no_estimate_checks_buildings_only(run_alg, tmp_path):
    """Without a parcel layer and with estimating switched off the buildings are still checked
    (KDB/KLB/KDH need a parcel: PERLU_CEK, no parcel) and the parcel output is empty."""
    from qgis.core import QgsVectorLayer

    buildings, _, zones, roads = _inputs()
    result = run_alg("checkbuildingrules", {
        "BUILDINGS": buildings, "FLOORS_FIELD": "jml_lantai", "ZONES": zones, "ROADS": roads,
        "ESTIMATE_PARCELS": False, "OUTPUT": str(tmp_path / "p.gpkg"), "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg")})
    assert QgsVectorLayer(result["OUTPUT"]).featureCount() == 0
    rows = list(QgsVectorLayer(result["OUTPUT_BUILDINGS"]).getFeatures())
    assert len(rows) == 2
    for row in rows:
        assert "BANGUNAN_TANPA_PERSIL" in row["alasan"]
        assert row["status_kdb"] == "PERLU_CEK" and float(row["gsb"]) == pytest.approx(3.0)   # 5 m - half of 4 m
