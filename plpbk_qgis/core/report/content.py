"""What the printable conformance report says, computed from the check result tables (pure).

The report reads the result layers themselves (the layer is the record the Tim Teknis signs
for; a JSON report may be stale): ``plpbk:checkbuildingrules`` gives parcels (``persil``) and
buildings (``bangunan``), ``plpbk:checkplanconformance`` gives plan blocks (``blok``). Each has
per rule ``<measured>``, ``<allowed>``, ``status_<rule>`` and overall ``status`` + ``alasan``
(``KODE: teks; KODE: teks``). Everything here works on plain column lists so that it is tested
without QGIS and the QGIS adapter only reads the layers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..errors import PlpbkInputError

STATUSES = ("SESUAI", "PERLU_CEK", "MELANGGAR", "TIDAK_DICEK")
STATUS_LABELS = {"SESUAI": "Sesuai", "PERLU_CEK": "Perlu dicek", "MELANGGAR": "Melanggar",
                 "TIDAK_DICEK": "Tidak dicek"}
NO_ZONE = "(tanpa zona)"


@dataclass(frozen=True)
class Rule:
    key: str          # status field is status_<key>
    label: str
    measured: str = ""   # field of the measured (or planned) value; "" = status only
    allowed: str = ""    # field of the allowed value
    unit: str = ""
    at_most: bool = True  # allowed value is a maximum (else a minimum)


RULES = (
    Rule("zona", "Zona"),
    Rule("guna", "Guna rencana"),
    Rule("kdb", "KDB", "kdb", "kdb_maks", "%"),
    Rule("klb", "KLB", "klb", "klb_maks"),
    Rule("kdh", "KDH", "kdh", "kdh_min", "%", at_most=False),
    Rule("gsb", "GSB", "gsb", "gsb_min", "m", at_most=False),
    Rule("tinggi", "Tinggi", "tinggi", "tinggi_maks", "m"),
    Rule("lantai", "Lantai", "lantai", "lantai_maks", "lt"),
    Rule("itbx", "ITBX"),
)

# kind -> (title, id fields tried in order)
KINDS = {
    "blok": ("Blok rencana (RTPLP)", ("id_blok",)),
    "persil": ("Persil", ("id_persil",)),
    "bangunan": ("Bangunan", ("id_bangunan",)),
}

# Reason codes that state a violation; every other code says the data needs a look or completing.
VIOLATION_CODES = frozenset({
    "KDB_LEBIH", "KLB_LEBIH", "KDH_KURANG", "GSB_KURANG", "TINGGI_LEBIH", "LANTAI_LEBIH",
    "ITBX_X", "RENCANA_LEBIH_LONGGAR", "ZONA_LINDUNG_DIBANGUN", "GUNA_TIDAK_SESUAI_ZONA",
})

# "KODE: text; KODE: text" — split only before a new upper-case code, since texts hold ';' rarely
# but ',' and '(…)' often.
_REASON_SPLIT = re.compile(r";\s*(?=[A-Z][A-Z0-9_]+:)")
_REASON_ITEM = re.compile(r"^\s*([A-Z][A-Z0-9_]+):\s*(.*)$", re.S)


@dataclass
class ResultTable:
    kind: str                 # key of KINDS
    name: str                 # layer name shown to the user
    columns: dict             # field name -> list of values (None for NULL)
    fids: list = field(default_factory=list)   # feature ids, used when there is no id field
    source: str = ""          # file the layer came from (named in the "more rows" note)

    def __len__(self):
        return len(self.columns.get("status", []))

    @property
    def title(self) -> str:
        return KINDS[self.kind][0]


@dataclass
class Violation:
    ident: str
    zone: str
    items: list               # "KDB 99,95 % (maks 60 %)" per broken rule
    reasons: str              # texts of the violation codes, "; "-joined
    rows: list                # (rule label, measured, allowed, unit) for the CSV
    judged_by: str = ""       # lot-size class and alternative the intensities were judged by


@dataclass
class ReasonGroup:
    code: str
    text: str
    ids: list


@dataclass
class BlockRow:
    ident: str
    use: str
    zones: str
    cells: list               # (rule, planned text, allowed text, status)
    status: str
    reasons: str


# ---------------------------------------------------------------- formatting

def is_missing(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def format_number(value, decimals: int = 2) -> str:
    """Indonesian notation: decimal comma, no trailing zeros (99,95; 60; 2,1)."""
    if is_missing(value):
        return "–"
    try:
        number = round(float(value), decimals)
    except (TypeError, ValueError):
        return str(value)
    text = f"{number:.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if text not in ("-0", "") else "0"


def format_count(value: int) -> str:
    """Thousands with a dot, as written in Indonesian documents (2.180)."""
    return f"{int(value):,}".replace(",", ".")


def with_unit(value, unit: str, decimals: int = 2) -> str:
    text = format_number(value, decimals)
    return text if not unit or text == "–" else f"{text} {unit}"


# ---------------------------------------------------------------- validation

def check_result_table(table: ResultTable) -> None:
    """Raise PlpbkInputError (Indonesian) unless the table is a conformance check result."""
    names = set(table.columns)
    missing = [name for name in ("status", "alasan") if name not in names]
    if not missing and not rules_of(table):
        missing = ["status_kdb / status_gsb / …"]
    if missing:
        raise PlpbkInputError(
            "bukan hasil pemeriksaan kesesuaian: kolom {columns} tidak ada. Pilih lapisan keluaran "
            "'Periksa bangunan terhadap aturan zona' (persil/bangunan) atau 'Periksa kesesuaian rencana "
            "(RTPLP) dengan rencana kota' (blok rencana).", layer=table.name,
            columns=", ".join(f"'{m}'" for m in missing))
    values = [v for v in table.columns["status"] if not is_missing(v)]
    if values and not any(v in STATUSES for v in values):
        raise PlpbkInputError(
            "kolom 'status' tidak berisi SESUAI / MELANGGAR / PERLU_CEK / TIDAK_DICEK. "
            "Pilih lapisan keluaran pemeriksaan kesesuaian.", layer=table.name, field="status")


def rules_of(table: ResultTable) -> list:
    return [rule for rule in RULES if f"status_{rule.key}" in table.columns]


# ---------------------------------------------------------------- reading rows

def split_reasons(text) -> list:
    """'KDB_LEBIH: teks; GSB_KURANG: teks' -> [(code, text), ...] (free text keeps code '')."""
    if is_missing(text):
        return []
    out = []
    for part in _REASON_SPLIT.split(str(text).strip()):
        part = part.strip().rstrip(";").strip()
        if not part:
            continue
        match = _REASON_ITEM.match(part)
        out.append((match.group(1), match.group(2).strip()) if match else ("", part))
    return out


def feature_ids(table: ResultTable) -> list:
    for name in KINDS[table.kind][1]:
        values = table.columns.get(name)
        if values is not None:
            fids = table.fids or range(len(values))
            return [f"fid {fid}" if is_missing(v) else str(v) for v, fid in zip(values, fids)]
    fids = table.fids or range(len(table))
    return [f"fid {fid}" for fid in fids]


def zones_of(table: ResultTable) -> list:
    values = table.columns.get("kode_zona") or [None] * len(table)
    return [NO_ZONE if is_missing(v) else str(v) for v in values]


def natural_key(text: str):
    """'PRS-10' after 'PRS-9'; zone '(tanpa zona)' last."""
    return (text == NO_ZONE,
            [(0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", text)])


# ---------------------------------------------------------------- summaries

def _tally(keys, statuses) -> dict:
    out: dict = {}
    for key, status in zip(keys, statuses):
        row = out.setdefault(key, {})
        # 'sesuai ' typed by hand is SESUAI; any other text is kept as written and counted
        # apart ("status lain"), so that the summary still adds up to every feature
        status = "TIDAK_DICEK" if is_missing(status) else str(status).strip().upper()
        row[status] = row.get(status, 0) + 1
    return out


OTHER_STATUS = "LAINNYA"


def unknown_statuses(table: ResultTable) -> dict:
    """{status text not in STATUSES: count} over the overall and per-rule status columns."""
    found: dict = {}
    columns = ["status"] + [f"status_{rule.key}" for rule in rules_of(table)]
    for name in columns:
        for status, count in _tally(["x"] * len(table), table.columns[name]).get("x", {}).items():
            if status not in STATUSES:
                found[status] = found.get(status, 0) + count
    return found


def count_status(table: ResultTable) -> dict:
    return _tally(["all"] * len(table), table.columns["status"]).get("all", {})


def count_rule_status(table: ResultTable) -> dict:
    """{rule key: {status: count}} for every rule the table has a status field for."""
    out = {}
    for rule in rules_of(table):
        out[rule.key] = _tally(["r"] * len(table), table.columns[f"status_{rule.key}"]).get("r", {})
    return out


def count_zone_status(table: ResultTable) -> dict:
    """{zone: {overall status: count}}, zones in natural order."""
    tally = _tally(zones_of(table), table.columns["status"])
    return {zone: tally[zone] for zone in sorted(tally, key=natural_key)}


def _value(table: ResultTable, name: str, index: int):
    column = table.columns.get(name)
    return None if column is None else column[index]


def judged_by(table: ResultTable, index: int) -> str:
    """'luas lebih dari 100 - 300 m2, alternatif 2' where the zone's rule depends on the lot."""
    lot, alternative = _value(table, "kelas_luas", index), _value(table, "alternatif", index)
    parts = [] if is_missing(lot) else [str(lot)]
    if not is_missing(alternative):
        parts.append(f"alternatif {int(float(alternative))}")
    return ", ".join(parts)


