"""The plugin's rule-table CSV formats (CONTRACTS.md): read, validate, write, join (pure).

- intensitas.csv   kode_zona,nama_zona,kdb_maks,klb_maks,kdh_min,ktb_maks,luas_persil_min,
                   luas_kelas_min,luas_kelas_maks  (several rows per zone = lot-size classes)
- tata_bangunan.csv kode_zona,tinggi_maks,lantai_maks,gsb_min,<the same by road class>,jbs_min,jbb_min
- itbx.csv         kode_kegiatan,nama_kegiatan,<one column per kode_zona>

Both value tables accept an optional ``jenis`` column: a variant of the sub-zone that the RDTR
annex distinguishes by something a polygon does not carry ("Vertikal 1-3 lantai", "persil di
sebelah barat jalan Nasional"). Values are parsed with :mod:`.values`; a cell that cannot be
read is left empty and listed in ``problems`` with its row and raw text. Two rows for the same
zone (and variant and lot-size class) with different values are an error, never a silent pick.
See resources/rules/templates/README.md for the user documentation.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Message, PlpbkInputError
from .rule_values import classes_from_rows, read_number

INTENSITAS_COLUMNS = ("kode_zona", "nama_zona", "kdb_maks", "klb_maks", "kdh_min", "ktb_maks",
                      "luas_persil_min", "luas_kelas_min", "luas_kelas_maks")
ROAD_CLASSES = ("arteri", "kolektor", "lokal")
TATA_BANGUNAN_COLUMNS = (("kode_zona", "tinggi_maks", "lantai_maks", "gsb_min")
                         + tuple(f"tinggi_maks_{c}" for c in ROAD_CLASSES)
                         + tuple(f"lantai_maks_{c}" for c in ROAD_CLASSES)
                         + tuple(f"gsb_min_{c}" for c in ROAD_CLASSES) + ("jbs_min", "jbb_min"))
ITBX_KEY_COLUMNS = ("kode_kegiatan", "nama_kegiatan")
OPTIONAL_COLUMNS = ("jenis", "nama_zona")
LOT_CLASS_FIELDS = ("luas_kelas_min", "luas_kelas_maks")
ITBX_CELL = re.compile(r"^(I|X|[TB][1-9]?)(,(I|X|[TB][1-9]?))*$")


@dataclass
class RuleRow:
    kode_zona: str
    values: dict                      # column -> float or None
    jenis: str = ""
    nama_zona: str = ""
    source_row: int = 0               # line in the file (header = 1) or row of the source table

    def key(self, kind: str) -> tuple:
        lot = tuple(self.values.get(f) for f in LOT_CLASS_FIELDS) if kind == "intensitas" else ()
        return (zone_key(self.kode_zona), self.jenis.strip().lower()) + lot


@dataclass
class RuleTable:
    kind: str                          # "intensitas" or "tata_bangunan"
    source: str                        # file name for messages
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)     # Indonesian, one line each
    issues: list = field(default_factory=list)       # the same as (line, kode_zona, text) for reports

    def note(self, line, code, text: str):
        self.problems.append(Message("{source} baris {line}, zona {code}: {text}", source=self.source,
                                     line=line, code=code, text=text) if code else
                             Message("{source} baris {line}: {text}", source=self.source, line=line, text=text))
        self.issues.append((line, code or "", text))

    @property
    def value_columns(self) -> tuple:
        columns = INTENSITAS_COLUMNS if self.kind == "intensitas" else TATA_BANGUNAN_COLUMNS
        return tuple(c for c in columns if c not in ("kode_zona", "nama_zona"))

    def codes(self) -> list:
        seen = {}
        for row in self.rows:
            seen.setdefault(zone_key(row.kode_zona), row.kode_zona)
        return list(seen.values())

    def rows_for(self, code) -> list:
        key = zone_key(code)
        return [row for row in self.rows if zone_key(row.kode_zona) == key]


NOT_A_NUMBER_SPELLINGS = ("nan", "#n/a", "n/a", "#value!", "#ref!", "#div/0!", "null", "none")


def zone_key(code) -> str:
    """Codes compare without case and spaces: 'R-2', 'r-2 ', 'R - 2' are one zone."""
    return re.sub(r"\s+", "", "" if code is None else str(code)).upper()


def table_from_records(kind: str, records, source: str, first_row: int = 2, units: str = "auto") -> RuleTable:
    """Build and validate a table from dicts (CSV rows or an importer's output). A value read
    with an interpretation (a fraction read as percent) is kept and reported."""
    table = RuleTable(kind, source)
    for offset, record in enumerate(records):
        line = record.get("_line", first_row + offset)
        code = str(record.get("kode_zona") or "").strip()
        if not code:
            if any(str(v or "").strip() for k, v in record.items() if k != "_line"):
                table.note(line, "", Message("kode_zona kosong, baris dilewati"))
            continue
        values = {}
        for column in table.value_columns:
            parsed = read_number(column, record.get(column), units)
            values[column] = parsed.value
            if not parsed.ok:
                table.note(line, code, Message("kolom {column}: {problem}", column=column, problem=parsed.problem))
            elif parsed.value is None and str(record.get(column) or "").strip().lower() in NOT_A_NUMBER_SPELLINGS:
                # what a spreadsheet or pandas writes for a lost value: kept empty, but said
                table.note(line, code, Message("kolom {column}: '{raw}' dibaca sebagai kosong", column=column,
                                               raw=str(record.get(column)).strip()))
            elif parsed.note and parsed.value is not None:
                table.note(line, code, Message("kolom {column}: '{raw}' {note}", column=column,
                                                raw=record.get(column), note=parsed.note))
        table.rows.append(RuleRow(code, values, str(record.get("jenis") or "").strip(),
                                  str(record.get("nama_zona") or "").strip(), line))
    _drop_identical_duplicates(table)
    return table


def _drop_identical_duplicates(table: RuleTable):
    """Same zone/variant/class twice: identical -> keep one; different -> PlpbkInputError."""
    kept, first = [], {}
    conflicts = []
    for row in table.rows:
        key = row.key(table.kind)
        if key not in first:
            first[key] = row
            kept.append(row)
            continue
        other = first[key]
        if other.values != row.values:
            diff = [c for c in table.value_columns if other.values.get(c) != row.values.get(c)]
            conflicts.append(f"kode_zona '{other.kode_zona}'"
                             + (f" jenis '{row.jenis}'" if row.jenis else "")
                             + f" pada baris {other.source_row} dan {row.source_row} "
                             f"berbeda di {', '.join(diff)}")
        else:
            table.note(row.source_row, row.kode_zona,
                       Message("duplikat identik dari baris {line}, diabaikan", line=other.source_row))
    if conflicts:
        raise PlpbkInputError("kode zona ganda dengan aturan berbeda: {conflicts}. Perbaiki tabel agar tiap "
                              "kode zona (dan jenis/kelas luas) hanya punya satu aturan.", layer=table.source,
                              conflicts="; ".join(conflicts))
    table.rows = kept


def csv_delimiter(header_line: str) -> str:
    """The separator of a CSV from its header: ',' or the ';' that spreadsheets in Indonesian
    (decimal comma) locales write, or a tab; the one that splits the header most."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv_records(path, required: tuple, label: str):
    """(file name, header, records) of a UTF-8 CSV; missing file or columns -> PlpbkInputError."""
    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas tabel {label} tidak ditemukan.", layer=str(path), label=label)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            delimiter = csv_delimiter(handle.readline())
            handle.seek(0)
            # strict: a quote left open would otherwise swallow every row after it into one cell
            reader = csv.DictReader(handle, delimiter=delimiter, strict=True)
            header = [h.strip() for h in (reader.fieldnames or [])]
            reader.fieldnames = header
            records = []
            for record in reader:
                record["_line"] = reader.line_num
                records.append(record)
    except UnicodeDecodeError as error:
        raise PlpbkInputError("berkas bukan teks UTF-8. Simpan ulang sebagai 'CSV UTF-8'.",
                              layer=path.name) from error
    except csv.Error as error:
        raise PlpbkInputError("tanda kutip (\") tidak tertutup atau salah tempat sekitar baris {line} ({reason}); "
                              "baris sesudahnya akan hilang. Perbaiki tanda kutip di baris itu lalu impor ulang.",
                              layer=path.name, line=reader.line_num, reason=error) from error
    missing = [c for c in required if c not in header]
    if missing:
        raise PlpbkInputError("kolom wajib tidak ada: {missing}. Kolom yang ada: {header}. Lihat contoh di "
                              "resources/rules/templates/.", layer=path.name, missing=", ".join(missing),
                              header=", ".join(header) or "(kosong)")
    return path.name, header, records


def read_intensitas(path, units: str = "auto") -> RuleTable:
    name, _, records = read_csv_records(path, ("kode_zona", "kdb_maks", "klb_maks", "kdh_min"), "intensitas")
    return table_from_records("intensitas", records, name, units=units)


def read_tata_bangunan(path, units: str = "auto") -> RuleTable:
    name, _, records = read_csv_records(path, ("kode_zona",), "tata bangunan")
    return table_from_records("tata_bangunan", records, name, units=units)


@dataclass
class ItbxMatrix:
    zones: list                          # sub-zone codes in column order
    rows: list                           # dicts kode_kegiatan, nama_kegiatan, <zone> -> cell
    source: str = ""
    problems: list = field(default_factory=list)
    issues: list = field(default_factory=list)       # (line, zone, text) for reports


def normalise_itbx_cell(raw) -> str:
    """'T1, B1,B2' -> 'T1,B1,B2'; 'B1.B2' -> 'B1,B2'; None -> ''."""
    text = "" if raw is None else str(raw).strip().upper()
    return re.sub(r"[\s]*[,;.+/][\s]*", ",", text).replace(" ", "")


def itbx_from_records(zones, records, source: str, first_row: int = 2) -> ItbxMatrix:
    """Records may carry ``_line`` (their row in the source) when some source rows were skipped."""
    matrix = ItbxMatrix(list(zones), [], source)
    first_seen = {}                      # kode_kegiatan -> (row, line)
    conflicts = []
    for offset, record in enumerate(records):
        line = record.get("_line", first_row + offset)
        code = str(record.get("kode_kegiatan") or "").strip()
        if not code:
            continue
        row = {"kode_kegiatan": code, "nama_kegiatan": str(record.get("nama_kegiatan") or "").strip()}
        for zone in matrix.zones:
            cell = normalise_itbx_cell(record.get(zone))
            if cell and not ITBX_CELL.match(cell):
                text = Message("kegiatan {code}: '{raw}' bukan kode I/T/B/X, dikosongkan", code=code,
                               raw=record.get(zone))
                matrix.problems.append(Message("{source} baris {line}, zona {code}: {text}", source=source,
                                               line=line, code=zone, text=text))
                matrix.issues.append((line, zone, text))
                cell = ""
            row[zone] = cell
        if code not in first_seen:
            first_seen[code] = (row, line)
            matrix.rows.append(row)
            continue
        previous, previous_line = first_seen[code]
        differing = [z for z in matrix.zones if previous[z] != row[z]]
        if differing:
            conflicts.append(f"kode kegiatan '{code}' pada baris {previous_line} dan {line} berbeda "
                             f"di zona {', '.join(differing[:5])}" + (" …" if len(differing) > 5 else ""))
        else:
            text = Message("kegiatan {code}: duplikat identik dari baris {first}, diabaikan", code=code,
                           first=previous_line)
            matrix.problems.append(Message("{source} baris {line}: {text}", source=source, line=line, text=text))
            matrix.issues.append((line, "", text))
    if conflicts:
        raise PlpbkInputError("kegiatan ganda dengan ketentuan berbeda: {conflicts}. Perbaiki tabel ITBX agar "
                              "tiap kode kegiatan hanya punya satu baris.", layer=source,
                              conflicts="; ".join(conflicts))
    return matrix


def itbx_zone_columns(header, source: str) -> list:
    """The sub-zone columns of an ITBX CSV header; a zone twice ('R-2' and 'r-2', or the same
    name twice, whose first column a CSV reader would silently lose) is refused."""
    zones = [h for h in header if h and h not in ITBX_KEY_COLUMNS]
    seen = set()
    for zone in zones:
        if zone_key(zone) in seen:
            raise PlpbkInputError("kolom zona '{zone}' muncul dua kali.", layer=source, zone=zone)
        seen.add(zone_key(zone))
    return zones


def read_itbx(path) -> ItbxMatrix:
    name, header, records = read_csv_records(path, ITBX_KEY_COLUMNS, "ITBX")
    return itbx_from_records(itbx_zone_columns(header, name), records, name)


def _fmt(value) -> str:
    """Plain decimal text that reads back to the same float ('{:g}' would write 1e+06)."""
    if value is None:
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def write_table(table: RuleTable, path):
    columns = INTENSITAS_COLUMNS if table.kind == "intensitas" else TATA_BANGUNAN_COLUMNS
    columns = columns + (("jenis",) if any(row.jenis for row in table.rows) else ())
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in table.rows:
            record = {"kode_zona": row.kode_zona, "nama_zona": row.nama_zona, "jenis": row.jenis}
            writer.writerow([record[c] if c in record else _fmt(row.values.get(c)) for c in columns])


def write_itbx(matrix: ItbxMatrix, path):
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(ITBX_KEY_COLUMNS) + matrix.zones)
        for row in matrix.rows:
            writer.writerow([row["kode_kegiatan"], row["nama_kegiatan"]] + [row[z] for z in matrix.zones])


