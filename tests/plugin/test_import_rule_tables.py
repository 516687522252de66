"""plpbk:importruletables through Processing: the real Kab. Bintan annex tables (values checked
against numbers read by hand, tests/bintan_expected.py), the sample's template CSVs, the
zone-code mapping, and bad inputs."""

import csv
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

from plpbk_qgis.core.cityplan.rule_tables import read_intensitas, read_itbx, read_tata_bangunan
from plpbk_qgis.core.resources import resource_path

RULES = resource_path("sample", "rules")
HEADER = "kode_zona,nama_zona,kdb_maks,klb_maks,kdh_min,ktb_maks,luas_persil_min,luas_kelas_min,luas_kelas_maks\n"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one(table, code, jenis=""):
    rows = [r for r in table.rows_for(code) if r.jenis == jenis]
    assert len(rows) == 1, (code, jenis, rows)
    return rows[0].values


def _report(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def bintan(shared_data):
    return shared_data / "bintan_rdtr_tables"


def test_bsb_tables_written_as_templates(run_alg, bintan, tmp_path):
    inputs = [bintan / BSB_INTENSITAS, bintan / BSB_TATA, bintan / BSB_ITBX]
    before = [_digest(p) for p in inputs]
    result = run_alg("importruletables", {
        "INTENSITAS": str(inputs[0]), "TATA_BANGUNAN": str(inputs[1]), "ITBX": str(inputs[2]),
        "OUTPUT_FOLDER": str(tmp_path / "aturan")})
    assert [_digest(p) for p in inputs] == before, "inputs must stay untouched"
    assert result["UNKNOWN_CODES"] == "" and result["REPORT_COUNT"] == 0
    # the written CSVs, read back by the plugin's own reader, carry the hand-checked values
    intensity = read_intensitas(result["OUTPUT_INTENSITAS"])
    assert intensity.problems == [] and len(intensity.rows) == 36
    for code, kdb, kdh, klb, lot in BSB_INTENSITY:
        values = _one(intensity, code)
        assert (values["kdb_maks"], values["kdh_min"], values["klb_maks"], values["luas_persil_min"]) == \
            (kdb, kdh, klb, lot), code
    assert _one(intensity, "K-1", "Vertikal 4-5 lantai")["klb_maks"] == 3.0
    form = read_tata_bangunan(result["OUTPUT_TATA_BANGUNAN"])
    roads = ("arteri", "kolektor", "lokal")
    for code, jenis, height, floors, gsb, jbs, jbb in BSB_FORM:
        v = _one(form, code, jenis)
        assert tuple(v[f"tinggi_maks_{r}"] for r in roads) == height, code
        assert tuple(v[f"lantai_maks_{r}"] for r in roads) == floors, code
        assert tuple(v[f"gsb_min_{r}"] for r in roads) == gsb, code
        assert (v["jbs_min"], v["jbb_min"]) == (jbs, jbb), code
    itbx = read_itbx(result["OUTPUT_ITBX"])
    rows = {r["kode_kegiatan"]: r for r in itbx.rows}
    assert len(itbx.zones) == 34 and itbx.zones[:4] == ["BA", "HL", "PS", "RTH-2"]
    assert (rows["01111"]["BA"], rows["01111"]["R-2"]) == ("B1,B3", "X")        # jagung
    assert (rows["47111"]["R-2"], rows["47111"]["SPU-1"]) == ("T1,T3", "T1,T3,B2")  # minimarket
    assert rows["rumah_tinggal"]["R-4"] == "I"
    assert _report(result["REPORT"]) == []


def test_trikora_unknown_listed_per_row_then_mapped(run_alg, bintan, tmp_path):
    params = {"INTENSITAS": str(bintan / TRIKORA_INTENSITAS), "TATA_BANGUNAN": str(bintan / TRIKORA_TATA),
              "ITBX": str(bintan / TRIKORA_ITBX), "OUTPUT_FOLDER": str(tmp_path / "a")}
    result = run_alg("importruletables", params)
    name = "Pertambangan Mineral Bukan Logam"
    assert result["UNKNOWN_CODES"] == name
    report = _report(result["REPORT"])
    # line 17 of both annex CSVs (read by hand) — listed, and the row kept under its name
    assert [(r["berkas"], r["baris"], r["masalah"]) for r in report] == [
        (TRIKORA_INTENSITAS.split("/")[1], "17", "kode_tidak_dikenal"),
        (TRIKORA_TATA.split("/")[1], "17", "kode_tidak_dikenal")]
    assert "pemetaan kode zona" in report[0]["keterangan"]
    intensity = read_intensitas(result["OUTPUT_INTENSITAS"])
    assert _one(intensity, name)["klb_maks"] == 1.2
    assert _one(intensity, "P-4")["kdh_min"] == 60            # Peternakan 40 / 60 / 1.2
    assert _one(read_tata_bangunan(result["OUTPUT_TATA_BANGUNAN"]), "P-4")["tinggi_maks_kolektor"] == 13

    mapping = tmp_path / "kode.csv"
    mapping.write_text(f"nama_zona,kode_zona\n{name},MNL\n", encoding="utf-8")
    result = run_alg("importruletables", dict(params, ZONE_CODES=str(mapping), OUTPUT_FOLDER=str(tmp_path / "b")))
    assert result["UNKNOWN_CODES"] == "" and _report(result["REPORT"]) == []
    mnl = _one(read_intensitas(result["OUTPUT_INTENSITAS"]), "MNL")
    assert (mnl["kdb_maks"], mnl["kdh_min"], mnl["klb_maks"]) == (40, 60, 1.2)
    assert _one(read_tata_bangunan(result["OUTPUT_TATA_BANGUNAN"]), "MNL")["tinggi_maks_lokal"] == 9


@pytest.mark.skipif(not (RULES / "intensitas.csv").is_file(), reason="sample rules not generated yet")
def test_sample_templates_round_trip(run_alg, tmp_path):
    names = ("intensitas.csv", "tata_bangunan.csv", "itbx.csv")
    result = run_alg("importruletables", {
        "INTENSITAS": str(RULES / names[0]), "TATA_BANGUNAN": str(RULES / names[1]),
        "ITBX": str(RULES / names[2]), "OUTPUT_FOLDER": str(tmp_path)})
    assert result["REPORT_COUNT"] == 0
    for reader, name, key in ((read_intensitas, names[0], "OUTPUT_INTENSITAS"),
                              (read_tata_bangunan, names[1], "OUTPUT_TATA_BANGUNAN")):
        ours, theirs = reader(result[key]), reader(RULES / name)
        assert [(r.kode_zona, r.values) for r in ours.rows] == [(r.kode_zona, r.values) for r in theirs.rows]
    assert read_itbx(result["OUTPUT_ITBX"]).rows == read_itbx(RULES / names[2]).rows


def test_template_code_not_in_itbx_is_reported(run_alg, tmp_path):
    intensity = tmp_path / "intensitas.csv"
    intensity.write_text(HEADER + "R-2,A,60,1.2,20,,,,\nR-9,B,50,1,30,,,,\nR-3,C,60-70,1.2,20,,,,\n",
                         encoding="utf-8")
    itbx = tmp_path / "itbx.csv"
    itbx.write_text("kode_kegiatan,nama_kegiatan,R-2,R-3\nrumah_tinggal,Rumah,I,I\n", encoding="utf-8")
    result = run_alg("importruletables", {"INTENSITAS": str(intensity), "ITBX": str(itbx),
                                          "OUTPUT_FOLDER": str(tmp_path / "out")})
    assert result["UNKNOWN_CODES"] == "R-9"
    report = {(r["baris"], r["kode_zona"], r["masalah"]) for r in _report(result["REPORT"])}
    assert report == {("3", "R-9", "kode_tidak_dikenal"), ("4", "R-3", "nilai_tidak_terbaca")}
    table = read_intensitas(result["OUTPUT_INTENSITAS"])
    assert [r.kode_zona for r in table.rows] == ["R-2", "R-9", "R-3"]     # nothing dropped
    assert _one(table, "R-3")["kdb_maks"] is None                         # '60-70' not guessed


def _error(run_alg, params):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_alg("importruletables", params)
    return str(error.value)


def test_bad_inputs_have_clear_messages(run_alg, tmp_path):
    out = str(tmp_path / "out")
    duplicated = tmp_path / "intensitas_ganda.csv"
    duplicated.write_text(HEADER + "R-2,A,60,1.2,20,,,,\nR-3,B,60,1.2,20,,,,\nR-2,A,70,1.2,20,,,,\n",
                          encoding="utf-8")
    digest = _digest(duplicated)
    message = _error(run_alg, {"INTENSITAS": str(duplicated), "OUTPUT_FOLDER": out})
    assert "intensitas_ganda.csv" in message and "R-2" in message and "baris 2 dan 4" in message
    assert "kdb_maks" in message and _digest(duplicated) == digest
    assert "paling sedikit satu" in _error(run_alg, {"OUTPUT_FOLDER": out})
    strange = tmp_path / "aneh.csv"
    strange.write_text("zona,kdb\nR-2,60\n", encoding="utf-8")
    message = _error(run_alg, {"INTENSITAS": str(strange), "OUTPUT_FOLDER": out})
    assert "aneh.csv" in message and "kode_zona" in message and "Sub Zona" in message
    itbx = tmp_path / "itbx_ganda.csv"
    itbx.write_text("kode_kegiatan,nama_kegiatan,R-2\nwarung,Warung,I\nwarung,Warung,X\n", encoding="utf-8")
    message = _error(run_alg, {"ITBX": str(itbx), "OUTPUT_FOLDER": out})
    assert "itbx_ganda.csv" in message and "warung" in message and "baris 2 dan 3" in message
    latin = tmp_path / "latin1.csv"
    latin.write_bytes((HEADER + "R-2,Perumahan \xe9,60,1.2,20,,,,\n").encode("latin-1"))
    message = _error(run_alg, {"INTENSITAS": str(latin), "OUTPUT_FOLDER": out})
    assert "latin1.csv" in message and "UTF-8" in message
    mapping = tmp_path / "kode.csv"
    mapping.write_text("nama_zona,kode_zona\nTaman Kota,RTH-2\ntaman kota,RTH-3\n", encoding="utf-8")
    message = _error(run_alg, {"INTENSITAS": str(RULES / "intensitas.csv"), "ZONE_CODES": str(mapping),
                               "OUTPUT_FOLDER": out})
    assert "kode.csv" in message and "baris 2" in message and "baris 3" in message
