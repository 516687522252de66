"""Overview map of check statuses rendered offscreen to a PNG (for the printable report).

Runs on the Processing worker thread: only QgsMapSettings + QgsMapRendererSequentialJob (no
layout, no canvas). The input layers are never restyled: each is copied (a new layer on the same
source, or a materialised copy of a memory layer) and the copy gets the status renderer.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..styles.status_style import status_renderer

OUTLINE = "#1f3b57"


def _copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    if layer.providerType() == "memory":
        return layer.materialize(QgsFeatureRequest())
    return QgsVectorLayer(layer.source(), layer.name(), layer.providerType())


def _outline_renderer():
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": OUTLINE,
                                         "outline_width": "0.6", "outline_width_unit": "MM"})
    return QgsSingleSymbolRenderer(symbol)


def _labels(field: str):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 8, QFont.Bold))
    text.setSize(8)
    text.setColor(QColor(OUTLINE))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def render_status_map(status_layer, outline_layer, path: str, zoom_to_outline: bool = False,
                      width_px: int = 2000, dpi: int = 200) -> float | None:
    """Draw ``status_layer`` by status and ``outline_layer`` (plan blocks) as labelled outlines.

    ``zoom_to_outline``: the extent is the outline layer's (detail map), else all layers'.
    Returns the drawn width on the ground in metres (0 when the CRS is not in metres), or None
    when nothing could be drawn (no layer or empty extent).
    """
    layers = []
    if outline_layer is not None:
        copy = _copy(outline_layer)
        copy.setRenderer(_outline_renderer())
        if copy.fields().indexOf("id_blok") >= 0:
            copy.setLabeling(_labels("id_blok"))
            copy.setLabelsEnabled(True)
        layers.append(copy)
    if status_layer is not None:
        copy = _copy(status_layer)
        copy.setRenderer(status_renderer(copy.geometryType()))
        layers.append(copy)
    layers = [layer for layer in layers if layer.isValid()]
    if not layers:
        return None
    crs = layers[-1].crs()
    extent = QgsRectangle()
    for layer in layers[:1] if zoom_to_outline and outline_layer is not None else layers:
        box = layer.extent()
        if layer.crs() != crs:
            box = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(box)
        extent.combineExtentWith(box)
    if extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        return None
    extent.scale(1.12 if zoom_to_outline else 1.04)
    # portrait-ish pages: never taller than 1.2 × the width
    height_px = int(min(width_px * 1.2, max(width_px * 0.4, width_px * extent.height() / extent.width())))
    settings = QgsMapSettings()
    settings.setLayers(layers)          # first = drawn on top
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(width_px, height_px))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    # the renderer widens the extent to the image's shape: measure what is really drawn
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(path, "PNG"):
        return None
    metric = crs.mapUnits() == QgsUnitTypes.DistanceMeters
    return settings.visibleExtent().width() if metric else 0.0
