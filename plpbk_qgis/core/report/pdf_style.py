"""Look of the printable check report: fonts, paragraph styles, colours, page frame (reportlab).

reportlab is imported inside functions so that importing core stays light. DejaVu Sans (it
covers Indonesian and the ≤ ≥ signs) is used when the system has it, else the built-in
Helvetica, with those two signs spelt out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
    "/usr/local/share/fonts", str(Path.home() / ".fonts"), "/Library/Fonts",
)
FONT_FILES = {"": "DejaVuSans.ttf", "-Bold": "DejaVuSans-Bold.ttf",
              "-Oblique": "DejaVuSans-Oblique.ttf", "-BoldOblique": "DejaVuSans-BoldOblique.ttf"}

NAVY = "#1f3b57"
STATUS_FILLS = {"SESUAI": "#d9f0d3", "PERLU_CEK": "#fde6c4", "MELANGGAR": "#f6c9c9",
                "TIDAK_DICEK": "#ececec"}
SEED_CODES = "Kode pedoman C1 · C2 · C3 · C4"


@dataclass
class Fonts:
    regular: str
    bold: str
    italic: str
    unicode: bool   # False: Helvetica, no ≤ ≥

    def text(self, value: str) -> str:
        if self.unicode:
            return value
        return value.replace("≤", "<=").replace("≥", ">=").replace("›", ">").replace("·", "-").replace("☐", "[  ]")


def register_fonts() -> Fonts:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        paths = {suffix: Path(folder) / name for suffix, name in FONT_FILES.items()}
        if not all(path.is_file() for path in paths.values()):
            continue
        try:
            for suffix, path in paths.items():
                if f"PlpbkSans{suffix}" not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(f"PlpbkSans{suffix}", str(path)))
        except Exception:  # noqa: BLE001 — a broken font file: fall back to Helvetica
            continue
        for bold, italic, suffix in ((0, 0, ""), (1, 0, "-Bold"), (0, 1, "-Oblique"), (1, 1, "-BoldOblique")):
            addMapping("PlpbkSans", bold, italic, f"PlpbkSans{suffix}")
        return Fonts("PlpbkSans", "PlpbkSans-Bold", "PlpbkSans-Oblique", True)
    return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", False)


def paragraph_styles(fonts: Fonts) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5, spaceAfter=4)
    navy = colors.HexColor(NAVY)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=2),
        "cell": ParagraphStyle("cell", base, fontSize=7.5, leading=9, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=fonts.bold, fontSize=7.5, leading=9,
                                    spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=7.5, leading=9, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "head": ParagraphStyle("head", base, fontName=fonts.bold, fontSize=7.5, leading=9,
                               spaceAfter=0, textColor=colors.white),
        "h1": ParagraphStyle("h1", base, fontName=fonts.bold, fontSize=14, leading=18, spaceBefore=6,
                             spaceAfter=8, textColor=navy),
        "h2": ParagraphStyle("h2", base, fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4, textColor=navy),
        "note": ParagraphStyle("note", base, fontName=fonts.italic, fontSize=8, leading=10,
                               textColor=colors.HexColor("#444444")),
        "cover_top": ParagraphStyle("cover_top", base, fontName=fonts.bold, fontSize=10, leading=14,
                                    alignment=TA_CENTER, textColor=navy),
        "cover_title": ParagraphStyle("cover_title", base, fontName=fonts.bold, fontSize=22, leading=28,
                                      alignment=TA_CENTER, textColor=navy, spaceAfter=10),
        "cover_sub": ParagraphStyle("cover_sub", base, fontSize=12, leading=16, alignment=TA_CENTER),
        "cover_area": ParagraphStyle("cover_area", base, fontName=fonts.bold, fontSize=16, leading=22,
                                     alignment=TA_CENTER, spaceBefore=14),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "warning": ParagraphStyle("warning", base, fontName=fonts.bold, fontSize=9.5, leading=12.5,
                                  textColor=colors.HexColor("#a50f15")),
    }


def grid_style(header_rows: int = 1, extra=()):
    """Thin grey grid, navy header with white bold text — the look of every table."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c8c8c")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(NAVY)))
    commands.extend(extra)
    return TableStyle(commands)


