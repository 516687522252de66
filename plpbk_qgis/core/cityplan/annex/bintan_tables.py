"""Importers for RDTR annex tables as published (Kab. Bintan formats) into the plugin's formats.

Real annexes name sub-zones ("Perumahan Kepadatan Tinggi") rather than code them, put variants
in a "Jenis" column, write "-" for "not regulated", "3 lantai" for floors, and ship the ITBX
matrix as a formatted Excel sheet with two header rows of names above one row of codes.

Names become codes through a :class:`CodeResolver`: the user's own mapping first, then the
city's code list (read from the code row of its ITBX sheet), then the national sub-zone codes
of Permen ATR/BPN 14/2021. A name found in none of them keeps its row (the name is written as
the code) and is listed in ``unknown`` so the user can add a code; nothing is dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import PlpbkInputError
from ..rule_tables import RuleTable, itbx_from_records, table_from_records

# National sub-zone codes (Permen ATR/BPN 14/2021 annex) for names whose code is settled.
NATIONAL_SUBZONE_CODES = {
    "badan air": "BA", "hutan lindung": "HL", "perlindungan setempat": "PS",
    "rimba kota": "RTH-1", "taman kota": "RTH-2", "taman kecamatan": "RTH-3",
    "taman kelurahan": "RTH-4", "taman rw": "RTH-5", "taman rt": "RTH-6", "pemakaman": "RTH-7",
    "jalur hijau": "RTH-8", "cagar budaya": "CB", "ekosistem mangrove": "EM",
    "badan jalan": "BJ", "hutan produksi terbatas": "HPT", "hutan produksi tetap": "HP",
    "hutan produksi yang dapat dikonversi": "HPK", "tanaman pangan": "P-1", "hortikultura": "P-2",
    "perkebunan": "P-3", "peternakan": "P-4", "perikanan tangkap": "IK-1",
    "perikanan budi daya": "IK-2", "kawasan peruntukan industri": "KPI", "pariwisata": "W",
    "perumahan kepadatan sangat tinggi": "R-1", "perumahan kepadatan tinggi": "R-2",
    "perumahan kepadatan sedang": "R-3", "perumahan kepadatan rendah": "R-4",
    "perumahan kepadatan sangat rendah": "R-5", "spu skala kota": "SPU-1",
    "spu skala kecamatan": "SPU-2", "spu skala kelurahan": "SPU-3", "spu skala rw": "SPU-4",
    "campuran intensitas tinggi": "C-1", "campuran intensitas menengah": "C-2",
    "perdagangan dan jasa skala kota": "K-1", "perdagangan dan jasa skala wp": "K-2",
    "perdagangan dan jasa skala swp": "K-3", "perkantoran": "KT", "transportasi": "TR",
    "pertahanan dan keamanan": "HK", "ruang terbuka non hijau": "RTNH",
}
_CODE = re.compile(r"^[A-Z]{1,5}(-\d{1,2})?$")


def name_key(name) -> str:
    """'Zona  Perikanan Budidaya ' -> 'perikanan budi daya' (how names are compared)."""
    text = re.sub(r"[^0-9a-z]+", " ", str(name or "").lower()).strip()
    text = re.sub(r"^(sub )?zona ", "", text)
    text = text.replace("budidaya", "budi daya").replace("di konversi", "dikonversi")
    return re.sub(r"\s+", " ", text)


@dataclass
class CodeResolver:
    user: dict = field(default_factory=dict)        # name -> code given by the user
    city: dict = field(default_factory=dict)        # name -> code from the city's own list
    use_national: bool = True

    def code_for(self, name) -> tuple[str | None, str]:
        """(code, where it came from) or (None, '')."""
        key = name_key(name)
        for source, mapping in (("pengguna", self.user), ("daftar kota", self.city)):
            found = {name_key(k): v for k, v in mapping.items()}.get(key)
            if found:
                return found, source
        if self.use_national and key in NATIONAL_SUBZONE_CODES:
            return NATIONAL_SUBZONE_CODES[key], "kode nasional"
        return None, ""


def read_name_code_csv(path) -> dict:
    """A user mapping file with columns nama_zona,kode_zona."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        return {row["nama_zona"]: row["kode_zona"].strip() for row in csv.DictReader(handle)
                if row.get("nama_zona") and row.get("kode_zona")}


