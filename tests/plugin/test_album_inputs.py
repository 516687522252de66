"""What a user types or numbers for the album: text parameters print as typed (labels evaluate
``[% … %]``, a maker's name must not), and the sheet number, which becomes the uji publik sheet
ID and its QR, must be filled in and unique."""

import shutil
import subprocess  # nosec B404 - poppler's pdftotext on our own output

import pytest

from plpbk_qgis.core.resources import resource_path
from tests.plugin.test_hostile_databases import _map_index
from tests.plugin.test_hostile_inputs import _memory

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
SHEET = "POLYGON((700200 9300200,700600 9300200,700600 9300480,700200 9300480,700200 9300200))"
OTHER = "POLYGON((700600 9300200,701000 9300200,701000 9300480,700600 9300480,700600 9300200))"


def _sheets(*numbers):
    return _memory("Polygon?crs=EPSG:23834&field=nomor_lembar:string",
                   [(wkt, number) for wkt, number in zip((SHEET, OTHER), numbers)])


def _run(run_alg, tmp_path, sheets, **extra):
    return run_alg("renderthematicmaps", {"DATABASE": str(SAMPLE), "MAPS": [_map_index("R08")],
                                          "SHEET_INDEX": sheets, "OUTPUT_FOLDER": str(tmp_path / "album"),
                                          **extra})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_maker_and_sources_print_as_typed(run_alg, tmp_path):
    maker = "Tim [% 1/0 %] Bu Siti"
    sources = "Survei pokja [% @project_title %] 2026"
    _run(run_alg, tmp_path, _sheets("A1"), MAKER=maker, SOURCES=sources)
    pdf = next((tmp_path / "album").glob("R08_*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,  # nosec B603 B607
                          check=True).stdout
    assert maker in text, text
    assert "[% @project_title %]" in text, text


@pytest.mark.parametrize("numbers, expected", [(("A1", "A1"), "ganda: A1"), (("A1", None), "kosong"),
                                                (("A1", "  "), "kosong")])
def test_sheet_numbers_must_be_unique_and_filled(run_alg, tmp_path, numbers, expected):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=expected) as error:
        _run(run_alg, tmp_path, _sheets(*numbers))
    assert "nomor_lembar" in str(error.value)
    assert not (tmp_path / "album" / "manifest.json").exists()
