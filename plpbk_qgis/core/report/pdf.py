"""The printable conformance check report for the Tim Teknis (SEED_MAP C4), A4 PDF via reportlab.

Order of a document a Bappeda signs: cover; 1 inputs and parameters; 2 summary (per rule and per
zone); 3 overview map; 4 plan blocks against the city plan (C1, C2); 5 approval block (berita
acara) — then the appendices: A violations with measured vs allowed values (C3), B features
whose data must be completed, grouped by reason. Text stays text (selectable, searchable).
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .content import (
    KINDS,
    OTHER_STATUS,
    RULES,
    STATUS_LABELS,
    STATUSES,
    check_result_table,
    count_rule_status,
    count_status,
    count_zone_status,
    format_count,
    unknown_statuses,
    violation_csv_rows,
    violations,
)
from .inputs import indonesian_date, input_rows, summary_mismatch
from .pdf_lists import blocks_section, needs_check_section, violations_section
from .pdf_map import maps_section
from .pdf_style import Writer, page_canvas

TITLE = "Laporan Pemeriksaan Kesesuaian Rencana dan Bangunan"
CSV_FIELDS = ("lapisan", "id", "kode_zona", "kelas_luas_alternatif", "aturan", "terukur", "batas", "satuan", "alasan")
STATUS_MEANINGS = (
    ("SESUAI", "nilai terukur / rencana memenuhi aturan rencana kota"),
    ("MELANGGAR", "nilai terukur / rencana melampaui batas aturan (lihat Lampiran A)"),
    ("PERLU_CEK", "data ada tetapi kosong atau meragukan untuk fitur ini; perlu dicek atau "
                  "dilengkapi (lihat Lampiran B)"),
    ("TIDAK_DICEK", "masukan untuk aturan ini tidak diberikan; tidak memengaruhi status akhir"),
)


@dataclass
class ReportRequest:
    output: Path
    tables: list                      # report_content.ResultTable, any of blok/persil/bangunan
    area_name: str = ""
    checker: str = ""
    reports: list = field(default_factory=list)     # JSON reports of the checks (dicts)
    maps: list = field(default_factory=list)        # report_pdf_map.MapImage
    map_legend: list = field(default_factory=list)  # (label, '#rrggbb')
    max_rows: int = 500
    sample: bool = False
    day: datetime.date | None = None
    csv_path: Path | None = None
    cancelled: object = None          # callable -> True when the user cancelled (checked per flowable)


class ReportCancelledError(Exception):
    """The user cancelled while the PDF was being laid out (the partial file is removed)."""


def build_report(request: ReportRequest) -> dict:
    """Write the PDF (and the CSV when asked); return page and row counts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    for table in request.tables:
        check_result_table(table)
    tables = sorted(request.tables, key=lambda t: list(KINDS).index(t.kind))
    found = {id(t): violations(t) for t in tables}
    writer = Writer()
    area = request.area_name or ("Kelurahan Contoh" if request.sample else "(nama kelurahan belum diisi)")
    day = request.day or datetime.date.today()

    story = _cover(writer, request, tables, area, day)
    story += [PageBreak(), writer.para("1. Masukan dan parameter pemeriksaan", "h1")]
    story += _inputs(writer, request, tables)
    story += [writer.para("2. Ringkasan hasil pemeriksaan", "h1")]
    story += _summary(writer, request, tables)
    maps = maps_section(writer, request.maps, request.map_legend)
    if maps:
        story += [PageBreak(), writer.para("3. Peta ikhtisar status", "h1")] + maps
    blocks = [t for t in tables if t.kind == "blok"]
    story += [PageBreak(), writer.para("4. Kesesuaian blok rencana (RTPLP) dengan rencana kota "
                                       "(C1, C2)", "h1")]
    if blocks:
        for table in blocks:
            story += blocks_section(writer, table)
    else:
        story.append(writer.para("Lapisan hasil pemeriksaan blok rencana tidak diberikan."))
    story += [PageBreak()] + _approval(writer, request, area)
    story += [PageBreak(), writer.para("Lampiran A. Daftar pelanggaran (MELANGGAR)", "h1"),
              writer.para("Nilai terukur (atau rencana) dibandingkan dengan batas aturan zona; "
                          "hanya aturan yang dilanggar yang ditulis.", "small")]
    for table in tables:
        story += violations_section(writer, table, found[id(table)], request.max_rows)
    story += [PageBreak(), writer.para("Lampiran B. Perlu dicek — data perlu dilengkapi", "h1"),
              writer.para("Fitur yang datanya kosong, tidak terbaca atau meragukan, dikelompokkan "
                          "menurut kode alasan (termasuk fitur yang juga melanggar). Lengkapi data "
                          "survei lalu jalankan pemeriksaan ulang.", "small")]
    for table in tables:
        story += needs_check_section(writer, table)

    record: dict = {}
    output = Path(request.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(output), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=f"{TITLE} — {area}",
                            author=request.checker or "plugin QGIS PLPBK", subject="Kode pedoman C1–C4",
                            lang="id-ID")
    header = f"{TITLE} — {area}"
    footer = f"Dicetak {indonesian_date(day)} · plugin QGIS PLPBK"
    if request.cancelled is not None:
        # reportlab lays out thousands of table rows: look at the cancel button after each piece
        def stop_if_cancelled(_flowable):
            if request.cancelled():
                raise ReportCancelledError()

        doc.afterFlowable = stop_if_cancelled
    try:
        doc.build(story, canvasmaker=page_canvas(header, footer, request.sample, writer.fonts, record))
    except ReportCancelledError:
        output.unlink(missing_ok=True)
        raise
    total = sum(len(v) for v in found.values())
    if request.csv_path:
        _write_csv(request.csv_path, tables, found)
    shown = sum(min(len(v), request.max_rows) if request.max_rows > 0 else len(v) for v in found.values())
    return {"pages": record.get("pages", 0), "violations": total, "printed": shown}