def _violation_item(table: ResultTable, rule: Rule, index: int):
    """(cell text, csv row) for one broken rule of one feature."""
    if rule.measured:
        measured = _value(table, rule.measured, index)
        allowed = _value(table, rule.allowed, index)
        bound = "maks" if rule.at_most else "min"
        digits = 3 if rule.key == "klb" else 2      # KLB is a ratio: written to three decimals
        text = (f"{rule.label} {with_unit(measured, rule.unit, digits)} "
                f"({bound} {with_unit(allowed, rule.unit, digits)})")
        return text, (rule.label, format_number(measured, digits), format_number(allowed, digits), rule.unit)
    if rule.key == "itbx":
        use = _value(table, "fungsi", index) or _value(table, "guna_rencana", index)
        cell = _value(table, "itbx", index) or "X"
        used = "" if is_missing(use) else f"{use} "
        return (f"ITBX {used}= {cell} (tidak diizinkan)",
                (rule.label, "" if is_missing(use) else str(use), str(cell), ""))
    zone = _value(table, "kode_zona", index)
    use = _value(table, "guna_rencana", index) if rule.key == "guna" else None
    what = " ".join(str(v) for v in (use, zone) if not is_missing(v))
    return f"{rule.label}: {what or 'tidak sesuai'}", (rule.label, what, "", "")


