"""plpbk:regulationsheet: every plan block exactly once with the values of the layer (read back
from the PDF with pypdf), in legend order, on A4 and A3; Aturan Bersama listed."""

import re
import sqlite3

import pypdf
import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


def _fmt(value):
    return "–" if value is None else (f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value))


@pytest.mark.parametrize("paper", [0, 1])
def test_every_block_once_with_its_values(run_alg, tmp_path, paper):
    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    database = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": f"{SAMPLE}|layername=batas_kelurahan"})
    fill_from(SAMPLE, database, load_catalog())
    with sqlite3.connect(database) as db:
        db.execute("INSERT INTO aturan_bersama (no_pasal, aspek, isi_aturan, sanksi) VALUES "
                   "('2', 'tata_bangunan', 'Teras tidak menutup saluran', 'teguran RT'), "
                   "('1', 'tata_bangunan', 'Bangunan baru mundur 1 m dari gang', NULL)")
        blocks = db.execute("SELECT id_blok, kdb_rencana, klb_rencana, gsb_rencana FROM rencana_blok").fetchall()
    out = tmp_path / "ketentuan.pdf"
    run_alg("regulationsheet", {"DATABASE": str(database), "PAPER": paper, "OUTPUT": str(out)})
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    text = re.sub(r"\s+", " ", text)
    for code, kdb, klb, _gsb in blocks:
        assert len(re.findall(rf"(?<![\w-]){re.escape(code)}(?![\w-]) ", text)) >= 1, code
        row = re.search(rf"(?<![\w-]){re.escape(code)} .*?{re.escape(_fmt(kdb))} {re.escape(_fmt(klb))}", text)
        assert row, (code, kdb, klb)
    table_part = text.split("Aturan Bersama (P6)")[0]
    codes_in_table = [c for c, *_ in blocks if re.search(rf"(?<![\w-]){re.escape(c)} \D", table_part)]
    assert len(codes_in_table) == len(blocks)
    assert text.index("Bangunan baru mundur") < text.index("Teras tidak menutup")   # article 1 before 2
