"""Rule tables: the plugin's CSV formats and the importers of the real Kab. Bintan tables.

Expected numbers below were read by hand from the CSV/xlsx files in
../shared/data/bintan_rdtr_tables/ and written literally (not computed by the code under test).
"""

import hashlib

import pytest
from bintan_expected import (
    BSB_FORM,
    BSB_INTENSITAS,
    BSB_INTENSITY,
    BSB_ITBX,
    BSB_TATA,
    TRIKORA_INTENSITAS,
    TRIKORA_ITBX,
    TRIKORA_TATA,
)

from plpbk_qgis.core.cityplan.annex.bintan_tables import (
    CodeResolver,
    city_codes_from_itbx,
    import_intensitas,
    import_itbx_xlsx,
    import_tata_bangunan,
    name_key,
)
from plpbk_qgis.core.cityplan.rule_tables import (
    INTENSITAS_COLUMNS,
    TATA_BANGUNAN_COLUMNS,
    normalise_itbx_cell,
    read_intensitas,
    read_itbx,
    read_tata_bangunan,
    write_itbx,
    write_table,
    zone_rule_values,
)
from plpbk_qgis.core.errors import PlpbkInputError
from plpbk_qgis.core.resources import resource_path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bintan(shared_data):
    return shared_data / "bintan_rdtr_tables"


@pytest.fixture(scope="module")
def bsb(bintan):
    before = {p: _digest(p) for p in (bintan / BSB_ITBX, bintan / BSB_INTENSITAS, bintan / BSB_TATA)}
    itbx = import_itbx_xlsx(bintan / BSB_ITBX)
    resolver = CodeResolver(city=city_codes_from_itbx(itbx))
    intensitas = import_intensitas(bintan / BSB_INTENSITAS, resolver)
    tata = import_tata_bangunan(bintan / BSB_TATA, resolver)
    assert {p: _digest(p) for p in before} == before, "inputs must stay untouched"
    return itbx, intensitas, tata


def _one(table, code, jenis=""):
    rows = [r for r in table.rows_for(code) if r.jenis == jenis]
    assert len(rows) == 1, (code, jenis, rows)
    return rows[0].values


@pytest.mark.parametrize("code, kdb, kdh, klb, lot", BSB_INTENSITY)
def test_bsb_intensity_by_hand(bsb, code, kdb, kdh, klb, lot):
    values = _one(bsb[1].table, code)
    assert (values["kdb_maks"], values["kdh_min"], values["klb_maks"], values["luas_persil_min"]) == \
        (kdb, kdh, klb, lot)
    assert values["ktb_maks"] is None     # the KTB column is "-" throughout


def test_bsb_intensity_variants(bsb):
    table = bsb[1].table
    assert len(table.rows) == 36 and len(table.codes()) == 34
    assert bsb[1].unknown == []
    assert _one(table, "K-1", "Vertikal 1-3 lantai")["klb_maks"] == 2.4
    assert _one(table, "K-1", "Vertikal 4-5 lantai")["klb_maks"] == 3.0
    kt = _one(table, "KT", "Vertikal 4-5 lantai")
    assert (kt["kdb_maks"], kt["kdh_min"], kt["klb_maks"]) == (60, 30, 3.0)
    # joined for a polygon: variants differ -> empty + note, never one of them picked
    values, notes = zone_rule_values("K-1", table)
    assert values["kdb_maks"] is None and values["kdh_min"] == 20
    assert any("kdb_maks" in n and "Vertikal 4-5 lantai" in n for n in notes)


@pytest.mark.parametrize("code, jenis, height, floors, gsb, jbs, jbb", BSB_FORM)
def test_bsb_building_form_by_hand(bsb, code, jenis, height, floors, gsb, jbs, jbb):
    v = _one(bsb[2].table, code, jenis)
    roads = ("arteri", "kolektor", "lokal")
    assert tuple(v[f"tinggi_maks_{r}"] for r in roads) == height
    assert tuple(v[f"lantai_maks_{r}"] for r in roads) == floors       # "3 lantai" -> 3
    assert tuple(v[f"gsb_min_{r}"] for r in roads) == gsb
    assert (v["jbs_min"], v["jbb_min"]) == (jbs, jbb)
    assert (v["tinggi_maks"], v["lantai_maks"], v["gsb_min"]) == (None, None, None)


