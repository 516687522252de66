"""Item ids of the PLPBK sheet templates and small styling helpers shared by maker and builder.

A user's own template (.qpt) works when its items carry these ids; items it lacks are skipped
(only ``peta`` is required). Text items may use atlas expressions such as
``[% "nomor_lembar" %]``; the builder fills the texts listed in ``TEXT_ITEMS``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QColor, QFont

from ..core.publicreview import sheet_markers as _markers

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
NORTH_ARROW_SVG = TEMPLATE_DIR / "panah_utara.svg"
FONT_FAMILY = "DejaVu Sans"

MAP = "peta"                        # main map, atlas-driven, fixed scale
INDEX_MAP = "indeks_lembar"         # sheet-index inset (petunjuk letak), current sheet in red
LOCATION_MAP = "lokasi"             # location inset: kelurahan with the sheet's frame
LEGEND = "legenda"
SCALE_BAR = "skala_batang"
NORTH_ARROW = "arah_utara"
QR = "qr"                           # uji publik: QR code picture of the sheet ID
NO_DATA = "data_kosong"             # "Data belum tersedia", exported only when the sheet is empty
NOTES_BOX = "catatan_warga"         # uji publik: frame for residents' written comments
# labels whose text the builder sets (item id -> what it holds)
TEXT_ITEMS = {
    "judul": "map title",
    "kode_peta": "map code, e.g. R08",
    "kode_rinci": "guideline codes covered; 'peta R10 bagian 2 dari 2' for a second map",
    "subjudul": "album name: RTPLP / Pemetaan Swadaya, kelurahan",
    "wilayah": "kelurahan, kecamatan, kota; kawasan prioritas",
    "nomor_lembar": "sheet number and page x of n",
    "skala_angka": "numeric scale 1:1.000",
    "catatan_crs": "CRS, datum, grid interval",
    "sumber_data": "data sources and date",
    "pembuat": "map maker",
    "pengesahan": "approval block",
    "id_lembar": "uji publik sheet ID",
}
# uji publik: the scan-back corner markers (ArUco; positions in core.publicreview.sheet_markers),
# picture item id -> SVG file in templates/
MARKER_PICTURES = {_markers.marker_item_id(i): TEMPLATE_DIR / _markers.marker_file_name(i)
                   for orientation in ("landscape", "portrait")
                   for i in (m.id for m in _markers.sheet_markers("A3", orientation))}
UJI_PUBLIK_ITEMS = (QR, NOTES_BOX, "id_lembar", "catatan_warga_judul") + tuple(MARKER_PICTURES)


def make_font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def text_format(size_pt: float, bold: bool = False, colour: str = "#000000"):
    from qgis.core import QgsTextFormat

    fmt = QgsTextFormat()
    fmt.setFont(make_font(size_pt, bold))
    fmt.setSize(size_pt)
    fmt.setColor(QColor(colour))
    return fmt


def style_label(label, size_pt: float, bold: bool = False, colour: str = "#000000"):
    """Font of a layout label on QGIS 3.22 (setFont) and 3.24+ (setTextFormat)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format(size_pt, bold, colour))
    else:
        label.setFont(make_font(size_pt, bold))
        label.setFontColor(QColor(colour))


def format_scale(scale: int) -> str:
    """1000 -> '1:1.000' (Indonesian thousands separator)."""
    return "1:" + f"{int(scale):,}".replace(",", ".")
