"""Printable data checklist (HTML, A4 landscape): kelurahan-wide table, then one per RT."""

from __future__ import annotations

import datetime
import html
from pathlib import Path

from ...core.survey.completeness import ALL_UNITS, KOSONG, LENGKAP

CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 14pt; margin: 0 0 4px; } h2 { font-size: 11pt; margin: 14px 0 4px; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 2px 4px; }
th { background: #eee; } td.num { text-align: right; }
.LENGKAP { background: #d9f0d3; } .SEBAGIAN { background: #fff3c4; } .KOSONG { background: #f4cccc; }
h2 { page-break-after: avoid; } table { page-break-inside: auto; } tr { page-break-inside: avoid; }
"""


def _status_class(status: str) -> str:
    return "KOSONG" if status == KOSONG else status


def _table(rows) -> str:
    head = ("<tr><th>Kode pedoman</th><th>Lapisan</th><th>Pokja</th><th>Jumlah fitur</th>"
            "<th>Isian wajib terisi</th><th>Kolom wajib belum lengkap</th><th>Status</th></tr>")
    body = []
    for row in rows:
        percent = "–" if row.percent is None else f"{row.percent:.0f}%"
        body.append(
            f"<tr class='{_status_class(row.status)}'><td>{html.escape(row.codes)}</td>"
            f"<td>{html.escape(row.title)}<br><small>{row.layer}</small></td>"
            f"<td>{html.escape(row.pokja)}</td><td class='num'>{row.features}</td>"
            f"<td class='num'>{percent}</td><td>{html.escape(', '.join(row.missing_fields))}</td>"
            f"<td>{row.status}</td></tr>")
    return f"<table>{head}{''.join(body)}</table>"


def write_html(path, rows, catalog, source_name: str, percent: float) -> Path:
    path = Path(path)
    units = []
    for row in rows:
        if row.unit != ALL_UNITS and row.unit not in units:
            units.append(row.unit)
    complete = sum(1 for r in rows if r.unit == ALL_UNITS and r.status == LENGKAP)
    total = sum(1 for r in rows if r.unit == ALL_UNITS)
    parts = [f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
             f"<title>Daftar periksa data</title><style>{CSS}</style></head><body>",
             "<h1>Daftar periksa kelengkapan data Pemetaan Swadaya (S4)</h1>",
             f"<p>Sumber: {html.escape(source_name)} — dibuat "
             f"{datetime.date.today().isoformat()} — kelengkapan rata-rata {percent:.0f}% — "
             f"{complete} dari {total} lapisan lengkap.</p>",
             "<h2>Seluruh kelurahan</h2>", _table([r for r in rows if r.unit == ALL_UNITS])]
    for unit in units:
        unit_rows = [r for r in rows if r.unit == unit]
        parts += [f"<h2>{html.escape(unit)}</h2>", _table(unit_rows)]
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
