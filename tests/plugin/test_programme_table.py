"""plpbk:programmetable: activities from program_kegiatan, years from the phase or written years,
costs summed by hand, the phasing page counting the blocks of each year (pypdf read-back)."""

import re
import sqlite3

import pypdf

from plpbk_qgis.core.report.programme_sheet import activity_years, blocks_named
from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


def test_years_and_block_names():
    assert activity_years("tahap_2", None, None) == (2, 3)
    assert activity_years("tahap_1", 2, 4) == (2, 3, 4)            # written years win over the phase
    assert activity_years("tahap_3", "9", None) == (4, 5)          # an impossible year is not used
    assert activity_years(None, None, None) == ()
    assert blocks_named("BLK-01, blk-03 / RT 2", ["BLK-01", "BLK-02", "BLK-03"]) == {"BLK-01", "BLK-03"}


def test_programme_sheet(run_alg, tmp_path):
    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    database = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": f"{SAMPLE}|layername=batas_kelurahan"})
    fill_from(SAMPLE, database, load_catalog())
    with sqlite3.connect(database) as db:
        blocks = [r[0] for r in db.execute("SELECT id_blok FROM rencana_blok ORDER BY id_blok")]
        db.executemany("INSERT INTO program_kegiatan (id_kegiatan, nama_kegiatan, lokasi, volume, satuan, biaya_rp, "
                       "sumber_dana, tahap, tahun_mulai, tahun_selesai, pelaksana) VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
                           ("K-01", "Perbaikan jalan gang", f"{blocks[0]}, {blocks[1]}", 350, "m", 300_000_000,
                            "apbd_kota", "tahap_1", None, None, "DPUPR"),
                           ("K-02", "IPAL komunal", blocks[2], 1, "unit", 450_000_000, "apbn", "tahap_2", None, None,
                            "KSM"),
                           ("K-03", "Penghijauan", "RT 3", 40, "pohon", 10_000_000, "swadaya", "tahap_3", 5, 5, "BKM"),
                       ])
    out = tmp_path / "program.pdf"
    run_alg("programmetable", {"DATABASE": str(database), "OUTPUT": str(out)})
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages))
    for code in ("K-01", "K-02", "K-03"):
        assert len(re.findall(rf"(?<![\w-]){code}(?![\w-])", text)) == 1, code
    assert "760.000.000" in text                                   # 300 + 450 + 10 million
    # year 1: K-01's 300 M; years 2 and 3: half of K-02 each; year 5: K-03
    assert "300,0 225,0 225,0 0,0 10,0" in text, text              # millions of rupiah
    assert "Tahun 1 (2 blok)" in text and "Tahun 2 (1 blok)" in text and "Tahun 5 (0 blok)" in text
