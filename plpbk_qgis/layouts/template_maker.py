"""Generate the shipped sheet templates (templates/<paper>_<orientation>_<variant>.qpt).

Run ``python -m plpbk_qgis.layouts.template_maker`` (inside QGIS' Python) after changing the
arrangement; the .qpt files are committed so users can open and adapt them in the layout
designer. A1 is A3 enlarged twice in each direction (841 × 594 ≈ 2 × 420 × 297), so every
position and font is written once in A3 millimetres and scaled. The map face sizes match
``core.sheet_grid.MAP_FACE_MM``: 300 × 250 mm on A3 landscape, so sheets print at exact scale.
"""

from __future__ import annotations

from pathlib import Path

from ..core.publicreview import sheet_markers
from ..core.sheet_grid import paper_size_mm
from . import items as ids
from .items import TEMPLATE_DIR

VARIANTS = ("standar", "uji_publik")
SCALE_FACTOR = {"A3": 1.0, "A1": 2.0}
APPROVAL_TEXT = "PENGESAHAN"
NOTES_TITLE = "CATATAN / TANGGAPAN WARGA (uji publik)"


def template_name(paper: str, orientation: str, variant: str) -> str:
    return f"{paper.lower()}_{orientation}_{variant}.qpt"


def template_path(paper: str, orientation: str, variant: str) -> Path:
    return TEMPLATE_DIR / template_name(paper, orientation, variant)


# ---------------------------------------------------------------- arrangement (A3 millimetres)
def _title_block(x, y, w, code_room=0.0):
    """Title, code, album line, area and sheet number: 58 mm tall from y. ``code_room``: mm
    kept free right of the map code box (the uji publik corner marker)."""
    code_w = 22 if code_room else 24
    return [
        ("label", "subjudul", x, y, w - code_room - code_w - 2, 11, dict(size=6.5, text="PLPBK")),
        ("label", "kode_peta", x + w - code_room - code_w, y, code_w, 11,
         dict(size=13, bold=True, halign="center", frame=True, text="R00")),
        ("label", "judul", x, y + 12, w, 12, dict(size=10.5, bold=True, text="JUDUL PETA")),
        ("label", "kode_rinci", x, y + 24, w, 7, dict(size=6, text="Kode: R00")),
        ("line", "garis_judul", x, y + 31.5, x + w, y + 31.5),
        ("label", "wilayah", x, y + 32.5, w, 12, dict(size=6.5, text="Kelurahan")),
        ("label", "nomor_lembar", x, y + 45, w, 8,
         dict(size=9, bold=True, text='Lembar [% "nomor_lembar" %]')),
    ]


def _scale_block(x, y, w):
    """North arrow, numeric scale and scale bar: 22 mm tall."""
    return [
        ("picture", ids.NORTH_ARROW, x, y, 11, 17, {}),
        ("label", "skala_angka", x + 15, y, w - 15, 7, dict(size=10, bold=True, text="Skala")),
        ("scalebar", ids.SCALE_BAR, x + 15, y + 8, w - 18, 11, {}),
    ]


def _insets_block(x, y, w, h):
    half = (w - 3) / 2
    return [
        ("label", "judul_indeks", x, y, half, 4, dict(size=5.5, bold=True, text="PETUNJUK LETAK LEMBAR")),
        ("map", ids.INDEX_MAP, x, y + 4, half, h - 4, {}),
        ("label", "judul_lokasi", x + half + 3, y, half, 4,
         dict(size=5.5, bold=True, text="LOKASI DALAM KELURAHAN")),
        ("map", ids.LOCATION_MAP, x + half + 3, y + 4, half, h - 4, {}),
    ]


def _notes_block(x, y, w, h):
    qr = min(20.0, h - 11)                 # 20 mm: the scan-back reads it from a phone photo
    out = [
        ("rect", ids.NOTES_BOX, x, y, w, h, {}),
        ("label", "catatan_warga_judul", x + 1.5, y + 1, w - qr - 4, 5,
         dict(size=6, bold=True, text=NOTES_TITLE)),
        ("picture", ids.QR, x + w - qr - 1.5, y + 1.5, qr, qr, {}),
        ("label", "id_lembar", x + w - qr - 4, y + qr + 2, qr + 3, h - qr - 3,
         dict(size=5, halign="center", text="ID lembar")),
    ]
    line_y = y + 11
    while line_y < y + h - 2:
        out.append(("line", f"garis_catatan_{len(out)}", x + 2, line_y, x + w - qr - 5, line_y))
        line_y += 6
    return out