def test_bsb_itbx_by_hand(bsb):
    matrix = bsb[0].table
    assert len(matrix.zones) == 34 and matrix.zones[:4] == ["BA", "HL", "PS", "RTH-2"]
    rows = {r["kode_kegiatan"]: r for r in matrix.rows}
    jagung = rows["01111"]
    assert (jagung["BA"], jagung["P-1"], jagung["R-3"], jagung["R-2"]) == ("B1,B3", "I", "T1", "X")
    minimarket = rows["47111"]
    assert (minimarket["KPI"], minimarket["R-2"], minimarket["SPU-1"], minimarket["K-1"],
            minimarket["KT"]) == ("B1,B2,B3", "T1,T3", "T1,T3,B2", "I", "X")
    house = rows["rumah_tinggal"]      # KBLI '-' in the annex: code from the name
    assert (house["W"], house["R-4"], house["KPI"], house["KT"]) == ("T1", "I", "T1,B1", "X")
    assert matrix.problems == []


def test_trikora_tables(bintan):
    itbx = import_itbx_xlsx(bintan / TRIKORA_ITBX)
    assert "MNL" in itbx.table.zones and "TR" in itbx.table.zones
    resolver = CodeResolver(city=city_codes_from_itbx(itbx))
    intensity = import_intensitas(bintan / TRIKORA_INTENSITAS, resolver)
    table = intensity.table
    cb = _one(table, "CB")
    assert (cb["kdb_maks"], cb["kdh_min"], cb["klb_maks"]) == (60, 30, 0.6)
    p4 = _one(table, "P-4")                                      # Peternakan
    assert (p4["kdb_maks"], p4["kdh_min"], p4["klb_maks"]) == (40, 60, 1.2)
    assert _one(table, "R-3")["luas_persil_min"] == 150
    assert _one(table, "K-2", "persil disebelah barat jalan Nasional")["klb_maks"] == 3.2
    assert _one(table, "K-2", "persil disebelah timur jalan Nasional")["klb_maks"] == 1.4
    assert [r.values["klb_maks"] for r in table.rows_for("W")] == [2.0, 1.0, 2.0]
    assert _one(table, "TR")["kdb_maks"] == 60
    # the annex names "Pertambangan Mineral Bukan Logam", its ITBX "... Non Logam": not guessed,
    # listed, and the row kept under its name
    assert intensity.unknown == ["Pertambangan Mineral Bukan Logam"]
    assert _one(table, "Pertambangan Mineral Bukan Logam")["klb_maks"] == 1.2
    assert any("Pertambangan" in p for p in table.problems)
    form = import_tata_bangunan(bintan / TRIKORA_TATA, resolver).table
    east = _one(form, "W", "persil disebelah timur jalan Nasional")
    assert (east["tinggi_maks_kolektor"], east["tinggi_maks_lokal"], east["tinggi_maks_arteri"]) == (9, None, None)
    assert _one(form, "RTH-8")["gsb_min_lokal"] is None          # empty cells in the annex
    p4 = _one(form, "P-4")
    assert (p4["tinggi_maks_kolektor"], p4["tinggi_maks_lokal"]) == (13, 9)


def test_user_mapping_resolves_unknown(bintan):
    resolver = CodeResolver(user={"Pertambangan Mineral Bukan Logam": "MNL"})
    result = import_intensitas(bintan / TRIKORA_INTENSITAS, resolver)
    assert result.unknown == [] and _one(result.table, "MNL")["kdb_maks"] == 40


def test_name_key():
    assert name_key("Zona  Perikanan Budidaya ") == "perikanan budi daya"
    assert name_key("Hutan Produksi yang Dapat di Konversi") == "hutan produksi yang dapat dikonversi"


# --- the plugin's own CSV format ------------------------------------------------------------------

def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


HEADER = ",".join(INTENSITAS_COLUMNS) + "\n"


def test_duplicate_codes_with_different_rules_is_an_error(tmp_path):
    path = _write(tmp_path / "intensitas.csv", HEADER + "R-2,A,60,1.2,20,,,,\nr-2 ,A,70,1.2,20,,,,\n")
    digest = _digest(path)
    with pytest.raises(PlpbkInputError) as error:
        read_intensitas(path)
    message = str(error.value)
    assert "intensitas.csv" in message and "R-2" in message and "baris 2 dan 3" in message
    assert "kdb_maks" in message
    assert _digest(path) == digest


