"""Renderers for catalog layers from the thematic maps' style hints (``core.catalog.MapLayer``).

A layer gets one named style per distinct hint (``single``, ``kondisi``,
``graduated:jml_lantai`` …) so that each map theme can switch the layer to its own style.
Colours: ordered lists (condition, risk) run green to red; other lists use a qualitative palette.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

QUALITATIVE = ["#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3",
               "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada"]
SEQUENTIAL = ["#1a9641", "#a6d96a", "#fdae61", "#d7191c", "#7b0000"]
# lists whose colours must read at a glance on the R07 / R05K maps: not exposed grey, then
# yellow -> red (the hazard zones underneath keep the sequential palette)
LIST_PALETTES = {"tingkat_paparan": ["#d9d9d9", "#fee08b", "#fc8d59", "#b2182b"],
                 "tingkat_kumuh": ["#1a9850", "#fee08b", "#fc8d59", "#b2182b"]}
ORDERED_LISTS = {"kondisi", "tingkat_risiko", "kategori_miskin", "tahap", "tingkat_paparan", "tingkat_kumuh"}
GRADUATED = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000", "#7f0000"]
# Labels that orient a surveyor on the 1:1000 field map (QGIS expressions); shown from 1:5000
# closer so that the kelurahan overview stays readable.
LABELS = {"rw": "'RW ' || \"no_rw\"", "rt": "'RT ' || \"no_rt\"", "jalan": '"nama_jalan"',
          "fasilitas": '"nama"', "kawasan_prioritas": '"nama_kawasan"'}
LABEL_MIN_SCALE = 5000
# Label font: the first of these installed where the project is made (a font missing when the
# project opens triggers a warning bar); QField substitutes its own font anyway.
LABEL_FONTS = ("Noto Sans", "DejaVu Sans", "Arial", "Liberation Sans", "Roboto")
ADMIN_OUTLINE = {"batas_kelurahan": ("#000000", 0.8), "kawasan_prioritas": ("#d7191c", 0.7),
                 "rw": ("#555555", 0.4), "rt": ("#888888", 0.25), "wilayah_kerja": ("#6a3d9a", 0.4)}


def style_name(style: str) -> str:
    return style.replace(":", "_")


def _symbol(geometry: str, colour: str, layer_name: str = ""):
    geometry_type = {"point": QgsWkbTypes.PointGeometry, "line": QgsWkbTypes.LineGeometry,
                     "polygon": QgsWkbTypes.PolygonGeometry}[geometry]
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    symbol.setColor(QColor(colour))
    if geometry == "line":
        symbol.setWidth(0.6)
    elif geometry == "point":
        symbol.setSize(2.6)
    elif geometry == "polygon":
        symbol.symbolLayer(0).setStrokeColor(QColor("#404040"))
        symbol.symbolLayer(0).setStrokeWidth(0.15)
    return symbol


def single_symbol(spec):
    """Context style: admin units as outlines only, others in a light neutral colour."""
    if spec.geometry == "polygon" and spec.name in ADMIN_OUTLINE:
        colour, width = ADMIN_OUTLINE[spec.name]
        symbol = _symbol("polygon", "#ffffff")
        symbol.symbolLayer(0).setBrushStyle(0)  # Qt.NoBrush
        symbol.symbolLayer(0).setStrokeColor(QColor(colour))
        symbol.symbolLayer(0).setStrokeWidth(width)
        return symbol
    neutral = {"polygon": "#d9d9d9", "line": "#7f7f7f", "point": "#404040"}[spec.geometry]
    return _symbol(spec.geometry, neutral)


def renderer_for(spec, map_layer, catalog, language: str = "id"):
    """QgsFeatureRenderer for catalog layer ``spec`` drawn with ``map_layer``'s style hint;
    legend categories in the database's ``language``."""
    kind = map_layer.style_kind
    if kind == "single":
        return QgsSingleSymbolRenderer(single_symbol(spec))
    field = spec.field(map_layer.style_field)
    if kind == "graduated":
        bounds = list(map_layer.breaks)
        ranges = []
        for index, (low, high) in enumerate(zip(bounds[:-1], bounds[1:])):
            label = f"{low:g} – {high:g}" if index < len(bounds) - 2 else f"≥ {low:g}"
            colour = GRADUATED[min(index, len(GRADUATED) - 1)]
            ranges.append(QgsRendererRange(low, high, _symbol(spec.geometry, colour), label))
        return QgsGraduatedSymbolRenderer(field.name, ranges)
    categories = []
    if field.values:
        value_list = catalog.value_list(field.values)
        palette = LIST_PALETTES.get(field.values) or (SEQUENTIAL if field.values in ORDERED_LISTS else QUALITATIVE)
        for index, item in enumerate(value_list.items):
            colour = palette[min(index, len(palette) - 1)] if palette is not QUALITATIVE \
                else palette[index % len(palette)]
            categories.append(QgsRendererCategory(item.code, _symbol(spec.geometry, colour),
                                                  item.label_en if language == "en" else item.label_id))
    categories.append(QgsRendererCategory(None, _symbol(spec.geometry, "#bdbdbd"),
                                          "Not filled in / other" if language == "en" else "Belum diisi / lainnya"))
    return QgsCategorizedSymbolRenderer(field.name, categories)


