"""The legend of every album map fits its template frame on every sheet.

Checked by painting, not by trusting the fitter's own arithmetic: each page's legend is drawn
(with the per-sheet filter QGIS applies on export) into an item enlarged well beyond the
template frame, and no ink may fall outside the frame's original width and height. A legend
QGIS would clip — the "RTH / rua" cut of the first album — leaves ink beyond the frame here.
"""

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"
SLACK_MM = 40.0          # room around the frame where overflowing text would show
DPI = 150

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="sample GeoPackage not generated")


@pytest.fixture(scope="module")
def album_inputs(tmp_path_factory, plpbk_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from plpbk_qgis.core.survey.catalog import load_catalog
    from plpbk_qgis.layouts.album import sheet_text, sheets_memory_layer
    from plpbk_qgis.layouts.map_data import AlbumData

    out = tmp_path_factory.mktemp("legend")
    catalog = load_catalog()
    data = AlbumData.open(SAMPLE, catalog)
    sheets = {}
    for paper, orientation in ((0, 0), (0, 1)):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        path = processing.run("plpbk:createsheetindex", {
            "PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": paper,
            "ORIENTATION": orientation, "OUTPUT": str(out / f"lembar_{orientation}.gpkg")},
            context=context, feedback=QgsProcessingFeedback())["OUTPUT"]
        source = QgsVectorLayer(path, "lembar", "ogr")
        layer = sheets_memory_layer(source, source.crs(), f"lembar_{orientation}")
        data.project.addMapLayer(layer, False)
        sheets["landscape" if orientation == 0 else "portrait"] = layer
    text = sheet_text(data, sheets["landscape"].crs(), "", "")
    return catalog, data, sheets, text


def legend_ink_outside(layout) -> list:
    """Per atlas page: (sheet, mm of ink right of / below the legend's template frame)."""
    from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutSize
    from qgis.PyQt.QtCore import QRectF, QSize

    legend = layout.itemById("legenda")
    assert isinstance(legend, QgsLayoutItemLegend)
    frame = legend.rect()
    hidden = [item for item in layout.items()
              if hasattr(item, "setVisibility") and item is not legend and item.isVisible()]
    for item in hidden:                          # paint the legend alone
        item.setVisibility(False)
    legend.attemptResize(QgsLayoutSize(frame.width() + SLACK_MM, frame.height() + SLACK_MM))
    region = legend.sceneBoundingRect()
    region = QRectF(region.left(), region.top(), frame.width() + SLACK_MM,
                    frame.height() + SLACK_MM)
    px = DPI / 25.4
    size = QSize(int(region.width() * px), int(region.height() * px))
    exporter = QgsLayoutExporter(layout)
    atlas = layout.atlas()
    assert atlas.beginRender()
    found = []
    for index in range(atlas.count()):
        assert atlas.seekTo(index)
        image = exporter.renderRegionToImage(region, size, DPI)
        image = image.convertToFormat(image.Format_Grayscale8)
        pointer = image.constBits()
        pointer.setsize(image.bytesPerLine() * image.height())
        pixels = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
        ink = pixels[:, :image.width()] < 200
        rows = np.flatnonzero(ink.any(axis=1))
        cols = np.flatnonzero(ink.any(axis=0))
        assert rows.size, "legend painted nothing"
        right = (cols.max() + 1) / px - frame.width()
        below = (rows.max() + 1) / px - frame.height()
        found.append((atlas.nameForPage(index), right, below))
    atlas.endRender()
    for item in hidden:                          # as built: the album rewires this layout
        item.setVisibility(True)
    legend.attemptResize(QgsLayoutSize(frame.width(), frame.height()))
    return found


def _layout(album_inputs, map_id, paper, orientation, variant, layout=None):
    from plpbk_qgis.layouts.builder import build_map_layout
    from plpbk_qgis.layouts.template_maker import template_path

    catalog, data, sheets, text = album_inputs
    return build_map_layout(template_path(paper, orientation, variant), data,
                            catalog.map(map_id), sheets[orientation], 1000, text, None, variant,
                            layout)


def test_legend_fits_frame_on_every_sheet(album_inputs):
    """Every 1:1000 map on A3 landscape uji publik (the shortest landscape legend frame), one
    layout rewired map after map as the album does (a stale filter of the previous map once
    made R05 measure small and print clipped)."""
    catalog = album_inputs[0]
    layout, overflow = None, []
    for thematic in (m for m in catalog.maps if m.scale == 1000):
        layout = _layout(album_inputs, thematic.id, "A3", "landscape", "uji_publik", layout)
        overflow += [(thematic.id, sheet, round(right, 1), round(below, 1))
                     for sheet, right, below in legend_ink_outside(layout)
                     if right > 0.0 or below > 0.0]
    assert not overflow


@pytest.mark.parametrize("map_id", ["R05", "P1a", "R08"])
def test_legend_fits_portrait_frame(album_inputs, map_id):
    """Portrait uji publik: the legend shares its column with the residents' notes box."""
    layout = _layout(album_inputs, map_id, "A3", "portrait", "uji_publik")
    for sheet, right, below in legend_ink_outside(layout):
        assert right <= 0.0 and below <= 0.0, (map_id, sheet, right, below)


def test_long_labels_are_wrapped_not_cut(album_inputs):
    """P1a's classes ("RTH / ruang publik", "Fasilitas sosial / umum") were cut in a second
    column: now each label's text lies whole inside the frame, wrapped where needed."""
    from qgis.core import QgsLayoutItemLegend

    layout = _layout(album_inputs, "P1a", "A3", "landscape", "uji_publik")
    legend = layout.itemById("legenda")
    assert isinstance(legend, QgsLayoutItemLegend)
    model = legend.model()
    labels = []
    for node in model.rootGroup().findLayers():
        for legend_node in model.layerLegendNodes(node):
            labels.append(str(legend_node.data(0) or ""))
    joined = " ".join(label.replace("|", " ") for label in labels)
    for expected in ("RTH / ruang publik", "Fasilitas sosial / umum", "Kawasan prioritas"):
        assert expected in joined


def test_wrap_words_keeps_every_word():
    from plpbk_qgis.layouts.legend_fit import wrap_words

    def measure(text):
        return len(text) * 1.0                       # 1 mm per character

    wrapped = wrap_words("Fasilitas sosial / umum dan ruang publik", 12, measure)
    lines = wrapped.split("|")
    assert " ".join(lines) == "Fasilitas sosial / umum dan ruang publik"
    assert all(len(line) <= 12 for line in lines)
    assert wrap_words("Supercalifragilistic x", 5, measure) == "Supercalifragilistic|x"