def _approval_block(x, y, w, h):
    half = w / 2
    signature = "\n\n\n\n(.................................)"
    return [
        ("rect", "kotak_pengesahan", x, y, w, h, {}),
        ("label", "pengesahan", x + 1, y + 1, w - 2, 9,
         dict(size=6, bold=True, halign="center", text=APPROVAL_TEXT)),
        ("label", "ttd_kiri", x + 1, y + 10, half - 2, h - 11,
         dict(size=5.5, halign="center", text="Lurah" + signature)),
        ("label", "ttd_kanan", x + half + 1, y + 10, half - 2, h - 11,
         dict(size=5.5, halign="center", text="Koordinator BKM/LKM" + signature)),
    ]


def _no_data_label(x, y, w, h):
    """Centred over the map face; the builder exports it only on sheets without data."""
    return ("label", ids.NO_DATA, x + w / 2 - 70, y + h / 2 - 12, 140, 24,
            dict(size=16, bold=True, halign="center", frame=True, background=True,
                 text="DATA BELUM TERSEDIA"))


def _footer(x, y, widths, starts=None):
    """CRS note, sources and maker side by side (height 20 mm); ``starts``: their left edges
    when not simply 3 mm apart (room for the uji publik markers)."""
    out, left = [], x
    for index, (item_id, width) in enumerate(zip(("catatan_crs", "sumber_data", "pembuat"), widths)):
        left = starts[index] if starts else left
        out.append(("label", item_id, left, y, width, 20, dict(size=5.5, text=item_id)))
        left += width + 3
    return out


def _markers(orientation):
    """The scan-back corner markers (``core.publicreview.sheet_markers``: one table for the
    templates and the scanner), as pictures of the shipped marker SVGs."""
    return [("picture", sheet_markers.marker_item_id(m.id), m.x, m.y, m.size, m.size,
             dict(svg=sheet_markers.marker_file_name(m.id)))
            for m in sheet_markers.sheet_markers("A3", orientation)]


def landscape(variant: str):
    page = (420.0, 297.0)
    x, w = 325.0, 86.0
    uji = variant == "uji_publik"
    legend_bottom = 148.0 if uji else 192.0
    spec = [("rect", "garis_tepi", 6, 6, 408, 285, dict(stroke=0.5)),
            ("line", "garis_panel", 321, 6, 321, 291),
            ("line", "garis_kaki", 6, 270, 321, 270),
            ("map", ids.MAP, 15, 12, 300, 250, {}),
            _no_data_label(15, 12, 300, 250)]
    # uji publik: room for the scan-back markers (sheet_markers): right of the map code box,
    # left of the insets, right of the approval box and in the footer
    spec += _title_block(x, 9, w, 13.0 if uji else 0.0)
    spec += [("line", "garis_skala", x, 63, x + w, 63)]
    spec += _scale_block(x, 65, w)
    spec += [("line", "garis_legenda", x, 88, x + w, 88),
             ("legend", ids.LEGEND, x, 90, w, legend_bottom - 90, {})]
    spec += _insets_block(x + 13, legend_bottom + 2, w - 13, 40) if uji \
        else _insets_block(x, legend_bottom + 2, w, 40)
    if uji:
        spec += _notes_block(x, legend_bottom + 44, w, 48)
        spec += _approval_block(x, 240.0, w - 14, 49.0)
        spec += _footer(21, 272, (85, 97, 90), starts=(21, 109, 225))
        spec += _markers("landscape")
    else:
        spec += _approval_block(x, 236.0, w, 53.0)
        spec += _footer(12, 272, (95, 115, 87))
    return page, spec