@dataclass
class ImportResult:
    table: object                                     # RuleTable or ItbxMatrix
    unknown: list = field(default_factory=list)       # sub-zone names without a code
    resolved: dict = field(default_factory=dict)      # name -> (code, source)


def _header_key(text) -> str:
    return re.sub(r"[^0-9a-z]+", "", str(text or "").lower())


def _road_class(key: str) -> str:
    for road in ("arteri", "kolektor", "lokal"):
        if key.endswith(road):
            return "_" + road
    return ""


def _target_column(header) -> str | None:
    """Bintan header -> column of the plugin's format (None = not a rule value)."""
    key = _header_key(header)
    road = _road_class(key)
    prefixes = (("kdb", "kdb_maks"), ("ktb", "ktb_maks"), ("kdh", "kdh_min"), ("klb", "klb_maks"),
                ("tinggi", "tinggi_maks" + road), ("lantai", "lantai_maks" + road),
                ("garissempadan", "gsb_min" + road), ("gsb", "gsb_min" + road),
                ("jarakbebassamping", "jbs_min"), ("jarakbebasbelakang", "jbb_min"))
    for prefix, column in prefixes:
        if key.startswith(prefix):
            return column
    if key.startswith(("luaskavling", "luaspersil", "luaslahan")):
        return "luas_persil_min"
    return None


def _read_records(path):
    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas tabel tidak ditemukan.", layer=str(path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return path.name, list(reader.fieldnames or []), list(reader)


def _import_values(kind: str, path, resolver: CodeResolver) -> ImportResult:
    name, header, records = _read_records(path)
    subzone = next((h for h in header if _header_key(h) in ("subzona", "namasubzona")), None)
    if subzone is None:
        raise PlpbkInputError("kolom 'Sub Zona' tidak ditemukan (kolom: {header}).", layer=name,
                              header=", ".join(header))
    targets = {h: _target_column(h) for h in header}
    jenis = next((h for h in header if _header_key(h) == "jenis"), None)
    result = ImportResult(None)
    converted = []
    for record in records:
        raw_name = str(record.get(subzone) or "").strip()
        # tata bangunan writes "Zona Budidaya - Perumahan Kepadatan Tinggi"
        sub_name = raw_name.rsplit(" - ", 1)[-1].strip()
        code, source = resolver.code_for(sub_name)
        if code is None and sub_name:
            code = sub_name
            if sub_name not in result.unknown:
                result.unknown.append(sub_name)
        elif code:
            result.resolved[sub_name] = (code, source)
        out = {"kode_zona": code or "", "nama_zona": sub_name,
               "jenis": "" if str(record.get(jenis) or "-").strip() == "-" else record[jenis].strip()}
        for column, target in targets.items():
            if target:
                out[target] = record.get(column)
        converted.append(out)
    table = table_from_records(kind, converted, name)
    if result.unknown:
        table.problems.append(f"{name}: sub-zona tanpa kode (nama dipakai sebagai kode, isi kodenya): "
                              + ", ".join(result.unknown))
    result.table = table
    return result


def import_intensitas(path, resolver: CodeResolver | None = None) -> ImportResult:
    """'Zona, Sub Zona, Jenis, KDB Maks. (%), KTB …, KDH …, KLB …, Luas Kavling Min. (m2)'."""
    return _import_values("intensitas", path, resolver or CodeResolver())


def import_tata_bangunan(path, resolver: CodeResolver | None = None) -> ImportResult:
    """'Sub Zona, Jenis, Tinggi Bangunan Maks. (m) - Arteri …, Lantai …, Garis Sempadan …,
    Jarak Bebas Samping/Belakang …' (road-class columns optional)."""
    return _import_values("tata_bangunan", path, resolver or CodeResolver())


# --- ITBX workbook ---------------------------------------------------------------------------

@dataclass
class ItbxSheet:
    rows: list                 # all cell values of the sheet
    code_row: int
    zone_columns: dict         # column index -> sub-zone code
    names: dict                # column index -> sub-zone name (from the header rows)
    activity_code_col: int
    activity_name_col: int


