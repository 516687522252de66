"""plpbk:validatesurvey on a real survey GeoPackage: each planted problem is found, clean data
gives nothing, and the GeoPackage is not modified."""

import hashlib
import json

import pytest
from osgeo import ogr

X0, Y0 = 238000.0, 815000.0          # EPSG:23834 (TM-3 48.2) around Jakarta


def square(x, y, size=10.0):
    return (f"POLYGON(({X0 + x} {Y0 + y},{X0 + x + size} {Y0 + y},{X0 + x + size} {Y0 + y + size},"
            f"{X0 + x} {Y0 + y + size},{X0 + x} {Y0 + y}))")


GOOD = {"fungsi": "rumah_tinggal", "jml_lantai": 2, "kondisi": "baik",
        "status_bangunan": "milik_sendiri"}


def add(source, table, wkt, **values):
    layer = source.GetLayerByName(table)
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        if value is None:
            feature.SetFieldNull(name)
        else:
            feature.SetField(name, value)
    if wkt:
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0
    return feature.GetFID()


def make_db(folder, run_alg, buildings, plan_blocks=()):
    path = folder / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(path)})
    source = ogr.Open(str(path), 1)
    add(source, "kawasan_prioritas", square(0, 0, 200), nama_kawasan="Kawasan contoh")
    fids = {}
    for key, wkt, values in buildings:
        fids[key] = add(source, "bangunan", wkt, **values)
    for key, wkt, values in plan_blocks:
        fids[key] = add(source, "rencana_blok", wkt, **values)
    source = None
    return path, fids


def clean_rows():
    return [(f"b{i}", square(10 * i, 0), {**GOOD, "id_bangunan": f"B{i}"}) for i in range(3)]


def problems_of(run_alg, path, **params):
    from qgis.core import QgsVectorLayer

    result = run_alg("validatesurvey", {"DATABASE": str(path), "OUTPUT": "memory:", **params})
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "p", "ogr")
    rows = [(f["lapisan"], f["fid_fitur"], f["kode_masalah"], f["pesan"]) for f in layer.getFeatures()]
    return result, rows


def test_clean_data_gives_no_problem(tmp_path, run_alg):
    path, _fids = make_db(tmp_path, run_alg, clean_rows())
    result, rows = problems_of(run_alg, path)
    assert rows == []
    assert result["PROBLEM_COUNT"] == 0


def test_every_planted_problem_is_found_and_data_untouched(tmp_path, run_alg):
    planted = clean_rows() + [
        ("empty", None, {**GOOD, "id_bangunan": "E1"}),
        ("invalid", f"POLYGON(({X0+50} {Y0},{X0+60} {Y0+10},{X0+60} {Y0},{X0+50} {Y0+10},{X0+50} {Y0}))",
         {**GOOD, "id_bangunan": "E2"}),
        ("wrong_type", f"POINT({X0+70} {Y0+5})", {**GOOD, "id_bangunan": "E3"}),
        ("overlap", square(25, 0), {**GOOD, "id_bangunan": "E4"}),
        ("bad_value", square(0, 40), {**GOOD, "id_bangunan": "E5", "fungsi": "istana"}),
        ("missing", square(20, 40), {**GOOD, "id_bangunan": "E6", "kondisi": None}),
        ("range", square(40, 40), {**GOOD, "id_bangunan": "E7", "jml_lantai": 0}),
        ("outside", square(1000, 1000), {**GOOD, "id_bangunan": "E8"}),
        ("duplicate", square(60, 40), {**GOOD, "id_bangunan": "B0"}),
    ]
    path, fids = make_db(tmp_path, run_alg, planted)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result, rows = problems_of(run_alg, path, CHECK_RONA_OUTSIDE=True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    found = {(code, fid) for layer, fid, code, _msg in rows if layer == "bangunan"}
    expected = {
        ("GEOMETRI_KOSONG", fids["empty"]), ("GEOMETRI_TIDAK_VALID", fids["invalid"]),
        ("TIPE_GEOMETRI_SALAH", fids["wrong_type"]), ("BANGUNAN_TUMPANG_TINDIH", fids["b2"]),
        ("NILAI_DI_LUAR_DAFTAR", fids["bad_value"]), ("WAJIB_KOSONG", fids["missing"]),
        ("DI_LUAR_RENTANG", fids["range"]), ("DI_LUAR_KAWASAN", fids["outside"]),
        ("ID_GANDA", fids["b0"]), ("ID_GANDA", fids["duplicate"]),
    }
    assert found == expected
    assert all(layer == "bangunan" for layer, *_ in rows)
    counts = json.loads(result["COUNTS"])
    assert counts["ID_GANDA"] == 2 and counts["BANGUNAN_TUMPANG_TINDIH"] == 1
    assert result["PROBLEM_COUNT"] == len(expected)
    messages = {code: msg for _l, _f, code, msg in rows}
    assert "wajib diisi" in messages["WAJIB_KOSONG"]
    assert "istana" in messages["NILAI_DI_LUAR_DAFTAR"]


def test_outside_the_priority_area_plan_always_rona_only_on_request(tmp_path, run_alg):
    """Decision from the guideline: RTPLP plan blocks outside the kawasan prioritas are an
    error; kelurahan-wide rona buildings are legitimate unless the check is asked for."""
    block = {"guna_rencana": "perumahan"}
    path, fids = make_db(
        tmp_path, run_alg,
        clean_rows() + [("far", square(1000, 1000), {**GOOD, "id_bangunan": "F1"})],
        plan_blocks=[("inside", square(0, 100, 50), {**block, "id_blok": "BL1"}),
                     ("outside", square(600, 0, 50), {**block, "id_blok": "BL2"})])
    by_default = {(layer, fid, code) for layer, fid, code, _m in problems_of(run_alg, path)[1]}
    assert by_default == {("rencana_blok", fids["outside"], "DI_LUAR_KAWASAN")}
    asked = {(layer, fid, code) for layer, fid, code, _m in
             problems_of(run_alg, path, CHECK_RONA_OUTSIDE=True)[1]}
    assert asked == by_default | {("bangunan", fids["far"], "DI_LUAR_KAWASAN")}


def test_missing_file_is_a_clear_error(tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="tidak ditemukan"):
        run_alg("validatesurvey", {"DATABASE": str(tmp_path / "tidak_ada.gpkg"), "OUTPUT": "memory:"})
