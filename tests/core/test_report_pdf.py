"""Printable check report, pure part: content from hand-made result tables, PDF read back with pypdf."""

import csv
import datetime
import json
import re

import pypdf  # noqa: E402
import pytest

from plpbk_qgis.core.errors import PlpbkInputError
from plpbk_qgis.core.report.content import (
    ResultTable,
    check_result_table,
    count_rule_status,
    format_number,
    needs_check,
    split_reasons,
    violations,
)
from plpbk_qgis.core.report.inputs import find_report, summary_mismatch
from plpbk_qgis.core.report.pdf import ReportRequest, build_report
from plpbk_qgis.core.report.pdf_map import MapImage, nice_length

M, S, P, T = "MELANGGAR", "SESUAI", "PERLU_CEK", "TIDAK_DICEK"


def buildings_table():
    # 6 buildings; by hand: MELANGGAR = B-2, B-10, B-3, B-5 (kdb/gsb/lantai), PERLU_CEK = B-4
    return ResultTable("bangunan", "cek_bangunan", {
        "id_bangunan": ["B-1", "B-2", "B-10", "B-3", "B-4", "B-5"],
        "kode_zona": ["R-2", "R-2", "R-2", "K-1", None, "R-2"],
        "fungsi": ["rumah_tinggal", "gudang", "rumah_tinggal", "toko", None, "rumah_tinggal"],
        "kdb": [40.0, 99.95, 75.5, 61.0, 50.0, 55.0], "kdb_maks": [60.0, 60.0, 70.0, 60.0, None, 60.0],
        "status_kdb": [S, M, M, M, P, S],
        "gsb": [3.0, 0.4, 2.5, 1.25, None, 0.0], "gsb_min": [2.0, 2.0, 2.0, 3.0, 2.0, 2.0],
        "status_gsb": [S, M, S, M, P, M],
        "lantai": [2.0, 4.0, 2.0, 1.0, None, 2.0], "lantai_maks": [3.0, 3.0, 3.0, 4.0, None, 3.0],
        "status_lantai": [S, M, S, S, P, S],
        "itbx": ["I", "X", "I", "I", None, "I"], "status_itbx": [S, M, S, S, T, S],
        "status": [S, M, M, M, P, M],
        "alasan": ["",
                   "KDB_LEBIH: KDB melebihi KDB maksimum zona; GSB_KURANG: GSB kurang dari GSB minimum; "
                   "LANTAI_LEBIH: jumlah lantai melebihi lantai maksimum; ITBX_X: kegiatan tidak diizinkan (X)",
                   "KDB_LEBIH: KDB melebihi KDB maksimum zona",
                   "KDB_LEBIH: KDB melebihi KDB maksimum zona; GSB_KURANG: GSB kurang dari GSB minimum; "
                   "LANTAI_KOSONG: jumlah lantai kosong",
                   "DI_LUAR_ZONA: tidak berada di zona rencana kota mana pun; LANTAI_KOSONG: jumlah lantai kosong",
                   "GSB_KURANG: GSB kurang dari GSB minimum"],
    }, source="cek_bangunan.gpkg")


def blocks_table():
    return ResultTable("blok", "cek_rencana_blok", {
        "id_blok": ["BLK-02", "BLK-01"], "guna_rencana": ["perumahan", "campuran"],
        "kode_zona": ["R-2", "R-2"], "zona_tumpang": ["R-2 100.0 %", "R-2 61.0 %; K-1 39.0 %"],
        "status_zona": [S, S], "status_guna": [S, P],
        "kdb": [70.0, 85.0], "kdb_maks": [70.0, 70.0], "status_kdb": [S, M],
        "status": [S, M],
        "alasan": ["", "ITBX_T: kegiatan diizinkan terbatas (T): periksa batasannya (rumah_toko di R-2: T1); "
                       "RENCANA_LEBIH_LONGGAR: aturan rencana lebih longgar daripada rencana kota (kdb 85 > 70 di R-2)"],
    })