def _locate_itbx(rows, source: str) -> ItbxSheet:
    for r, row in enumerate(rows[:40]):
        cells = {c: str(v).strip() for c, v in enumerate(row) if v is not None and str(v).strip()}
        codes = {c: v for c, v in cells.items() if _CODE.match(v)}
        if len(codes) >= 3 and len(codes) >= len(cells) - 1:
            header_row = next((k for k in range(r - 1, -1, -1)
                               if any(_header_key(v) == "kegiatan" for v in rows[k] if v)), None)
            if header_row is None:
                break
            head = [_header_key(v) for v in rows[header_row]]
            names = {}
            for c in codes:
                for k in range(r - 1, header_row - 1, -1):   # nearest name above the code
                    value = rows[k][c] if c < len(rows[k]) else None
                    if value and str(value).strip():
                        names[c] = str(value).strip()
                        break
            return ItbxSheet(rows, r, codes, names, head.index("kode"), head.index("kegiatan"))
    raise PlpbkInputError("baris kode sub-zona (mis. BA, R-2, K-1) tidak ditemukan di lembar ITBX.",
                          layer=source)


def _activity_code(value, name) -> str:
    """KBLI code; activities without one ('-', e.g. 'Rumah Tinggal') get a code from their name
    ('rumah_tinggal'), the style of the survey's building-use codes."""
    if isinstance(value, (int, float)) and float(value).is_integer():
        return f"{int(value):05d}"        # KBLI codes are five digits; Excel drops leading zeros
    text = str(value or "").strip()
    if text in ("", "-") and name:
        return re.sub(r"[^0-9a-z]+", "_", str(name).lower()).strip("_")
    return text


def import_itbx_xlsx(path, sheet: str | int = 0) -> ImportResult:
    """The ITBX sheet of an RDTR annex workbook -> :class:`ItbxMatrix` (CONTRACTS format).

    ``resolved`` maps each header name to its code: the city's own code list, usable as
    ``CodeResolver(city=...)`` for the other tables of the same plan."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas ITBX tidak ditemukan.", layer=str(path))
    import zipfile

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise PlpbkInputError("bukan buku kerja Excel (.xlsx) yang dapat dibaca ({error}). Simpan ulang "
                              "tabel ITBX dari Excel sebagai .xlsx, atau sebagai CSV itbx.csv.",
                              layer=path.name, error=str(error)) from error
    try:
        sheets = workbook.worksheets
        worksheet = sheets[sheet] if isinstance(sheet, int) else workbook[sheet]
        rows = [list(r) for r in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    located = _locate_itbx(rows, path.name)
    zones = [located.zone_columns[c] for c in sorted(located.zone_columns)]
    if len(set(zones)) != len(zones):
        repeated = sorted({z for z in zones if zones.count(z) > 1})
        raise PlpbkInputError("kode sub-zona ganda di baris kode: {codes}.", layer=path.name,
                              codes=", ".join(repeated))
    records = []
    for number, row in enumerate(rows[located.code_row + 1:], start=located.code_row + 2):
        name = row[located.activity_name_col] if located.activity_name_col < len(row) else None
        code = _activity_code(row[located.activity_code_col] if located.activity_code_col < len(row)
                              else None, name)
        cells = {located.zone_columns[c]: (row[c] if c < len(row) else None) for c in located.zone_columns}
        if not code or not any(v not in (None, "") for v in cells.values()):
            continue       # section titles and the legend below the matrix
        record = {"kode_kegiatan": code, "nama_kegiatan": name, "_line": number}  # Excel row
        record.update(cells)
        records.append(record)
    matrix = itbx_from_records(zones, records, path.name, first_row=located.code_row + 2)
    resolved = {located.names[c]: (located.zone_columns[c], "ITBX") for c in located.zone_columns
                if c in located.names}
    return ImportResult(matrix, [], resolved)


def city_codes_from_itbx(result: ImportResult) -> dict:
    """name -> code of an imported ITBX sheet, for :class:`CodeResolver` ``city``."""
    return {name: code for name, (code, _) in result.resolved.items()}


def describe(result: ImportResult) -> str:
    table = result.table
    count = len(table.rows)
    kind = getattr(table, "kind", "itbx")
    lines = [f"{table.source}: {count} baris {kind}"]
    if isinstance(table, RuleTable):
        lines.append(f"{len(table.codes())} kode sub-zona")
    if result.unknown:
        lines.append("tanpa kode: " + ", ".join(result.unknown))
    return "; ".join(lines)
