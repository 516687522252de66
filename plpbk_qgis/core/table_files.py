"""Reading a table a user hands over (CSV or XLSX) as text, pure.

Population tables, KOTAKU baselines and comment sheets arrive from spreadsheets: CSV written by
an Indonesian-locale spreadsheet uses ';' (the decimal comma takes ','), Excel files hold a
title block above the header, numbers arrive as "1.234". Every cell is kept as the text the user
typed (the readers that know what a column means parse it); the index of the frame is the row's
line in the file (CSV) or its row number in the sheet (XLSX), so that messages name the row a
user can find.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from .cityplan.rule_tables import csv_delimiter
from .errors import PlpbkInputError

SPREADSHEETS = (".xlsx", ".xlsm")


def read_table_file(path, label: str) -> pd.DataFrame:
    """The table in ``path`` as a DataFrame of str (empty cells ''), indexed by file row."""
    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas tabel {label} tidak ditemukan.", layer=str(path), label=label)
    if path.suffix.lower() in SPREADSHEETS:
        return _read_workbook(path, label)
    if path.suffix.lower() == ".xls":
        raise PlpbkInputError("format Excel lama (.xls) tidak dibaca. Simpan ulang sebagai .xlsx atau CSV UTF-8.",
                              layer=path.name)
    return _read_csv(path)


def _read_csv(path: Path) -> pd.DataFrame:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = path.read_text(encoding=encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise PlpbkInputError("berkas bukan teks UTF-8. Simpan ulang sebagai 'CSV UTF-8'.", layer=path.name)
    lines = text.splitlines()
    if not lines:
        raise PlpbkInputError("berkas tabel kosong.", layer=path.name)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=csv_delimiter(lines[0]), strict=True)
    rows, numbers = [], []
    try:
        header = [h.strip() for h in next(reader)]
        for row in reader:
            rows.append(row)
            numbers.append(reader.line_num)
    except csv.Error as error:
        raise PlpbkInputError("tanda kutip (\") tidak tertutup atau salah tempat sekitar baris {line} ({reason}); "
                              "baris sesudahnya akan hilang. Perbaiki tanda kutip di baris itu lalu impor ulang.",
                              layer=path.name, line=reader.line_num, reason=error) from error
    return _frame(header, rows, numbers, path.name)


def _read_workbook(path: Path, label: str) -> pd.DataFrame:
    try:
        from openpyxl import load_workbook
    except ImportError as error:  # pragma: no cover - openpyxl is a dependency
        raise PlpbkInputError("pustaka openpyxl tidak terpasang: simpan tabel {label} sebagai CSV.",
                              layer=path.name, label=label) from error
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - zip, XML or format errors of a damaged file
        raise PlpbkInputError("bukan buku kerja Excel yang dapat dibaca ({reason}). Simpan ulang sebagai .xlsx "
                              "atau CSV UTF-8.", layer=path.name, reason=type(error).__name__) from error
    try:
        for sheet in book.worksheets:
            cells = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
            filled = [i for i, row in enumerate(cells) if any(row)]
            if not filled:
                continue
            # a title block above the table: the header is the first row as wide as the table
            width = max(sum(1 for v in row if v) for row in cells)
            start = next(i for i in filled if sum(1 for v in cells[i] if v) >= max(2, width // 2))
            header = cells[start]
            body = cells[start + 1:]
            return _frame(header, body, list(range(start + 2, start + 2 + len(body))), f"{path.name}:{sheet.title}")
    finally:
        book.close()
    raise PlpbkInputError("buku kerja tidak berisi tabel.", layer=path.name)


def _frame(header, rows, numbers, name) -> pd.DataFrame:
    while header and not header[-1]:
        header = header[:-1]
    header = [h or f"kolom_{i + 1}" for i, h in enumerate(header)]
    doubled = sorted({h for h in header if header.count(h) > 1})
    if doubled:
        raise PlpbkInputError("kolom {columns} muncul dua kali di baris judul. Beri nama yang berbeda.",
                              layer=name, columns=", ".join(doubled))
    width = len(header)
    kept, index = [], []
    for row, number in zip(rows, numbers):
        cells = [str(v).strip() for v in row]
        if len(cells) > width and any(cells[width:]):
            raise PlpbkInputError("baris {line} berisi {found} sel, lebih banyak dari {width} kolom judul. Periksa "
                                  "pemisah kolom atau tanda kutip di baris itu.", layer=name, line=number,
                                  found=len(cells), width=width)
        kept.append((cells + [""] * width)[:width])
        index.append(number)
    return pd.DataFrame(kept, columns=header, index=pd.Index(index, name="baris"), dtype=object)