def portrait(variant: str):
    page = (297.0, 420.0)
    uji = variant == "uji_publik"
    c1, c2, c3, w = 12.0, 104.0, 196.0, 88.0
    spec = [("rect", "garis_tepi", 6, 6, 285, 408, dict(stroke=0.5)),
            ("line", "garis_panel", 6, 318, 291, 318),
            ("map", ids.MAP, 23.5, 12, 250, 300, {}),
            _no_data_label(23.5, 12, 250, 300)]
    spec += _title_block(c1, 320, w)
    spec += _scale_block(c1, 374, w)
    spec += [("label", "catatan_crs", c1, 396, w, 15, dict(size=5.5, text="catatan_crs"))]
    # uji publik: the notes box takes the column's foot; 57 mm of legend still hold two
    # columns of ~20 classes (R05) at full size
    legend_bottom = 378.0 if uji else 410.0
    spec += [("legend", ids.LEGEND, c2, 321, w, legend_bottom - 321, {})]
    if uji:
        spec += _notes_block(c2, 380, w, 31)
    spec += _insets_block(c3, 321, w, 38)
    spec += [("label", "sumber_data", c3, 361, w, 12, dict(size=5.5, text="sumber_data")),
             ("label", "pembuat", c3, 373, w, 7, dict(size=5.5, text="pembuat"))]
    spec += _approval_block(c3, 381, w, 30)
    if uji:
        spec += _markers("portrait")          # in the margins beside the map face
    return page, spec


# ---------------------------------------------------------------- building QGIS items
def _add(layout, kind, item_id, x, y, w, h, opts, k):
    from qgis.core import (
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    mm = QgsUnitTypes.LayoutMillimeters
    if kind == "label":
        item = QgsLayoutItemLabel(layout)
        item.setText(opts.get("text", ""))
        ids.style_label(item, opts.get("size", 7) * k, opts.get("bold", False))
        item.setHAlign({"center": Qt.AlignHCenter, "right": Qt.AlignRight}.get(
            opts.get("halign"), Qt.AlignLeft))
        item.setVAlign(Qt.AlignVCenter if opts.get("frame") else Qt.AlignTop)
        item.setMarginX(0.8 * k)
        item.setMarginY(0.5 * k)
        item.setFrameEnabled(bool(opts.get("frame")))
        if opts.get("background"):
            item.setBackgroundEnabled(True)
            item.setBackgroundColor(QColor(255, 255, 255, 230))
    elif kind == "map":
        item = QgsLayoutItemMap(layout)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement_mm(0.3 * k))
        if item_id == ids.MAP:
            _add_grid(item, k)
    elif kind == "picture":
        item = QgsLayoutItemPicture(layout)
        if item_id == ids.NORTH_ARROW:
            item.setPicturePath(str(ids.NORTH_ARROW_SVG))
        elif opts.get("svg"):
            item.setPicturePath(str(TEMPLATE_DIR / opts["svg"]))
            item.setResizeMode(QgsLayoutItemPicture.Stretch)     # the SVG is the marker exactly
    elif kind == "legend":
        item = QgsLayoutItemLegend(layout)
        item.setTitle("LEGENDA")
        item.setResizeToContents(False)
    elif kind == "scalebar":
        item = QgsLayoutItemScaleBar(layout)
        item.setStyle("Single Box")
        item.setHeight(1.8 * k)
        if hasattr(item, "setTextFormat"):
            item.setTextFormat(ids.text_format(6 * k))
    elif kind == "rect":
        item = QgsLayoutItemShape(layout)
        item.setShapeType(QgsLayoutItemShape.Rectangle)
        _outline(item, opts.get("stroke", 0.25) * k)
    else:
        raise ValueError(kind)
    item.setId(item_id)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x * k, y * k, mm))
    item.attemptResize(QgsLayoutSize(w * k, h * k, mm))
    return item


def _add_grid(map_item, k):
    """Coordinate crosses every 100 m (1:1000; the builder sets scale/10) with ticks and
    coordinates outside the frame, as on BPN/BIG sheets."""
    from qgis.core import QgsLayoutItemMapGrid as Grid
    from qgis.core import QgsLineSymbol

    grid = Grid("plpbk_grid", map_item)
    grid.setStyle(Grid.Cross)
    grid.setCrossLength(1.6 * k)
    grid.setIntervalX(100)
    grid.setIntervalY(100)
    grid.setLineSymbol(QgsLineSymbol.createSimple({"line_color": "60,60,60",
                                                   "line_width": f"{0.15 * k:.2f}"}))
    grid.setFrameStyle(Grid.ExteriorTicks)
    grid.setFrameWidth(1.5 * k)
    grid.setFramePenSize(0.2 * k)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(Grid.Decimal)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationFrameDistance(0.8 * k)
    grid.setAnnotationTextFormat(ids.text_format(5 * k))
    for side in (Grid.Left, Grid.Right, Grid.Top, Grid.Bottom):
        grid.setAnnotationPosition(Grid.OutsideMapFrame, side)
        grid.setAnnotationDirection(Grid.Vertical if side in (Grid.Left, Grid.Right)
                                    else Grid.Horizontal, side)
    map_item.grids().addGrid(grid)


