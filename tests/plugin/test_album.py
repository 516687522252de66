"""plpbk:createsheetindex and plpbk:renderthematicmaps end to end on the sample kelurahan.

Expected values are computed independently: sheet counts from core.sheet_grid on geometries
read with geopandas, page sizes from the ISO A3 size in PDF points, scales from the map
item's extent in metres against its width in millimetres.
"""

import json
import subprocess  # nosec B404
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"
A3_POINTS = (420 / 25.4 * 72, 297 / 25.4 * 72)      # 1190.55 x 841.89 pt
MAPS = ["R08", "A2", "R01"]     # 1:1000 with data, 1:5000 with no data in the sample, 1:5000

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="sample GeoPackage not generated")


def kawasan_sheets():
    import geopandas as gpd

    from plpbk_qgis.core.sheet_grid import SheetSpec, sheet_grid

    area = gpd.read_file(SAMPLE, layer="kawasan_prioritas").union_all()
    return sheet_grid(area, SheetSpec(1000, "A3", "landscape"))


@pytest.fixture(scope="module")
def album(tmp_path_factory, plpbk_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    out = tmp_path_factory.mktemp("album")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    sheets = processing.run("plpbk:createsheetindex", {
        "PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": 0,
        "ORIENTATION": 0, "OUTPUT": str(out / "lembar.gpkg")},
        context=context, feedback=QgsProcessingFeedback())["OUTPUT"]
    ids = catalog_map_ids()
    result = processing.run("plpbk:renderthematicmaps", {
        "DATABASE": str(SAMPLE), "SHEET_INDEX": sheets, "MAPS": [ids.index(m) for m in MAPS],
        "VARIANT": 1, "OUTPUT_FOLDER": str(out / "uji_publik")},
        context=context, feedback=QgsProcessingFeedback())
    manifest = json.loads(Path(result["MANIFEST"]).read_text(encoding="utf-8"))
    return {"out": out / "uji_publik", "sheets": sheets, "manifest": manifest, "result": result}


def test_sheet_index_matches_core_grid(album):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(album["sheets"], "lembar", "ogr")
    got = {f["nomor_lembar"]: f.geometry().boundingBox() for f in layer.getFeatures()}
    expected = kawasan_sheets()
    assert sorted(got) == sorted(s.nomor_lembar for s in expected)
    for sheet in expected:
        box = got[sheet.nomor_lembar]
        assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == \
            pytest.approx(sheet.bounds)
        assert (box.width(), box.height()) == pytest.approx((300.0, 250.0))
    first = next(layer.getFeatures())
    assert first["kertas"] == "A3" and first["skala"] == 1000
    neighbours = {f["nomor_lembar"]: f["lembar_t"] for f in layer.getFeatures()}
    for sheet in expected:
        assert (neighbours[sheet.nomor_lembar] or None) == sheet.neighbours.get("t")


def test_page_count_is_sheets_times_maps(album):
    import geopandas as gpd
    from pypdf import PdfReader

    from plpbk_qgis.core.sheet_grid import SheetSpec, sheet_grid

    kelurahan = gpd.read_file(SAMPLE, layer="batas_kelurahan").union_all()
    n_1000 = len(kawasan_sheets())
    n_5000 = len(sheet_grid(kelurahan, SheetSpec(5000, "A3")))
    expected = n_1000 * 1 + n_5000 * 2          # R08 at 1:1000; A2 and R01 at 1:5000
    manifest = album["manifest"]
    assert manifest["jumlah_halaman"] == len(manifest["halaman"]) == expected
    pdf_pages = sum(len(PdfReader(album["out"] / name).pages) for name in manifest["berkas"])
    assert pdf_pages == expected
    for entry in manifest["halaman"]:
        assert {"kode_peta", "judul", "nomor_lembar", "berkas", "halaman"} <= set(entry)
        assert (album["out"] / entry["berkas"]).exists()
    r08 = [e for e in manifest["halaman"] if e["kode_peta"] == "R08"]
    assert [e["halaman"] for e in r08] == list(range(1, n_1000 + 1))
    assert [e["nomor_lembar"] for e in r08] == [s.nomor_lembar for s in kawasan_sheets()]


def test_pages_are_a3_landscape(album):
    from pypdf import PdfReader

    for name in album["manifest"]["berkas"]:
        for page in PdfReader(album["out"] / name).pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            assert (width, height) == pytest.approx(A3_POINTS, abs=1.0)


def test_map_printed_at_requested_scale(album):
    for entry in album["manifest"]["halaman"]:
        assert entry["skala_peta"] == pytest.approx(entry["skala"], rel=1e-6)
        assert entry["skala"] == (1000 if entry["kode_peta"] == "R08" else 5000)


def test_atlas_map_extent_is_the_sheet(album, tmp_path):
    """Independent of QGIS' scale(): the map frame (300 mm wide) shows exactly the sheet."""
    from qgis.core import QgsVectorLayer

    from plpbk_qgis.core.survey.catalog import load_catalog
    from plpbk_qgis.layouts.album import sheet_text, sheets_memory_layer
    from plpbk_qgis.layouts.builder import build_map_layout
    from plpbk_qgis.layouts.map_data import AlbumData
    from plpbk_qgis.layouts.template_maker import template_path

    catalog = load_catalog()
    data = AlbumData.open(SAMPLE, catalog)
    source = QgsVectorLayer(album["sheets"], "lembar", "ogr")
    sheets = sheets_memory_layer(source, source.crs())
    data.project.addMapLayer(sheets, False)
    text = sheet_text(data, source.crs(), "", "")
    layout = build_map_layout(template_path("A3", "landscape", "standar"), data,
                              catalog.map("R08"), sheets, 1000, text, None, "standar")
    main = layout.itemById("peta")
    assert main.extent().isFinite() and main.scale() == pytest.approx(1000)
    atlas = layout.atlas()
    assert atlas.beginRender()
    expected = {s.nomor_lembar: s.bounds for s in kawasan_sheets()}
    for index in range(atlas.count()):
        assert atlas.seekTo(index)
        name = atlas.nameForPage(index)
        extent = main.extent()
        assert main.rect().width() == pytest.approx(300.0)
        assert extent.width() / main.rect().width() * 1000 == pytest.approx(1000.0)
        assert (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) == \
            pytest.approx(expected[name], abs=0.01)
    atlas.endRender()


def _page_texts(path):
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def test_pdf_text_holds_marginalia(album):
    manifest = album["manifest"]
    by_file = {}
    for entry in manifest["halaman"]:
        by_file.setdefault(entry["berkas"], []).append(entry)
    for name, entries in by_file.items():
        for entry, text in zip(entries, _page_texts(album["out"] / name)):
            flat = " ".join(text.split())
            scale = "1:1.000" if entry["skala"] == 1000 else "1:5.000"
            for expected in (entry["judul"].upper(), entry["kode_peta"], f"Skala {scale}",
                             f"Lembar {entry['nomor_lembar']}", "LEGENDA", "EPSG:23834",
                             "Datum", "Sumber data", "Tanggal cetak", "Dibuat oleh",
                             "PENGESAHAN", "Kelurahan Contoh", "PETUNJUK LETAK LEMBAR",
                             "LOKASI DALAM KELURAHAN", "CATATAN / TANGGAPAN WARGA",
                             entry["id_lembar"]):
                assert " ".join(expected.split()) in flat, (name, entry["halaman"], expected)
            assert ("DATA BELUM TERSEDIA" in flat) == (not entry["ada_data"])
    assert any(not e["ada_data"] for e in manifest["halaman"] if e["kode_peta"] == "A2")
    assert all(e["ada_data"] for e in manifest["halaman"] if e["kode_peta"] == "R08")


def _map_area_pixels(pdf: Path, page: int, dpi=30):
    """Grey pixels of the map frame (A3 landscape template: x 15-315 mm, y 12-262 mm)."""
    raw = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),  # nosec
                          str(pdf)], check=True, capture_output=True).stdout
    header, rest = raw.split(b"\n", 1)
    dims, rest = rest.split(b"\n", 1)
    width, height = map(int, dims.split())
    _maxval, pixels = rest.split(b"\n", 1)
    image = np.frombuffer(pixels[:width * height], dtype=np.uint8).reshape(height, width)
    px = dpi / 25.4
    inset = 3                                          # stay clear of the frame line
    return image[int(12 * px) + inset:int(262 * px) - inset, int(15 * px) + inset:int(315 * px) - inset]


