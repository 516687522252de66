"""One reading of a zone-rule cell, for every caller: the rule-table import, the city-plan
import, the building check and the plan check (pure).

A cell becomes a :class:`RuleValue`: empty, one number, or lot-size classes (each with one value
or numbered alternatives), or unreadable with the reason. How KDB, KDH and KTB are written is the
``units`` setting (the checks' ``RULE_UNITS`` parameter):

- ``auto`` (default): ``60`` and ``60%`` are 60 %; a bare value strictly between 0 and 1 is a
  fraction (``0,6`` -> 60 %, with a note); a bare ``1`` is ambiguous (1 % or 100 %) and refused.
- ``persen``: bare values are percent; ``0,6`` would be 0.6 %, which no plan means, so it is
  refused as implausible rather than read.
- ``pecahan``: bare values are fractions (``0,6`` -> 60 %, ``1`` -> 100 %); a bare ``60`` is
  refused.
A value with ``%`` is a percentage under every setting. Nothing is ever read as 0.6 %.

Every value is checked against the plausible range of its measure (:data:`PLAUSIBLE`): KDB 500,
KLB -1 or floors 10¹² are refused with the raw value quoted, never judged as if real.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import Message
from ..values import ParsedValue, is_empty, parse_floors, parse_number
from .lot_classes import LotClass, split_classes

RULE_UNITS = ("auto", "persen", "pecahan")
# the normalised city-plan layer's column holding the by-lot rules as JSON (rules_to_json)
LOT_RULES_FIELD = "aturan_kelas"
PERCENT_MEASURES = ("kdb", "kdh", "ktb")

# measure -> (lowest, highest) plausible value, in the unit the plugin stores (%, m, m², floors).
# KLB above 20 or 100 floors exist nowhere in an Indonesian RDTR; wider bounds would let a typing
# error (KLB 40 for 4.0) pass as a rule.
PLAUSIBLE = {
    "kdb": (0.0, 100.0), "kdh": (0.0, 100.0), "ktb": (0.0, 100.0), "klb": (0.0, 20.0),
    "lantai": (0.0, 100.0), "tinggi": (0.0, 500.0), "gsb": (0.0, 100.0), "jbs": (0.0, 100.0),
    "jbb": (0.0, 100.0), "luas": (0.0, None), "lebar": (0.5, 100.0),
}
# units a value may carry in the text, per measure ('' = bare number)
ALLOWED_UNITS = {"luas": ("", "m2"), "tinggi": ("", "m"), "gsb": ("", "m"), "jbs": ("", "m"),
                 "jbb": ("", "m"), "lebar": ("", "m"), "klb": ("",), "lantai": ("", "lantai")}


def measure_of(column: str) -> str:
    """'kdb_maks' -> 'kdb', 'gsb_min_arteri' -> 'gsb', 'luas_kelas_min' -> 'luas'."""
    return column.split("_", 1)[0].lower()


def plausibility_note(measure: str, value: float) -> str:
    """'' when ``value`` is plausible for ``measure``, else why not (Indonesian)."""
    low, high = PLAUSIBLE.get(measure, (None, None))
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"{low:g}–{high:g}" if high is not None else f"≥ {low:g}"
        return Message("nilai {value} di luar rentang wajar {measure} ({bounds})", value=f"{value:g}",
                       measure=measure.upper(), bounds=bounds)
    return ""


def _refused(raw, note: str) -> ParsedValue:
    return ParsedValue(None, False, raw, note)


def _percent(raw, parsed: ParsedValue, units: str) -> ParsedValue:
    value = parsed.value
    if parsed.unit == "%":
        return ParsedValue(value, True, raw, parsed.note, "%")
    if parsed.unit:
        return _refused(raw, Message("satuan '{unit}' bukan persen", unit=parsed.unit))
    if value == 0:
        return ParsedValue(0.0, True, raw, parsed.note, "%")
    if units == "pecahan":
        if value > 1:
            return _refused(raw, Message("bukan pecahan 0–1 (RULE_UNITS = pecahan); tulis '60%' atau ubah RULE_UNITS"))
        return ParsedValue(round(value * 100.0, 9), True, raw, Message("pecahan dibaca sebagai persen"), "%")
    if units == "persen" or value > 1:
        if 0 < value < 1:
            return _refused(raw, Message("{value} % tidak wajar; bila pecahan, pilih RULE_UNITS = pecahan", value=f"{value:g}"))
        return ParsedValue(value, True, raw, parsed.note, "%")
    if value == 1:
        return _refused(raw, Message("ambigu: 1 % atau pecahan 1 (100 %)? tulis '1%' atau '100%'"))
    return ParsedValue(round(value * 100.0, 9), True, raw, Message("pecahan dibaca sebagai persen"), "%")


def read_number(column: str, raw, units: str = "auto") -> ParsedValue:
    """One rule value of ``column`` (a normalised rule field such as ``kdb_maks``) as the plugin
    stores it: percent for KDB/KDH/KTB, floors for ``lantai_*``, metres, m²."""
    if units not in RULE_UNITS:
        raise ValueError(f"RULE_UNITS '{units}' tidak dikenal: {', '.join(RULE_UNITS)}")
    measure = measure_of(column)
    parsed = parse_floors(raw) if measure == "lantai" else parse_number(raw)
    if parsed.empty or not parsed.ok:
        return parsed
    if measure in PERCENT_MEASURES:
        parsed = _percent(raw, parsed, units)
        if not parsed.ok:
            return parsed
    elif parsed.unit not in ALLOWED_UNITS.get(measure, ("",)):
        return _refused(raw, Message("satuan '{unit}' tidak cocok untuk {column}", unit=parsed.unit, column=column))
    note = plausibility_note(measure, parsed.value)
    return _refused(raw, note) if note else parsed


@dataclass(frozen=True)
class RuleValue:
    """A rule cell read: ``value`` when it does not depend on the lot, ``classes`` when it does.

    ``truncated``: the text was cut off (only its complete classes are kept); ``cut_class``: the
    bounds (min, max, min_incl, max_incl) of the class that was cut, when they could be read."""
    raw: object = None
    value: float | None = None
    classes: tuple = ()
    ok: bool = True
    note: str = ""
    truncated: bool = False
    cut_class: tuple | None = None

    @property
    def empty(self) -> bool:
        return self.ok and self.value is None and not self.classes and not self.truncated

    @property
    def by_lot(self) -> bool:
        """The allowed value depends on the lot (classes or alternatives, or a cut text)."""
        return bool(self.classes) or self.truncated

    @property
    def alternatives(self) -> set:
        return {k for c in self.classes for k in c.values if k}

    @property
    def problem(self) -> str:
        return "" if self.ok else f"'{'' if self.raw is None else str(self.raw).strip()}': {self.note}"

    def value_range(self) -> tuple[float | None, float | None]:
        """(lowest, highest) value over every class and alternative (or the one value)."""
        if self.value is not None:
            return self.value, self.value
        values = [v for c in self.classes for v in c.values.values()]
        return (min(values), max(values)) if values else (None, None)

    def signature(self) -> tuple:
        """What the rule says, without its wording: equal for "maksimal 100 m2" and a table row
        0–100 (a lower bound of none and of 0 are the same for lot areas)."""
        def lower(c):
            return (0.0, True) if c.min_m2 in (None, 0.0) else (c.min_m2, c.min_inclusive)

        return (self.value, self.truncated, tuple(
            (*lower(c), c.max_m2, c.max_inclusive, tuple(sorted(c.values.items()))) for c in self.classes))

    def describe(self) -> str:
        text = "; ".join(c.describe() for c in self.classes)
        return text + ("; (teks terpotong)" if self.truncated else "")

    def as_json(self) -> dict:
        return {"kelas": [c.as_json() for c in self.classes], "terpotong": self.truncated,
                "kelas_terpotong": list(self.cut_class) if self.cut_class else None,
                "teks": None if self.raw is None else str(self.raw), "catatan": self.note}

    @classmethod
    def from_json(cls, data: dict) -> RuleValue:
        cut = data.get("kelas_terpotong")
        classes = tuple(LotClass.from_json(c) for c in data.get("kelas") or ())
        return cls(raw=data.get("teks"), classes=classes, truncated=bool(data.get("terpotong")),
                   cut_class=tuple(cut) if cut else None, note=str(data.get("catatan") or ""))


def read_rule(column: str, raw, units: str = "auto") -> RuleValue:
    """Any rule cell: empty, a number, lot-size classes with alternatives, or unreadable."""
    if is_empty(raw):
        return RuleValue(raw)
    number = read_number(column, raw, units)
    if number.ok:
        return RuleValue(raw, number.value, note=number.note)
    if isinstance(raw, (int, float)):
        return RuleValue(raw, ok=False, note=number.note)
    text = split_classes(raw)
    if not text.found:
        return RuleValue(raw, ok=False, note=number.note)
    if not text.ok:
        return RuleValue(raw, ok=False, note=text.note)
    classes, notes = [], []
    for low, high, low_incl, high_incl, label, value_texts in text.classes:
        values = {}
        for alternative, value_text in value_texts.items():
            parsed = read_number(column, value_text, units)
            if not parsed.ok or parsed.value is None:
                return RuleValue(raw, ok=False, note=f"{label}: {parsed.problem or 'nilai kosong'}")
            values[alternative] = parsed.value
            if parsed.note and parsed.note not in notes:
                notes.append(parsed.note)
        classes.append(LotClass(low, high, values, low_incl, high_incl, label))
    if text.truncated:
        notes.append("teks terpotong: hanya kelas yang lengkap dipakai")
    single = _single_value(classes) if not text.truncated else None
    if single is not None:
        return RuleValue(raw, single, note="; ".join(notes + ["nilai sama untuk semua kelas luas"]))
    return RuleValue(raw, classes=tuple(classes), note="; ".join(notes), truncated=text.truncated,
                     cut_class=text.cut_bounds)


def _single_value(classes) -> float | None:
    """The value when the classes cover every lot size without a gap and all agree: then the
    lot makes no difference. Agreeing classes that leave sizes uncovered stay classes (a lot in
    the gap has no rule)."""
    values = {v for c in classes for v in c.values.values()}
    if len(values) != 1 or not _covers_every_size(classes):
        return None
    return values.pop()


def _covers_every_size(classes) -> bool:
    ordered = sorted(classes, key=lambda c: -1.0 if c.min_m2 is None else c.min_m2)
    if ordered[0].min_m2 not in (None, 0.0) or (ordered[0].min_m2 == 0 and not ordered[0].min_inclusive):
        return False
    for before, after in zip(ordered, ordered[1:]):
        if before.max_m2 is None or after.min_m2 != before.max_m2:
            return False
        if not (before.max_inclusive or after.min_inclusive):
            return False
    return ordered[-1].max_m2 is None


def classes_from_rows(rows) -> RuleValue:
    """Lot-size classes from rule-table rows ``(min, max, value)``; a class holds lots with
    area > min and ≤ max (the template's documented convention), 0 included when min is 0."""
    classes = []
    for low, high, value in sorted(rows, key=lambda r: (-1 if r[0] is None else r[0])):
        label = f"luas {'0' if low is None else f'{low:g}'}–{'…' if high is None else f'{high:g}'} m2"
        classes.append(LotClass(low, high, {0: value}, low is None or low == 0, True, label))
    for before, after in zip(classes, classes[1:]):
        # (a, b] and (c, d] overlap when c < b: a lot there would have two rules
        if before.max_m2 is None or (after.min_m2 or 0.0) < before.max_m2:
            return RuleValue(None, ok=False, note=f"kelas luas tumpang tindih: {before.label} dan {after.label}; "
                                                  "perbaiki luas_kelas_min/luas_kelas_maks")
    single = _single_value(classes)
    if single is not None:
        return RuleValue(None, single)
    return RuleValue(None, classes=tuple(classes))


def rules_to_json(rules: dict) -> str | None:
    """``{column: RuleValue}`` of the by-lot rules -> the ``aturan_kelas`` text of a zone."""
    by_lot = {column: rule.as_json() for column, rule in rules.items() if rule.by_lot}
    return json.dumps(by_lot, ensure_ascii=False, sort_keys=True) if by_lot else None


def rules_from_json(text) -> tuple[dict, str]:
    """``aturan_kelas`` text -> ({column: RuleValue}, problem ('' when read))."""
    if is_empty(text):
        return {}, ""
    try:
        data = json.loads(str(text))
        return {column: RuleValue.from_json(item) for column, item in data.items()}, ""
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        return {}, f"aturan_kelas tidak terbaca ({error})"
