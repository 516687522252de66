"""Reading numbers out of the text cities and surveys actually write (pure, no QGIS).

Rule and survey values arrive as text: "60", "60%", "0,6", "1.2", "1.000,5", "2 lantai",
"4-7", "10+", "-", NULL. Every parser returns the raw value with its result so that a caller can
report what it could not read. Nothing is guessed: an ambiguous text gives ``ok=False`` and a
note (Indonesian) saying why; the caller leaves the value empty and reports the raw text.

Public API
----------
``ParsedValue(value, ok, raw, note, unit, lower, upper)``
    ``ok`` is False only when text was given but cannot be read as one value. Empty input
    ("", None, NULL, "-", "NULL", NaN) gives ``value=None, ok=True`` and ``empty=True``.
``parse_number(raw)``        one real number, optional unit (%, m, m2, ha, cm, lantai).
``parse_floors(raw)``        a whole number of floors ≥ 1; ranges / open bounds are not ok.
Rule cells (percent/fraction conventions, plausible ranges, lot-size classes with
alternatives) are read by :mod:`.rule_values` on top of these.
``is_empty(raw)``            True for the empty spellings above.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import Message

# Spellings that mean "no value" in exported tables ("-" is how RDTR annexes write "not set").
EMPTY_SPELLINGS = {"", "-", "--", "—", "–", "null", "none", "nan", "n/a", "na", "#n/a"}

# Units accepted after a number (lower case, without spaces) -> canonical unit.
UNITS = {
    "%": "%", "persen": "%",
    "m": "m", "meter": "m", "mtr": "m",
    "m2": "m2", "m²": "m2", "meterpersegi": "m2",
    "ha": "ha", "hektar": "ha", "cm": "cm",
    "lantai": "lantai", "lt": "lantai", "lt.": "lantai", "lapis": "lantai",
    "floor": "lantai", "floors": "lantai",
}
# Rule-language words before a number: the number is still the value of the rule.
QUALIFIER_WORDS = re.compile(r"^(maks(imal|imum)?|max(imum)?|min(imal|imum)?)\.?\s*:?\s*",
                             re.IGNORECASE)
_NUMBER = r"[+-]?\d[\d.,]*"
_SINGLE = re.compile(rf"^(?P<num>{_NUMBER})\s*(?P<unit>[^\d\s].*)?$")
_RANGE = re.compile(rf"^(?P<a>{_NUMBER})\s*(?:-|–|—|s/?d\.?|sampai(?: dengan)?|hingga|to)\s*"
                    rf"(?P<b>{_NUMBER})\s*(?P<unit>[^\d\s].*)?$", re.IGNORECASE)
_OPEN_UP = re.compile(rf"^(?:>=?|≥|lebih dari)\s*(?P<a>{_NUMBER})\s*(?P<unit>[^\d\s].*)?$",
                      re.IGNORECASE)
_PLUS = re.compile(rf"^(?P<a>{_NUMBER})\s*\+\s*(?P<unit>[^\d\s].*)?$")
_OPEN_DOWN = re.compile(rf"^(?:<=?|≤|kurang dari)\s*(?P<a>{_NUMBER})\s*(?P<unit>[^\d\s].*)?$",
                        re.IGNORECASE)
_APPROX = re.compile(r"^(±|\+/-|~|kira-kira|kurang lebih|sekitar|approx\.?)\s*", re.IGNORECASE)
MAX_FLOORS = 200   # above this a "floor count" is a typing error or a different quantity


@dataclass(frozen=True)
class ParsedValue:
    value: float | None
    ok: bool
    raw: object = None
    note: str = ""
    unit: str = ""
    lower: float | None = None      # known bound of a range / open value ("10+" -> 10)
    upper: float | None = None

    @property
    def empty(self) -> bool:
        return self.ok and self.value is None

    @property
    def problem(self) -> str:
        """'raw text: note' for a report, '' when there is nothing to report."""
        return "" if self.ok else Message("'{raw}': {note}", raw=_raw_text(self.raw), note=self.note)


def _raw_text(raw) -> str:
    return "" if raw is None else str(raw).strip()


def is_empty(raw) -> bool:
    """None, QGIS NULL (anything with isNull() true), NaN, and the empty spellings."""
    if raw is None:
        return True
    if not isinstance(raw, str) and hasattr(raw, "isNull"):
        try:
            if raw.isNull():
                return True
        except TypeError:
            pass
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and raw.strip().lower() in EMPTY_SPELLINGS


def _number_text(text: str) -> tuple[float | None, str]:
    """Read one number written with '.' or ',' as decimal or thousands separator.

    Returns (value, '') or (None, reason). Unambiguous cases only:
    "0,6" and "1.2" are decimals; "1.000,5" / "1,000.5" mix both (the last one is decimal);
    "1.000.000" repeats one (thousands). "1.000" / "12,345" could be either -> refused.
    """
    sign = -1.0 if text.startswith("-") else 1.0
    digits = text.lstrip("+-")
    if not re.fullmatch(r"\d[\d.,]*", digits) or digits[-1] in ".,":
        return None, Message("bukan angka")
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, frac = digits.rpartition(decimal)
        if whole.count(decimal) or not _thousands_ok(whole, thousands):
            return None, Message("pemisah ribuan/desimal tidak konsisten")
        return sign * float(whole.replace(thousands, "") + "." + frac), ""
    separator = "." if dots else ("," if commas else "")
    if not separator:
        return sign * float(digits), ""
    if digits.count(separator) > 1:
        if not _thousands_ok(digits, separator):
            return None, Message("pemisah ribuan tidak konsisten")
        return sign * float(digits.replace(separator, "")), ""
    whole, frac = digits.split(separator)
    if len(frac) == 3 and whole != "0":
        return None, Message("ambigu: '{separator}' bisa pemisah ribuan atau desimal; tulis "
                             "'{plain}' atau '{decimal}'", separator=separator, plain=whole + frac,
                             decimal=whole + separator + frac[:2])
    return sign * float(whole + "." + frac), ""


def _thousands_ok(text: str, separator: str) -> bool:
    groups = text.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _unit(text: str | None) -> tuple[str | None, str]:
    """Canonical unit or (None, reason) for trailing text."""
    if not text:
        return "", ""
    key = text.strip().lower().replace(" ", "")
    if key in UNITS:
        return UNITS[key], ""
    return None, Message("teks tambahan tidak dikenal: '{text}'", text=text.strip())


def _from_python_number(raw) -> ParsedValue | None:
    if isinstance(raw, bool):
        return ParsedValue(None, False, raw, Message("nilai ya/tidak, bukan angka"))
    if isinstance(raw, (int, float)):
        return ParsedValue(float(raw), True, raw)
    return None


def parse_number(raw) -> ParsedValue:
    """One real number; see the module docstring. Ranges, open bounds, approximations and
    unknown words are not ok (the bounds that are known are given in lower/upper)."""
    if is_empty(raw):
        return ParsedValue(None, True, raw, "kosong")
    number = _from_python_number(raw)
    if number is not None:
        return number
    text = str(raw).strip().replace("\u00a0", " ")
    qualifier = QUALIFIER_WORDS.match(text)
    note = ""
    if qualifier and qualifier.end() < len(text):
        note = Message("kata '{word}' diabaikan", word=qualifier.group(1))
        text = text[qualifier.end():]
    if _APPROX.match(text):
        return ParsedValue(None, False, raw, Message("nilai perkiraan, bukan nilai pasti"))
    match = _SINGLE.match(text)
    if match and not _RANGE.match(text) and not _PLUS.match(text):
        value, reason = _number_text(match.group("num"))
        unit, unit_reason = _unit(match.group("unit"))
        if value is not None and unit is not None:
            return ParsedValue(value, True, raw, note, unit)
        return ParsedValue(None, False, raw, reason or unit_reason)
    return _bounded(raw, text)


def _bounded(raw, text: str) -> ParsedValue:
    """Ranges and open bounds: not one value; the readable bounds are kept for the report."""
    for pattern, kind in ((_RANGE, "range"), (_PLUS, "up"), (_OPEN_UP, "up"), (_OPEN_DOWN, "down")):
        match = pattern.match(text)
        if not match:
            continue
        a, _ = _number_text(match.group("a"))
        unit, _ = _unit(match.group("unit"))
        if kind == "range":
            b, _ = _number_text(match.group("b"))
            return ParsedValue(None, False, raw, Message("rentang nilai, bukan satu nilai"), unit or "",
                               lower=a, upper=b)
        if kind == "up":
            return ParsedValue(None, False, raw, Message("hanya batas bawah, nilai pasti tidak diketahui"),
                               unit or "", lower=a)
        return ParsedValue(None, False, raw, Message("hanya batas atas, nilai pasti tidak diketahui"),
                           unit or "", upper=a)
    return ParsedValue(None, False, raw, Message("tidak dapat dibaca sebagai angka"))


def parse_floors(raw) -> ParsedValue:
    """A whole number of floors ≥ 1: "2", "2 lantai", "2 lt", 2.0.

    "4-7" (OSM range) and "10+" / ">7" (open) are not ok: the bounds are in lower/upper
    (">7" means at least 8). "0", "2.5", negative and more than 200 floors are not ok either.
    """
    parsed = parse_number(raw)
    if parsed.empty:
        return parsed
    if not parsed.ok:
        lower = parsed.lower
        if lower is not None and re.match(r"^\s*(>|lebih dari)", _raw_text(raw), re.IGNORECASE):
            lower = float(math.floor(lower) + 1)
        return ParsedValue(None, False, raw, parsed.note, "lantai", lower, parsed.upper)
    if parsed.unit not in ("", "lantai"):
        return ParsedValue(None, False, raw, Message("satuan '{unit}' bukan jumlah lantai", unit=parsed.unit))
    value = parsed.value
    if value != math.floor(value):
        return ParsedValue(None, False, raw, Message("jumlah lantai bukan bilangan bulat"))
    if value < 1:
        return ParsedValue(None, False, raw, Message("jumlah lantai kurang dari 1"))
    if value > MAX_FLOORS:
        return ParsedValue(None, False, raw, Message("jumlah lantai lebih dari {limit}, tidak wajar", limit=MAX_FLOORS))
    return ParsedValue(value, True, raw, parsed.note, "lantai")
