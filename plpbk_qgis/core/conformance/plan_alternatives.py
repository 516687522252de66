"""Plan check of zones whose intensities come as alternatives (KDB with its KLB and KDH).

An alternative is a complete set: a planned block fits a zone when its planned KDB, KLB and KDH
together fit one alternative. Judging each rule over all alternatives separately would call a
plan that meets KDB of alternative 1 and KLB of alternative 2 merely undecided. Here every
alternative is judged as a set (over the lot-size classes within it, strictest to loosest),
and each (block, zone) pair takes the alternative with fewest violations, then fewest undecided
rules, then the lowest number, as the building check does.
"""

from __future__ import annotations

import numpy as np

from .rules import MELANGGAR, PERLU_CEK, SESUAI, rounded

# (measure, city-plan field, planned value must be ≤ the city's)
INTENSITY = (("kdb", "kdb_maks", True), ("klb", "klb_maks", True), ("kdh", "kdh_min", False))


def pair_status(planned, strict, loose, at_most, digits):
    """SESUAI when the plan meets the strictest value that may apply, MELANGGAR when it breaks
    even the loosest, PERLU_CEK in between or when a value is missing."""
    p, s, w = rounded(planned, digits), rounded(strict, digits), rounded(loose, digits)
    with np.errstate(invalid="ignore"):
        fits = p <= s if at_most else p >= s
        breaks = p > w if at_most else p < w
    status = np.where(fits, SESUAI, np.where(breaks, MELANGGAR, PERLU_CEK)).astype(np.int8)
    status[np.isnan(p) | np.isnan(s)] = PERLU_CEK
    return status


def _range(rule, alternative):
    """(lowest, highest) value of ``rule`` under ``alternative`` over its lot-size classes."""
    if rule.value is not None:
        return rule.value, rule.value
    values = [c.values.get(alternative, c.values.get(0)) for c in rule.classes]
    values = [v for v in values if v is not None]
    return (min(values), max(values)) if values else (np.nan, np.nan)


def alternative_statuses(rules: dict, fi, zj, planned: dict, decimals) -> tuple[dict, np.ndarray]:
    """Per intensity measure, the pair statuses under each pair's best alternative (-1 where the
    zone has no alternatives: the general bounds decide), and per pair the number of the chosen
    alternative (0: none). ``planned``: measure -> planned value per block."""
    present = [(m, f, at_most) for m, f, at_most in INTENSITY if f in rules and m in planned]
    out = {m: np.full(len(fi), -1, dtype=np.int8) for m, _, _ in present}
    chosen = np.zeros(len(fi), dtype=np.int64)
    for z in np.unique(zj):
        zone_rules = [(m, rules[f].rule_of(int(z)), at_most) for m, f, at_most in present]
        usable = [(m, r, a) for m, r, a in zone_rules if r is not None and r.ok and not r.truncated]
        numbers = sorted({k for _, r, _ in usable for k in r.alternatives})
        if len(usable) < len(zone_rules) or not numbers:
            continue
        rows = np.flatnonzero(zj == z)
        candidates = []
        for k in numbers:
            statuses = {}
            for m, rule, at_most in usable:
                low, high = _range(rule, k)
                strict, loose = (low, high) if at_most else (high, low)
                statuses[m] = pair_status(planned[m][fi[rows]], np.full(len(rows), strict),
                                          np.full(len(rows), loose), at_most, decimals(m))
            fails = sum((s == MELANGGAR).astype(np.int64) for s in statuses.values())
            unsure = sum((s == PERLU_CEK).astype(np.int64) for s in statuses.values())
            candidates.append((fails * (len(INTENSITY) + 1) + unsure, statuses))
        best = np.argmin(np.stack([key for key, _ in candidates]), axis=0)
        for m, _, _ in usable:
            stacked = np.stack([statuses[m] for _, statuses in candidates])
            out[m][rows] = stacked[best, np.arange(len(rows))]
        chosen[rows] = np.asarray(numbers)[best]
    return out, chosen
