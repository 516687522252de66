"""Each rule of ``checkbuildingrules`` as measured value + allowed value -> status + reasons.

Parcels are judged on KDB/KLB/KDH; buildings on GSB, height, floors and use (ITBX). Buildings
carry their parcel's KDB/KLB/KDH (judged under the same zone); a parcel carries the worst
building status for the building rules, with the smallest GSB and the largest height/floors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .rules import MELANGGAR, PERLU_CEK, SESUAI, TIDAK_DICEK, Reasons, compare, empty_status, rounded
from .zoning import by_class


@dataclass
class ZoneContext:
    zone: np.ndarray        # zone index per feature (-1 none)
    share: np.ndarray
    ambiguous: np.ndarray
    codes: np.ndarray       # kode_zona per zone
    rules: dict             # rule field -> (values, unreadable, raw) per zone

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

    def has(self, base: str) -> bool:
        return base in self.rules or any(f"{base}_{c}" in self.rules for c in ("arteri", "kolektor", "lokal"))

    def allowed(self, base: str, road_class=None):
        """Allowed value per feature (class-specific where given) and 'unreadable' mask."""
        n = len(self.zone)
        per_feature = {}
        for name, (values, unreadable, _raw) in self.rules.items():
            if name == base or name.startswith(base + "_"):
                v = np.full(n, np.nan)
                u = np.zeros(n, dtype=bool)
                found = self.zone >= 0
                v[found], u[found] = values[self.zone[found]], unreadable[self.zone[found]]
                per_feature[name] = (v, u)
        if base not in per_feature:
            per_feature[base] = (np.full(n, np.nan), np.zeros(n, dtype=bool))
        return by_class(per_feature, base, road_class)


def evaluate(ctx: ZoneContext, reasons: Reasons, measured, base: str, *, at_most: bool,
             fail_code: str, road_class=None):
    """Generic rule: (measured, allowed, status). Caller explains a missing measured value."""
    allowed, unreadable = ctx.allowed(base, road_class)
    status = compare(measured, allowed, at_most=at_most)
    ctx.explain(reasons)
    rule_missing = ~ctx.bad & np.isnan(allowed)
    reasons.add(rule_missing, "ATURAN_KOSONG", detail=base)
    status[ctx.bad] = PERLU_CEK
    reasons.add(status == MELANGGAR, fail_code)
    return rounded(measured), rounded(allowed), status


def _not_checked(out: dict, names, n):
    measured, allowed, status = names
    out[measured] = np.full(n, np.nan)
    out[allowed] = np.full(n, np.nan)
    out[status] = empty_status(n, TIDAK_DICEK)


def intensity(ctx, reasons, out, kdb, klb, kdh, *, klb_unknown, floors_given, green_given):
    n = len(ctx.zone)
    if ctx.has("kdb_maks"):
        out["kdb"], out["kdb_maks"], out["status_kdb"] = evaluate(
            ctx, reasons, kdb, "kdb_maks", at_most=True, fail_code="KDB_LEBIH")
    else:
        _not_checked(out, ("kdb", "kdb_maks", "status_kdb"), n)
    if floors_given and ctx.has("klb_maks"):
        out["klb"], out["klb_maks"], out["status_klb"] = evaluate(
            ctx, reasons, klb, "klb_maks", at_most=True, fail_code="KLB_LEBIH")
        reasons.add(klb_unknown, "LANTAI_PERSIL_TIDAK_LENGKAP")
    else:
        _not_checked(out, ("klb", "klb_maks", "status_klb"), n)
    if green_given and ctx.has("kdh_min"):
        out["kdh"], out["kdh_min"], out["status_kdh"] = evaluate(
            ctx, reasons, kdh, "kdh_min", at_most=False, fail_code="KDH_KURANG")
    else:
        _not_checked(out, ("kdh", "kdh_min", "status_kdh"), n)


def parcel_intensity(ctx, reasons, measures, *, floors_given, green_given) -> dict:
    out = {"kode_zona": ctx.kode, "porsi_zona": rounded(ctx.share),
           "luas_persil": rounded(measures.area), "jml_bangunan": measures.building_count}
    intensity(ctx, reasons, out, measures.kdb, measures.klb, measures.kdh,
              klb_unknown=measures.floors_unknown > 0, floors_given=floors_given,
              green_given=green_given)
    return out


def building_intensity(ctx, out, reasons, parcel_out, building_parcel, *, floors_given, green_given):
    """A building carries its main parcel's KDB/KLB/KDH, judged under the building's zone."""
    def pick(name):
        values = np.full(len(building_parcel), np.nan)
        found = building_parcel >= 0
        values[found] = np.asarray(parcel_out[name], dtype=float)[building_parcel[found]]
        return values

    no_parcel = building_parcel < 0
    reasons.add(no_parcel, "BANGUNAN_TANPA_PERSIL")
    klb = pick("klb")
    section = {}
    intensity(ctx, reasons, section, pick("kdb"), klb, pick("kdh"),
              klb_unknown=~no_parcel & np.isnan(klb), floors_given=floors_given,
              green_given=green_given)
    # keep the field order: kode_zona, porsi_zona, kdb..., then building rules
    merged = {"kode_zona": out.pop("kode_zona"), "porsi_zona": out.pop("porsi_zona"), **section, **out}
    out.clear()
    out.update(merged)


def building_rules(ctx, reasons, *, floors, heights, setbacks, floor_height, uses, itbx) -> dict:
    n = len(ctx.zone)
    out = {"kode_zona": ctx.kode, "porsi_zona": rounded(ctx.share)}
    road_class = setbacks.road_class if setbacks is not None else None
    # GSB
    if setbacks is not None and ctx.has("gsb_min"):
        out["gsb"], out["gsb_min"], out["status_gsb"] = evaluate(
            ctx, reasons, setbacks.distance, "gsb_min", at_most=False, fail_code="GSB_KURANG",
            road_class=road_class)
        no_road = np.isnan(setbacks.distance)
        reasons.add(no_road, "JALAN_TIDAK_DITEMUKAN")
        out["status_gsb"][no_road] = PERLU_CEK
        # measured from the centreline, a SESUAI is not certain; a MELANGGAR stays one
        unsure = setbacks.no_width & (out["status_gsb"] == SESUAI)
        out["status_gsb"][unsure] = PERLU_CEK
        reasons.add(setbacks.no_width & ~no_road, "LEBAR_JALAN_KOSONG")
    else:
        _not_checked(out, ("gsb", "gsb_min", "status_gsb"), n)
    out["kelas_jalan"] = road_class if road_class is not None else np.full(n, None, dtype=object)
    # height: height field, else floors × floor height
    floor_value = floors[0] if floors is not None else np.full(n, np.nan)
    height = np.full(n, np.nan)
    if heights is not None:
        height = heights[0].copy()
    fill = np.isnan(height)
    height[fill] = floor_value[fill] * floor_height
    if (heights is not None or floors is not None) and ctx.has("tinggi_maks"):
        out["tinggi"], out["tinggi_maks"], out["status_tinggi"] = evaluate(
            ctx, reasons, height, "tinggi_maks", at_most=True, fail_code="TINGGI_LEBIH",
            road_class=road_class)
        missing = np.isnan(height)
        if heights is not None:
            reasons.add(missing & heights[1], "TINGGI_TIDAK_TERBACA", detail=heights[2])
            reasons.add(missing & ~heights[1], "TINGGI_KOSONG")
        else:
            reasons.add(missing, "TINGGI_KOSONG")
    else:
        _not_checked(out, ("tinggi", "tinggi_maks", "status_tinggi"), n)
    # floors
    if floors is not None:
        if ctx.has("lantai_maks"):
            out["lantai"], out["lantai_maks"], out["status_lantai"] = evaluate(
                ctx, reasons, floor_value, "lantai_maks", at_most=True, fail_code="LANTAI_LEBIH",
                road_class=road_class)
        else:
            _not_checked(out, ("lantai", "lantai_maks", "status_lantai"), n)
            out["lantai"] = rounded(floor_value)
        reasons.add(floors[1], "LANTAI_TIDAK_TERBACA", detail=floors[2])
        reasons.add(np.isnan(floor_value) & ~floors[1], "LANTAI_KOSONG")
    else:
        _not_checked(out, ("lantai", "lantai_maks", "status_lantai"), n)
    # permitted use
    if itbx is not None and uses is not None:
        cell, status, code, detail = itbx.judge_many(uses, ctx.kode)
        ctx.explain(reasons)
        status[ctx.bad] = PERLU_CEK
        for reason in set(code[~ctx.bad]) - {""}:
            reasons.add(~ctx.bad & (code == reason), reason, detail=detail)
        out["itbx"], out["status_itbx"] = cell, status
    else:
        out["itbx"] = np.full(n, None, dtype=object)
        out["status_itbx"] = empty_status(n)
    return out


# parcel field <- building field, and whether the parcel shows the smallest or largest value
AGGREGATES = (("gsb", "gsb_min", "status_gsb", "min"), ("tinggi", "tinggi_maks", "status_tinggi", "max"),
              ("lantai", "lantai_maks", "status_lantai", "max"))


def parcel_from_buildings(parcel_out, reasons, building_out, pairs):
    """``pairs``: (building, parcel) of every overlap, so a building crossing a parcel line
    counts on each parcel it stands on."""
    n = len(parcel_out["kode_zona"])
    on_parcel, owner = pairs
    empty = np.bincount(owner, minlength=n)[:n] == 0 if len(owner) else np.ones(n, dtype=bool)
    reasons.add(empty, "PERSIL_TANPA_BANGUNAN")
    for measured, allowed, status_name, pick in AGGREGATES:
        values = np.asarray(building_out[measured], dtype=float)[on_parcel]
        key = values if pick == "min" else -values
        key = np.where(np.isnan(key), np.inf, key)
        order = np.lexsort((key, owner))
        first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]] if len(order) else order
        chosen_m = np.full(n, np.nan)
        chosen_a = np.full(n, np.nan)
        chosen_m[owner[first]] = values[first]
        chosen_a[owner[first]] = np.asarray(building_out[allowed], dtype=float)[on_parcel][first]
        status = empty_status(n)
        np.maximum.at(status, owner, np.asarray(building_out[status_name])[on_parcel])
        parcel_out[measured], parcel_out[allowed], parcel_out[status_name] = chosen_m, chosen_a, status
    itbx = empty_status(n)
    np.maximum.at(itbx, owner, np.asarray(building_out["status_itbx"])[on_parcel])
    parcel_out["status_itbx"] = itbx
    fail = {"status_gsb": "GSB_KURANG", "status_tinggi": "TINGGI_LEBIH",
            "status_lantai": "LANTAI_LEBIH", "status_itbx": "ITBX_X"}
    unsure = np.zeros(n, dtype=bool)
    for name, code in fail.items():
        reasons.add(parcel_out[name] == MELANGGAR, code)
        unsure |= parcel_out[name] == PERLU_CEK
    reasons.add(unsure, "BANGUNAN_PERLU_CEK")
