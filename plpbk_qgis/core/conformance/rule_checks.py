"""Each rule of ``checkbuildingrules`` as measured value + allowed value -> status + reasons.

Parcels are judged on KDB/KLB/KDH; buildings on GSB, height, floors and use (ITBX). Buildings
carry their parcel's KDB/KLB/KDH (judged under the same zone); a parcel carries the worst
building status for the building rules, with the smallest GSB and the largest height/floors.
"""

from __future__ import annotations

import numpy as np

from .intensity import intensity
from .rules import MELANGGAR, PERLU_CEK, SESUAI, TIDAK_DICEK, empty_status, rounded
from .zone_context import ZoneContext, evaluate

__all__ = ["ZoneContext", "building_intensity", "building_rules", "parcel_from_buildings",
           "parcel_intensity"]


def _not_checked(out: dict, names, n):
    measured, allowed, status = names
    out[measured] = np.full(n, np.nan)
    out[allowed] = np.full(n, np.nan)
    out[status] = empty_status(n, TIDAK_DICEK)


def parcel_intensity(ctx, reasons, measures, *, floors_given, green_given, alternative=0) -> dict:
    out = {"kode_zona": ctx.kode, "porsi_zona": rounded(ctx.share),
           "luas_persil": rounded(measures.area), "jml_bangunan": measures.building_count}
    intensity(ctx, reasons, out, {"kdb": measures.kdb, "klb": measures.klb, "kdh": measures.kdh},
              measures.area, klb_unknown=measures.floors_unknown > 0,
              given={"kdb": True, "klb": floors_given, "kdh": green_given}, alternative=alternative)
    return out


def building_intensity(ctx, out, reasons, parcel_out, building_parcel, parcel_area, *,
                       floors_given, green_given, alternative=0):
    """A building carries its main parcel's KDB/KLB/KDH, judged under the building's zone for
    the parcel's lot area (so by the same class and alternative as its parcel)."""
    def pick(values):
        picked = np.full(len(building_parcel), np.nan)
        found = building_parcel >= 0
        picked[found] = np.asarray(values, dtype=float)[building_parcel[found]]
        return picked

    no_parcel = building_parcel < 0
    reasons.add(no_parcel, "BANGUNAN_TANPA_PERSIL")
    klb = pick(parcel_out["klb"])
    section = {}
    intensity(ctx, reasons, section, {"kdb": pick(parcel_out["kdb"]), "klb": klb, "kdh": pick(parcel_out["kdh"])},
              pick(parcel_area), klb_unknown=~no_parcel & np.isnan(klb),
              given={"kdb": True, "klb": floors_given, "kdh": green_given}, alternative=alternative)
    # keep the field order: kode_zona, porsi_zona, kdb..., then building rules
    merged = {"kode_zona": out.pop("kode_zona"), "porsi_zona": out.pop("porsi_zona"), **section, **out}
    out.clear()
    out.update(merged)


def building_rules(ctx, reasons, *, floors, heights, setbacks, floor_height, uses, itbx,
                   area=None, alternative=0, road_width_problem=None) -> dict:
    """``area``: the lot area of each building's parcel and ``alternative`` its parcel's
    alternative (per building), for zones that write tata-bangunan rules per lot class.
    ``road_width_problem``: (mask, raw text) per building whose nearest road's width was
    written but unusable."""
    n = len(ctx.zone)
    out = {"kode_zona": ctx.kode, "porsi_zona": rounded(ctx.share)}
    road_class = setbacks.road_class if setbacks is not None else None
    # GSB
    if setbacks is not None and ctx.has("gsb_min"):
        out["gsb"], out["gsb_min"], out["status_gsb"] = evaluate(
            ctx, reasons, setbacks.distance, "gsb_min", at_most=False, fail_code="GSB_KURANG",
            road_class=road_class, area=area, alternative=alternative)
        no_road = np.isnan(setbacks.distance)
        reasons.add(no_road, "JALAN_TIDAK_DITEMUKAN")
        out["status_gsb"][no_road] = PERLU_CEK
        # measured from the centreline, a SESUAI is not certain; a MELANGGAR stays one
        unsure = setbacks.no_width & (out["status_gsb"] == SESUAI)
        out["status_gsb"][unsure] = PERLU_CEK
        unusable = np.zeros(n, dtype=bool)
        if road_width_problem is not None:
            unusable = road_width_problem[0] & ~no_road
            reasons.add(unusable, "LEBAR_JALAN_TIDAK_TERBACA", detail=road_width_problem[1])
        reasons.add(setbacks.no_width & ~no_road & ~unusable, "LEBAR_JALAN_KOSONG")
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
            road_class=road_class, area=area, alternative=alternative)
        missing = np.isnan(height)
        if heights is not None:
            # a height written but unreadable or implausible (-1, 10^12 m) is a typing error to
            # look at, even where the floors would give an estimate: never judged as if real
            unreadable = heights[1]
            out["status_tinggi"][unreadable] = PERLU_CEK
            reasons.add(unreadable, "TINGGI_TIDAK_TERBACA", detail=heights[2])
            reasons.add(missing & ~unreadable, "TINGGI_KOSONG")
        else:
            reasons.add(missing, "TINGGI_KOSONG")
    else:
        _not_checked(out, ("tinggi", "tinggi_maks", "status_tinggi"), n)
    # floors
    if floors is not None:
        if ctx.has("lantai_maks"):
            out["lantai"], out["lantai_maks"], out["status_lantai"] = evaluate(
                ctx, reasons, floor_value, "lantai_maks", at_most=True, fail_code="LANTAI_LEBIH",
                road_class=road_class, area=area, alternative=alternative)
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
        # the building shown is the worst-judged one (then the smallest GSB / the largest
        # height), and measured value, allowed value and status all come from it
        values = np.asarray(building_out[measured], dtype=float)[on_parcel]
        statuses = np.asarray(building_out[status_name])[on_parcel]
        key = values if pick == "min" else -values
        key = np.where(np.isnan(key), np.inf, key)
        order = np.lexsort((key, -statuses.astype(np.int64), owner))
        first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]] if len(order) else order
        chosen_m = np.full(n, np.nan)
        chosen_a = np.full(n, np.nan)
        status = empty_status(n)
        chosen_m[owner[first]] = values[first]
        chosen_a[owner[first]] = np.asarray(building_out[allowed], dtype=float)[on_parcel][first]
        status[owner[first]] = statuses[first]
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