def test_identical_duplicates_and_lot_classes_are_fine(tmp_path):
    path = _write(tmp_path / "intensitas.csv", HEADER + "R-2,A,60,1.2,20,,,,\nR-2,A,60,1.2,20,,,,\n"
                  "R-3,B,70,2,10,,,0,120\nR-3,B,60,1.8,20,,,120,\n")
    table = read_intensitas(path)
    assert len(table.rows) == 3 and any("duplikat identik" in p for p in table.problems)
    values, notes = zone_rule_values("R-3", table)
    # rows that differ only by lot-size class become classes: (0, 120] -> 70, (120, …) -> 60
    kdb = values["kdb_maks"]
    assert kdb.by_lot and notes == []
    assert [(c.min_m2, c.max_m2, c.values) for c in kdb.classes] == [(0.0, 120.0, {0: 70.0}),
                                                                     (120.0, None, {0: 60.0})]
    first, second = kdb.classes
    assert first.contains([0.0, 120.0, 120.01]).tolist() == [True, True, False]
    assert second.contains([120.0, 120.01, 1e6]).tolist() == [False, True, True]


def test_unreadable_cells_are_reported_not_guessed(tmp_path):
    path = _write(tmp_path / "intensitas.csv", HEADER + "R-2,A,60-70,\"1,000\",0.2,,1.000 m2,,\n")
    table = read_intensitas(path)
    values = table.rows[0].values
    assert values["kdb_maks"] is None and values["klb_maks"] is None
    assert values["luas_persil_min"] is None
    # a fraction is read as percent under RULE_UNITS auto, and the reading is reported
    assert values["kdh_min"] == 20.0
    text = "\n".join(table.problems)
    assert "'60-70'" in text and "'1,000'" in text and "'0.2' pecahan" in text and "baris 2" in text


def test_missing_columns_named(tmp_path):
    path = _write(tmp_path / "aturan.csv", "kode,kdb\nR-2,60\n")
    with pytest.raises(PlpbkInputError, match="aturan.csv.*kode_zona"):
        read_intensitas(path)
    with pytest.raises(PlpbkInputError, match="tidak ditemukan"):
        read_tata_bangunan(tmp_path / "tidak_ada.csv")


def test_itbx_csv_cells(tmp_path):
    path = _write(tmp_path / "itbx.csv", "kode_kegiatan,nama_kegiatan,R-2,K-1\n"
                  "rumah,Rumah,\"T1, B1\",B1.B2\nwarung,Warung,boleh,I\n")
    matrix = read_itbx(path)
    rows = {r["kode_kegiatan"]: r for r in matrix.rows}
    assert rows["rumah"]["R-2"] == "T1,B1" and rows["rumah"]["K-1"] == "B1,B2"
    assert rows["warung"]["R-2"] == "" and "'boleh'" in matrix.problems[0]
    assert normalise_itbx_cell(" B1") == "B1"


def test_templates_and_sample_tables_are_valid(tmp_path):
    for folder in (resource_path("rules", "templates"), resource_path("sample", "rules")):
        if not (folder / "intensitas.csv").is_file():
            continue
        intensity = read_intensitas(folder / "intensitas.csv")
        form = read_tata_bangunan(folder / "tata_bangunan.csv")
        itbx = read_itbx(folder / "itbx.csv")
        assert intensity.problems == [] and form.problems == [] and itbx.problems == []
        assert set(itbx.zones) >= set(intensity.codes())
        # round trip through the writers
        write_table(intensity, tmp_path / "i.csv")
        write_table(form, tmp_path / "t.csv")
        write_itbx(itbx, tmp_path / "x.csv")
        assert [r.values for r in read_intensitas(tmp_path / "i.csv").rows] == [r.values for r in intensity.rows]
        assert [r.values for r in read_tata_bangunan(tmp_path / "t.csv").rows] == [r.values for r in form.rows]
        assert read_itbx(tmp_path / "x.csv").rows == itbx.rows
    header = (resource_path("rules", "templates", "tata_bangunan.csv").read_text(encoding="utf-8")
              .splitlines()[0].split(","))
    assert tuple(header) == TATA_BANGUNAN_COLUMNS


