"""The indicative programme of the RTPLP (P3) and its phasing (P4), printed (pure).

One table row per activity: code, activity, location (plan blocks / RT), volume and unit, cost,
source of funds, the five plan years marked, who carries it out; the cost summed per year and
per source. Years come from ``tahun_mulai``/``tahun_selesai`` when written, otherwise from the
phase (tahap 1 = year 1, tahap 2 = years 2–3, tahap 3 = years 4–5). The phasing page draws the
plan blocks once per year, the blocks with an activity that year filled.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import shapely

from .inputs import indonesian_date
from .pdf_style import Writer, build_document
from .regulation_sheet import natural_key

TITLE = "Indikasi Program dan Pentahapan (RTPLP)"
YEARS = (1, 2, 3, 4, 5)
PHASE_YEARS = {"tahap_1": (1, 1), "tahap_2": (2, 3), "tahap_3": (4, 5)}


@dataclass
class Activity:
    code: str
    name: str
    location: str
    volume: float | None
    unit: str
    cost: float | None
    source: str
    years: tuple                 # plan years (1–5) the activity runs in
    responsible: str


def activity_years(phase, start, end) -> tuple:
    """The plan years of an activity: written years win over the phase; () when neither."""
    def year(value):
        try:
            number = int(float(value))
        except (TypeError, ValueError):
            return None
        return number if 1 <= number <= 5 else None

    first, last = year(start), year(end)
    if first is None and last is None:
        first, last = PHASE_YEARS.get(str(phase or ""), (None, None))
    if first is None:
        return ()
    last = last if last is not None and last >= first else first
    return tuple(range(first, last + 1))


def blocks_named(location: str, block_codes) -> set:
    """The plan block codes a location text names ('BLK-01, BLK-03 / RT 2' -> {BLK-01, BLK-03})."""
    tokens = {t.strip().upper() for t in re.split(r"[,;/]| dan ", str(location or "")) if t.strip()}
    return {code for code in block_codes if str(code).upper() in tokens}


def _money(value) -> str:
    return "–" if value is None else f"{value:,.0f}".replace(",", ".")


def _millions(value) -> str:
    return f"{value / 1e6:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _phasing_maps(blocks: dict, activities, width_mm: float):
    from reportlab.graphics.shapes import Drawing, Polygon, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    geoms = [g for g in blocks.values() if g is not None and not shapely.is_empty(g)]
    box = width_mm / 5.0
    drawing = Drawing(width_mm * mm, (box + 8) * mm)
    if not geoms:
        return drawing
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    scale = min((box - 4) * mm / max(x1 - x0, 1e-9), (box - 4) * mm / max(y1 - y0, 1e-9))
    for column, year in enumerate(YEARS):
        active = set()
        for activity in activities:
            if year in activity.years:
                active |= blocks_named(activity.location, blocks)
        left = column * box * mm
        for code, geometry in blocks.items():
            for part in getattr(geometry, "geoms", [geometry]):
                if part is None or part.geom_type != "Polygon":
                    continue
                points = [v for x, y in part.exterior.coords for v in (left + (x - x0) * scale, 6 * mm + (y - y0) * scale)]
                drawing.add(Polygon(points, strokeColor=colors.HexColor("#1f3a5f"), strokeWidth=0.3,
                                    fillColor=colors.HexColor("#d7301f" if code in active else "#f0f0f0")))
        drawing.add(String(left + (box - 4) * mm / 2, 1.5 * mm, f"Tahun {year} ({len(active)} blok)",
                           fontSize=7, textAnchor="middle"))
    return drawing


def write_programme(path, activities, blocks: dict, area: str, sample: bool = False,
                    day: datetime.date | None = None) -> int:
    """``blocks``: plan block code -> geometry. Returns the page count."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    writer = Writer()
    day = day or datetime.date.today()
    ordered = sorted(activities, key=lambda a: (a.years[0] if a.years else 9, natural_key(a.code)))
    story = [writer.para(TITLE, "h1"), writer.para(f"{area} · {indonesian_date(day)} · kode pedoman P3, P4", "small")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.", "warning"))
    head = ["Kode", "Kegiatan", "Lokasi", "Volume", "Biaya (Rp)", "Sumber dana"] + [f"Th {y}" for y in YEARS] + ["Pelaksana"]
    rows = [head]
    for a in ordered:
        volume = "–" if a.volume is None else f"{a.volume:g} {a.unit}".strip().replace(".", ",")
        rows.append([a.code, a.name, a.location or "–", volume, _money(a.cost), a.source or "–"]
                    + ["■" if y in a.years else "" for y in YEARS] + [a.responsible or "–"])
    per_year = [sum((a.cost or 0) / len(a.years) for a in ordered if y in a.years) for y in YEARS]
    rows.append(["", "Jumlah biaya; per tahun dalam juta Rp, dibagi rata atas tahun pelaksanaan", "", "",
                 _money(sum(a.cost or 0 for a in ordered)), ""] + [_millions(c) for c in per_year] + [""])
    widths = (14, 46, 28, 18, 24, 22) + (18,) * 5 + (25,)
    story.append(writer.table(rows, widths, right=(4, 6, 7, 8, 9, 10)))
    without = [a.code for a in ordered if not a.years]
    if without:
        story.append(writer.para("Kegiatan tanpa tahun/tahap: " + ", ".join(without) + " — isi tahap atau tahun.", "note"))
    sources: dict = {}
    for a in ordered:
        sources[a.source or "–"] = sources.get(a.source or "–", 0.0) + (a.cost or 0.0)
    story += [Spacer(1, 4 * mm), writer.para("Biaya per sumber dana", "h2"),
              writer.table([["Sumber dana", "Biaya (Rp)"]] + [[s, _money(c)] for s, c in sources.items()], (60, 40),
                           right=(1,))]
    story += [PageBreak(), writer.para("Skenario pentahapan (P4): blok rencana dengan kegiatan per tahun", "h2"),
              _phasing_maps(blocks, ordered, 262)]
    return build_document(path, story, writer, pagesize=landscape(A4), title=TITLE, area=area, day=day,
                          sample=sample, codes="Kode pedoman P3 · P4")
