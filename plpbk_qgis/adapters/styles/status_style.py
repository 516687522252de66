"""Results styled by status when loaded: one colour per SESUAI / PERLU_CEK / MELANGGAR / TIDAK_DICEK.

Applied by a Processing layer post-processor (runs on the main thread after the algorithm), so
the style follows the layer whatever format the output was written in.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRendererCategory,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from ...i18n import tr, tr_noop

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


ROLE = "plpbk/hasil"          # custom property marking a loaded result: "bangunan" or "persil"
RUN = "plpbk/run"             # which run made it: layers of earlier runs are left alone
UNDERLAY_OPACITY = 0.6        # parcels under their buildings: the houses stay readable


class StatusStyle(QgsProcessingLayerPostProcessorInterface):
    """Status colours for a loaded result. ``role`` "bangunan" or "persil" also stacks a
    building check's two results: buildings above parcels (filled parcels on top hid every
    house), whichever of the two Processing happens to load first."""

    def __init__(self, role=None, run=None):
        super().__init__()
        self.role = role
        self.run = run

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid() or layer.fields().indexOf("status") < 0:
            return
        layer.setRenderer(status_renderer(layer.geometryType()))
        if self.role:
            layer.setCustomProperty(ROLE, self.role)
            layer.setCustomProperty(RUN, self.run)
            if self.role == "persil":
                layer.setOpacity(UNDERLAY_OPACITY)
            _stack(layer, self.role, self.run, context.project() or QgsProject.instance())
        layer.triggerRepaint()


def _stack(layer, role, run, project):
    """Buildings to the top of their group; parcels just under the buildings of the same run."""
    if project is None:
        return
    node = project.layerTreeRoot().findLayer(layer.id())
    parent = node.parent() if node is not None else None
    if parent is None:
        return
    siblings = parent.children()
    if role == "bangunan":
        target = 0
    else:
        above = [k for k, child in enumerate(siblings)
                 if hasattr(child, "layer") and child.layer() is not None and child.layer() is not layer
                 and child.layer().customProperty(ROLE) == "bangunan"
                 and child.layer().customProperty(RUN) == run]
        if not above:
            return
        target = above[0] + 1
    current = siblings.index(node)
    if current == target:
        return
    clone = node.clone()
    parent.insertChildNode(target, clone)
    parent.removeChildNode(node)
