"""``checkplanconformance`` engine: the RTPLP plan blocks against the city plan (C1, C2).

A block must fit every city-plan zone it lies in, not only the largest one: each (block, zone)
overlap above a sliver share is judged on its own and the block takes the worst result.

- Use: the planned use against the sub-zone (``plan_use``): ITBX when given, else zone class;
  building in a protected zone is MELANGGAR.
- Intensity: each planned rule at least as strict as the city's (KDB, KLB, height, floors ≤;
  KDH, GSB ≥). Where a zone gives a rule only per road class (the block's fronting road is not
  known at plan level) the plan is SESUAI when it satisfies the strictest class value,
  MELANGGAR when it breaks even the loosest, PERLU_CEK in between.
- Coverage: blocks (partly) outside every city-plan zone are PERLU_CEK.
Same result model as ``checkbuildingrules`` (value, allowed value, status per rule; status,
alasan); the planned value is written under the measured-value name (``kdb`` …).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import numpy as np
import shapely

from ..cityplan.rule_values import read_number
from .columns import parse_column
from .geometry import clean_polygons, dominant, overlap_areas, sum_by
from .plan_alternatives import alternative_statuses, pair_status
from .plan_use import is_protected, judge_uses, zone_class
from .rules import (
    MELANGGAR,
    PERLU_CEK,
    SESUAI,
    TIDAK_DICEK,
    Reasons,
    decimals_of,
    empty_status,
    finish_overall,
    rounded,
    status_names,
)
from .zone_rules import read_zone_rules
from .zoning import RULE_FIELDS

# (output name, planned field of rencana_blok, city-plan field, planned value must be ≤ city's)
PLAN_RULES = (("kdb", "kdb_rencana", "kdb_maks", True), ("klb", "klb_rencana", "klb_maks", True),
              ("kdh", "kdh_rencana", "kdh_min", False), ("gsb", "gsb_rencana", "gsb_min", False),
              ("tinggi", "tinggi_rencana", "tinggi_maks", True), ("lantai", "lantai_rencana", "lantai_maks", True))
ROAD_CLASSES = ("arteri", "kolektor", "lokal")


@dataclass
class PlanCheckInput:
    blocks: np.ndarray
    uses: list | None                    # planned use per block (None: not supplied)
    planned: dict                        # planned rule field -> raw values per block (fields present)
    zones: np.ndarray
    zone_codes: list
    zone_columns: dict                   # city rule field -> raw values per zone (fields present)
    zone_names: list | None = None
    zone_parent_codes: list | None = None
    zone_parent_names: list | None = None
    itbx: object = None
    sliver_share: float = 1.0            # overlaps below this share of the block are ignored (%)
    zone_lot_rules: list | None = None   # ``aturan_kelas`` JSON per zone (importcityplan)
    rule_units: str = "auto"             # how KDB/KDH/KTB are written, zones and plan alike


@dataclass
class PlanResult:
    blocks: dict
    reason_counts: dict = field(default_factory=dict)


def _texts(values, n):
    return [None] * n if values is None else list(values)


def _candidates(rules: dict, base: str, z: int) -> list:
    """The rules that may govern a lot of zone ``z``: per road class its own rule where the
    zone gives one (class-specific takes precedence), else the general rule."""
    general = rules[base].rule_of(z) if base in rules else None
    specific = [rules[f"{base}_{c}"].rule_of(z) for c in ROAD_CLASSES if f"{base}_{c}" in rules]
    if not specific:
        return [general] if general is not None else []
    given = [r for r in specific if r is not None]
    # a road class without its own value falls back to the general one
    return given + ([general] if general is not None and len(given) < len(ROAD_CLASSES) else [])


def _bounds(rules: dict, base: str, at_most: bool, nz: int):
    """Per zone: (strict, loose) allowed values over road classes, lot-size classes and
    alternatives (the block's road and lots are not known at plan level), which of the two
    spreads them, and the zones whose rule cannot be used (unreadable or cut off)."""
    if not any(name in rules for name in (base, *(f"{base}_{c}" for c in ROAD_CLASSES))):
        return None
    strict, loose = np.full(nz, np.nan), np.full(nz, np.nan)
    by_road, by_lot = np.zeros(nz, dtype=bool), np.zeros(nz, dtype=bool)
    unusable = np.full(nz, "", dtype=object)
    for z in range(nz):
        candidates = _candidates(rules, base, z)
        bad = [r for r in candidates if not r.ok or r.truncated]
        if bad:
            unusable[z] = f"{base}: {bad[0].problem or 'teks aturan terpotong'}"
            continue
        ranges = [r.value_range() for r in candidates if r.value_range()[0] is not None]
        if not ranges:
            continue
        lows, highs = [lo for lo, _ in ranges], [hi for _, hi in ranges]
        strict[z], loose[z] = (min(lows), max(highs)) if at_most else (max(highs), min(lows))
        by_lot[z] = any(r.by_lot for r in candidates)
        by_road[z] = len({(lo, hi) for lo, hi in ranges}) > 1 and len(candidates) > 1
    return strict, loose, by_road, by_lot, unusable


def _add_pair_reasons(reasons: Reasons, block, mask, code, detail):
    """One reason per block, details of all its flagged zone overlaps joined."""
    rows = np.flatnonzero(mask)
    if len(rows) == 0:
        return
    joined: dict = {}
    for r in rows:
        text = detail[r] if not isinstance(detail, str) else detail
        joined.setdefault(int(block[r]), [])
        if text and text not in joined[int(block[r])]:
            joined[int(block[r])].append(text)
    flags = np.zeros(reasons.n, dtype=bool)
    flags[list(joined)] = True
    texts = np.full(reasons.n, None, dtype=object)
    for b, items in joined.items():
        texts[b] = ", ".join(items)
    reasons.add(flags, code, detail=texts)


def check_plan(data: PlanCheckInput, progress=None) -> PlanResult:
    step = progress or (lambda _fraction, _text="": None)
    blocks, repaired, empty = clean_polygons(data.blocks)
    zones, _, _ = clean_polygons(data.zones)
    n, nz = len(blocks), len(zones)
    step(0.1, "tumpang susun zona")
    fi, zj, area = overlap_areas(blocks, zones)
    own = shapely.area(blocks)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(own[fi] > 0, area / own[fi] * 100.0, 0.0)
        covered = np.minimum(np.where(own > 0, sum_by(fi, share * own[fi], n) / own, 0.0), 100.0)
    keep = np.round(share, 2) >= data.sliver_share
    fi, zj, area, share = fi[keep], zj[keep], area[keep], share[keep]
    best, best_area = dominant(fi, zj, area, n)
    codes = np.array(["" if c is None else str(c).strip() for c in data.zone_codes], dtype=object)
    names, parent_codes, parent_names = (_texts(v, nz) for v in (data.zone_names, data.zone_parent_codes,
                                                                  data.zone_parent_names))
    classes = np.array([zone_class(codes[z], parent_codes[z], names[z], parent_names[z]) for z in range(nz)],
                       dtype=object)
    protected = np.array([is_protected(classes[z], names[z], parent_names[z]) for z in range(nz)], dtype=bool)

    reasons = Reasons(n)
    found = best >= 0
    out = {"kode_zona": np.full(n, None, dtype=object), "kelas_zona": np.full(n, None, dtype=object)}
    out["kode_zona"][found] = codes[best[found]]
    out["kelas_zona"][found] = classes[best[found]]
    with np.errstate(divide="ignore", invalid="ignore"):
        out["porsi_zona"] = rounded(np.where(own > 0, best_area / own * 100.0, 0.0))
    out["jml_zona"] = np.bincount(fi, minlength=n)[:n] if len(fi) else np.zeros(n, dtype=np.int64)
    out["zona_tumpang"] = _overlap_text(fi, codes[zj] if len(zj) else zj, share, n)
    zone_status = np.where(found, SESUAI, PERLU_CEK).astype(np.int8)
    partly = found & (np.round(covered, 2) < 100.0 - data.sliver_share)
    zone_status[partly] = PERLU_CEK
    reasons.add(~found & ~empty, "DI_LUAR_ZONA")
    reasons.add(partly, "SEBAGIAN_DI_LUAR_ZONA", detail=np.array(
        [f"{100.0 - c:.1f} % di luar" for c in covered], dtype=object))
    no_code = np.zeros(n, dtype=bool)
    if len(fi):
        np.logical_or.at(no_code, fi, codes[zj] == "")
    reasons.add(no_code, "KODE_ZONA_KOSONG")
    zone_status[no_code] = PERLU_CEK
    out["status_zona"] = zone_status

    step(0.4, "guna rencana")
    if data.uses is not None:
        uses = np.array(["" if u is None else str(u).strip().lower() for u in data.uses], dtype=object)
        p_status, p_code, p_detail = judge_uses(uses[fi], codes[zj], classes[zj], protected[zj], data.itbx)
        status = empty_status(n, PERLU_CEK)
        status[np.unique(fi)] = SESUAI
        np.maximum.at(status, fi, p_status)
        for code in sorted(set(p_code) - {""}):
            _add_pair_reasons(reasons, fi, p_code == code, code, p_detail)
        out["status_guna"] = status
    else:
        out["status_guna"] = empty_status(n)

    step(0.6, "intensitas")
    rules = read_zone_rules(data.zone_columns, RULE_FIELDS, data.rule_units, data.zone_lot_rules)
    # zones whose intensities come as alternatives: KDB, KLB and KDH judged together
    planned_values = {name: parse_column(data.planned[field], partial(read_number, field, units=data.rule_units))[0]
                      for name, field, _, _ in PLAN_RULES if field in data.planned}
    by_alternative, alternative = alternative_statuses(rules, fi, zj, planned_values, decimals_of)
    looser = []   # (pair mask, detail) per rule: one RENCANA_LEBIH_LONGGAR reason per block
    for name, planned_field, city_field, at_most in PLAN_RULES:
        bounds = _bounds(rules, city_field, at_most, nz)
        if bounds is None or planned_field not in data.planned:
            out[name], out[city_field] = np.full(n, np.nan), np.full(n, np.nan)
            out[f"status_{name}"] = empty_status(n, TIDAK_DICEK)
            continue
        planned, unreadable, raw = parse_column(
            data.planned[planned_field], partial(read_number, planned_field, units=data.rule_units))
        strict, loose, by_road, by_lot, unusable = bounds
        digits = decimals_of(name)
        pair = pair_status(planned[fi], strict[zj], loose[zj], at_most, digits)
        if name in by_alternative:
            decided = by_alternative[name] >= 0
            pair[decided] = by_alternative[name][decided]
        status = empty_status(n, PERLU_CEK)
        status[np.unique(fi)] = SESUAI
        np.maximum.at(status, fi, pair)
        allowed = np.full(n, np.nan)
        (np.fmin if at_most else np.fmax).at(allowed, fi, strict[zj])
        reasons.add(np.isnan(planned) & ~unreadable, "RENCANA_KOSONG", detail=planned_field)
        read = partial(read_number, planned_field, units=data.rule_units)
        why = {r: read(r).problem for r in set(raw[unreadable])}
        reasons.add(unreadable, "RENCANA_KOSONG", detail=np.array(
            [f"{planned_field}: {why.get(r, r)}" for r in raw], dtype=object))
        # a planned value read with an interpretation ('0,6' as KDB 60 %) says so on the block
        notes = {r: read(r).note for r in set(raw[~unreadable & ~np.isnan(planned)])}
        noted = np.array([bool(notes.get(r)) for r in raw], dtype=bool) & ~unreadable & ~np.isnan(planned)
        reasons.add(noted, "RENCANA_DITAFSIRKAN", detail=np.array(
            [f"{planned_field} '{r}': {notes.get(r, '')}" for r in raw], dtype=object))
        op = ">" if at_most else "<"
        known = ~np.isnan(planned[fi])
        _add_pair_reasons(reasons, fi, known & np.isnan(strict[zj]) & (unusable[zj] == ""), "ATURAN_KOSONG",
                          np.array([f"{city_field} {c}" for c in codes[zj]], dtype=object))
        bad = pair == MELANGGAR
        detail = np.full(len(fi), "", dtype=object)
        detail[bad] = [f"{name} {p:g} {op} {a:g} di {c}" for p, a, c in zip(planned[fi][bad], loose[zj][bad], codes[zj][bad])]
        looser.append((bad, detail))
        between = known & (pair == PERLU_CEK) & ~np.isnan(strict[zj])
        zone_text = np.array([f"{city_field} {c}" for c in codes[zj]], dtype=object)
        _add_pair_reasons(reasons, fi, between & by_road[zj], "ATURAN_KELAS_JALAN", zone_text)
        _add_pair_reasons(reasons, fi, between & by_lot[zj] & ~by_road[zj], "ATURAN_KELAS_LUAS", zone_text)
        _add_pair_reasons(reasons, fi, known & (unusable[zj] != ""), "ATURAN_KOSONG", unusable[zj])
        out[name], out[city_field], out[f"status_{name}"] = rounded(planned, digits), rounded(allowed, digits), status

    if by_alternative:
        broken = np.zeros(len(fi), dtype=bool)
        for statuses in by_alternative.values():
            broken |= statuses == MELANGGAR
        _add_pair_reasons(reasons, fi, broken & (alternative > 0), "ALTERNATIF_TIDAK_TERPENUHI", np.array(
            [f"alternatif {k} di {c}" for k, c in zip(alternative, codes[zj])], dtype=object))
    if looser:
        detail = np.full(len(fi), "", dtype=object)
        for bad, text in looser:
            detail[bad] = np.where(detail[bad] == "", text[bad], detail[bad] + ", " + text[bad])
        _add_pair_reasons(reasons, fi, detail != "", "RENCANA_LEBIH_LONGGAR", detail)
    finish_overall(out, reasons, repaired, empty)
    for key in [k for k in out if k.startswith("status")]:
        out[key] = status_names(out[key])
    step(1.0, "selesai")
    return PlanResult(blocks=out, reason_counts={"blok": dict(reasons.codes)})


def _overlap_text(fi, zone_code, share, n):
    """'R-1 70.0 %; K-1 30.0 %' per block, largest share first."""
    text = np.full(n, "", dtype=object)
    order = np.lexsort((-share, fi))
    for k in order:
        piece = f"{zone_code[k] or '?'} {share[k]:.1f} %"
        text[fi[k]] = piece if text[fi[k]] == "" else f"{text[fi[k]]}; {piece}"
    return text