def QgsLayoutMeasurement_mm(value):  # noqa: N802 - mirrors the QGIS class it builds
    from qgis.core import QgsLayoutMeasurement, QgsUnitTypes

    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutMillimeters)


def _outline(shape, width_mm):
    from qgis.core import QgsFillSymbol

    shape.setSymbol(QgsFillSymbol.createSimple({
        "color": "255,255,255,0", "style": "no", "outline_color": "0,0,0",
        "outline_width": f"{width_mm:.2f}", "outline_width_unit": "MM"}))


def _line(layout, item_id, x1, y1, x2, y2, k):
    from qgis.core import QgsLayoutItemPolyline, QgsLineSymbol
    from qgis.PyQt.QtCore import QPointF
    from qgis.PyQt.QtGui import QPolygonF

    line = QgsLayoutItemPolyline(QPolygonF([QPointF(x1 * k, y1 * k), QPointF(x2 * k, y2 * k)]),
                                 layout)
    width = 0.15 if item_id.startswith("garis_catatan") else 0.3
    colour = "150,150,150" if item_id.startswith("garis_catatan") else "0,0,0"
    line.setSymbol(QgsLineSymbol.createSimple({"line_color": colour,
                                               "line_width": f"{width * k:.2f}"}))
    line.setId(item_id)
    layout.addLayoutItem(line)
    return line


def build_template_layout(paper: str, orientation: str, variant: str):
    """A QgsPrintLayout holding the arrangement (no layers: the builder wires data in)."""
    from qgis.core import QgsLayoutSize, QgsPrintLayout, QgsProject, QgsUnitTypes

    k = SCALE_FACTOR[paper]
    _, spec = (landscape if orientation == "landscape" else portrait)(variant)
    page_size = paper_size_mm(paper, orientation)      # ISO size: A1 is 841 mm, not 2 x 420
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"PLPBK {paper} {orientation} {variant}")
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(page_size[0], page_size[1], QgsUnitTypes.LayoutMillimeters))
    layout.setCustomProperty("plpbk/scale_factor", k)
    layout.setCustomProperty("plpbk/paper", paper)
    layout.setCustomProperty("plpbk/variant", variant)
    for entry in spec:
        kind, item_id = entry[0], entry[1]
        if kind == "line":
            _line(layout, item_id, *entry[2:6], k)
        else:
            _add(layout, kind, item_id, *entry[2:7], k)
    return layout


def write_marker_svgs(folder: Path = TEMPLATE_DIR) -> list:
    """The ArUco marker pictures of the uji publik templates (needs OpenCV; the SVGs are
    committed, so printing does not)."""
    written = []
    for orientation in ("landscape", "portrait"):
        for marker in sheet_markers.sheet_markers("A3", orientation):
            path = Path(folder) / sheet_markers.marker_file_name(marker.id)
            path.write_text(sheet_markers.marker_svg(marker.id), encoding="utf-8")
            written.append(path)
    return written


def write_templates(folder: Path = TEMPLATE_DIR) -> list:
    from qgis.core import QgsReadWriteContext

    written = write_marker_svgs(folder)
    for paper in SCALE_FACTOR:
        for orientation in ("landscape", "portrait"):
            for variant in VARIANTS:
                layout = build_template_layout(paper, orientation, variant)
                path = Path(folder) / template_name(paper, orientation, variant)
                if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                    raise OSError(f"cannot write {path}")
                # no machine-specific paths in a shipped file: the builder points the north
                # arrow at the plugin's own SVG when the stored path does not exist
                text = path.read_text(encoding="utf-8")
                for svg in [ids.NORTH_ARROW_SVG] + [TEMPLATE_DIR / p.name for p in written
                                                    if p.suffix == ".svg"]:
                    text = text.replace(str(svg), svg.name)
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - developer tool
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for written_path in write_templates():
        print(written_path)
    app.exitQgis()
    sys.exit(0)