def _write_csv(path, tables, found):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: spreadsheet programs then read the Indonesian text correctly
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        out.writeheader()
        for table in tables:
            out.writerows(violation_csv_rows(table, found[id(table)]))


def _status_columns(tables) -> tuple:
    """The four statuses, and a 'status lain' column when some table holds other text."""
    return STATUSES + ((OTHER_STATUS,) if any(unknown_statuses(t) for t in tables) else ())


def _status_row(counts: dict, columns=STATUSES) -> list:
    known = [counts.get(s, 0) for s in columns if s != OTHER_STATUS]
    other = [sum(n for s, n in counts.items() if s not in STATUSES)] if OTHER_STATUS in columns else []
    return [format_count(n) for n in known + other] + [format_count(sum(counts.values()))]


def _status_head(columns) -> list:
    return [STATUS_LABELS.get(s, "Status lain") for s in columns] + ["Jumlah"]


def _widths(first: float, columns) -> tuple:
    """A first column and one per status plus the total, within the 174 mm text width."""
    rest = (174 - first) / (len(columns) + 1)
    return (first,) + (rest,) * (len(columns) + 1)


def _cover(writer, request, tables, area, day) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    story = [Spacer(1, 14 * mm),
             writer.para("PROGRAM PENATAAN LINGKUNGAN PERMUKIMAN BERBASIS KOMUNITAS (PLPBK)", "cover_top"),
             writer.para("Bahan Forum Konsultasi Tim Teknis", "center"), Spacer(1, 22 * mm),
             writer.para("LAPORAN PEMERIKSAAN KESESUAIAN", "cover_title"),
             writer.para("Rencana Tindak Penataan Lingkungan Permukiman (RTPLP) dan bangunan terbangun "
                         "terhadap rencana tata ruang kota (RTRW / RDTR / RTBL)", "cover_sub"),
             writer.para(area, "cover_area"),
             writer.para(indonesian_date(day), "center"), Spacer(1, 14 * mm)]
    columns = _status_columns(tables)
    body = [["Hasil pemeriksaan"] + _status_head(columns)]
    for table in tables:
        body.append([f"{table.title}"] + _status_row(count_status(table), columns))
    story.append(writer.table(body, _widths(46, columns), right=tuple(range(1, len(columns) + 2))))
    story.append(Spacer(1, 12 * mm))
    if request.sample:
        box = Table([[writer.para(
            "DATA CONTOH — laporan ini dibuat dari data contoh (Kelurahan Contoh) untuk peragaan "
            "plugin. Angka-angkanya bukan keadaan kelurahan mana pun dan tidak untuk disahkan.",
            "warning")]], colWidths=[150 * mm], hAlign="CENTER",
            style=[("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#a50f15")),
                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff0f0")),
                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
        story += [box, Spacer(1, 10 * mm)]
    story.append(writer.para(f"Diperiksa oleh: {request.checker or '……………………………………'}", "center"))
    story.append(writer.para("Dibuat dengan plugin QGIS PLPBK (pemeriksaan kesesuaian, kode pedoman C1–C4)",
                             "note"))
    return story


def _inputs(writer, request, tables) -> list:
    story = [writer.para("Lapisan hasil pemeriksaan yang dibaca laporan ini:", "h2")]
    body = [["Bagian", "Lapisan", "Berkas", "Jumlah fitur"]]
    for table in tables:
        body.append([table.title, table.name, table.source or "–", format_count(len(table))])
    story.append(writer.table(body, (34, 40, 80, 20), right=(3,)))
    story.append(writer.para("Arti status", "h2"))
    story.append(writer.table([["Status", "Arti"]] + [[STATUS_LABELS[s] + f" ({s})", text]
                                                      for s, text in STATUS_MEANINGS],
                              (40, 134), extra=[writer.fill(0, r, s) for r, (s, _)
                                                in enumerate(STATUS_MEANINGS, start=1)]))
    if not request.reports:
        story.append(writer.para("Laporan JSON pemeriksaan tidak diberikan: masukan dan parameter "
                                 "pemeriksaan tidak tercatat di laporan ini.", "note"))
    for report in request.reports:
        story.append(writer.para("Masukan dan parameter: " + str(report.get("pemeriksaan", "")), "h2"))
        story.append(writer.table([["Butir", "Nilai"]] + [list(r) for r in input_rows(report)], (58, 116)))
    return story


def _summary(writer, request, tables) -> list:
    story = []
    columns = _status_columns(tables)
    right = tuple(range(1, len(columns) + 2))
    for table in tables:
        counts = count_status(table)
        story.append(writer.para(f"{table.title} — {format_count(len(table))} fitur", "h2"))
        unknown = unknown_statuses(table)
        if unknown:
            story.append(writer.para(
                "Nilai status yang bukan keluaran pemeriksaan: " + ", ".join(
                    f"'{s}' ({format_count(n)})" for s, n in sorted(unknown.items()))
                + ". Dihitung di kolom 'Status lain'; periksa apakah lapisan ini diubah sesudah "
                  "pemeriksaan, lalu jalankan pemeriksaan ulang.", "warning"))
        for report in request.reports:
            warning = summary_mismatch(report, table.kind, counts)
            if warning:
                story.append(writer.para(warning, "warning"))
        labels = {rule.key: rule.label for rule in RULES}
        head = ["Aturan"] + _status_head(columns)
        rows = [head] + [[labels[key]] + _status_row(c, columns) for key, c in count_rule_status(table).items()]
        rows.append(["Status akhir"] + _status_row(counts, columns))
        story.append(_captioned(writer, "Jumlah per aturan dan status", writer.table(
            rows, _widths(44, columns), right=right,
            extra=[("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _grey())])))
        zones = count_zone_status(table)
        rows = [["Kode zona"] + head[1:]] + [[zone] + _status_row(c, columns) for zone, c in zones.items()]
        story.append(_captioned(writer, "Jumlah per zona dan status akhir", writer.table(
            rows, _widths(44, columns), right=right)))
    return story


def _captioned(writer, caption: str, table):
    """Caption and table on one page (reportlab still splits a table taller than a page)."""
    from reportlab.platypus import KeepTogether

    return KeepTogether([writer.para(caption, "small"), table])


def _grey():
    from reportlab.lib import colors

    return colors.HexColor("#e6e9ee")


def _approval(writer, request, area) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    story = [writer.para("5. Berita acara dan pengesahan Tim Teknis (C4)", "h1"),
             writer.para(f"Pada hari ini Tim Teknis telah memeriksa kesesuaian rencana (RTPLP) dan "
                         f"bangunan terbangun di {area} terhadap rencana tata ruang kota berdasarkan "
                         "laporan ini beserta lampirannya, dan menyatakan bahwa rencana:"),
             writer.para("☐  sesuai dengan rencana tata ruang kota\n"
                         "☐  sesuai dengan catatan perbaikan di bawah ini\n"
                         "☐  belum sesuai; perlu diperbaiki dan diperiksa ulang")]
    story.append(writer.para("Catatan Tim Teknis:", "h2"))
    story.append(writer.table([[""]] * 5, (174,), header_rows=0, row_heights=[8 * mm] * 5))
    story.append(Spacer(1, 6 * mm))
    story.append(writer.para("Tempat dan tanggal: ………………………………, …… ………………… 20……"))
    roles = ["Ketua Tim Teknis", "Sekretaris Tim Teknis", "Anggota (Bappeda)", "Anggota (Dinas Perkim)",
             "Anggota (Dinas PUPR / Tata Ruang)", "Pemeriksa data", "Fasilitator / Koordinator Kota"]
    body = [["No", "Jabatan", "Nama", "Tanda tangan"]]
    for number, role in enumerate(roles, start=1):
        name = request.checker if role == "Pemeriksa data" and request.checker else ""
        body.append([str(number), role, name, f"{number}."])
    signatures = writer.table(body, (10, 58, 56, 50), right=(0,),
                              row_heights=[None] + [13 * mm] * len(roles))
    story += [Spacer(1, 4 * mm), KeepTogether([writer.para("Tanda tangan anggota Tim Teknis", "h2"),
                                                signatures])]
    return story