def pdf_text(path):
    reader = pypdf.PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    return reader, pages, re.sub(r"\s+", " ", " ".join(pages))


def test_reasons_split_on_codes_only():
    text = ("ITBX_T: kegiatan diizinkan terbatas (T): periksa (rumah_toko di R-2: T1); "
            "RENCANA_LEBIH_LONGGAR: lebih longgar (kdb 85 > 70 di R-2, gsb 0 < 2 di R-2)")
    assert split_reasons(text) == [
        ("ITBX_T", "kegiatan diizinkan terbatas (T): periksa (rumah_toko di R-2: T1)"),
        ("RENCANA_LEBIH_LONGGAR", "lebih longgar (kdb 85 > 70 di R-2, gsb 0 < 2 di R-2)")]
    assert split_reasons(None) == [] and split_reasons("") == []


def test_numbers_in_indonesian_notation():
    assert [format_number(v) for v in (99.95, 60.0, 2.1, 0.004, None, float("nan"), -0.001)] == \
        ["99,95", "60", "2,1", "0", "–", "–", "0"]


def test_violations_sorted_by_zone_then_natural_id_with_measured_and_allowed():
    found = violations(buildings_table())
    assert [(v.zone, v.ident) for v in found] == [("K-1", "B-3"), ("R-2", "B-2"), ("R-2", "B-5"), ("R-2", "B-10")]
    b2 = found[1]
    assert b2.items == ["KDB 99,95 % (maks 60 %)", "GSB 0,4 m (min 2 m)", "Lantai 4 lt (maks 3 lt)",
                        "ITBX gudang = X (tidak diizinkan)"]
    # only violation reasons in the violation list; LANTAI_KOSONG goes to 'perlu dicek'
    assert "LANTAI_KOSONG" not in found[0].reasons and "GSB_KURANG" in found[0].reasons


def test_needs_check_groups_non_violation_codes():
    groups = {g.code: g.ids for g in needs_check(buildings_table())}
    assert groups == {"LANTAI_KOSONG": ["B-3", "B-4"], "DI_LUAR_ZONA": ["B-4"]}


def test_table_without_status_fields_is_refused_in_indonesian():
    raw = ResultTable("bangunan", "bangunan", {"id_bangunan": ["B-1"], "jml_lantai": [2]})
    with pytest.raises(PlpbkInputError) as error:
        check_result_table(raw)
    message = str(error.value)
    assert "bukan hasil pemeriksaan kesesuaian" in message and "'status'" in message
    assert "lapisan 'bangunan'" in message and "Periksa bangunan terhadap aturan zona" in message


def test_json_found_next_to_layer_and_mismatch_warned(tmp_path):
    layer = tmp_path / "cek_bangunan.gpkg"
    layer.write_bytes(b"")
    report = {"pemeriksaan": "checkbuildingrules", "ringkasan": {"bangunan": {"status": {M: 4, P: 1, S: 1}}},
              "parameter": {"OUTPUT_BUILDINGS": str(layer)}}
    (tmp_path / "a_lain.json").write_text(json.dumps({"ringkasan": {}, "parameter": {"OUTPUT": "x.gpkg"}}))
    (tmp_path / "laporan.json").write_text(json.dumps(report))
    assert find_report(f"{layer}|layername=cek_bangunan") == tmp_path / "laporan.json"
    assert summary_mismatch(report, "bangunan", {M: 4, P: 1, S: 1, T: 0}) == ""
    assert "berbeda" in summary_mismatch(report, "bangunan", {M: 3, P: 2, S: 1})


def test_nice_scale_bar_length():
    assert [nice_length(v) for v in (240, 99, 1.4, 5000)] == [200, 50, 1, 5000]