def test_no_blank_map_area(album):
    for entry in album["manifest"]["halaman"]:
        pixels = _map_area_pixels(album["out"] / entry["berkas"], entry["halaman"])
        dark_share = float((pixels < 200).mean())
        assert pixels.std() > 8, entry                # something is drawn
        assert dark_share > 0.002, entry
        if entry["kode_peta"] == "R08":               # buildings and parcels fill the sheet
            assert pixels.std() > 15 and dark_share > 0.1, entry


def test_standard_variant_has_no_notes_box(album, run_alg, tmp_path):
    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    result = run_alg("renderthematicmaps", {
        "DATABASE": str(SAMPLE), "SHEET_INDEX": album["sheets"], "MAPS": [catalog_map_ids().index("R10")],
        "VARIANT": 0, "OUTPUT_FOLDER": str(tmp_path)})
    manifest = json.loads(Path(result["MANIFEST"]).read_text(encoding="utf-8"))
    texts = _page_texts(tmp_path / manifest["berkas"][0])
    assert len(texts) == len(kawasan_sheets())
    assert all("CATATAN / TANGGAPAN WARGA" not in t and "PENGESAHAN" in t for t in texts)


def test_user_template_and_bad_inputs(album, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    from plpbk_qgis.layouts.template_maker import template_path
    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    own = tmp_path / "milik_saya.qpt"
    text = template_path("A3", "landscape", "standar").read_text(encoding="utf-8")
    own.write_text(text.replace("LEGENDA", "KETERANGAN"), encoding="utf-8")
    index = catalog_map_ids().index("R10T")
    result = run_alg("renderthematicmaps", {
        "DATABASE": str(SAMPLE), "SHEET_INDEX": album["sheets"], "MAPS": [index], "VARIANT": 0,
        "TEMPLATE": str(own), "OUTPUT_FOLDER": str(tmp_path / "own")})
    manifest = json.loads(Path(result["MANIFEST"]).read_text(encoding="utf-8"))
    assert "KETERANGAN" in _page_texts(tmp_path / "own" / manifest["berkas"][0])[0]
    broken = tmp_path / "tanpa_peta.qpt"
    broken.write_text(text.replace('id="peta"', 'id="bukan_peta"'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="peta"):
        run_alg("renderthematicmaps", {
            "DATABASE": str(SAMPLE), "SHEET_INDEX": album["sheets"], "MAPS": [index], "VARIANT": 0,
            "TEMPLATE": str(broken), "OUTPUT_FOLDER": str(tmp_path / "broken")})


def test_cancel_stops_the_album_after_the_current_map(album, run_alg, tmp_path):
    """Cancel while the first map renders: no further map is started and no manifest says the
    album is complete."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    started = []

    class CancelAfterFirstMap(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            super().pushInfo(info)
            if any(info.startswith(f"{m}:") for m in MAPS):
                started.append(info)
                self.cancel()

    ids = catalog_map_ids()
    with pytest.raises(QgsProcessingException, match="(?i)dibatalkan"):
        run_alg("renderthematicmaps", {"DATABASE": str(SAMPLE), "SHEET_INDEX": album["sheets"],
                                       "MAPS": [ids.index(m) for m in MAPS], "VARIANT": 0,
                                       "OUTPUT_FOLDER": str(tmp_path / "batal")}, CancelAfterFirstMap())
    assert len(started) == 1
    assert not (tmp_path / "batal" / "manifest.json").exists()
