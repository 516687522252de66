"""Build one thematic map's atlas layout from a sheet template (.qpt) and the album data.

The template supplies positions and looks; this module wires data in by item id (see
``items.py``): layers and fixed scale of the main map, the atlas over the sheet index, legend
filtered to the sheet, insets, texts, QR code and the "Data belum tersedia" notice. The main
map's extent is always set (an atlas map without one can export blank pages).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import PlpbkInputError
from ..i18n import tr
from . import items as ids
from .inset_styles import index_layer_style, location_layers
from .legend_fit import fit_legend


@dataclass
class SheetText:
    """Everything written in the marginalia apart from the map's own title/code."""
    kelurahan: str
    kecamatan: str
    kota: str
    kawasan: str
    crs_note: str
    sources: str
    maker: str
    print_date: str           # dd-mm-yyyy shown on the sheet
    sheet_id_date: str        # yyyymmdd used in the sheet ID
    is_sample: bool = False


def load_template(path, project) -> QgsPrintLayout:
    document = QDomDocument()
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PlpbkInputError(tr("templat tata letak tidak dapat dibaca: ") + str(error),
                              layer=str(path)) from error
    if not document.setContent(content):
        raise PlpbkInputError(tr("templat bukan berkas .qpt QGIS yang sah."), layer=str(path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.loadFromTemplate(document, QgsReadWriteContext())
    main = layout.itemById(ids.MAP)
    if not isinstance(main, QgsLayoutItemMap):
        raise PlpbkInputError(tr("templat tidak memiliki peta dengan ID item 'peta'. Beri ID "
                                 "'peta' pada peta utama di perancang tata letak."),
                              layer=str(path))
    return layout


def _item(layout, item_id, cls):
    item = layout.itemById(item_id)
    return item if isinstance(item, cls) else None


def as_printed(text: str) -> str:
    """``text`` made safe for a layout label: labels evaluate ``[% … %]`` as QGIS expressions,
    and a maker's name or a source note typed by a user must print as typed (``[% 1/0 %]`` too).
    Each ``[%`` becomes an expression whose value is the two characters themselves."""
    return str(text).replace("[%", "[% '[%' %]")


def _set_text(layout, item_id, text, expressions: bool = False):
    """Set a label; ``expressions``: the text holds the plugin's own ``[% … %]`` placeholders
    (any user text in it escaped with ``as_printed`` by the caller)."""
    label = _item(layout, item_id, QgsLayoutItemLabel)
    if label is not None:
        label.setText(text if expressions else as_printed(text))


def fit_extent(map_item, rect):
    """Show ``rect`` whole, padded to the item's aspect ratio (``zoomToExtent`` needs a valid
    current extent; a template saved without layers has none)."""
    from qgis.core import QgsRectangle

    size = map_item.rect()
    ratio = size.width() / size.height() if size.height() > 0 else 1.0
    width, height = rect.width(), rect.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = rect.center()
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))


def _scale_factor(layout) -> float:
    try:
        return float(layout.customProperty("plpbk/scale_factor", 1.0))
    except (TypeError, ValueError):
        return 1.0


def _wire_legend(layout, main, layers, k, extent):
    legend = _item(layout, ids.LEGEND, QgsLayoutItemLegend)
    if legend is None:
        return
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    # columns and wrapping to fit the frame; fonts too in our templates (a user's own
    # template, without the plpbk/scale_factor property, keeps its fonts)
    own = layout.customProperty("plpbk/scale_factor") is None
    fit = fit_legend(legend, k, extent, own_fonts=own)
    layout.setCustomProperty("plpbk/legend_fits", fit.fits)
    legend.setLegendFilterByMapEnabled(True)    # only what is on this sheet
    legend.refresh()


def _wire_scale(layout, main, scale, k):
    bar = _item(layout, ids.SCALE_BAR, QgsLayoutItemScaleBar)
    if bar is not None:
        bar.setLinkedMap(main)
        bar.setUnits(QgsUnitTypes.DistanceMeters)
        bar.setUnitLabel("m")
        bar.setMapUnitsPerScaleBarUnit(1.0)
        bar.setSegmentSizeMode(0)                # fixed width segments
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(4)
        bar.setUnitsPerSegment(scale / 100.0 * k)     # 4 x 10 m = 40 mm at 1:1000 on A3
        bar.update()
    arrow = _item(layout, ids.NORTH_ARROW, QgsLayoutItemPicture)
    if arrow is not None:
        stored = Path(arrow.picturePath() or "")
        if not (stored.is_absolute() and stored.exists()):
            arrow.setPicturePath(str(ids.NORTH_ARROW_SVG))
        arrow.setLinkedMap(main)
    _set_text(layout, "skala_angka", tr("Skala ") + ids.format_scale(scale))


