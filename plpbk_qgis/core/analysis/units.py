"""RT units for the analyses: keys, areas and what lies in them (pure).

An RT is known by (RW, RT): RT numbers repeat in every RW. Codes compare as the population
reader compares them ('001', 'RT 01' and 1 are RT 1), so a table typed from the kelurahan
monograph finds the polygon drawn in the survey database.
"""

from __future__ import annotations

import numpy as np
import shapely

from .population_table import normalise_code, rt_label

RESIDENTIAL_USES = ("rumah_tinggal", "rumah_kos", "rumah_toko")


def unit_keys(rt_values, rw_values=None) -> list[tuple[str, str]]:
    """(RW, RT) of each unit polygon, normalised; RW '' when the layer has no RW column."""
    rws = rw_values if rw_values is not None else [None] * len(rt_values)
    return [(normalise_code(rw), normalise_code(rt)) for rw, rt in zip(rws, rt_values)]


def unit_labels(keys) -> list[str]:
    return [rt_label(rw, rt) if rt else "?" for rw, rt in keys]


def valid_areas(geometries) -> np.ndarray:
    """Area (m²) of each unit polygon, NaN where there is none; invalid rings made valid."""
    geoms = np.asarray(geometries, dtype=object)
    areas = np.full(len(geoms), np.nan)
    drawn = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    if drawn.any():
        areas[drawn] = shapely.area(shapely.make_valid(geoms[drawn].astype(object)))
    return areas


def residential_land_m2(unit_geometries, parcels, buildings, building_uses,
                        residential=RESIDENTIAL_USES) -> np.ndarray:
    """Residential land of each unit: the part of the unit covered by parcels that hold a
    residential building (its representative point in the parcel). Without parcels the
    footprints of residential buildings stand in for their land (a lower bound: the yard is
    not counted). NaN for a unit without a polygon."""
    units = shapely.make_valid(np.asarray(unit_geometries, dtype=object))
    out = np.full(len(units), np.nan)
    drawn = np.array([g is not None and not shapely.is_empty(g) for g in units], dtype=bool)
    out[drawn] = 0.0
    buildings = np.asarray(buildings, dtype=object)
    uses = np.array(["" if u is None else str(u).strip().lower() for u in building_uses], dtype=object)
    homes = buildings[np.isin(uses, residential) & np.array([b is not None for b in buildings], dtype=bool)]
    if not len(homes):
        return out
    homes = shapely.make_valid(homes)
    if parcels is not None and len(parcels):
        parcels = np.asarray(parcels, dtype=object)
        parcels = shapely.make_valid(parcels[np.array([p is not None for p in parcels], dtype=bool)])
        points = shapely.point_on_surface(homes)
        holder = shapely.STRtree(parcels).query(points, predicate="within")[1]
        land = shapely.union_all(parcels[np.unique(holder)]) if len(holder) else None
    else:
        land = shapely.union_all(homes)
    if land is None or land.is_empty:
        return out
    out[drawn] = shapely.area(shapely.intersection(units[drawn], land))
    return out
