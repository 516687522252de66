"""KDB, KLB and KDH of a parcel against its zone, by lot-size class and alternative.

An alternative is a complete set of intensities: KDB with its KLB and KDH (Jakarta's RDTR lets
a lot choose "Alternatif 1: KDB 60, KLB 0.6" or "Alternatif 2: KDB 50, KLB 2"). A parcel
conforms when it meets every rule of at least one alternative. Each alternative is judged for
all parcels at once; each parcel then takes the first alternative that it meets completely, or,
when none, the one failing on fewest rules (then fewest undecided, then the lowest number), and
shows that alternative's allowed values and statuses. ``ALTERNATIVE`` fixes one for all.
Rules without alternatives count the same under every alternative.
"""

from __future__ import annotations

import numpy as np

from .rules import MELANGGAR, PERLU_CEK, TIDAK_DICEK, Reasons, decimals_of, empty_status, rounded
from .zone_context import ZoneContext, explain, judge

# (measure, rule field, status field, measured must be ≤ allowed, violation code)
INTENSITY_RULES = (("kdb", "kdb_maks", "status_kdb", True, "KDB_LEBIH"),
                   ("klb", "klb_maks", "status_klb", True, "KLB_LEBIH"),
                   ("kdh", "kdh_min", "status_kdh", False, "KDH_KURANG"))


def _pick(judged_by_alternative, choice, attribute):
    """Per feature, ``attribute`` of the judged rule of its chosen alternative."""
    first = judged_by_alternative[0]
    out = np.array(_get(first, attribute), copy=True)
    for index, judged in enumerate(judged_by_alternative[1:], start=1):
        rows = choice == index
        out[rows] = _get(judged, attribute)[rows]
    return out


def _get(judged, attribute):
    return getattr(judged.allowed, attribute) if attribute != "status" else judged.status


def _choose(judged_by_alternative) -> tuple[np.ndarray, np.ndarray]:
    """(index of the chosen alternative, its number of violated rules) per feature. An
    alternative the feature's zone does not have is chosen only when no other is there."""
    def count(per_rule, test):
        return sum(test(j).astype(np.int64) for j in per_rule)

    lacking = np.stack([count(per_rule, lambda j: j.allowed.no_alternative) for per_rule in judged_by_alternative])
    fails = np.stack([count(per_rule, lambda j: j.status == MELANGGAR) for per_rule in judged_by_alternative])
    unsure = np.stack([count(per_rule, lambda j: j.status == PERLU_CEK) for per_rule in judged_by_alternative])
    width = len(INTENSITY_RULES) + 1
    key = (lacking * width + fails) * width + unsure
    choice = np.argmin(key, axis=0)          # first minimum: the lowest alternative number
    return choice, np.take_along_axis(fails, choice[None, :], axis=0)[0]


def intensity(ctx: ZoneContext, reasons: Reasons, out: dict, measured: dict, area, *,
              klb_unknown, given: dict, alternative: int = 0):
    """Writes kdb/kdb_maks/status_kdb …, ``alternatif`` and ``kelas_luas`` into ``out``.

    ``measured``: measure -> value per feature; ``given``: measure -> whether its input was
    supplied (floors for KLB, green for KDH); ``alternative``: 0 = choose per feature."""
    n = len(ctx.zone)
    rules = [r for r in INTENSITY_RULES if given[r[0]] and ctx.has(r[1])]
    numbers = [alternative] if alternative else (ctx.alternatives([r[1] for r in rules]) or [0])
    judged = [[judge(ctx, measured[m], field, at_most=at_most, area=area, alternative=k)
               for m, field, _, at_most, _ in rules] for k in numbers]
    if len(numbers) > 1:
        choice, fails = _choose(judged)
    else:
        choice, fails = np.zeros(n, dtype=np.int64), None
    used = np.zeros(n, dtype=np.int64)
    labels = np.full(n, None, dtype=object)
    for position, (m, field, status_field, _, code) in enumerate(rules):
        per_alternative = [per_rule[position] for per_rule in judged]
        chosen = per_alternative[0]
        for name in chosen.allowed.__dataclass_fields__:
            setattr(chosen.allowed, name, _pick(per_alternative, choice, name))
        chosen.status = _pick(per_alternative, choice, "status")
        explain(ctx, reasons, chosen, code)
        out[m] = rounded(measured[m], decimals_of(m))
        out[field] = rounded(chosen.allowed.value, decimals_of(field))
        out[status_field] = chosen.status
        used = np.maximum(used, chosen.allowed.alternative)
        labels = np.where(labels == None, chosen.allowed.label, labels)  # noqa: E711
    for m, field, status_field, _, _ in INTENSITY_RULES:
        if field not in out:
            out[m], out[field], out[status_field] = np.full(n, np.nan), np.full(n, np.nan), empty_status(n, TIDAK_DICEK)
    if any(r[0] == "klb" for r in rules):
        reasons.add(klb_unknown, "LANTAI_PERSIL_TIDAK_LENGKAP")
    if fails is not None:
        detail = np.array([f"alternatif {k}" for k in numbers], dtype=object)[choice]
        reasons.add((used > 0) & (fails > 0), "ALTERNATIF_TIDAK_TERPENUHI", detail=detail)
    out["alternatif"] = np.where(used > 0, used, np.nan)
    out["kelas_luas"] = labels