def violations(table: ResultTable) -> list:
    """Every MELANGGAR feature, sorted by zone then id, with measured vs allowed values."""
    ids, zones, rules = feature_ids(table), zones_of(table), rules_of(table)
    out = []
    for index, status in enumerate(table.columns["status"]):
        if status != "MELANGGAR":
            continue
        items, rows = [], []
        for rule in rules:
            if table.columns[f"status_{rule.key}"][index] == "MELANGGAR":
                text, row = _violation_item(table, rule, index)
                items.append(text)
                rows.append(row)
        reasons = [f"{code}: {text}" if code else text
                   for code, text in split_reasons(table.columns["alasan"][index])
                   if code in VIOLATION_CODES or not code]
        out.append(Violation(ids[index], zones[index], items, "; ".join(reasons), rows,
                             judged_by(table, index)))
    out.sort(key=lambda v: (natural_key(v.zone), natural_key(v.ident)))
    return out


def needs_check(table: ResultTable) -> list:
    """Features grouped by each reason code that is not a violation ('data perlu dilengkapi').

    A MELANGGAR feature with missing floors is listed too: its data still needs completing.
    """
    ids = feature_ids(table)
    groups: dict = {}
    for index, text in enumerate(table.columns["alasan"]):
        seen = set()
        for code, reason in split_reasons(text):
            if not code or code in VIOLATION_CODES or code in seen:
                continue
            seen.add(code)
            group = groups.setdefault(code, ReasonGroup(code, _generic_text(reason), []))
            group.ids.append(ids[index])
    for group in groups.values():
        group.ids.sort(key=natural_key)
    return sorted(groups.values(), key=lambda g: (-len(g.ids), g.code))


def _generic_text(reason: str) -> str:
    """The reason text without the per-feature detail in brackets ('… (T1 terbatas …)')."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", reason).strip() or reason


def block_rows(table: ResultTable) -> list:
    """One row per plan block: zones and shares, planned vs allowed per rule, reasons."""
    ids, rules = feature_ids(table), rules_of(table)
    shares = table.columns.get("zona_tumpang")
    out = []
    for index in range(len(table)):
        zones = shares[index] if shares is not None and not is_missing(shares[index]) else ""
        if not zones:
            code, share = _value(table, "kode_zona", index), _value(table, "porsi_zona", index)
            zones = "" if is_missing(code) else f"{code} {format_number(share, 1)} %"
        cells = []
        for rule in rules:
            status = table.columns[f"status_{rule.key}"][index] or "TIDAK_DICEK"
            if rule.measured:
                bound = "≤" if rule.at_most else "≥"
                cells.append((rule, format_number(_value(table, rule.measured, index)),
                              f"{bound} {format_number(_value(table, rule.allowed, index))}", status))
            else:
                cells.append((rule, "", "", status))
        reasons = "; ".join(f"{c}: {t}" if c else t
                            for c, t in split_reasons(table.columns["alasan"][index]))
        use = _value(table, "guna_rencana", index)
        out.append(BlockRow(ids[index], "" if is_missing(use) else str(use), str(zones), cells,
                            table.columns["status"][index] or "TIDAK_DICEK", reasons))
    out.sort(key=lambda row: natural_key(row.ident))
    return out


def violation_csv_rows(table: ResultTable, found: list | None = None) -> list:
    """Long format for spreadsheets: one row per (feature, broken rule); decimal point."""
    rows = []
    for item in violations(table) if found is None else found:
        for label, measured, allowed, unit in item.rows:
            rows.append({"lapisan": table.kind, "id": item.ident, "kode_zona": item.zone,
                         "kelas_luas_alternatif": item.judged_by,
                         "aturan": label, "terukur": measured.replace(",", "."),
                         "batas": allowed.replace(",", "."), "satuan": unit, "alasan": item.reasons})
    return rows
