"""plpbk:importcomments: a spreadsheet of meeting comments into masukan_warga; counts add up,
every row placed or reported, existing comments never touched."""

import geopandas as gpd

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


def test_comments_from_a_spreadsheet(run_alg, tmp_path):
    from openpyxl import Workbook

    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    database = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": f"{SAMPLE}|layername=batas_kelurahan"})
    fill_from(SAMPLE, database, load_catalog())
    blocks = gpd.read_file(database, layer="rencana_blok")
    book = Workbook()
    sheet = book.active
    sheet.append(["Rekap masukan uji publik RW 01"])                       # a title block above the table
    sheet.append([])
    sheet.append(["Lembar", "Komentar", "Blok", "RT", "RW", "Kelompok", "Topik", "Bujur", "Lintang"])
    sheet.append(["R08-A1-20261203", "Gang di depan rumah sempit", blocks["id_blok"][0], None, None, "Perempuan",
                  "Jalan dan gang", None, None])
    sheet.append(["", "Saluran mampet", None, "02", "01", "warga miskin", "drainase", None, None])
    sheet.append(["", "Perlu pos ronda", None, None, None, "Pemuda", "sosial", None, None])         # no place
    sheet.append(["", "", blocks["id_blok"][1], None, None, None, None, None, None])                # no text
    bounds = gpd.read_file(database, layer="kawasan_prioritas").to_crs(4326).geometry.iloc[0].representative_point()
    sheet.append(["", "Taman bermain", None, None, None, "Tokoh masyarakat", "RTH", bounds.x, bounds.y])
    table = tmp_path / "masukan.xlsx"
    book.save(table)
    result = run_alg("importcomments", {"DATABASE": str(database), "TABLE": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
    features = list(result["OUTPUT"].getFeatures())
    assert len(features) == 4                                               # 5 rows, 1 without text
    by_text = {f["isi_masukan"]: f for f in features}
    assert by_text["Gang di depan rumah sempit"]["cara_penempatan"] == "blok"
    assert by_text["Gang di depan rumah sempit"]["kelompok"] == "perempuan"
    assert by_text["Gang di depan rumah sempit"]["topik"] == "jalan"
    assert by_text["Saluran mampet"]["cara_penempatan"] == "rt"
    assert by_text["Saluran mampet"]["kelompok"] == "warga_miskin"
    assert by_text["Perlu pos ronda"]["cara_penempatan"] == "tidak_ditempatkan"
    assert not by_text["Perlu pos ronda"].hasGeometry()
    assert by_text["Taman bermain"]["cara_penempatan"] == "koordinat_derajat"
    assert by_text["Perlu pos ronda"]["topik"] == "sosial"                  # not in the list: kept as typed
    stored = gpd.read_file(database, layer="masukan_warga")
    assert len(stored) == 4 and set(stored["status"]) == {"baru"}
    run_alg("importcomments", {"DATABASE": str(database), "TABLE": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
    again = gpd.read_file(database, layer="masukan_warga")
    assert len(again) == 8 and again["id_masukan"].is_unique                # appended, nothing replaced


def test_summary_counts_add_up(run_alg, tmp_path):
    import re

    import pypdf

    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    database = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": f"{SAMPLE}|layername=batas_kelurahan"})
    fill_from(SAMPLE, database, load_catalog())
    blocks = list(gpd.read_file(database, layer="rencana_blok")["id_blok"])
    table = tmp_path / "masukan.csv"
    table.write_text("lembar;komentar;blok;status;topik\n"
                     f"R08-A1-20261203;Gang sempit;{blocks[0]};baru;jalan\n"
                     f"R08-A1-20261203;Saluran;{blocks[0]}, {blocks[1]};ditindaklanjuti;drainase\n"
                     f"R08-A2-20261203;Taman;{blocks[2]};diterima;rth\n", encoding="utf-8")
    run_alg("importcomments", {"DATABASE": str(database), "TABLE": str(table), "OUTPUT": "TEMPORARY_OUTPUT"})
    out = tmp_path / "rekap.pdf"
    result = run_alg("publiccommentsummary", {"DATABASE": str(database), "OUTPUT": str(out)})
    assert result["OPEN_COUNT"] == 2                                       # baru + diterima
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages))
    assert "R08-A1-20261203 2" in text and "R08-A2-20261203 1" in text
    assert f"{blocks[0]} 2" in text                                         # a comment naming two blocks counts for each
    assert "Masukan yang masih terbuka (2)" in text


def test_compare_draft_final_on_hand_made_edits(run_alg, tmp_path):
    from tests.plugin.test_hostile_inputs import _memory, _square

    fields = "&field=id_blok:string&field=guna_rencana:string&field=kdb_rencana:double"
    draft = _memory(f"Polygon?crs=EPSG:23834{fields}", [(_square(700000, 9300000, 50), "B-1", "perumahan", 70.0),
                                                         (_square(700050, 9300000, 50), "B-2", "perumahan", 60.0)])
    final = _memory(f"Polygon?crs=EPSG:23834{fields}", [(_square(700000, 9300000, 50), "B-1", "perumahan", 60.0),
                                                         (_square(700100, 9300000, 50), "B-3", "rth", 10.0)])
    result = run_alg("comparedraftfinal", {"DRAFT": draft, "FINAL": final, "DATABASE": "", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = {f["id_blok"]: (f["perubahan"], f["atribut_berubah"]) for f in result["OUTPUT"].getFeatures()}
    assert got == {"B-1": ("diubah", "kdb_rencana: 70.0 → 60.0"), "B-2": ("dihapus", None), "B-3": ("ditambah", None)}


def test_compare_draft_final_prints_a_map_page_and_the_table(run_alg, tmp_path):
    import re
    import subprocess

    import numpy as np
    import pypdf
    from PIL import Image

    from tests.plugin.test_hostile_inputs import _memory, _square

    fields = "&field=id_blok:string&field=guna_rencana:string&field=kdb_rencana:double"
    draft = _memory(f"Polygon?crs=EPSG:23834{fields}", [(_square(700000, 9300000, 50), "B-1", "perumahan", 70.0),
                                                         (_square(700050, 9300000, 50), "B-2", "perumahan", 60.0),
                                                         (_square(700000, 9300050, 50), "B-4", "rth", 10.0)])
    final = _memory(f"Polygon?crs=EPSG:23834{fields}", [(_square(700000, 9300000, 50), "B-1", "perumahan", 60.0),
                                                         (_square(700100, 9300000, 50), "B-3", "rth", 10.0),
                                                         (_square(700000, 9300050, 50), "B-4", "rth", 10.0)])
    pdf = tmp_path / "perubahan.pdf"
    run_alg("comparedraftfinal", {"DRAFT": draft, "FINAL": final, "DATABASE": "", "OUTPUT": "TEMPORARY_OUTPUT",
                                  "OUTPUT_PDF": str(pdf)})
    pages = pypdf.PdfReader(str(pdf)).pages
    table = re.sub(r"\s+", " ", pages[1].extract_text())
    assert "B-1 diubah kdb_rencana: 70.0 → 60.0" in table and "B-2 dihapus" in table and "B-3 ditambah" in table
    assert "B-4" not in table                                        # unchanged blocks are not listed …
    assert "B-4" in pages[0].extract_text()                          # … but drawn on the map
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")], check=True)
    image = np.asarray(Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")).astype(int)

    def share(hex_colour):
        rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
        return (np.abs(image - rgb).sum(axis=2) < 30).mean()

    # one block each of added and changed, and one unchanged: similar areas of their colours
    assert share("#a6d96a") > 0.01 and share("#fdae61") > 0.01 and share("#eef1f5") > 0.01
    assert share("#d7191c") > 0.0005                                 # the removed block's dashed outline
