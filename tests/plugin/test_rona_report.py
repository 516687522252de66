"""plpbk:ronareport on the sample: the section numbers equal counts made independently with
geopandas, the DOCX holds every section heading and table (python-docx), the PDF pages are not
blank (pdftoppm)."""

import shutil
import subprocess  # nosec B404 - poppler on our own output

import geopandas as gpd
import pytest

from plpbk_qgis.core.report.rona_content import SECTIONS
from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
docx = pytest.importorskip("docx")


def _inside(layer):
    """Features of ``layer`` whose representative point lies in the priority area."""
    frame = gpd.read_file(SAMPLE, layer=layer)
    area = gpd.read_file(SAMPLE, layer="kawasan_prioritas").geometry.union_all()
    return frame[frame.geometry.representative_point().within(area) | frame.geometry.representative_point().touches(area)]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return tmp_path_factory.mktemp("rona")


def test_rona_report_numbers_docx_and_pdf(run_alg, tmp_path):
    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    pdf, word = tmp_path / "rona.pdf", tmp_path / "rona.docx"
    run_alg("ronareport", {"DATABASE": str(database), "OUTPUT": str(pdf), "OUTPUT_DOCX": str(word)})
    document = docx.Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == [f"{code}. {title}" for code, title, _ in SECTIONS]
    tables = {}
    captions = [p.text for p in document.paragraphs if p.runs and p.runs[0].bold and not p.style.name.startswith("Heading")]
    for caption, table in zip([c for c in captions if not c.startswith("DATA CONTOH")], document.tables):
        tables.setdefault(caption, table)

    def table_of(layer_title):
        return next(t for c, t in tables.items() if c.startswith(layer_title + " menurut"))
    # R10: buildings in the priority area by condition (kondisi), counted by geopandas
    buildings = _inside("bangunan")
    by_hand = buildings["kondisi"].fillna("").value_counts()
    table = next(t for c, t in tables.items() if c.startswith("Bangunan menurut kondisi"))
    rows = {table.cell(r, 0).text: table.cell(r, 1).text for r in range(1, len(table.rows))}
    assert int(rows["Jumlah"].replace(".", "")) == len(buildings)
    labels = {"baik": "Baik", "rusak_ringan": "Rusak ringan", "rusak_sedang": "Rusak sedang", "rusak_berat": "Rusak berat"}
    for code, label in labels.items():
        if by_hand.get(code):
            assert int(rows[label].replace(".", "")) == by_hand[code], (label, rows)
    # R08: parcels by tenure status, R02: poor households by category
    parcels = _inside("persil")
    table = table_of("Persil (bidang tanah)")
    total = [table.cell(r, 1).text for r in range(1, len(table.rows)) if table.cell(r, 0).text == "Jumlah"][0]
    assert int(total.replace(".", "")) == len(parcels)
    poor = _inside("kk_miskin")
    table = table_of("Sebaran KK miskin")
    total = [table.cell(r, 1).text for r in range(1, len(table.rows)) if table.cell(r, 0).text == "Jumlah"][0]
    assert int(total.replace(".", "")) == len(poor)
    assert any("Analisis TAPP" in p.text for p in document.paragraphs)
    assert len(document.inline_shapes) >= 8                       # the sections' album maps
    # the PDF: every page has ink
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "p")], check=True)  # nosec B603 B607
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) >= 13
    for page in pages:
        extrema = Image.open(page).convert("L").getextrema()
        assert extrema[0] < 200, page                             # something dark on every page


def _blocks(document):
    """(section code, caption, table) in document order (python-docx keeps paragraphs and tables
    apart; the body's children give their order)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    section, caption, out = None, None, []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            if paragraph.style.name.startswith("Heading 1"):
                section = paragraph.text.split(".")[0]
            elif paragraph.runs and paragraph.runs[0].bold:
                caption = paragraph.text
        elif child.tag.endswith("}tbl"):
            out.append((section, caption, Table(child, document)))
    return out


def test_every_section_table_counts_what_geopandas_counts(run_alg, tmp_path):
    """For every table of every section: its total equals the number of features of that layer
    (inside the priority area; the whole kelurahan for R01), counted with geopandas."""
    from plpbk_qgis.core.survey.catalog import load_catalog

    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    word = tmp_path / "rona.docx"
    run_alg("ronareport", {"DATABASE": str(database), "MAPS": False, "OUTPUT": str(tmp_path / "rona.pdf"),
                           "OUTPUT_DOCX": str(word)})
    titles = {layer.title_id: layer.name for layer in load_catalog().layers}
    checked = 0
    for section, caption, table in _blocks(docx.Document(str(word))):
        title = caption.split(" menurut ")[0].removesuffix(" per RT")
        layer = titles[title]
        expected = len(gpd.read_file(SAMPLE, layer=layer)) if section == "R01" else len(_inside(layer))
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        header, body = rows[0], rows[1:]
        if caption.endswith(" per RT"):
            total = sum(int(r[-1].replace(".", "")) for r in body)
        else:
            column = header.index("Jumlah")
            totals = [r for r in body if r[0] == "Jumlah"]
            total = int((totals[0] if totals else body[0])[column].replace(".", ""))
        assert total == expected, (section, caption, total, expected)
        checked += 1
    assert checked >= 20
