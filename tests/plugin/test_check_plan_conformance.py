"""plpbk:checkplanconformance end to end through Processing, and ITBX given as a table layer."""

import json

import pytest
from test_check_building_rules import _inputs, _layer  # noqa: E402

X0, Y0 = 700000, 9300000


def _sq(a, b, c, d):
    return f"POLYGON(({X0+a} {Y0+b},{X0+c} {Y0+b},{X0+c} {Y0+d},{X0+a} {Y0+d},{X0+a} {Y0+b}))"


def _zones(crs="EPSG:23834"):
    return _layer("Polygon", crs, ["kode_zona:string", "nama_zona:string", "kdb_maks:string", "klb_maks:double",
                                   "gsb_min:double"],
                  [(_sq(0, 0, 100, 100), "R-1", "Perumahan", "60 %", 1.2, 3.0),
                   (_sq(0, 100, 100, 200), "PS-1", "Sempadan sungai", "-", None, None)])


def test_plan_blocks_against_city_plan(run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    blocks = _layer("Polygon", "EPSG:23834", ["id_blok:string", "guna_rencana:string", "kdb_rencana:double",
                                              "klb_rencana:string", "gsb_rencana:double"],
                    [(_sq(10, 10, 50, 50), "A", "perumahan", 50.0, "1", 3.0),
                     (_sq(10, 80, 50, 120), "B", "perumahan", 70.0, "1,5", 2.0),
                     (_sq(500, 500, 510, 510), "C", "rth_ruang_publik", None, None, None)])
    result = run_alg("checkplanconformance", {"BLOCKS": blocks, "ZONES": _zones(),
                                              "REPORT": str(tmp_path / "plan.json"),
                                              "OUTPUT": str(tmp_path / "plan.gpkg")})
    out = QgsVectorLayer(result["OUTPUT"])
    rows = {f["id_blok"]: f for f in out.getFeatures()}
    assert rows["A"]["status"] == "SESUAI" and rows["A"]["kode_zona"] == "R-1"
    b = rows["B"]
    assert b["zona_tumpang"] == "R-1 50.0 %; PS-1 50.0 %"
    assert b["status_guna"] == "MELANGGAR" and "ZONA_LINDUNG_DIBANGUN" in b["alasan"]
    assert b["status_kdb"] == "MELANGGAR" and b["kdb_maks"] == pytest.approx(60)
    assert b["status_klb"] == "MELANGGAR" and b["klb"] == pytest.approx(1.5)
    assert b["status_gsb"] == "MELANGGAR"
    assert rows["C"]["status"] == "PERLU_CEK" and "DI_LUAR_ZONA" in rows["C"]["alasan"]
    report = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert report["ringkasan"]["blok"]["status"] == {"MELANGGAR": 1, "PERLU_CEK": 1, "SESUAI": 1}


def test_itbx_as_table_layer(run_alg):
    buildings, parcels, zones, roads = _inputs()
    buildings.startEditing()
    index = buildings.fields().indexOf("kdb")
    for f in buildings.getFeatures():
        buildings.changeAttributeValue(f.id(), index, "toko" if f["id_bangunan"] == "B1" else "gudang")
    buildings.commitChanges()
    table = _layer("None", "EPSG:23834", ["kode_kegiatan:string", "kode_zona:string", "ketentuan:string"],
                   [(None, "toko", "R-1", "X"), (None, "gudang", "R-1", "T2")])
    result = run_alg("checkbuildingrules", {"BUILDINGS": buildings, "USE_FIELD": "kdb", "PARCELS": parcels,
                                            "ZONES": zones, "ITBX_LAYER": table, "OUTPUT": "TEMPORARY_OUTPUT",
                                            "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    out = result["OUTPUT_BUILDINGS"]
    feats = {f["id_bangunan"]: f for f in out.getFeatures()}
    assert feats["B1"]["status_itbx"] == "MELANGGAR" and feats["B1"]["itbx"] == "X"
    assert feats["B2"]["status_itbx"] == "PERLU_CEK" and "T2" in feats["B2"]["alasan"]
