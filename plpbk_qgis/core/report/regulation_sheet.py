"""The printed "ketentuan teknis" sheet of the RTPLP (P1b) with the Aturan Bersama (P6), pure.

For each plan block, in the legend's order (the planned use's value list, then the block code
in natural order), its use and the technical rules the plan sets: KDB, KLB, KDH, GSB, height and
floors, each printed as the layer holds it (an empty value is a dash, never a 0). Next to it a
small key map of the blocks with their codes; after it the community agreements by topic and
article. A3 landscape for the album, A4 portrait for the RTPLP document; reportlab paginates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import shapely

from .inputs import indonesian_date
from .pdf_style import Writer, build_document

TITLE = "Ketentuan Teknis Bangunan dan Aturan Bersama (RTPLP)"
RULE_COLUMNS = (("kdb_rencana", "KDB (%)"), ("klb_rencana", "KLB"), ("kdh_rencana", "KDH (%)"),
                ("gsb_rencana", "GSB (m)"), ("tinggi_rencana", "Tinggi (m)"), ("lantai_rencana", "Lantai"))


@dataclass
class Block:
    code: str
    use: str                 # label of guna_rencana
    use_rank: int            # position in the value list (legend order)
    values: dict             # rule column -> value or None
    geometry: object = None


@dataclass
class Agreement:
    article: str
    topic: str
    topic_rank: int
    text: str
    sanction: str


def natural_key(text) -> list:
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", str(text or ""))]


def ordered_blocks(blocks) -> list:
    return sorted(blocks, key=lambda b: (b.use_rank, natural_key(b.code)))


def ordered_agreements(agreements) -> list:
    return sorted(agreements, key=lambda a: (a.topic_rank, natural_key(a.article)))


def _value(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
        return "–"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _key_map(blocks, width_mm: float, height_mm: float):
    """A reportlab Drawing of the blocks (outline, code at the representative point)."""
    from reportlab.graphics.shapes import Drawing, Polygon, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    geoms = [b.geometry for b in blocks if b.geometry is not None and not shapely.is_empty(b.geometry)]
    drawing = Drawing(width_mm * mm, height_mm * mm)
    if not geoms:
        return drawing
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    scale = min(width_mm * mm / max(x1 - x0, 1e-9), height_mm * mm / max(y1 - y0, 1e-9)) * 0.95

    def at(x, y):
        return (x - x0) * scale, (y - y0) * scale

    for block in blocks:
        if block.geometry is None or shapely.is_empty(block.geometry):
            continue
        parts = getattr(block.geometry, "geoms", [block.geometry])
        for part in parts:
            if part.geom_type != "Polygon":
                continue
            points = [v for x, y in part.exterior.coords for v in at(x, y)]
            drawing.add(Polygon(points, strokeColor=colors.HexColor("#1f3a5f"), strokeWidth=0.5,
                                fillColor=colors.HexColor("#eef2f7")))
        point = shapely.point_on_surface(block.geometry)
        x, y = at(point.x, point.y)
        drawing.add(String(x, y, str(block.code), fontSize=5.5, textAnchor="middle"))
    return drawing


def write_sheet(path, blocks, agreements, area: str, paper: str = "A4", sample: bool = False,
                day: datetime.date | None = None) -> int:
    """Write the PDF; returns its page count."""
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    writer = Writer()
    day = day or datetime.date.today()
    size = landscape(A3) if paper == "A3" else A4
    text_width = size[0] / mm - 30
    story = [writer.para(TITLE, "h1"), writer.para(f"{area} · {indonesian_date(day)} · kode pedoman P1b, P6", "small")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.", "warning"))
    ordered = ordered_blocks(blocks)
    body = [["Blok", "Guna rencana"] + [label for _, label in RULE_COLUMNS]]
    body += [[b.code, b.use] + [_value(b.values.get(column)) for column, _ in RULE_COLUMNS] for b in ordered]
    rules_width = text_width * (0.62 if paper == "A3" else 1.0)
    widths = (rules_width * 0.14, rules_width * 0.26) + (rules_width * 0.6 / len(RULE_COLUMNS),) * len(RULE_COLUMNS)
    table = writer.table(body, widths, right=tuple(range(2, 2 + len(RULE_COLUMNS))))
    key = _key_map(ordered, text_width * 0.34 if paper == "A3" else text_width, 120 if paper == "A3" else 90)
    if paper == "A3":
        story.append(Table([[table, key]], colWidths=[rules_width * mm + 4 * mm, text_width * 0.36 * mm],
                           style=[("VALIGN", (0, 0), (-1, -1), "TOP")], hAlign="LEFT"))
    else:
        story += [table, Spacer(1, 4 * mm), writer.para("Peta kunci blok rencana", "small"), key]
    story += [Spacer(1, 6 * mm), writer.para("Aturan Bersama (P6)", "h2")]
    if agreements:
        rows = [["Pasal", "Aspek", "Isi aturan", "Sanksi"]]
        rows += [[a.article, a.topic, a.text, a.sanction or "–"] for a in ordered_agreements(agreements)]
        story.append(writer.table(rows, (text_width * 0.08, text_width * 0.16, text_width * 0.5, text_width * 0.26)))
    else:
        story.append(writer.para("Aturan Bersama belum diisi (lapisan aturan_bersama kosong).", "note"))
    return build_document(path, story, writer, pagesize=size, title=TITLE, area=area, day=day, sample=sample,
                          codes="Kode pedoman P1b · P6")