def test_large_and_fractional_values_round_trip(tmp_path):
    # '{:g}' would have written 1e+06 and 1.23457e+06
    path = _write(tmp_path / "intensitas.csv", HEADER + "KPI,A,60,1.8,30,,1000000,,\nW,B,60,1.75,40,,1234567,,\n")
    table = read_intensitas(path)
    write_table(table, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "1000000" in text and "1234567" in text and "e+" not in text
    assert [r.values for r in read_intensitas(tmp_path / "out.csv").rows] == [r.values for r in table.rows]


def test_zone_code_mapping_renames_template_codes_not_names(tmp_path):
    from plpbk_qgis.core.cityplan.rule_table_import import import_rule_tables

    path = _write(tmp_path / "intensitas.csv", HEADER + "R2,Perumahan,60,1.2,20,,,,\n"
                  "R-3,Taman Kota,50,1,30,,,,\n,Perdagangan Jasa,70,2,10,,,,\n")
    mapping = _write(tmp_path / "kode.csv", "nama_zona,kode_zona\nR2,R-2\nTaman Kota,RTH-2\n"
                     "Perdagangan Jasa,K-1\n")
    result = import_rule_tables(intensitas=path, zone_map=mapping)
    # a written code is renamed by the mapping; a name only fills a missing code
    assert [r.kode_zona for r in result.intensitas.rows] == ["R-2", "R-3", "K-1"]
    assert result.unknown_codes == [] and result.report == []


def test_itbx_zone_column_twice_is_refused_everywhere(tmp_path):
    """The same sub-zone twice (exactly, or differing in case) is refused by every ITBX reader:
    a CSV reader would silently keep the last column (buildings flip from SESUAI to MELANGGAR)."""
    from plpbk_qgis.core.cityplan.rule_table_import import import_rule_tables
    from plpbk_qgis.core.conformance.itbx import ItbxTable

    for header in ("R-2,R-2", "R-2,r-2"):
        path = tmp_path / "itbx.csv"
        path.write_text(f"kode_kegiatan,nama_kegiatan,{header}\nrumah,Rumah,I,X\n", encoding="utf-8")
        for read in (read_itbx, ItbxTable.from_csv, lambda p: import_rule_tables(itbx=p)):
            with pytest.raises(PlpbkInputError, match="muncul dua kali"):
                read(path)


def test_unterminated_quote_is_refused_with_its_line(tmp_path):
    """A quote left open would swallow R-3 into R-2's cell: refused, naming the line."""
    from plpbk_qgis.core.cityplan.rule_tables import read_intensitas
    from plpbk_qgis.core.errors import PlpbkInputError

    path = tmp_path / "kutip.csv"
    path.write_text('kode_zona,kdb_maks,klb_maks,kdh_min\nR-1,60,1.2,20\n"R-2,60,1.2,20\nR-3,50,1,30\n',
                    encoding="utf-8")
    with pytest.raises(PlpbkInputError, match="tanda kutip") as error:
        read_intensitas(path)
    assert "kutip.csv" in str(error.value) and "baris" in str(error.value)


def test_semicolon_csv_is_read_and_rows_keep_their_file_lines(tmp_path):
    from plpbk_qgis.core.cityplan.rule_tables import read_intensitas

    path = tmp_path / "titikkoma.csv"
    # a quoted cell over two lines: the row after it is file line 5, not record 3 + 1
    path.write_bytes('\ufeffkode_zona;kdb_maks;klb_maks;kdh_min;nama_zona\nR-2;60;1,2;20;Rumah\n'
                     'R-3;50;"1";30;"Rumah\nkepadatan sedang"\nR-4;abc;1;30;x\n'.encode("utf-8"))
    table = read_intensitas(path)
    assert [row.kode_zona for row in table.rows] == ["R-2", "R-3", "R-4"]
    assert table.rows[0].values["klb_maks"] == pytest.approx(1.2)
    assert table.rows[1].values["kdb_maks"] == 50.0
    assert [issue[0] for issue in table.issues if issue[1] == "R-4"] == [5]


@pytest.mark.parametrize("spelling", ["NaN", "nan", "#N/A", "#VALUE!"])
def test_nan_cells_are_empty_but_reported(tmp_path, spelling):
    from plpbk_qgis.core.cityplan.rule_tables import read_intensitas

    path = tmp_path / "nan.csv"
    path.write_text(f"kode_zona,kdb_maks,klb_maks,kdh_min\nR-2,60,{spelling},20\nR-3,60,-,20\n", encoding="utf-8")
    table = read_intensitas(path)
    assert table.rows[0].values["klb_maks"] is None
    lines = [str(p) for p in table.problems]
    assert any("R-2" in line and spelling in line and "klb_maks" in line for line in lines), lines
    assert not any("R-3" in line for line in lines), lines     # '-' is how annexes write "not set"
