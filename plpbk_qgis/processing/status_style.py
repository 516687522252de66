"""Results styled by status when loaded: one colour per SESUAI / PERLU_CEK / MELANGGAR / TIDAK_DICEK.

Applied by a Processing layer post-processor (runs on the main thread after the algorithm), so
the style follows the layer whatever format the output was written in.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr, tr_noop

STATUS_COLOURS = (
    ("SESUAI", "#1a9641", tr_noop("Sesuai")),
    ("PERLU_CEK", "#fdae61", tr_noop("Perlu dicek")),
    ("MELANGGAR", "#d7191c", tr_noop("Melanggar")),
    ("TIDAK_DICEK", "#bababa", tr_noop("Tidak dicek")),
)


def status_renderer(geometry_type, field: str = "status"):
    categories = []
    for value, colour, label in STATUS_COLOURS:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(value, symbol, tr(label)))
    return QgsCategorizedSymbolRenderer(field, categories)


class StatusStyle(QgsProcessingLayerPostProcessorInterface):
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid() or layer.fields().indexOf("status") < 0:
            return
        layer.setRenderer(status_renderer(layer.geometryType()))
        layer.triggerRepaint()
