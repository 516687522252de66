"""Fit a sheet legend into its template frame.

QGIS clips a legend at its item frame and does not wrap labels (automatic wrapping came
with 3.32), so long class names ("RTH / ruang publik", "Fasilitas sosial / umum") were cut at
the edge of the second column. Here the legend is laid out like a cartographer would: the
largest font first, one column if the list fits, otherwise as many columns as the width
allows with labels wrapped at word boundaries to the column width; only then the font
shrinks step by step down to a legible minimum. Every candidate is measured with QGIS' own
legend renderer (the size it will draw), so the chosen layout fits by construction.

The fit uses the legend filtered to the whole atlas extent (every class drawn on any sheet):
a sheet's own filtered legend only holds fewer entries, so every page fits too.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsSymbolLegendNode,
)
from qgis.PyQt.QtCore import Qt

from . import items as ids

WRAP = "|"                       # legend wrap character; labels get it where they break
# (style, size in pt on A3, bold); the builder multiplies by the template's scale factor
FONTS = ((QgsLegendStyle.Title, 8.0, True), (QgsLegendStyle.Group, 6.5, True),
         (QgsLegendStyle.Subgroup, 6.5, True), (QgsLegendStyle.SymbolLabel, 6.0, False))
# symbol labels 6 pt -> 5 pt: below 5 pt an A3 print is no longer read comfortably
FONT_STEPS = (1.0, 0.92, 0.84)
MIN_COLUMN_MM = 38.0             # a narrower column wraps most class names into 3+ lines
FRAME_PROPERTY = "plpbk/legend_frame"


@dataclass
class LegendFit:
    columns: int
    font_step: float
    width_mm: float
    height_mm: float
    frame_w: float
    frame_h: float

    @property
    def fits(self) -> bool:
        return self.width_mm <= self.frame_w + 0.01 and self.height_mm <= self.frame_h + 0.01


def wrap_words(text: str, width_mm: float, measure) -> str:
    """Greedy word wrap of ``text`` to ``width_mm`` (``measure(str) -> mm``), lines joined
    with WRAP. A single word wider than the width stays whole (the fit then tries smaller)."""
    lines, current = [], ""
    for word in text.replace(WRAP, " ").split():
        trial = f"{current} {word}" if current else word
        if current and measure(trial) > width_mm:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return WRAP.join(lines)


def legend_frame(legend) -> tuple:
    """The template's frame size (stored once: the builder may rewire a layout many times)."""
    stored = legend.customProperty(FRAME_PROPERTY)
    if stored:
        width, height = (float(v) for v in str(stored).split(","))
        return width, height
    rect = legend.rect()
    legend.setCustomProperty(FRAME_PROPERTY, f"{rect.width()},{rect.height()}")
    return rect.width(), rect.height()


def apply_fonts(legend, k: float, step: float):
    for style, size, bold in FONTS:
        legend.setStyleFont(style, ids.make_font(size * k * step, bold))
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 2.0 * k * step)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.0 * k * step)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 1.0 * k * step)
    legend.setSymbolWidth(6.0 * k * step)
    legend.setSymbolHeight(3.5 * k * step)
    legend.setBoxSpace(1.0 * k)
    legend.setColumnSpace(3.0 * k)


def measure(legend):
    """(width, height) in mm QGIS needs to draw the legend's current model and settings."""
    main = legend.linkedMap()
    context = (QgsLayoutUtils.createRenderContextForMap(main, None) if main is not None
               else QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None))
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def _originals(legend) -> list:
    """(layer node, title, [(index, label, has symbol)]) with the labels QGIS would print."""
    model = legend.model()
    found = []
    for node in model.rootGroup().findLayers():
        title = node.customProperty("plpbk/title") or node.name()
        node.setCustomProperty("plpbk/title", title)
        labels = []
        for index, legend_node in enumerate(model.layerOriginalLegendNodes(node)):
            label = node.customProperty(f"plpbk/label-{index}")
            if label is None:
                label = str(legend_node.data(Qt.DisplayRole) or "")
                node.setCustomProperty(f"plpbk/label-{index}", label)
            labels.append((index, label, isinstance(legend_node, QgsSymbolLegendNode)))
        found.append((node, title, labels))
    return found


def _measurer(font):
    return lambda text: QgsLayoutUtils.textWidthMM(font, text)