def _wire_grid(main, scale):
    interval = scale / 10.0                      # 100 m at 1:1000, 500 m at 1:5000
    for index in range(main.grids().size()):
        grid = main.grids().grid(index)
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)


def _wire_insets(layout, main, sheets_layer, data, first_rect):
    index_map = _item(layout, ids.INDEX_MAP, QgsLayoutItemMap)
    if index_map is not None:
        styled = index_layer_style(sheets_layer, data)
        index_map.setLayers(styled)
        index_map.setKeepLayerSet(True)
        extent = sheets_layer.extent()
        extent.scale(1.25)
        fit_extent(index_map, extent)
    location = _item(layout, ids.LOCATION_MAP, QgsLayoutItemMap)
    if location is not None:
        layers = location_layers(data)
        location.setLayers(layers)
        location.setKeepLayerSet(True)
        extent = layers[-1].extent() if layers else sheets_layer.extent()
        extent.combineExtentWith(sheets_layer.extent())   # every sheet frame fits the inset
        extent.scale(1.15)
        fit_extent(location, extent)
        if location.overviews().size():
            return
        overview = QgsLayoutItemMapOverview("lembar", location)
        overview.setLinkedMap(main)
        from qgis.core import QgsFillSymbol

        overview.setFrameSymbol(QgsFillSymbol.createSimple({
            "color": "227,26,28,60", "outline_color": "227,26,28", "outline_width": "0.4"}))
        location.overviews().addOverview(overview)


def build_map_layout(template, data, thematic, sheets_layer, scale: int, text: SheetText,
                     qr_dir: Path | None, variant: str, layout=None) -> QgsPrintLayout:
    """The atlas layout of ``thematic`` over ``sheets_layer`` (fields nomor_lembar, urutan and
    ``ada_<map id>`` = 1 where the sheet holds thematic data).

    Pass the ``layout`` built for the previous map to rewire it instead of loading the
    template again (every setting below is idempotent; loading costs ~50 ms per map)."""
    layout = layout or load_template(template, data.project)
    layout.setName(f"{thematic.id} {thematic.title_id}")
    k = _scale_factor(layout)
    main = _item(layout, ids.MAP, QgsLayoutItemMap)
    layers = [layer for _, layer in data.map_layers(thematic)]       # legend: catalog order
    focus = "kawasan_prioritas" if scale <= 1000 else "batas_kelurahan"
    main.setLayers(data.draw_order(thematic, focus))
    main.setKeepLayerSet(True)
    main.setCrs(sheets_layer.crs())
    atlas = layout.atlas()
    atlas.setCoverageLayer(sheets_layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"nomor_lembar"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"urutan"')
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Fixed)
    first = next(sheets_layer.getFeatures(), None)
    if first is None:
        raise PlpbkInputError(tr("indeks lembar kosong."), layer=sheets_layer.name())
    first_rect = first.geometry().boundingBox()
    fit_extent(main, first_rect)                 # never leave the map without an extent
    main.setScale(scale)
    _wire_grid(main, scale)
    _wire_scale(layout, main, scale, k)
    _wire_legend(layout, main, layers, k, sheets_layer.extent())
    _wire_insets(layout, main, sheets_layer, data, first_rect)
    flag = f"ada_{thematic.id}"
    notice = _item(layout, ids.NO_DATA, QgsLayoutItemLabel)
    if notice is not None:
        notice.setText(tr("DATA BELUM TERSEDIA") + "\n" + tr("untuk peta ini pada lembar ini"))
        notice.dataDefinedProperties().setProperty(
            QgsLayoutObject.ExcludeFromExports,
            QgsProperty.fromExpression(f'coalesce("{flag}", 1) = 1'))
    _fill_texts(layout, thematic, scale, text, variant, data.catalog.maps)
    if variant == "uji_publik":
        _wire_qr(layout, thematic, text, qr_dir)
        _wire_markers(layout)
    else:
        for item_id in ids.UJI_PUBLIK_ITEMS:
            item = layout.itemById(item_id)
            if item is not None:
                layout.removeLayoutItem(item)
    return layout


def sheet_id(thematic, text: SheetText) -> str:
    """Expression giving the traceable ID of the current sheet, e.g. R08-B2-20251127."""
    return f"'{thematic.id}-' || \"nomor_lembar\" || '-{text.sheet_id_date}'"


def _wire_markers(layout):
    """Point the scan-back marker pictures at the plugin's own SVGs (the shipped template
    stores bare file names, as for the north arrow)."""
    for item_id, svg in ids.MARKER_PICTURES.items():
        picture = _item(layout, item_id, QgsLayoutItemPicture)
        if picture is None:
            continue
        stored = Path(picture.picturePath() or "")
        if not (stored.is_absolute() and stored.exists()):
            picture.setPicturePath(str(svg))


