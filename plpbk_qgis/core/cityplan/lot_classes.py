"""Rule text by lot-size class, with alternatives, as RDTR annexes write it (pure).

Jakarta's RDTR (Pergub DKI 31/2022) writes the intensities of the kampung zones like::

    - Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90,
    - Luas LP 60 m2 - 120 m2 : Alternatif 1 : 90, Alternatif 2 : 80,
    - Luas LP lebih dari 120 - 240 m2 : ...

Each "Luas ..." header opens a class of lot area; its bounds are inclusive or exclusive as
written ("kurang dari 60" excludes 60, "60 - 120" includes both ends, "lebih dari 120 - 240"
excludes 120 and includes 240). A class holds one value or numbered alternatives.

Shapefile exports cut text fields at 254 characters, usually inside a class. A cut text keeps
its complete classes and says it was cut (``truncated``): the last class is then never trusted,
even when it looks complete, because its last value may have lost digits ("60" cut to "6") or
its last alternatives. Parcels that fall in the cut class or in a class that was lost are for the
caller to mark PERLU_CEK with the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# Field widths at which exports cut text (dBase C fields hold at most 254 characters; some
# writers count the terminator): a text of exactly this length is taken as cut off.
EXPORT_CUT_LENGTHS = (254, 255)


@dataclass(frozen=True)
class LotClass:
    """Lots whose area lies between ``min_m2`` and ``max_m2`` (None = no bound).

    ``values`` maps the alternative number to the rule value; key 0 = no alternatives."""
    min_m2: float | None
    max_m2: float | None
    values: dict
    min_inclusive: bool = True
    max_inclusive: bool = True
    label: str = ""

    def contains(self, area) -> np.ndarray:
        """Vectorised membership (``area`` a number or an array; NaN is in no class)."""
        area = np.asarray(area, dtype=float)
        inside = ~np.isnan(area)
        with np.errstate(invalid="ignore"):
            if self.min_m2 is not None:
                inside &= area >= self.min_m2 if self.min_inclusive else area > self.min_m2
            if self.max_m2 is not None:
                inside &= area <= self.max_m2 if self.max_inclusive else area < self.max_m2
        return inside

    def describe(self) -> str:
        values = ", ".join(f"alt {k}: {v:g}" if k else f"{v:g}" for k, v in sorted(self.values.items()))
        return f"{self.label}: {values}"

    def as_json(self) -> dict:
        return {"min": self.min_m2, "maks": self.max_m2, "min_inklusif": self.min_inclusive,
                "maks_inklusif": self.max_inclusive, "label": self.label,
                "nilai": {str(k): v for k, v in sorted(self.values.items())}}

    @classmethod
    def from_json(cls, data: dict) -> LotClass:
        return cls(_optional_float(data.get("min")), _optional_float(data.get("maks")),
                   {int(k): float(v) for k, v in (data.get("nilai") or {}).items()},
                   bool(data.get("min_inklusif", True)), bool(data.get("maks_inklusif", True)),
                   str(data.get("label") or ""))


def _optional_float(value):
    return None if value is None else float(value)


@dataclass(frozen=True)
class ClassText:
    """What the text says: classes with their value texts (not yet read as numbers)."""
    ok: bool
    classes: list            # (min, max, min_incl, max_incl, label, {alternative: value text})
    truncated: bool = False
    cut_bounds: tuple | None = None     # (min, max, min_incl, max_incl) of the cut class, if read
    note: str = ""

    @property
    def found(self) -> bool:
        return bool(self.classes) or self.truncated or not self.ok


_HEADER = re.compile(r"\bluas\s*(?:lp|lahan|persil|kavling|kaveling|tanah)?\b\s*", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\balt(?:ernatif)?\.?\s*(?P<n>\d+)\s*:?\s*", re.IGNORECASE)
# where a value ends: a comma followed by a space or a dash ("1,2, Alternatif 2" keeps its
# decimal comma), a semicolon, or " - " before the next class
_VALUE_END = re.compile(r",\s|,-|,$|;|\s-\s|\s-$")
_SEPARATORS = " ,;-\t\n"
_AREA = r"\d[\d.,]*\d|\d"
_M2 = r"(?:m2|m²|meter persegi)?"
_RANGE = re.compile(rf"^(?P<gt>lebih dari|>|di atas)?\s*(?P<a>{_AREA})\s*{_M2}\s*"
                    rf"(?:-|–|—|s/?d\.?|s\.d\.?|sampai(?: dengan)?|hingga)\s*(?P<b>{_AREA})\s*{_M2}", re.IGNORECASE)
_OPEN = re.compile(rf"^(?P<op>lebih dari|>=|>|≥|di atas|minimal|kurang dari|<=|<|≤|maksimal|di bawah)"
                   rf"\s*(?P<a>{_AREA})\s*{_M2}", re.IGNORECASE)
_UPPER_EXCLUSIVE = ("kurang dari", "<", "di bawah")
_UPPER_INCLUSIVE = ("<=", "≤", "maksimal")
_LOWER_INCLUSIVE = (">=", "≥", "minimal")


def _area(text: str) -> float | None:
    """A lot area in m². "1.000" is a thousand here: 1 m² is no lot size (the general number
    reader refuses it as ambiguous)."""
    from ..values import parse_number

    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        return float(text.replace(".", ""))
    parsed = parse_number(text)
    return parsed.value if parsed.ok else None


def class_bounds(header: str):
    """(min, max, min_inclusive, max_inclusive) of a header such as "lebih dari 240 - 400 m2",
    or None when it cannot be read."""
    header = header.strip(" -:")
    match = _RANGE.match(header)
    if match:
        low, high = _area(match.group("a")), _area(match.group("b"))
        if low is None or high is None or high < low:
            return None
        return low, high, not match.group("gt"), True
    match = _OPEN.match(header)
    if match:
        value = _area(match.group("a"))
        if value is None:
            return None
        op = match.group("op").lower()
        if op in _UPPER_EXCLUSIVE or op in _UPPER_INCLUSIVE:
            return None, value, True, op in _UPPER_INCLUSIVE
        return value, None, op in _LOWER_INCLUSIVE, True
    return None


def _clean(raw) -> str:
    return str(raw).replace("\u00a0", " ").replace("\u2026", " ").replace("...", " ")


def _value_text(segment: str) -> tuple[str, str]:
    """(value text, what follows it) of the text after an alternative marker or a class colon."""
    segment = segment.lstrip(_SEPARATORS)
    end = _VALUE_END.search(segment)
    if end is None:
        return segment.strip(), ""
    return segment[:end.start()].strip(), segment[end.start():]


def _values(body: str, last: bool = False) -> dict | None:
    """{alternative: value text} of a class body; 0 = a single value; None = unreadable.
    Every value is read whole later (a range, a wrong unit or extra words are refused there);
    here only the shape is checked: no alternative twice, nothing but separators between
    values. ``last``: the body ends the text, where a cut may leave debris after a value."""
    markers = list(_ALTERNATIVE.finditer(body))
    if not markers:
        value, rest = _value_text(body)
        return {0: value} if value and (not rest.strip(_SEPARATORS) or last) else None
    if body[:markers[0].start()].strip(_SEPARATORS):
        return None                  # words before the first alternative ("KDB: Alternatif 1 …")
    found = {}
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(body)
        value, rest = _value_text(body[marker.end():end])
        number = int(marker.group("n"))
        final = last and index == len(markers) - 1
        if number in found or not value or (rest.strip(_SEPARATORS) and not final):
            return None
        found[number] = value
    return found


def split_classes(raw) -> ClassText:
    """Split lot-size rule text into classes. Text without a "Luas ..." header is either
    alternatives without classes ("Alternatif 1 : 60, Alternatif 2 : 50") or not class text at
    all (``found`` False, for the plain number reader)."""
    text = _clean(raw)
    # exports cut at 254 characters or at 254 bytes (UTF-8: "m²" takes two)
    cut = len(str(raw)) in EXPORT_CUT_LENGTHS or len(str(raw).encode("utf-8")) in EXPORT_CUT_LENGTHS
    headers = list(_HEADER.finditer(text))
    if not headers:
        values = _values(text, last=True) if _ALTERNATIVE.search(text) else None
        if values is None or 0 in values:
            return ClassText(True, [])
        if cut:
            return ClassText(True, [], truncated=True, cut_bounds=(None, None, True, True),
                             note="teks terpotong")
        return ClassText(True, [(None, None, True, True, "semua luas", values)])
    classes = []
    for index, header in enumerate(headers):
        last = index == len(headers) - 1
        end = headers[index + 1].start() if not last else len(text)
        label_text, colon, body = text[header.end():end].partition(":")
        bounds = class_bounds(label_text)
        values = _values(body, last) if colon else None
        if bounds is None or values is None:
            if last and classes and cut:
                # an unreadable last class after readable ones is what a cut leaves behind
                return ClassText(True, classes, truncated=True, cut_bounds=bounds,
                                 note="teks terpotong")
            return ClassText(False, [], note=f"kelas luas tidak terbaca: '{text[header.end():end].strip()[:60]}'")
        label = "luas " + re.sub(r"\s+", " ", label_text.strip(" -"))
        classes.append((*bounds, label, values))
    lost_alternatives = len(classes) > 1 and set(classes[-1][5]) < set(classes[0][5])
    if lost_alternatives or (cut and not _ends_after_value(body)):
        # the last class lost its end: its bounds are known, its values are not trusted
        return ClassText(True, classes[:-1], truncated=True, cut_bounds=classes[-1][:4],
                         note="teks terpotong")
    if cut:
        # cut after the last class's last value ("…, Alternatif 2 : 80, - Lu"): that class is
        # complete, but the classes after it are lost
        return ClassText(True, classes, truncated=True, note="teks terpotong")
    return ClassText(True, classes)


def _ends_after_value(body: str) -> bool:
    """True when a separator follows the last value, so that value cannot have lost digits
    to the cut ("…, Alternatif 2 : 80, - Lu")."""
    markers = list(_ALTERNATIVE.finditer(body))
    segment = body[markers[-1].end():] if markers else body.split(":", 1)[-1]
    return bool(_value_text(segment)[1])
