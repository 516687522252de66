"""The draft Laporan Rona as PDF (reportlab, the house style of the check report) and as an
editable DOCX (python-docx) from one list of :class:`rona_content.Section` (pure).

The DOCX is the one a planner finishes: headings are Word headings (the navigation pane and a
table of contents work), tables are Word tables, the TAPP placeholders are highlighted so they
are found and replaced, never printed by mistake as analysis.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from .inputs import indonesian_date
from .pdf_style import Writer, build_document

TITLE = "Laporan Rona Kawasan Prioritas (draf)"
CODES = "Kode pedoman R01–R12"


def _number(value) -> str:
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{value:,.0f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        return str(value)
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _cells(table) -> list:
    return [table.header] + [[_number(v) if i in table.numeric else str(v) for i, v in enumerate(row)]
                             for row in table.rows]


def write_pdf(path, sections, area: str, sample: bool = False, day: datetime.date | None = None,
              cancelled=None) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, PageBreak, Spacer

    writer = Writer()
    day = day or datetime.date.today()
    story = [Spacer(1, 40 * mm), writer.para("PROGRAM PENATAAN LINGKUNGAN PERMUKIMAN BERBASIS KOMUNITAS (PLPBK)",
                                             "cover_top"),
             Spacer(1, 16 * mm), writer.para("LAPORAN RONA KAWASAN PRIORITAS", "cover_title"),
             writer.para("Draf dari basis data Pemetaan Swadaya — untuk dilengkapi TAPP", "cover_sub"),
             writer.para(area, "cover_area"), writer.para(indonesian_date(day), "center")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.", "warning"))
    for section in sections:
        story += [PageBreak(), writer.para(f"{section.code}. {section.title}", "h1")]
        for note in section.notes:
            story.append(writer.para(note, "note"))
        for table in section.tables:
            width = 174.0
            first = 60.0 if len(table.header) > 3 else 80.0
            rest = (width - first) / max(1, len(table.header) - 1)
            story.append(KeepTogether([writer.para(table.caption, "small"), writer.table(
                _cells(table), (first,) + (rest,) * (len(table.header) - 1), right=table.numeric)]))
            story.append(Spacer(1, 4 * mm))
        if section.image and Path(section.image).exists():
            from reportlab.lib.utils import ImageReader

            w, h = ImageReader(section.image).getSize()
            shown = 174 * mm
            story.append(KeepTogether([Image(section.image, width=shown, height=shown * h / w),
                                       writer.para(section.image_caption, "small")]))
        story.append(writer.para(section.placeholder, "warning"))
    return build_document(path, story, writer, pagesize=A4, title=TITLE, area=area, day=day, sample=sample,
                          codes=CODES, margin_mm=18, cancelled=cancelled)


def write_docx(path, sections, area: str, sample: bool = False, day: datetime.date | None = None) -> Path:
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Cm, Pt

    day = day or datetime.date.today()
    document = Document()
    document.core_properties.title = f"{TITLE} — {area}"
    document.core_properties.author = "plugin QGIS PLPBK"
    document.add_heading("Laporan Rona Kawasan Prioritas", level=0)
    document.add_paragraph(f"{area} · {indonesian_date(day)} · {CODES}")
    if sample:
        document.add_paragraph("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin.").runs[0].bold = True
    for section in sections:
        document.add_heading(f"{section.code}. {section.title}", level=1)
        for note in section.notes:
            document.add_paragraph(note).runs[0].italic = True
        for table in section.tables:
            document.add_paragraph(table.caption).runs[0].bold = True
            cells = _cells(table)
            grid = document.add_table(rows=len(cells), cols=len(table.header))
            grid.style = "Table Grid"
            for r, row in enumerate(cells):
                for c, value in enumerate(row):
                    cell = grid.cell(r, c)
                    cell.text = str(value)
                    run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
                    if run is not None:
                        run.font.size = Pt(8)
                        run.bold = r == 0
        if section.image and Path(section.image).exists():
            document.add_picture(str(section.image), width=Cm(16))
            document.add_paragraph(section.image_caption).runs[0].italic = True
        placeholder = document.add_paragraph().add_run(section.placeholder)
        placeholder.font.highlight_color = WD_COLOR_INDEX.YELLOW
    output = Path(path)
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(output))
    return output
