"""plpbk:importcityplan on the sample, on messy attribute text, and on bad inputs."""

import hashlib
import json

import pytest

from plpbk_qgis.core.cityplan.city_plan import NORMALISED_FIELDS
from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
RULES = resource_path("sample", "rules")
PETOGOGAN_KDB = ("- Luas LP lebih dari 240 - 400 m2: Alternatif 1 : 60,Alternatif 2 : 50,"
                 "- Luas LP lebih dari 400 m2: Alternatif 1 : 60, Alternatif 2 : 40")
PETOGOGAN_KDH = ("- Luas LP lebih dari 240 - 400 m2: Alternatif 1 : 20, Alternatif 2 : 20, "
                 "- Luas LP lebih dari 400 m2 : Alternatif 1 : 20, Alternatif 2 : 20")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _features(layer):
    from plpbk_qgis.adapters.sources.qgis_io import python_value

    return [dict(zip(layer.fields().names(), map(python_value, f.attributes())))
            for f in layer.getFeatures()]


def _memory_layer(definition, name, features):
    """features: list of (wkt, {field: value})."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    provider = layer.dataProvider()
    for wkt, attrs in features:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attrs.items():
            feature[key] = value
        provider.addFeatures([feature])
    layer.updateExtents()
    return layer


SQUARE = "POLYGON((700000 9313000, 700100 9313000, 700100 9313100, 700000 9313100, 700000 9313000))"


@pytest.mark.skipif(not SAMPLE.is_file(), reason="sample not generated yet")
def test_sample_with_rule_tables(run_alg, tmp_path):
    before = [_digest(SAMPLE)] + [_digest(RULES / n) for n in ("intensitas.csv", "tata_bangunan.csv")]
    result = run_alg("importcityplan", {
        "INPUT": f"{SAMPLE}|layername=rdtr_contoh",
        "INTENSITAS": str(RULES / "intensitas.csv"),
        "TATA_BANGUNAN": str(RULES / "tata_bangunan.csv"),
        "OUTPUT": str(tmp_path / "rencana.gpkg")})
    after = [_digest(SAMPLE)] + [_digest(RULES / n) for n in ("intensitas.csv", "tata_bangunan.csv")]
    assert before == after
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:23834"
    assert [n for n in layer.fields().names() if n != "fid"] == list(NORMALISED_FIELDS)
    rows = _features(layer)
    assert len(rows) == 23
    by_code = {}
    for row in rows:
        by_code.setdefault(row["kode_zona"], row)
    # R-2 polygons carry KDB and KLB per lot-size class (≤ 100, 100–300, > 300 m2) and KDH as
    # text; the sample table says the same classes, so no conflict; GSB by road class from the table
    r2 = by_code["R-2"]
    assert (r2["kdb_maks"], r2["klb_maks"], r2["kdh_min"]) == (None, None, None)
    classes = json.loads(r2["aturan_kelas"])
    assert [[c["nilai"]["0"] for c in classes[f]["kelas"]] for f in ("kdb_maks", "klb_maks", "kdh_min", "ktb_maks")] == [
        [70, 65, 60], [2.1, 2.0, 1.8], [15, 15, 20], [75, 70, 65]]
    assert [(c["min"], c["maks"]) for c in classes["kdb_maks"]["kelas"]] == [(None, 100), (100, 300), (300, None)]
    assert "berbeda dengan tabel" not in (r2["catatan_impor"] or "")
    assert (r2["gsb_min_arteri"], r2["gsb_min_kolektor"], r2["gsb_min_lokal"]) == (6, 4, 2)
    # R-3 polygons have no values of their own: all from the sample tables (read by hand)
    r3 = by_code["R-3"]
    assert (r3["kdb_maks"], r3["klb_maks"], r3["kdh_min"], r3["ktb_maks"]) == (60, 1.8, 20, 65)
    assert (r3["tinggi_maks"], r3["lantai_maks"], r3["gsb_min"], r3["luas_persil_min"]) == (12, 3, 3, 90)
    assert r3["jenis_rencana"] == "RDTR" and r3["wadmkd"] == "Kelurahan Contoh"
    # C-1 is not in the sample tables: listed, not dropped
    assert result["UNKNOWN_CODES"] == "C-1"
    c1 = [r for r in rows if r["kode_zona"] == "C-1"]
    assert c1 and all("C-1" in r["catatan_impor"] for r in c1)


def test_suffixed_schema_and_text_values(run_alg, tmp_path):
    layer = _memory_layer(
        "Polygon?crs=EPSG:23834&field=KODSZN_1:string&field=NAMSZN_1:string&field=KDB:string"
        "&field=KLB:string&field=KDH:string&field=KODSZN_2:string",
        "rdtr_bersufiks", [
            (SQUARE, {"KODSZN_1": "R-2", "NAMSZN_1": "Perumahan", "KDB": "60%", "KLB": "1,2",
                      "KDH": "20", "KODSZN_2": "X"}),
            (SQUARE, {"KODSZN_1": "R-2", "KDB": PETOGOGAN_KDB, "KLB": "1.2", "KDH": PETOGOGAN_KDH}),
            (SQUARE, {"KODSZN_1": "K-1", "KDB": "60-70", "KLB": "-", "KDH": None}),
            (SQUARE, {"KODSZN_1": None, "KDB": "0,6"}),
        ])
    result = run_alg("importcityplan", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = _features(result["OUTPUT"])
    assert [r["kode_zona"] for r in rows] == ["R-2", "R-2", "K-1", None]   # KODSZN_1 beats KODSZN_2
    first, lots, ranged, fraction = rows
    assert (first["kdb_maks"], first["klb_maks"], first["kdh_min"]) == (60, 1.2, 20)
    assert not first["catatan_impor"]
    # lot-size classes: the plain field empty, the classes in aturan_kelas and in the note.
    # KDH agrees in both classes but the classes leave lots up to 240 m2 without a rule, so it
    # stays by class too (a lot of 100 m2 has no KDH here, it is not 20)
    assert lots["kdb_maks"] is None and lots["kdh_min"] is None
    assert "lebih dari 240 - 400 m2" in lots["catatan_impor"] and "alt 2: 50" in lots["catatan_impor"]
    stored = json.loads(lots["aturan_kelas"])
    assert set(stored) == {"kdb_maks", "kdh_min"}
    assert [c["nilai"] for c in stored["kdb_maks"]["kelas"]] == [{"1": 60.0, "2": 50.0}, {"1": 60.0, "2": 40.0}]
    assert [(c["min"], c["maks"], c["min_inklusif"]) for c in stored["kdb_maks"]["kelas"]] == [
        (240.0, 400.0, False), (400.0, None, False)]
    assert first["aturan_kelas"] is None
    assert "'60-70'" in ranged["catatan_impor"] and ranged["klb_maks"] is None
    # RULE_UNITS auto: a fraction is a fraction, read as percent with a note
    assert fraction["kdb_maks"] == 60 and "pecahan" in fraction["catatan_impor"]
    assert "kode sub-zona kosong" in fraction["catatan_impor"]
    assert result["NOTE_COUNT"] == 3


def test_field_map(run_alg):
    layer = _memory_layer("Polygon?crs=EPSG:23834&field=SUBZONA:string&field=KDB_MAX:double",
                          "rencana_kota_lain", [(SQUARE, {"SUBZONA": "R-3", "KDB_MAX": 55.0})])
    result = run_alg("importcityplan", {"INPUT": layer, "FIELD_MAP": "kode_zona=SUBZONA; kdb_maks=KDB_MAX",
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    (row,) = _features(result["OUTPUT"])
    assert (row["kode_zona"], row["kdb_maks"]) == ("R-3", 55)


def _error(run_alg, params):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_alg("importcityplan", dict(params, OUTPUT="TEMPORARY_OUTPUT"))
    return str(error.value)


def test_bad_inputs_have_clear_messages(run_alg, tmp_path):
    fields = "&field=KODSZN:string"
    metres_as_degrees = _memory_layer("Polygon?crs=EPSG:4326" + fields, "zona_crs_salah", [(SQUARE, {"KODSZN": "R-2"})])
    message = _error(run_alg, {"INPUT": metres_as_degrees})
    assert "zona_crs_salah" in message and "derajat" in message and "meter" in message
    no_crs = _memory_layer("Polygon?field=KODSZN:string", "zona_tanpa_crs", [(SQUARE, {"KODSZN": "R-2"})])
    message = _error(run_alg, {"INPUT": no_crs})
    assert "zona_tanpa_crs" in message and "CRS" in message
    empty = _memory_layer("Polygon?crs=EPSG:23834" + fields, "zona_kosong", [])
    assert "zona_kosong" in (message := _error(run_alg, {"INPUT": empty})) and "kosong" in message
    lines = _memory_layer("LineString?crs=EPSG:23834" + fields, "jalan_bukan_zona",
                          [("LINESTRING(700000 9313000, 700100 9313000)", {"KODSZN": "R-2"})])
    message = _error(run_alg, {"INPUT": lines})
    assert "jalan_bukan_zona" in message and "poligon" in message
    no_code = _memory_layer("Polygon?crs=EPSG:23834&field=NAMA:string", "zona_tanpa_kode", [(SQUARE, {"NAMA": "a"})])
    assert "kode_zona=" in _error(run_alg, {"INPUT": no_code})


def test_duplicate_codes_in_rule_table(run_alg, tmp_path):
    table = tmp_path / "intensitas_ganda.csv"
    table.write_text("kode_zona,nama_zona,kdb_maks,klb_maks,kdh_min,ktb_maks,luas_persil_min,"
                     "luas_kelas_min,luas_kelas_maks\nR-2,A,60,1.2,20,,,,\nR-2,A,70,1.4,20,,,,\n",
                     encoding="utf-8")
    digest = _digest(table)
    layer = _memory_layer("Polygon?crs=EPSG:23834&field=KODSZN:string", "zona", [(SQUARE, {"KODSZN": "R-2"})])
    message = _error(run_alg, {"INPUT": layer, "INTENSITAS": str(table)})
    assert "intensitas_ganda.csv" in message and "R-2" in message and "berbeda" in message
    assert _digest(table) == digest


def test_field_map_mistakes_and_missing_geometry(run_alg):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = _memory_layer("Polygon?crs=EPSG:23834&field=KODSZN:string&field=KDB:string", "zona_peta",
                          [(SQUARE, {"KODSZN": "R-2", "KDB": "60"})])
    message = _error(run_alg, {"INPUT": layer, "FIELD_MAP": "kdb_maks=KDB_MAX"})
    assert all(w in message for w in ("zona_peta", "KDB_MAX", "Kolom yang ada: KODSZN, KDB")), message
    message = _error(run_alg, {"INPUT": layer, "FIELD_MAP": "kdb=KDB"})
    assert all(w in message for w in ("zona_peta", "'kdb=KDB'", "kdb_maks")), message
    # a feature without a polygon is kept, noted per feature, never silently dropped
    no_geometry = QgsFeature(layer.fields())
    no_geometry.setAttributes(["R-3", "50"])
    layer.dataProvider().addFeatures([no_geometry])
    result = run_alg("importcityplan", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = _features(result["OUTPUT"])
    assert [r["kode_zona"] for r in rows] == ["R-2", "R-3"] and result["NOTE_COUNT"] == 1
    assert rows[0]["catatan_impor"] is None and "tanpa geometri" in rows[1]["catatan_impor"]
    assert isinstance(result["OUTPUT"], QgsVectorLayer)
