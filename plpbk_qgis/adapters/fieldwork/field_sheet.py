"""Printable field sheet of a work area, for pokja who work on paper (S4): the area at 1:1000 on
A3 sheets (the album's sheet grid, so a sheet shows exactly 300 m × 250 m) with the work area
outlined, then the S4 checklist of the layers the pokja surveys: what to record, which fields
are required, how many features the package already holds, and boxes to tick.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ...core.report.pdf_style import Writer, build_document
from ...core.sheet_grid import SheetSpec, sheet_grid
from ...i18n import tr

DPI = 150
SCALE = 1000


def _render(layers, crs, bounds, path: Path):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    xmin, ymin, xmax, ymax = bounds
    settings.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
    # ground metres × 1000 / scale = paper mm; mm × dpi / 25.4 = pixels
    width = round((xmax - xmin) * 1000 / SCALE * DPI / 25.4)
    height = round((ymax - ymin) * 1000 / SCALE * DPI / 25.4)
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(DPI)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(path), "PNG")


def visible_layers(project) -> list:
    """Layers checked in the project's tree, top first (what the phone shows)."""
    root = project.layerTreeRoot()
    return [node.layer() for node in root.findLayers() if node.isVisible() and node.layer() is not None]


def checklist_rows(catalog, themes: list, counts: dict) -> list:
    rows = [[tr("Lapisan"), tr("Kode pedoman"), tr("Isian wajib"), tr("Fitur di paket"), tr("Selesai")]]
    for spec in catalog.layers:
        if spec.name not in themes:
            continue
        required = ", ".join(f.name for f in spec.all_fields if getattr(f, "required", False))
        rows.append([f"{spec.title_id}\n({spec.name})", ", ".join(spec.codes), required or "-",
                     str(counts.get(spec.name, 0)), "☐"])
    return rows


def write_field_sheet(path: Path, project, area, crs, title: str, area_label: str, catalog,
                      themes: list, counts: dict, cancelled=None) -> int:
    """The PDF; returns its page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Table

    writer = Writer()
    layers = visible_layers(project)
    story = []
    sheets = sheet_grid(area, SheetSpec(SCALE, "A3", "landscape"))
    with tempfile.TemporaryDirectory(prefix="plpbk_lembar_") as folder:
        for number, sheet in enumerate(sheets, start=1):
            if cancelled is not None and cancelled():
                return 0
            image = Path(folder) / f"{sheet.nomor_lembar}.png"
            _render(layers, crs, sheet.bounds, image)
            xmin, ymin, xmax, ymax = sheet.bounds
            story.append(writer.markup(
                f"<b>{tr('Lembar lapangan')} {sheet.nomor_lembar}</b> · {title} · {tr('skala')} 1:{SCALE} "
                f"({tr('1 cm = 10 m')}) · {tr('utara ke atas')} · X {xmin:.0f}–{xmax:.0f}, Y {ymin:.0f}–{ymax:.0f} · "
                f"{number}/{len(sheets)}", "small"))
            framed = Table([[Image(str(image), width=300 * mm, height=250 * mm)]],
                           style=[("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
            story.append(framed)
            story.append(PageBreak())
        story.append(writer.markup(f"<b>{tr('Daftar periksa survei (S4)')}</b>", "body"))
        story.append(writer.para(tr("Tim: ") + title + "\n" + tr("Tanggal survei: ......................   "
                                                                 "Surveyor: ......................")))
        story.append(writer.table(checklist_rows(catalog, themes, counts), [120, 40, 150, 30, 20], right=(3,)))
        return build_document(path, story, writer, pagesize=landscape(A3), title=tr("Lembar kerja lapangan"),
                              area=area_label, day=datetime.date.today(), sample=False, codes="S4, S5",
                              cancelled=cancelled)