def _wire_qr(layout, thematic, text, qr_dir):
    picture = _item(layout, ids.QR, QgsLayoutItemPicture)
    if picture is not None and qr_dir is not None:
        picture.dataDefinedProperties().setProperty(
            QgsLayoutObject.PictureSource,
            QgsProperty.fromExpression(f"'{Path(qr_dir).as_posix()}/qr_{thematic.id}_' || "
                                       "\"nomor_lembar\" || '.svg'"))
    _set_text(layout, "id_lembar", tr("ID lembar") + f":\n[% {sheet_id(thematic, text)} %]",
              expressions=True)


def prefixed(prefix: str, name: str) -> str:
    """'Kelurahan ' + 'Contoh', but never 'Kelurahan Kelurahan Contoh'."""
    return name if name.lower().startswith(prefix.strip().lower()) else prefix + name


def printed_code(thematic) -> str:
    """Code for the title box: guideline codes only. A catalog variant such as R10T (a second
    map for requirement R10) prints its parent code "R10"."""
    codes = list(thematic.codes)
    if thematic.id in codes or not codes:
        return thematic.id
    parents = [c for c in codes if thematic.id.startswith(c)]
    # A3E (exposure beside A3's zones) serves A3a–A3c: it prints their common code "A3"
    parents = parents or [c[:2] for c in codes if thematic.id.startswith(c[:2])]
    return max(parents, key=len) if parents else thematic.id


def part_note(thematic, maps) -> str:
    """"peta R10 bagian 2 dari 2" when several catalog maps print the same code, else ""."""
    code = printed_code(thematic)
    siblings = [m.id for m in maps if printed_code(m) == code]
    if len(siblings) < 2 or thematic.id not in siblings:
        return ""
    return tr("peta {code} bagian {part} dari {parts}").format(
        code=code, part=siblings.index(thematic.id) + 1, parts=len(siblings))


def _fill_texts(layout, thematic, scale, text: SheetText, variant, maps=()):
    album = tr("ALBUM PETA UJI PUBLIK") if variant == "uji_publik" else tr("ALBUM PETA TEMATIK")
    sample = tr(" — DATA CONTOH (sintetis)") if text.is_sample else ""
    part = part_note(thematic, maps)
    codes = tr("Kode: ") + ", ".join(thematic.codes) + (f"  ·  {part}" if part else "")
    heading = f"{album} PLPBK{sample}\n" + prefixed(tr("Kelurahan "), text.kelurahan)
    if _item(layout, "kode_rinci", QgsLayoutItemLabel) is None:    # an older/own template
        heading += "\n" + codes
    _set_text(layout, "subjudul", heading)
    _set_text(layout, "kode_rinci", codes)
    _set_text(layout, "kode_peta", printed_code(thematic))
    _set_text(layout, "judul", thematic.title_id.upper())
    where = [prefixed(tr("Kelurahan "), text.kelurahan)]
    if text.kecamatan:
        where.append(prefixed(tr("Kecamatan "), text.kecamatan))
    if text.kota:
        where.append(text.kota)
    area = tr("Kawasan prioritas: ") + (text.kawasan or "-") if scale <= 1000 \
        else tr("Wilayah: seluruh kelurahan")
    _set_text(layout, "wilayah", ", ".join(where) + "\n" + area)
    _set_text(layout, "nomor_lembar", tr("Lembar ") + '[% "nomor_lembar" %]   ·   '
              + tr("halaman ") + "[% @atlas_featurenumber %] " + tr("dari ")
              + "[% @atlas_totalfeatures %]", expressions=True)
    _set_text(layout, "catatan_crs", text.crs_note + "\n" + tr("Grid koordinat setiap ")
              + f"{scale / 10:g} m")
    _set_text(layout, "sumber_data", text.sources + "\n" + tr("Tanggal cetak: ") + text.print_date)
    _set_text(layout, "pembuat", tr("Dibuat oleh: ") + text.maker)
    title = tr("PENGESAHAN (diisi setelah uji publik)") if variant == "uji_publik" \
        else tr("PENGESAHAN")
    _set_text(layout, "pengesahan", title + "\n" + tr("Tanggal: ..............................."))
    _signature(layout, "ttd_kiri", tr("Lurah ") + prefixed(tr("Kelurahan "), text.kelurahan))
    _signature(layout, "ttd_kanan", tr("Koordinator BKM/LKM"))


def _signature(layout, item_id, role):
    """Role on top, the name line at the bottom of the label's box (room to sign between)."""
    label = _item(layout, item_id, QgsLayoutItemLabel)
    if label is None:
        return
    font = label.textFormat().font() if hasattr(label, "textFormat") else label.font()
    line_mm = max(font.pointSizeF(), 1.0) * 0.3528 * 1.3
    blank = max(3, int(label.rect().height() / line_mm) - 3)
    label.setText(role + "\n" * blank + "(.................................)")
