"""Styles of the two insets: the sheet index (current sheet in red, numbers on every sheet)
and the location in the kelurahan (boundaries only; the sheet frame comes from an overview)."""

from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .items import make_font

CURRENT_SHEET = "if($id = @atlas_featureid, '227,26,28,255', '255,255,255,255')"


def _outline(colour: str, width: float, fill: str = "255,255,255,0"):
    return QgsFillSymbol.createSimple({"color": fill, "outline_color": colour,
                                       "outline_width": f"{width}", "outline_width_unit": "MM"})


def _styled_clone(layer, symbol, project, name):
    clone = layer.clone()
    clone.setName(name)
    clone.setRenderer(QgsSingleSymbolRenderer(symbol))
    project.addMapLayer(clone, False)
    return clone


def index_layer_style(sheets_layer, data) -> list:
    """Layers of the sheet-index inset; styles the (album-private) sheets layer itself."""
    return data.cached(("$index", sheets_layer.id()), lambda: _index_layers(sheets_layer, data))


def _index_layers(sheets_layer, data) -> list:
    symbol = _outline("60,60,60", 0.2)
    symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor,
                                                 QgsProperty.fromExpression(CURRENT_SHEET))
    sheets_layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "nomor_lembar"
    settings.placement = QgsPalLayerSettings.OverPoint
    text = QgsTextFormat()
    text.setFont(make_font(5, True))
    text.setSize(5)
    text.setColor(QColor("#000000"))
    settings.setFormat(text)
    sheets_layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    sheets_layer.setLabelsEnabled(True)
    layers = [sheets_layer]
    kawasan = data.raw("kawasan_prioritas")
    if kawasan is not None:
        layers.insert(0, _styled_clone(kawasan, _outline("0,0,0", 0.3, "120,120,120,70"),
                                       data.project, "kawasan (indeks)"))
    return layers


def location_layers(data) -> list:
    """Kawasan prioritas filled, RW outlines, kelurahan boundary last (its extent is used)."""
    return data.cached(("$location",), lambda: _location_layers(data))


def _location_layers(data) -> list:
    layers = []
    kawasan = data.raw("kawasan_prioritas")
    if kawasan is not None:
        layers.append(_styled_clone(kawasan, _outline("215,25,28", 0.3, "253,174,97,120"),
                                    data.project, "kawasan (lokasi)"))
    rw = data.raw("rw")
    if rw is not None:
        layers.append(_styled_clone(rw, _outline("150,150,150", 0.1), data.project, "rw (lokasi)"))
    kelurahan = data.raw("batas_kelurahan")
    if kelurahan is not None:
        layers.append(_styled_clone(kelurahan, _outline("0,0,0", 0.4, "245,245,240,255"),
                                    data.project, "kelurahan (lokasi)"))
    return layers
