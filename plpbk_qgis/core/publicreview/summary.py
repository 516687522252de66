"""Counts of the uji publik comments for the forum konsultasi (U3), and the printable summary
(A4: counts by sheet, plan block, topic, group and status; a map of the comments; the list of
comments still open), pure."""

from __future__ import annotations

import datetime

import shapely

from ..report.inputs import indonesian_date
from ..report.pdf_style import Writer, build_document

TITLE = "Rekap Masukan Warga Uji Publik"
OPEN = ("baru", "diterima")
DIMENSIONS = (("id_lembar", "Lembar"), ("blok_terkait", "Blok rencana"), ("topik", "Topik"),
              ("kelompok", "Kelompok warga"), ("status", "Status"))
STATUS_COLOURS = {"baru": "#d7301f", "diterima": "#fc8d59", "ditolak": "#969696", "ditindaklanjuti": "#1a9850"}


def counts_by(rows, key: str, labels: dict | None = None) -> list:
    """[(value, count)] most frequent first; a comment naming several blocks counts for each;
    an empty value is "(tidak diisi)"."""
    labels = labels or {}
    tally: dict = {}
    for row in rows:
        value = row.get(key)
        values = [v.strip() for v in str(value).replace(";", ",").split(",") if v.strip()] \
            if key == "blok_terkait" and value else [value]
        for item in values:
            name = labels.get(item, item) if item not in (None, "") else "(tidak diisi)"
            tally[name] = tally.get(name, 0) + 1
    return sorted(tally.items(), key=lambda kv: (-kv[1], str(kv[0])))


def _map(rows, geometries, blocks: dict, width_mm: float, height_mm: float):
    from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    drawing = Drawing(width_mm * mm, height_mm * mm)
    shapes = [g for g in list(blocks.values()) + [g for g in geometries if g is not None] if g is not None]
    if not shapes:
        return drawing
    x0, y0, x1, y1 = shapely.total_bounds(shapes)
    pad = 0.05 * max(x1 - x0, y1 - y0, 1.0)
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    scale = min(width_mm * mm / (x1 - x0), (height_mm - 8) * mm / (y1 - y0))

    def at(x, y):
        return (x - x0) * scale, 8 * mm + (y - y0) * scale

    for geometry in blocks.values():
        for part in getattr(geometry, "geoms", [geometry]):
            if part is not None and part.geom_type == "Polygon":
                drawing.add(Polygon([v for x, y in part.exterior.coords for v in at(x, y)], strokeWidth=0.4,
                                    strokeColor=colors.HexColor("#1f3a5f"), fillColor=colors.HexColor("#f3f5f8")))
    for row, point in zip(rows, geometries):
        if point is not None:
            x, y = at(point.x, point.y)
            drawing.add(Circle(x, y, 3.0, strokeWidth=0.3, strokeColor=colors.white,
                               fillColor=colors.HexColor(STATUS_COLOURS.get(row.get("status"), "#3182bd"))))
    for i, (status, colour) in enumerate(STATUS_COLOURS.items()):
        drawing.add(Circle(4 * mm + i * 40 * mm, 3 * mm, 2.5, fillColor=colors.HexColor(colour),
                           strokeColor=colors.HexColor(colour), strokeWidth=0.3))
        drawing.add(String(7 * mm + i * 40 * mm, 2 * mm, status, fontSize=7))
    return drawing


def write_summary(path, rows, geometries, blocks: dict, labels: dict, area: str, sample: bool = False,
                  day: datetime.date | None = None) -> int:
    """``labels``: field -> {code: label}. Returns the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    writer = Writer()
    day = day or datetime.date.today()
    placed = sum(1 for g in geometries if g is not None)
    story = [writer.para(TITLE, "h1"),
             writer.para(f"{area} · {indonesian_date(day)} · {len(rows)} masukan, {placed} di peta · kode pedoman "
                         "U1–U3", "small")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.", "warning"))
    for key, title in DIMENSIONS:
        counted = counts_by(rows, key, labels.get(key))
        story += [writer.para(f"Masukan per {title.lower()}", "h2"),
                  writer.table([[title, "Jumlah"]] + [[str(v), str(n)] for v, n in counted], (120, 30), right=(1,)),
                  Spacer(1, 3 * mm)]
    story += [PageBreak(), writer.para("Peta masukan warga", "h2"), _map(rows, geometries, blocks, 174, 150)]
    open_rows = [r for r in rows if r.get("status") in OPEN]
    story += [PageBreak(), writer.para(f"Masukan yang masih terbuka ({len(open_rows)})", "h2")]
    if open_rows:
        table = [["ID", "Lembar / blok", "Masukan", "Kelompok", "Status"]]
        for r in open_rows:
            place = " / ".join(str(v) for v in (r.get("id_lembar"), r.get("blok_terkait")) if v) or "–"
            table.append([r.get("id_masukan") or "–", place, r.get("isi_masukan") or "",
                          labels.get("kelompok", {}).get(r.get("kelompok"), r.get("kelompok") or "–"),
                          labels.get("status", {}).get(r.get("status"), r.get("status"))])
        story.append(writer.table(table, (26, 34, 70, 24, 20)))
    else:
        story.append(writer.para("Semua masukan sudah ditanggapi.", "note"))
    return build_document(path, story, writer, pagesize=A4, title=TITLE, area=area, day=day, sample=sample,
                          codes="Kode pedoman U1 · U2 · U3", margin_mm=18)
