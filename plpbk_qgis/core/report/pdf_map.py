"""Map pages of the printable check report: rendered PNG, frame, scale bar, legend, caption."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

MAX_WIDTH_MM = 174
MAX_HEIGHT_MM = 92    # two maps with title, legend and caption fit on one A4 page


@dataclass
class MapImage:
    path: Path
    title: str
    caption: str = ""
    ground_width_m: float = 0.0   # width of the drawn extent on the ground; 0 = no scale bar


def nice_length(max_metres: float) -> float:
    """Largest 1/2/5 × 10^n not above ``max_metres`` (scale bar length)."""
    if max_metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(max_metres))
    return max(step * power for step in (1, 2, 5) if step * power <= max_metres)


def scale_bar(writer, ground_width_m: float, drawn_width_mm: float):
    """Two-segment black/white bar with its length in metres, as on BPN/BIG sheets."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    # at most a quarter of the map and 40 mm, so that the legend fits beside it
    metres = nice_length(min(ground_width_m * 0.25, ground_width_m * 40 / drawn_width_mm))
    if not metres:
        return None
    length = drawn_width_mm * metres / ground_width_m * mm
    drawing = Drawing(length + 14 * mm, 9 * mm)
    half = length / 2
    drawing.add(Rect(0, 4 * mm, half, 1.6 * mm, fillColor=colors.black, strokeColor=colors.black,
                     strokeWidth=0.4))
    drawing.add(Rect(half, 4 * mm, half, 1.6 * mm, fillColor=colors.white, strokeColor=colors.black,
                     strokeWidth=0.4))
    for x, value in ((0, 0), (half, metres / 2), (length, metres)):
        text = f"{value:g}".replace(".", ",")
        drawing.add(String(x, 0.8 * mm, text, fontName=writer.fonts.regular, fontSize=6.5,
                           textAnchor="middle"))
    drawing.add(String(length + 2.5 * mm, 4.2 * mm, "meter", fontName=writer.fonts.regular, fontSize=6.5))
    return drawing


def legend_row(writer, legend):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    cells, style = [], [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for index, (label, colour) in enumerate(legend):
        cells += ["", writer.para(label, "cell")]
        style += [("BACKGROUND", (2 * index, 0), (2 * index, 0), colors.HexColor(colour)),
                  ("BOX", (2 * index, 0), (2 * index, 0), 0.4, colors.black)]
    return Table([cells], colWidths=[5 * mm, 21 * mm] * len(legend), rowHeights=[5 * mm],
                 style=style, hAlign="LEFT")


def map_block(writer, item: MapImage, legend) -> list:
    """Title, framed image (kept within the page), scale bar + legend, caption."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, KeepTogether, Table

    width, height = ImageReader(str(item.path)).getSize()
    draw_w = MAX_WIDTH_MM
    draw_h = draw_w * height / max(width, 1)
    if draw_h > MAX_HEIGHT_MM:
        draw_w, draw_h = draw_w * MAX_HEIGHT_MM / draw_h, MAX_HEIGHT_MM
    framed = Table([[Image(str(item.path), width=draw_w * mm, height=draw_h * mm)]],
                   style=[("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1f3b57")),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
                   hAlign="LEFT")
    parts = [writer.para(item.title, "h2"), framed]
    bar = scale_bar(writer, item.ground_width_m, draw_w) if item.ground_width_m else None
    under = [bar] if bar is not None else []
    if legend:
        under.append(legend_row(writer, legend))
    if under:
        parts.append(Table([under], hAlign="LEFT", style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    if item.caption:
        parts.append(writer.para(item.caption, "note"))
    return [KeepTogether(parts)]


def maps_section(writer, maps, legend) -> list:
    story = []
    for item in maps:
        if Path(item.path).is_file():
            story += map_block(writer, item, legend)
    return story
