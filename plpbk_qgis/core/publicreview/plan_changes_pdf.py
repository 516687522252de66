"""The draft/final comparison printed for the forum (U2): a map page — the final plan blocks,
coloured by what changed since the draft (added, changed, unchanged), the removed draft blocks
dashed in red, block codes written on them — and the table of changes with the residents'
comments that asked for each (pure: reportlab drawing from shapely geometries)."""

from __future__ import annotations

import datetime

import shapely

from ..report.pdf_style import Writer, build_document

TITLE = "Perubahan Rencana Sesudah Uji Publik"
FILLS = {"ditambah": "#a6d96a", "diubah": "#fdae61", "sama": "#eef1f5"}
REMOVED = "#d7191c"
LEGEND = (("ditambah", "blok ditambah"), ("diubah", "blok diubah"), ("sama", "tidak berubah"),
          ("dihapus", "blok dihapus (batas draf)"))


def _parts(geometry):
    if geometry is None or geometry.is_empty:
        return []
    return [p for p in getattr(geometry, "geoms", [geometry]) if p.geom_type == "Polygon"]


def change_map(final: dict, draft: dict, rows, width_mm: float, height_mm: float):
    """Drawing of the final blocks (code -> geometry) by change, and the removed draft blocks."""
    from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    kind_of = {r["id_blok"]: r["perubahan"] for r in rows}
    removed = {code: draft[code] for code, kind in kind_of.items() if kind == "dihapus" and code in draft}
    shapes = [g for g in list(final.values()) + list(removed.values()) if g is not None and not g.is_empty]
    drawing = Drawing(width_mm * mm, height_mm * mm)
    if not shapes:
        return drawing
    x0, y0, x1, y1 = shapely.total_bounds(shapes)
    pad = 0.04 * max(x1 - x0, y1 - y0, 1.0)
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    legend_mm = 10
    scale = min(width_mm * mm / (x1 - x0), (height_mm - legend_mm) * mm / (y1 - y0))

    def at(x, y):
        return (x - x0) * scale, legend_mm * mm + (y - y0) * scale

    def outline(geometry, **style):
        for part in _parts(geometry):
            drawing.add(Polygon([v for x, y in part.exterior.coords for v in at(x, y)], **style))

    for code, geometry in final.items():
        fill = FILLS.get(kind_of.get(code, "sama"), FILLS["sama"])
        outline(geometry, strokeWidth=0.5, strokeColor=colors.HexColor("#1f3a5f"), fillColor=colors.HexColor(fill))
    for geometry in removed.values():
        outline(geometry, strokeWidth=1.0, strokeColor=colors.HexColor(REMOVED), fillColor=None,
                strokeDashArray=[3, 2])
    for code, geometry in list(final.items()) + list(removed.items()):
        if geometry is None or geometry.is_empty:
            continue
        point = shapely.point_on_surface(shapely.make_valid(geometry))
        x, y = at(point.x, point.y)
        drawing.add(String(x, y, str(code), fontSize=6.5, textAnchor="middle",
                           fillColor=colors.HexColor(REMOVED if code in removed else "#1f3a5f")))
    for i, (kind, label) in enumerate(LEGEND):
        left = i * 45 * mm
        if kind == "dihapus":
            drawing.add(Rect(left, 2 * mm, 6 * mm, 4 * mm, strokeColor=colors.HexColor(REMOVED), fillColor=None,
                             strokeDashArray=[3, 2], strokeWidth=1.0))
        else:
            drawing.add(Rect(left, 2 * mm, 6 * mm, 4 * mm, strokeColor=colors.HexColor("#1f3a5f"),
                             fillColor=colors.HexColor(FILLS[kind]), strokeWidth=0.5))
        drawing.add(String(left + 8 * mm, 3 * mm, label, fontSize=7))
    return drawing


def write_changes(path, rows, draft: dict, final: dict, area: str, sample: bool = False,
                  day: datetime.date | None = None, cancelled=None) -> int:
    """``draft``/``final``: block code -> geometry. Returns the page count."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak

    writer = Writer()
    day = day or datetime.date.today()
    counts = {kind: sum(1 for r in rows if r["perubahan"] == kind) for kind in ("ditambah", "dihapus", "diubah")}
    story = [writer.para(TITLE, "h1"),
             writer.para(f"{area} · {counts['ditambah']} blok ditambah, {counts['dihapus']} dihapus, "
                         f"{counts['diubah']} diubah; {sum(1 for r in rows if r['masukan_terkait'])} terkait masukan "
                         "warga", "small")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.", "warning"))
    story += [change_map(final, draft, rows, 250, 150), PageBreak(), writer.para("Daftar perubahan", "h2")]
    table = [["Blok", "Perubahan", "Atribut yang berubah", "Batas bergeser", "Selisih luas (m²)", "Masukan warga"]]
    for r in rows:
        table.append([r["id_blok"], r["perubahan"], r["atribut_berubah"] or "–", "ya" if r["geometri_berubah"] else "–",
                      f"{r['selisih_luas_m2']:+.1f}", r["masukan_terkait"] or "–"])
    if len(table) == 1:
        table.append(["–", "tidak ada perubahan", "", "", "", ""])
    story.append(writer.table(table, (22, 22, 100, 22, 26, 55), right=(4,)))
    return build_document(path, story, writer, pagesize=landscape(A4), title=TITLE, area=area, day=day,
                          sample=sample, codes="Kode pedoman U2 · P1a · P1b", cancelled=cancelled)
