"""The zone a feature is judged under, its allowed values, and one rule judged (vectorised).

Shared by the parcel and the building rules of ``checkbuildingrules``. The allowed value of a
feature comes from its zone's rule for its lot area (lot-size classes), the alternative being
judged, and its fronting road's class: a class-specific value (``gsb_min_arteri`` …) takes
precedence over the general one wherever the zone gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .rules import MELANGGAR, PERLU_CEK, Reasons, compare, decimals_of, rounded
from .zone_rules import Allowed

ROAD_CLASSES = ("arteri", "kolektor", "lokal")


@dataclass
class ZoneContext:
    zone: np.ndarray        # zone index per feature (-1 none)
    share: np.ndarray
    ambiguous: np.ndarray
    codes: np.ndarray       # kode_zona per zone
    rules: dict             # rule field -> ZoneRule

    def __post_init__(self):
        found = self.zone >= 0
        self.kode = np.full(len(self.zone), None, dtype=object)
        if len(self.codes):
            self.kode[found] = self.codes[self.zone[found]]
        self.kode[self.kode == ""] = None
        self.outside = ~found
        self.no_code = found & (self.kode == None)  # noqa: E711 - element-wise on objects
        self.bad = self.outside | self.no_code | self.ambiguous
        self._explained = False

    def explain(self, reasons: Reasons):
        """Zone problems are written once per feature, whatever the number of rules they block."""
        if not self._explained:
            reasons.add(self.outside, "DI_LUAR_ZONA")
            reasons.add(self.no_code, "KODE_ZONA_KOSONG")
            detail = np.full(len(self.zone), None, dtype=object)
            detail[self.ambiguous] = [f"{s:.1f} %" for s in self.share[self.ambiguous]]
            reasons.add(self.ambiguous, "ZONA_GANDA", detail=detail)
            self._explained = True

    def names(self, base: str) -> list:
        """The zone layer's fields for ``base``: the general one and the road-class ones."""
        return [name for name in (base, *(f"{base}_{c}" for c in ROAD_CLASSES)) if name in self.rules]

    def has(self, base: str) -> bool:
        return bool(self.names(base))

    def alternatives(self, bases) -> list:
        """Alternative numbers any zone gives for these rules, sorted."""
        return sorted({k for base in bases for name in self.names(base) for k in self.rules[name].alternatives()})

    def allowed(self, base: str, road_class=None, area=None, alternative=0) -> Allowed:
        n = len(self.zone)
        area = np.full(n, np.nan) if area is None else area
        result = self.rules[base].resolve(self.zone, area, alternative) if base in self.rules else Allowed.empty(n)
        if road_class is None:
            return result
        for cls in ROAD_CLASSES:
            name = f"{base}_{cls}"
            if name in self.rules:
                specific = self.rules[name].resolve(self.zone, area, alternative)
                given = ~np.isnan(specific.value) | specific.missing
                result.take((road_class == cls) & given, specific)
        return result


@dataclass
class Judged:
    measured: np.ndarray
    allowed: Allowed
    status: np.ndarray
    base: str


def judge(ctx: ZoneContext, measured, base: str, *, at_most: bool, road_class=None, area=None,
          alternative=0) -> Judged:
    """Status of one rule without writing reasons (so that alternatives can be compared)."""
    allowed = ctx.allowed(base, road_class, area, alternative)
    digits = decimals_of(base)
    status = compare(measured, allowed.value, at_most=at_most, decimals=digits)
    status[ctx.bad] = PERLU_CEK
    return Judged(rounded(measured, digits), allowed, status, base)


def explain(ctx: ZoneContext, reasons: Reasons, judged: Judged, fail_code: str):
    """The reasons of a judged rule: zone problems, why the allowed value is missing, how it
    was read, and the violation."""
    ctx.explain(reasons)
    allowed, usable = judged.allowed, ~ctx.bad
    reasons.add(usable & allowed.unreadable, "ATURAN_KOSONG", detail=allowed.detail)
    reasons.add(usable & np.isnan(allowed.value) & ~allowed.missing, "ATURAN_KOSONG", detail=judged.base)
    reasons.add(usable & allowed.cut, "ATURAN_TERPOTONG", detail=allowed.detail)
    reasons.add(usable & allowed.no_class, "KELAS_LUAS_TIDAK_ADA", detail=allowed.detail)
    reasons.add(usable & allowed.no_alternative, "ALTERNATIF_TIDAK_ADA", detail=allowed.detail)
    reasons.add(usable & (allowed.note != ""), "ATURAN_DITAFSIRKAN", detail=allowed.note)
    reasons.add(judged.status == MELANGGAR, fail_code)


def evaluate(ctx: ZoneContext, reasons: Reasons, measured, base: str, *, at_most: bool,
             fail_code: str, road_class=None, area=None, alternative=0):
    """One rule judged and explained: (measured, allowed value, status)."""
    judged = judge(ctx, measured, base, at_most=at_most, road_class=road_class, area=area,
                   alternative=alternative)
    explain(ctx, reasons, judged, fail_code)
    return judged.measured, rounded(judged.allowed.value, decimals_of(base)), judged.status