def _wrap_all(legend, originals, column_mm: float):
    """Wrap layer titles to the column and class labels to the column minus the symbol."""
    settings = legend.legendSettings()
    title_font = legend.styleFont(QgsLegendStyle.Subgroup)
    label_font = legend.styleFont(QgsLegendStyle.SymbolLabel)
    symbol_mm = (settings.symbolSize().width()
                 + legend.rstyle(QgsLegendStyle.Symbol).margin(QgsLegendStyle.Right)
                 + legend.rstyle(QgsLegendStyle.SymbolLabel).margin(QgsLegendStyle.Left) + 0.6)
    model = legend.model()
    for node, title, labels in originals:
        embedded = len(labels) == 1 and not labels[0][1]   # one unlabelled symbol: inline title
        node.setCustomProperty("legend/title-label", wrap_words(
            title, column_mm - (symbol_mm if embedded else 0.0),
            _measurer(label_font if embedded else title_font)))
        for index, label, has_symbol in labels:
            if label:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrap_words(
                    label, column_mm - (symbol_mm if has_symbol else 0.0), _measurer(label_font)))
        model.refreshLayerLegend(node)


def drawn_keys(layer, extent) -> set | None:
    """Legend keys of ``layer``'s renderer used by features inside ``extent`` (None: all).

    Computed here rather than with the legend model's own map hit test: on QGIS 3.22 that
    hit test leaves the layers' labels out of the next atlas export."""
    from qgis.core import QgsFeatureRequest, QgsRenderContext

    renderer = layer.renderer()
    if renderer is None or extent is None or len(renderer.legendSymbolItems()) < 2:
        return None
    renderer = renderer.clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    request = QgsFeatureRequest().setFilterRect(extent)
    request.setSubsetOfAttributes(list(renderer.usedAttributes(context)), layer.fields())
    keys = set()
    for feature in layer.getFeatures(request):
        keys.update(renderer.legendKeysForFeature(feature, context))
    renderer.stopRender(context)
    return keys


def _filter_to(legend, originals, extent):
    """Show only classes drawn somewhere in ``extent`` (all sheets of the atlas): a superset
    of every sheet's own filtered legend. Done with the legend-node order, undone in _finish."""
    from qgis.core import QgsLayerTreeModelLegendNode

    model = legend.model()
    for node, _title, labels in originals:
        keys = drawn_keys(node.layer(), extent)
        if keys is None:
            continue
        nodes = model.layerOriginalLegendNodes(node)
        keep = [index for index, _label, _symbol in labels
                if nodes[index].data(QgsLayerTreeModelLegendNode.RuleKeyRole) in keys]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep or [labels[0][0]])
        model.refreshLayerLegend(node)


def fit_legend(legend, k: float = 1.0, extent=None, own_fonts: bool = False) -> LegendFit:
    """Choose font step and column count so the whole legend fits its frame; returns the fit.
    ``fits`` is False only when even the smallest font in every column count overflows: the
    legend then keeps the arrangement that overflows least and the frame clips its tail (the
    album warns; a larger paper or a taller legend frame in the template is the remedy).
    ``own_fonts``: a user's template keeps its fonts; only columns and wrapping change."""
    frame_w, frame_h = legend_frame(legend)
    legend.setResizeToContents(False)
    legend.setWrapString(WRAP)
    legend.setLegendFilterByMapEnabled(False)
    # a layout rewired for the next map still holds the last sheet's filter of the previous
    # map, which would hide most of this map's classes from the measurement
    legend.model().setLegendFilterByMap(None)
    originals = _originals(legend)
    _filter_to(legend, originals, extent)
    inner_w = frame_w - 2 * legend.boxSpace()
    max_columns = max(1, min(3, int(inner_w // (MIN_COLUMN_MM * k))))
    best = None
    for step in (1.0,) if own_fonts else FONT_STEPS:
        if not own_fonts:
            apply_fonts(legend, k, step)
        for columns in range(1, max_columns + 1):
            column_mm = (inner_w - (columns - 1) * legend.columnSpace()) / columns
            legend.setColumnCount(columns)
            legend.setSplitLayer(columns > 1)     # a long class list may continue alongside
            legend.setEqualColumnWidth(columns > 1)
            _wrap_all(legend, originals, column_mm)
            fit = LegendFit(columns, step, *measure(legend), frame_w, frame_h)
            if fit.fits:
                return _finish(legend, fit)
            if best is None or _overflow(fit) < _overflow(best):
                best = fit
    # nothing fits: keep the candidate that overflows least
    if not own_fonts:
        apply_fonts(legend, k, best.font_step)
    column_mm = (inner_w - (best.columns - 1) * legend.columnSpace()) / best.columns
    legend.setColumnCount(best.columns)
    legend.setSplitLayer(best.columns > 1)
    legend.setEqualColumnWidth(best.columns > 1)
    _wrap_all(legend, originals, column_mm)
    return _finish(legend, best)


def _overflow(fit: LegendFit) -> float:
    return max(0.0, fit.width_mm - fit.frame_w) * fit.frame_h + \
        max(0.0, fit.height_mm - fit.frame_h) * fit.frame_w


def _finish(legend, fit: LegendFit) -> LegendFit:
    model = legend.model()
    for node in model.rootGroup().findLayers():       # the item filters per sheet from here on
        node.removeCustomProperty("legend/node-order")
        model.refreshLayerLegend(node)
    legend.refresh()
    return fit