def layer_styles(spec, catalog) -> list:
    """Distinct MapLayer hints used for ``spec`` in the catalog's maps; 'single' first."""
    from ...core.survey.catalog import MapLayer

    hints = {"single": MapLayer(spec.name, "single")}
    for thematic in catalog.maps:
        for item in thematic.layers:
            if item.layer == spec.name:
                hints.setdefault(item.style, item)
    return list(hints.values())


def labeling_for(spec):
    """Simple labels (dark text, white halo, 9 pt) for the layers in LABELS, else None."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )

    expression = LABELS.get(spec.name)
    if not expression:
        return None
    from qgis.PyQt.QtGui import QFont, QFontDatabase

    installed = set(QFontDatabase().families())
    family = next((name for name in LABEL_FONTS if name in installed), None)
    text = QgsTextFormat()
    if family:
        text.setFont(QFont(family))
    text.setSize(9)
    text.setColor(QColor("#7a0000" if spec.name == "kawasan_prioritas" else "#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text)
    settings.scaleVisibility = spec.name != "kawasan_prioritas"
    settings.minimumScale = LABEL_MIN_SCALE   # most zoomed-out scale showing the labels
    if spec.geometry == "line":
        settings.placement = QgsPalLayerSettings.Line
    elif spec.geometry == "polygon":
        settings.placement = QgsPalLayerSettings.Horizontal if spec.name != "kawasan_prioritas" \
            else QgsPalLayerSettings.Line
    return QgsVectorLayerSimpleLabeling(settings)


def apply_styles(qgs_layer, spec, catalog, language: str = "id") -> str:
    """Add a named style per hint (forms must be configured first: a named style holds them
    too); the current style becomes the layer's first thematic style, except for the
    administrative units which stay outlines (drawn above the survey layers, a fill would hide
    the buildings). Returns the current style's name."""
    manager = qgs_layer.styleManager()
    hints = layer_styles(spec, catalog)
    initial = manager.currentStyle()
    chosen = hints[1] if len(hints) > 1 and spec.group != "admin" else hints[0]
    labeling = labeling_for(spec)
    if labeling is not None:          # before the named styles: each of them keeps the labels
        qgs_layer.setLabeling(labeling)
        qgs_layer.setLabelsEnabled(True)
    for hint in hints:
        qgs_layer.setRenderer(renderer_for(spec, hint, catalog, language))
        manager.addStyleFromLayer(style_name(hint.style))
    manager.setCurrentStyle(style_name(chosen.style))
    if initial and initial not in [style_name(h.style) for h in hints]:
        manager.removeStyle(initial)
    return style_name(chosen.style)