def page_canvas(header: str, footer: str, sample: bool, fonts: Fonts, record: dict | None = None,
                codes: str = SEED_CODES):
    """A canvas class drawing header, footer and 'Halaman i dari N' on every page but the cover.

    The total is only known at the end, so pages are kept and decorated when the file is saved.
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class ReportCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 — reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            if record is not None:
                record["pages"] = total
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int):
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(colors.HexColor(NAVY))
            self.setLineWidth(0.6)
            self.line(18 * mm, height - 13 * mm, width - 18 * mm, height - 13 * mm)
            self.line(18 * mm, 13 * mm, width - 18 * mm, 13 * mm)
            self.setFont(fonts.regular, 7.5)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawString(18 * mm, height - 11.5 * mm, fonts.text(header))
            if sample:
                self.setFillColor(colors.HexColor("#a50f15"))
                self.setFont(fonts.bold, 7.5)
                self.drawRightString(width - 18 * mm, height - 11.5 * mm, "DATA CONTOH")
            self.setFillColor(colors.HexColor("#333333"))
            self.setFont(fonts.regular, 7.5)
            self.drawString(18 * mm, 9 * mm, fonts.text(footer))
            self.drawRightString(width - 18 * mm, 9 * mm,
                                 fonts.text(f"{codes}   |   Halaman {self._pageNumber} dari {total}"))
            self.restoreState()

    return ReportCanvas


class Writer:
    """Fonts + styles + the few flowable makers every report section uses."""

    def __init__(self):
        self.fonts = register_fonts()
        self.styles = paragraph_styles(self.fonts)

    def para(self, text, style: str = "body"):
        from xml.sax.saxutils import escape

        from reportlab.platypus import Paragraph

        # a newline in the data is a line break in the cell
        return Paragraph(escape(self.fonts.text(str(text))).replace("\n", "<br/>"), self.styles[style])

    def markup(self, text: str, style: str = "body"):
        """Paragraph with reportlab mark-up (<b>, <br/>); the caller escapes the data."""
        from reportlab.platypus import Paragraph

        return Paragraph(self.fonts.text(text), self.styles[style])

    def table(self, rows, widths_mm, header_rows: int = 1, extra=(), style: str = "cell",
              right=(), row_heights=None):
        """Table of text cells (wrapped) — header row(s) in the white header style.

        ``right``: column indexes of numbers (right-aligned).
        """
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        def cell(r, c, value):
            if not isinstance(value, (str, int, float)):
                return value
            if r < header_rows:
                return self.para(value, "head")
            return self.para(value, "cell_right" if c in right else style)

        cells = [[cell(r, c, value) for c, value in enumerate(row)] for r, row in enumerate(rows)]
        return Table(cells, colWidths=[w * mm for w in widths_mm], repeatRows=header_rows,
                     rowHeights=row_heights,
                     style=grid_style(header_rows, extra), hAlign="LEFT")

    @staticmethod
    def fill(column: int, row: int, status: str, last_column: int | None = None):
        """Background command colouring one cell (or a row span) by status."""
        from reportlab.lib import colors

        colour = STATUS_FILLS.get(status)
        if not colour:
            return None
        end = column if last_column is None else last_column
        return ("BACKGROUND", (column, row), (end, row), colors.HexColor(colour))


def build_document(path, story, writer: Writer, *, pagesize, title: str, area: str, day, sample: bool,
                   codes: str, margin_mm: float = 15.0, cancelled=None) -> int:
    """Lay out ``story`` into ``path`` in the house style (header with title and area, footer
    with print date, guideline codes and 'Halaman i dari N'); returns the page count. A
    ``cancelled`` callable is looked at after each flowable; a cancel removes the partial file."""
    from pathlib import Path

    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from .inputs import indonesian_date

    output = Path(path)
    output.parent.mkdir(parents=True, exist_ok=True)
    record: dict = {}
    doc = SimpleDocTemplate(str(output), pagesize=pagesize, leftMargin=margin_mm * mm, rightMargin=margin_mm * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=f"{title} — {area}",
                            author="plugin QGIS PLPBK", lang="id-ID")
    if cancelled is not None:
        from .pdf import ReportCancelledError

        def stop_if_cancelled(_flowable):
            if cancelled():
                raise ReportCancelledError()

        doc.afterFlowable = stop_if_cancelled
    try:
        doc.build(story, canvasmaker=page_canvas(f"{title} — {area}",
                                                 f"Dicetak {indonesian_date(day)} · plugin QGIS PLPBK", sample,
                                                 writer.fonts, record, codes=codes))
    except Exception:
        output.unlink(missing_ok=True)
        raise
    return record.get("pages", 0)
