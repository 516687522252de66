"""Turn a city's rule tables, as published or already in the plugin's format, into the three
template CSVs (intensitas.csv, tata_bangunan.csv, itbx.csv) plus a per-row report (pure).

Inputs are recognised by their header: a CSV with a ``kode_zona`` column is already in the
plugin's format; one with a "Sub Zona" column is an RDTR annex table (Kab. Bintan style, see
:mod:`.bintan_tables`); an ``.xlsx`` ITBX is the annex workbook. The ITBX is read first because
its row of sub-zone codes is the city's own code list, used to code the names of the other two.

Nothing is dropped: a sub-zone whose code is not known (a name without a code, or a code that
is not a column of the ITBX) keeps its rows and gets one report row per table row, so the user
can fix it with a zone-code mapping CSV (``nama_zona,kode_zona``). Two rows for one zone with
different rules stop the import with the file and both line numbers (from :mod:`.rule_tables`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Message, PlpbkInputError
from .annex.bintan_tables import (
    NATIONAL_SUBZONE_CODES,
    CodeResolver,
    city_codes_from_itbx,
    import_intensitas,
    import_itbx_xlsx,
    import_tata_bangunan,
    name_key,
)
from .rule_tables import (
    ItbxMatrix,
    RuleTable,
    itbx_from_records,
    itbx_zone_columns,
    read_csv_records,
    table_from_records,
    write_itbx,
    write_table,
    zone_key,
)

OUTPUT_NAMES = {"intensitas": "intensitas.csv", "tata_bangunan": "tata_bangunan.csv",
                "itbx": "itbx.csv"}
REPORT_NAME = "laporan_impor_aturan.csv"
REPORT_COLUMNS = ("berkas", "baris", "kode_zona", "nama_zona", "masalah", "keterangan")
_LOOKS_LIKE_CODE = re.compile(r"^[A-Z]{1,5}(-?\d{1,2}[A-Z]?)?$")


@dataclass
class ReportRow:
    berkas: str
    baris: object            # line in the source file (Excel row for a workbook), or ""
    kode_zona: str
    nama_zona: str
    masalah: str             # short category: kode_tidak_dikenal, nilai_tidak_terbaca, ...
    keterangan: str          # Indonesian sentence saying what to do

    def as_list(self) -> list:
        return [self.berkas, self.baris, self.kode_zona, self.nama_zona, self.masalah, self.keterangan]


@dataclass
class RuleImport:
    intensitas: RuleTable | None = None
    tata_bangunan: RuleTable | None = None
    itbx: ItbxMatrix | None = None
    report: list = field(default_factory=list)          # ReportRow
    unknown_codes: list = field(default_factory=list)   # codes/names listed, in first-seen order
    mapped: dict = field(default_factory=dict)          # source name/code -> code (mapping used)

    def tables(self) -> dict:
        return {kind: table for kind, table in (("intensitas", self.intensitas),
                                                ("tata_bangunan", self.tata_bangunan),
                                                ("itbx", self.itbx)) if table is not None}

    def summary_lines(self) -> list:
        """Lines for the log, as ``Message`` so the adapter can translate them."""
        lines = []
        for kind, table in self.tables().items():
            if kind == "itbx":
                lines.append(Message("{source} -> {output}: {rows} kegiatan × {zones} sub-zona",
                                     source=table.source, output=OUTPUT_NAMES[kind], rows=len(table.rows),
                                     zones=len(table.zones)))
            else:
                lines.append(Message("{source} -> {output}: {rows} baris, {codes} kode sub-zona",
                                     source=table.source, output=OUTPUT_NAMES[kind], rows=len(table.rows),
                                     codes=len(table.codes())))
        counts = {}
        for row in self.report:
            counts[row.masalah] = counts.get(row.masalah, 0) + 1
        if counts:
            lines.append(Message("laporan: {counts}",
                                 counts=", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))))
        if self.unknown_codes:
            lines.append(Message("kode sub-zona tidak dikenal: {codes}", codes=", ".join(self.unknown_codes)))
        else:
            lines.append(Message("kode sub-zona tidak dikenal: tidak ada"))
        return lines


def read_zone_code_map(path) -> dict:
    """Mapping CSV ``nama_zona,kode_zona`` (a name or a code as written in the source -> code)."""
    name, _, records = read_csv_records(path, ("nama_zona", "kode_zona"), "pemetaan kode zona")
    mapping, first_line = {}, {}
    for line, record in enumerate(records, start=2):
        source, code = (str(record.get(k) or "").strip() for k in ("nama_zona", "kode_zona"))
        if not source or not code:
            continue
        key = name_key(source)
        if key in mapping and zone_key(mapping[key]) != zone_key(code):
            raise PlpbkInputError("'{source}' dipetakan ke '{first}' (baris {first_line}) dan ke '{code}' "
                                  "(baris {line}). Sisakan satu kode.", layer=name, source=source,
                                  first=mapping[key], first_line=first_line[key], code=code, line=line)
        mapping[key], first_line[key] = code, line
    return mapping


def _remap(code: str, name: str, mapping: dict) -> str:
    """The mapped code of ``code``; by ``name`` only when the row has no code (a written code is
    never overridden by its name)."""
    if code:
        return mapping.get(name_key(code), code)
    return mapping.get(name_key(name), code) if name else code


def _is_template(path, required: str) -> bool:
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    return required in [h.strip() for h in header]


def _read_template(kind: str, path, mapping: dict, result: RuleImport) -> RuleTable:
    required = ("kode_zona", "kdb_maks", "klb_maks", "kdh_min") if kind == "intensitas" else ("kode_zona",)
    name, _, records = read_csv_records(path, required, kind.replace("_", " "))
    for record in records:
        code = str(record.get("kode_zona") or "").strip()
        new = _remap(code, str(record.get("nama_zona") or "").strip(), mapping)
        if new != code:
            result.mapped[code or record.get("nama_zona")] = new
            record["kode_zona"] = new
    return table_from_records(kind, records, name)


def _read_values(kind: str, path, resolver: CodeResolver, mapping: dict, result: RuleImport):
    """(table, names left without a code) of one intensity / building-form file."""
    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas tabel tidak ditemukan.", layer=str(path))
    try:
        if _is_template(path, "kode_zona"):
            return _read_template(kind, path, mapping, result), []
        importer = import_intensitas if kind == "intensitas" else import_tata_bangunan
        imported = importer(path, resolver)
    except UnicodeDecodeError as error:
        raise PlpbkInputError("berkas bukan teks UTF-8. Simpan ulang sebagai 'CSV UTF-8'.",
                              layer=path.name) from error
    except PlpbkInputError as error:
        if "Sub Zona" not in str(error):
            raise
        raise PlpbkInputError("format tabel tidak dikenali: perlu kolom 'kode_zona' (format plugin, "
                              "lihat resources/rules/templates) atau 'Sub Zona' (lampiran RDTR).",
                              layer=path.name) from error
    for name, (code, source) in imported.resolved.items():
        if source == "pengguna":
            result.mapped[name] = code
    return imported.table, imported.unknown


def _read_itbx(path, sheet, mapping: dict, result: RuleImport) -> tuple[ItbxMatrix, dict]:
    """(matrix, name -> code of its header) for an .xlsx annex or an itbx.csv."""
    path = Path(path)
    if not path.is_file():
        raise PlpbkInputError("berkas ITBX tidak ditemukan.", layer=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        imported = import_itbx_xlsx(path, sheet if sheet not in (None, "") else 0)
        matrix, names = imported.table, city_codes_from_itbx(imported)
    else:
        name, header, records = read_csv_records(path, ("kode_kegiatan", "nama_kegiatan"), "ITBX")
        matrix, names = itbx_from_records(itbx_zone_columns(header, name), records, name), {}
    renamed = [_remap(zone, "", mapping) for zone in matrix.zones]
    if renamed != matrix.zones:
        keys = [zone_key(z) for z in renamed]
        repeated = sorted({z for z, k in zip(renamed, keys) if keys.count(k) > 1})
        if repeated:
            raise PlpbkInputError("setelah pemetaan kode, kolom zona ganda: {codes}. Periksa berkas pemetaan "
                                  "kode zona.", layer=matrix.source, codes=", ".join(repeated))
        result.mapped.update({old: new for old, new in zip(matrix.zones, renamed) if old != new})
        for index, row in enumerate(matrix.rows):
            matrix.rows[index] = {**{k: row[k] for k in ("kode_kegiatan", "nama_kegiatan")},
                                  **{new: row[old] for old, new in zip(matrix.zones, renamed)}}
        matrix.zones = renamed
    return matrix, names


def _report_unknown(table: RuleTable, unresolved: list, itbx_zones: set | None, result: RuleImport):
    unresolved_keys = {zone_key(n) for n in unresolved}
    for row in table.rows:
        key = zone_key(row.kode_zona)
        if key in unresolved_keys:
            text = ("nama sub-zona tidak ada di daftar kode kota (ITBX), pemetaan, maupun kode "
                    "nasional; baris disimpan dengan nama sebagai kode_zona. Tambahkan "
                    "nama_zona,kode_zona ke berkas pemetaan kode zona.")
        elif itbx_zones is not None and key not in itbx_zones:
            text = ("kode tidak ada sebagai kolom di tabel ITBX; baris disimpan. Periksa ejaan "
                    "kode atau tambahkan ke berkas pemetaan kode zona.")
        elif itbx_zones is None and not _LOOKS_LIKE_CODE.match(key) \
                and key not in {zone_key(c) for c in NATIONAL_SUBZONE_CODES.values()}:
            text = ("tidak berbentuk kode sub-zona (mis. R-2, K-1); baris disimpan. Isi kode "
                    "lewat berkas pemetaan kode zona.")
        else:
            continue
        result.report.append(ReportRow(table.source, row.source_row, row.kode_zona, row.nama_zona,
                                       "kode_tidak_dikenal", text))
        if row.kode_zona not in result.unknown_codes:
            result.unknown_codes.append(row.kode_zona)


def _report_issues(table, result: RuleImport):
    for line, code, text in table.issues:
        kind = "duplikat_identik" if "duplikat identik" in text else "nilai_tidak_terbaca"
        result.report.append(ReportRow(table.source, line, code, "", kind, text))


def import_rule_tables(intensitas=None, tata_bangunan=None, itbx=None, zone_map=None,
                       itbx_sheet=None, use_national_codes: bool = True) -> RuleImport:
    """Read whichever of the three tables are given (paths); see the module doc."""
    if not any((intensitas, tata_bangunan, itbx)):
        raise PlpbkInputError("tidak ada tabel yang dipilih: isi paling sedikit satu dari tabel "
                              "intensitas, tata bangunan atau ITBX.")
    mapping = read_zone_code_map(zone_map) if zone_map else {}
    result = RuleImport()
    city = {}
    if itbx:
        result.itbx, city = _read_itbx(itbx, itbx_sheet, mapping, result)
        _report_issues(result.itbx, result)
    resolver = CodeResolver(user={k: v for k, v in mapping.items()}, city=city,
                            use_national=use_national_codes)
    itbx_zones = {zone_key(z) for z in result.itbx.zones} if result.itbx is not None else None
    for kind, path in (("intensitas", intensitas), ("tata_bangunan", tata_bangunan)):
        if not path:
            continue
        table, unresolved = _read_values(kind, path, resolver, mapping, result)
        setattr(result, kind, table)
        _report_unknown(table, unresolved, itbx_zones, result)
        _report_issues(table, result)
    return result


def write_outputs(result: RuleImport, folder) -> dict:
    """Write the template CSVs and the report into ``folder``; returns kind -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for kind, table in result.tables().items():
        path = folder / OUTPUT_NAMES[kind]
        (write_itbx if kind == "itbx" else write_table)(table, path)
        written[kind] = path
    report = folder / REPORT_NAME
    with report.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(REPORT_COLUMNS)
        for row in result.report:
            writer.writerow(row.as_list())
    written["report"] = report
    return written
