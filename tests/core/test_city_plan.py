"""City-plan normalisation without QGIS: schema detection, field maps, attribute/table merge."""

import pytest

from plpbk_qgis.core.cityplan.city_plan import (
    NORMALISED_FIELDS,
    detect_fields,
    normalise_features,
    parse_field_map,
)
from plpbk_qgis.core.cityplan.rule_tables import table_from_records


def test_detect_national_schema_with_suffixes():
    mapping = detect_fields(["OBJECTID", "namszn_1", "KODSZN_2", "KODSZN_1", "KODZON", "WADMKD", "KDB",
                             "Shape_Area"])
    assert mapping == {"kode_zona": "KODSZN_1", "nama_zona": "namszn_1", "kode_zona_induk": "KODZON",
                       "wadmkd": "WADMKD", "kdb_maks": "KDB"}
    assert detect_fields(["KODSZN_1", "KODSZN"])["kode_zona"] == "KODSZN"


def test_field_map_errors_are_readable():
    assert parse_field_map("kode_zona=subzona", ["SUBZONA"]) == {"kode_zona": "SUBZONA"}
    with pytest.raises(ValueError, match="tidak dikenal"):
        parse_field_map("zona=SUBZONA", ["SUBZONA"])
    with pytest.raises(ValueError, match="tidak ada"):
        parse_field_map("kode_zona=KODE", ["SUBZONA"])


def _rows(prefer_table):
    table = table_from_records("intensitas", [
        {"kode_zona": "R-2", "kdb_maks": "60", "klb_maks": "1.2", "kdh_min": "20"}], "t.csv")
    columns = {"KODSZN": ["R-2", "r-2", "X-9"], "KDB": ["70", None, "50"]}
    rows, report = normalise_features(columns, 3, {"kode_zona": "KODSZN", "kdb_maks": "KDB"},
                                      "RTRW", table, None, prefer_table)
    return [dict(zip(NORMALISED_FIELDS, r)) for r in rows], report


def test_attributes_and_table_merge():
    rows, report = _rows(prefer_table=False)
    assert rows[0]["kdb_maks"] == 70 and "berbeda dengan tabel 60" in rows[0]["catatan_impor"]
    assert rows[1]["kdb_maks"] == 60 and rows[1]["klb_maks"] == 1.2    # code matched ignoring case
    assert rows[2]["kdb_maks"] == 50 and "X-9" in rows[2]["catatan_impor"]
    assert report.unknown_codes == {"X-9": 1} and report.conflicts == 1
    assert all(r["jenis_rencana"] == "RTRW" for r in rows)
    rows, _ = _rows(prefer_table=True)
    assert rows[0]["kdb_maks"] == 60