def zone_rule_values(code, *tables) -> tuple[dict, list]:
    """Normalised rule fields of one sub-zone from the given tables, plus notes.

    One row: its values. Rows that differ only by lot-size class: a field that differs becomes
    a by-lot :class:`RuleValue` (each parcel later gets its own class). Rows that differ by
    ``jenis`` (a variant the polygon does not carry): the field stays empty and a note lists
    the variants, never one of them picked."""
    values, notes = {}, []
    for table in tables:
        if table is None:
            continue
        rows = table.rows_for(code)
        by_lot_only = table.kind == "intensitas" and len({row.jenis.strip().lower() for row in rows}) == 1
        for column in table.value_columns:
            if column in LOT_CLASS_FIELDS:
                continue
            found = {row.values.get(column) for row in rows} - {None}
            if len(found) == 1 and all(row.values.get(column) is not None for row in rows):
                values[column] = found.pop()
            elif found and by_lot_only:
                rule = classes_from_rows(
                    [(*(row.values.get(f) for f in LOT_CLASS_FIELDS), row.values.get(column))
                     for row in rows if row.values.get(column) is not None])
                values[column] = rule if rule.ok else None
                if not rule.ok:
                    notes.append(f"{column} {rule.note}")
            elif len(found) == 1:
                values[column] = found.pop()
            elif len(found) > 1:
                values[column] = None
                listing = ", ".join(f"{_fmt(row.values.get(column))} ({_row_label(row)})"
                                    for row in rows if row.values.get(column) is not None)
                notes.append(f"{column} berbeda per jenis/kelas luas: {listing}")
    return values, notes


def _row_label(row: RuleRow) -> str:
    parts = [row.jenis] if row.jenis else []
    low, high = (row.values.get(f) for f in LOT_CLASS_FIELDS)
    if low is not None or high is not None:
        parts.append(f"luas {_fmt(low) or '0'}-{_fmt(high) or '...'} m2")
    return ", ".join(parts) or f"baris {row.source_row}"