def test_pdf_holds_counts_rows_map_and_cap_note(tmp_path):
    from PIL import Image

    picture = tmp_path / "peta.png"
    Image.new("RGB", (400, 300), (200, 30, 30)).save(picture)
    buildings, blocks = buildings_table(), blocks_table()
    out, table = tmp_path / "laporan.pdf", tmp_path / "pelanggaran.csv"
    result = build_report(ReportRequest(
        output=out, tables=[buildings, blocks], area_name="Kelurahan Uji", checker="Siti Aminah",
        maps=[MapImage(picture, "Seluruh wilayah", "keterangan peta", 480.0)],
        map_legend=[("Sesuai", "#1a9641")], max_rows=3, sample=True,
        day=datetime.date(2026, 11, 27), csv_path=table))

    reader, pages, text = pdf_text(out)
    assert result["pages"] == len(reader.pages) > 1
    assert result["violations"] == 5 and result["printed"] == 4   # 3 buildings + 1 block
    assert "LAPORAN PEMERIKSAAN KESESUAIAN" in text and "Kelurahan Uji" in text
    assert "27 November 2026" in text and "DATA CONTOH" in text and "Siti Aminah" in text
    assert f"Halaman 2 dari {len(pages)}" in text and "Kode pedoman C1 · C2 · C3 · C4" in text and "SEED_MAP" not in text
    # per-rule counts of the buildings, columns Sesuai, Perlu dicek, Melanggar, Tidak dicek, Jumlah
    counts = count_rule_status(buildings)
    assert counts["kdb"] == {S: 2, M: 3, P: 1}
    assert "KDB 2 1 3 0 6" in text and "GSB 2 1 3 0 6" in text and "ITBX 4 0 1 1 6" in text
    assert "Status akhir 1 1 4 0 6" in text
    # violation rows: first three by zone then id; B-10 is the one left out by the cap
    assert "B-3 K-1 KDB 61 % (maks 60 %) GSB 1,25 m (min 3 m)" in text
    assert "B-2 R-2 KDB 99,95 % (maks 60 %)" in text and "B-10 R-2" not in text
    assert "… dan 1 bangunan melanggar lainnya tidak dicetak" in text
    # perlu dicek grouped by reason, plan block table with planned / allowed
    assert "LANTAI_KOSONG jumlah lantai kosong 2 B-3, B-4" in text
    assert "BLK-01 campuran R-2 61.0 %; K-1 39.0 % 85 / 70" in text
    map_pages = [i for i, p in enumerate(pages) if "Peta ikhtisar status" in p]
    resources = reader.pages[map_pages[0]]["/Resources"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in resources["/XObject"].values())

    with table.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    # 4 + 1 + 2 + 1 broken rules of the buildings, 1 of the block; decimal point in the CSV
    assert len(rows) == 9
    assert {"lapisan": "bangunan", "id": "B-2", "aturan": "KDB", "terukur": "99.95", "batas": "60"}.items() \
        <= rows[[r["id"] for r in rows].index("B-2")].items()


def test_unknown_status_values_are_counted_apart_and_the_summary_adds_up(tmp_path):
    """A result layer edited after the check ('FOO', 'sesuai ' typed by hand): 'sesuai ' is
    SESUAI, 'FOO' is counted in a 'Status lain' column with a warning; every row adds up."""
    table = buildings_table()
    table.columns["status"] = ["FOO", M, "sesuai ", "FOO", P, M]
    out = tmp_path / "laporan.pdf"
    build_report(ReportRequest(output=out, tables=[table], day=datetime.date(2026, 11, 27)))
    _reader, _pages, text = pdf_text(out)
    # columns Sesuai, Perlu dicek, Melanggar, Tidak dicek, Status lain, Jumlah; by hand:
    # SESUAI 1 (the typed one), PERLU_CEK 1, MELANGGAR 2, TIDAK_DICEK 0, other 2 -> 6
    assert "Status akhir 1 1 2 0 2 6" in text, text
    assert "'FOO' (2)" in text and "Status lain" in text
    # per-rule rows have no unknown value: 0 in the extra column, and still add up to 6
    assert "KDB 2 1 3 0 0 6" in text
