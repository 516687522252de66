"""City-plan polygons (RTRW / RDTR / RTBL) as cities publish them -> the normalised layer (pure).

Detects the national RDTR attribute schema (NAMSZN, KODSZN, ... including shapefile-suffixed
copies such as ``KODSZN_1``), accepts the user's own field mapping, reads rule values from the
polygon's attributes (text like "60", "0,6", "Luas LP ...: Alternatif 1: 90 ...") and/or joins
them from rule tables by sub-zone code. Whatever cannot be read is left empty and written with
its raw text into ``catatan_impor``; nothing is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import Message
from ..values import is_empty
from .rule_tables import zone_key, zone_rule_values
from .rule_values import LOT_RULES_FIELD, RuleValue, read_rule, rules_to_json

TEXT_FIELDS = ("jenis_rencana", "kode_zona", "nama_zona", "kode_zona_induk", "nama_zona_induk",
               "kode_blok", "kode_subblok", "wadmpr", "wadmkk", "wadmkc", "wadmkd")
ROADS = ("arteri", "kolektor", "lokal")
RULE_FIELDS = (("kdb_maks", "klb_maks", "kdh_min", "ktb_maks", "gsb_min", "tinggi_maks", "lantai_maks")
               + tuple(f"gsb_min_{r}" for r in ROADS) + tuple(f"tinggi_maks_{r}" for r in ROADS)
               + tuple(f"lantai_maks_{r}" for r in ROADS) + ("luas_persil_min",))
# CONTRACTS.md order; lantai_maks_<road> added because the conformance check reads them too.
# ``aturan_kelas`` (JSON) holds the rules that depend on the lot (lot-size classes,
# alternatives); the plain rule field stays empty for them (core.rule_values.rules_to_json).
NORMALISED_FIELDS = TEXT_FIELDS + RULE_FIELDS + (LOT_RULES_FIELD, "catatan_impor")
PLAN_TYPES = ("RDTR", "RTRW", "RTBL")

# National RDTR schema (and the normalised names themselves, so a re-import works).
NATIONAL_SCHEMA = {
    "kode_zona": ("KODSZN",), "nama_zona": ("NAMSZN", "NAMOBJ"), "kode_zona_induk": ("KODZON",),
    "nama_zona_induk": ("NAMZON",), "kode_blok": ("KODBLK",), "kode_subblok": ("KODSBL",),
    "wadmpr": ("WADMPR",), "wadmkk": ("WADMKK",), "wadmkc": ("WADMKC",), "wadmkd": ("WADMKD",),
    "jenis_rencana": ("JNSRPR",), "kdb_maks": ("KDB",), "klb_maks": ("KLB",), "kdh_min": ("KDH",),
    "ktb_maks": ("KTB",), "gsb_min": ("GSB",), "tinggi_maks": ("TB", "TINGGI"),
    "lantai_maks": ("JLB", "LANTAI"), "luas_persil_min": ("LUAS_MIN",),
}
_SUFFIX = re.compile(r"^(?P<base>.+?)_(?P<n>\d{1,2})$")


def detect_fields(field_names) -> dict:
    """target -> source field for the national schema. Exact names (any case) win over
    suffixed copies (``KODSZN_1`` before ``KODSZN_2``)."""
    by_upper = {}
    for name in field_names:
        upper = name.upper()
        match = _SUFFIX.match(upper)
        base, rank = (match.group("base"), int(match.group("n"))) if match else (upper, -1)
        by_upper.setdefault(base, []).append((rank, name))
    mapping = {}
    for target in TEXT_FIELDS + RULE_FIELDS:
        for alias in (target.upper(),) + NATIONAL_SCHEMA.get(target, ()):
            if alias in by_upper:
                mapping[target] = sorted(by_upper[alias])[0][1]
                break
    return mapping


def parse_field_map(text: str, field_names) -> dict:
    """'kode_zona=SUBZONA; kdb_maks=KDB_MAX' -> dict; unknown names raise ValueError (Indonesian)."""
    mapping = {}
    names = {n.upper(): n for n in field_names}
    for part in re.split(r"[;,\n]", text or ""):
        if not part.strip():
            continue
        target, sep, source = part.partition("=")
        target, source = target.strip().lower(), source.strip()
        if not sep or target not in TEXT_FIELDS + RULE_FIELDS:
            raise ValueError(f"pemetaan kolom '{part.strip()}' tidak dikenal; tulis "
                             "kolom_tujuan=KOLOM_SUMBER, mis. kode_zona=SUBZONA. Kolom tujuan: "
                             + ", ".join(TEXT_FIELDS + RULE_FIELDS))
        if source.upper() not in names:
            raise ValueError(f"kolom sumber '{source}' (pada '{part.strip()}') tidak ada di lapisan. "
                             f"Kolom yang ada: {', '.join(field_names)}")
        mapping[target] = names[source.upper()]
    return mapping


@dataclass
class ImportReport:
    count: int = 0
    mapping: dict = field(default_factory=dict)
    unknown_codes: Counter = field(default_factory=Counter)   # code -> number of features
    empty_codes: int = 0
    features_with_notes: int = 0
    from_table: int = 0
    conflicts: int = 0
    notes: list = field(default_factory=list)               # (feature label, text) for the log

    def summary_lines(self) -> list:
        """Lines for the log, as ``Message`` so the adapter can translate them."""
        lines = [Message("{count} poligon dinormalisasi; pemetaan kolom: {mapping}", count=self.count,
                         mapping=", ".join(f"{t}<-{s}" for t, s in sorted(self.mapping.items())))]
        if self.from_table:
            lines.append(Message("{count} poligon mendapat nilai aturan dari tabel aturan", count=self.from_table))
        if self.unknown_codes:
            lines.append(Message("kode sub-zona tidak ada di tabel aturan (poligon tetap ditulis): {codes}",
                                 codes=", ".join(f"{c} ({n})" for c, n in sorted(self.unknown_codes.items()))))
        if self.empty_codes:
            lines.append(Message("{count} poligon tanpa kode sub-zona", count=self.empty_codes))
        if self.conflicts:
            lines.append(Message("{count} nilai atribut berbeda dengan tabel aturan (lihat catatan_impor)",
                                 count=self.conflicts))
        if self.features_with_notes:
            lines.append(Message("{count} poligon memiliki catatan_impor", count=self.features_with_notes))
        return lines


def _text(value) -> str | None:
    if is_empty(value) and not (isinstance(value, str) and value.strip() == "-"):
        return None
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text or None


def _plan_type(raw, default: str) -> str:
    text = str(raw or "").upper()
    return next((p for p in PLAN_TYPES if p in text), default)


def read_rule_attribute(target: str, raw, units: str = "auto") -> tuple[object, str]:
    """(value, note) for one rule attribute of a polygon: a number, a by-lot
    :class:`RuleValue` (classes / alternatives), or None with the reason in the note."""
    if is_empty(raw):
        return None, ""
    rule = read_rule(target, raw, units)
    if not rule.ok:
        return None, f"{target}: {rule.problem}"
    if rule.by_lot:
        text = f"{target}: aturan per kelas luas persil (di {LOT_RULES_FIELD}): {rule.describe()}"
        if rule.truncated:
            text += f"; teks asli terpotong, kelas berikutnya hilang: '{raw}'"
        return rule, text
    return rule.value, (f"{target}: {rule.note}" if rule.note else "")


def normalise_features(columns: dict, n: int, mapping: dict, plan_type: str = "RDTR",
                       intensitas=None, tata_bangunan=None, prefer_table: bool = False,
                       labels=None, empty_geometry=None, units: str = "auto") -> tuple[list, ImportReport]:
    """Rows (lists in NORMALISED_FIELDS order) for ``n`` features.

    ``columns``: source field -> values; ``mapping``: normalised field -> source field.
    Rule tables (:class:`RuleTable`) are joined by sub-zone code; ``prefer_table`` decides
    which wins when a polygon attribute and the table disagree (the other is noted).
    ``empty_geometry``: per feature, True when it has no polygon (kept, and noted)."""
    report = ImportReport(count=n, mapping=dict(mapping))
    tables = [t for t in (intensitas, tata_bangunan) if t is not None]
    known = {zone_key(c) for t in tables for c in t.codes()}
    cache, readings = {}, {}
    rows = []
    for i in range(n):
        def raw(target, i=i):
            source = mapping.get(target)
            return columns[source][i] if source else None

        record = {t: _text(raw(t)) for t in TEXT_FIELDS}
        record["jenis_rencana"] = _plan_type(record["jenis_rencana"], plan_type)
        notes = []
        if empty_geometry is not None and empty_geometry[i]:
            notes.append("tanpa geometri: gambar ulang poligonnya atau hapus fitur ini di lapisan sumber")
        for target in RULE_FIELDS:
            key = (target, repr(raw(target)))
            if key not in readings:         # 10⁴ polygons repeat a few dozen texts
                readings[key] = read_rule_attribute(target, raw(target), units)
            value, note = readings[key]
            record[target] = value
            if note:
                notes.append(note)
        code = record["kode_zona"]
        if not code:
            report.empty_codes += 1
            notes.append("kode sub-zona kosong")
        elif tables:
            key = zone_key(code)
            if key not in known:
                report.unknown_codes[code] += 1
                notes.append(f"kode sub-zona '{code}' tidak ada di tabel aturan")
            else:
                if key not in cache:
                    cache[key] = zone_rule_values(code, *tables)
                table_values, table_notes = cache[key]
                report.from_table += _merge(record, table_values, prefer_table, notes, report)
                # a table note ("kdb_maks berbeda per kelas ...") only where the field stays empty
                notes.extend(n for n in table_notes if record.get(n.split(" ", 1)[0]) is None)
        lot_rules = {t: v for t in RULE_FIELDS if isinstance(v := record[t], RuleValue)}
        for target in lot_rules:
            record[target] = None
        record[LOT_RULES_FIELD] = rules_to_json(lot_rules)
        record["catatan_impor"] = "; ".join(notes) or None
        if notes:
            report.features_with_notes += 1
            label = labels[i] if labels is not None else i
            report.notes.append((label, record["catatan_impor"]))
        rows.append([record[f] for f in NORMALISED_FIELDS])
    return rows, report


def _merge(record: dict, table_values: dict, prefer_table: bool, notes: list, report) -> int:
    """Table values into a polygon's record; either side may be a by-lot RuleValue."""
    used = 0
    for target, value in table_values.items():
        if target not in record or value is None:
            continue
        own = record[target]
        if own is None:
            record[target] = value
            used = 1
        elif _differs(own, value):
            report.conflicts += 1
            kept, other = (value, own) if prefer_table else (own, value)
            record[target] = kept
            notes.append(f"{target}: atribut {_show(own)} berbeda dengan tabel {_show(value)}; dipakai "
                         f"{_show(kept)} ({'tabel' if prefer_table else 'atribut'}), {_show(other)} diabaikan")
    return used


def _differs(a, b) -> bool:
    if isinstance(a, RuleValue) or isinstance(b, RuleValue):
        def signature(value):
            return value.signature() if isinstance(value, RuleValue) else (value, False, ())
        return signature(a) != signature(b)
    return abs(a - b) > 1e-9


def _show(value) -> str:
    return f"({value.describe()})" if isinstance(value, RuleValue) else f"{value:g}"
