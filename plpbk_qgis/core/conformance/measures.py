"""KDB, KLB and KDH per parcel, vectorised.

KDB = Σ area(building ∩ parcel) / area(parcel) × 100
KLB = Σ area(building ∩ parcel) × floors / area(parcel)
KDH = area(green ∩ parcel) / area(parcel) × 100
A building crossing a parcel line counts on each parcel with its part there; it is attached
(for its own output row) to the parcel holding the largest part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import dissolve, dominant, overlap_areas, sum_by


@dataclass
class ParcelMeasures:
    area: np.ndarray              # parcel area (m²)
    footprint: np.ndarray         # Σ building area on the parcel
    floor_area: np.ndarray        # Σ building area × floors (NaN where a floor count is unknown)
    floors_unknown: np.ndarray    # number of buildings on the parcel with unknown floors
    building_count: np.ndarray
    green: np.ndarray             # green area on the parcel (NaN when no green layer)
    building_parcel: np.ndarray   # per building: index of its main parcel, -1 when none
    building_parcels: np.ndarray  # per building: number of parcels it overlaps
    pairs: tuple = ()             # (building index, parcel index) of every overlap

    @property
    def kdb(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.area > 0, self.footprint / self.area * 100.0, np.nan)

    @property
    def klb(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.area > 0, self.floor_area / self.area, np.nan)

    @property
    def kdh(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.area > 0, self.green / self.area * 100.0, np.nan)


def own_plot_pairs(buildings, plots):
    """Estimated plots are made one per building: building k belongs to plot k only, however
    much a neighbour's plot brushes it (a tessellation is not a cadastre)."""
    k = np.flatnonzero(~shapely.is_missing(buildings) & ~shapely.is_missing(plots))
    part = shapely.area(shapely.intersection(buildings[k], plots[k]))
    keep = part > 0.0
    return k[keep], k[keep], part[keep]


def green_areas(parcels, green_pieces, tree=None, green_core=None) -> np.ndarray:
    """Green area on each parcel; ``green_pieces`` already dissolved (see ``dissolve``);
    ``tree``/``green_core``: see ``overlap_areas``."""
    n = len(parcels)
    if not len(green_pieces):
        return np.zeros(n)
    gi, _, part = overlap_areas(parcels, green_pieces, tree=tree, large_core=green_core)
    return sum_by(gi, part, n)


def measure_parcels(parcels, buildings, floors=None, green=None, own_plots=False) -> ParcelMeasures:
    """``parcels``/``buildings``: arrays of valid polygons or None; ``floors``: float per
    building (NaN unknown) or None; ``green``: array of polygons or None (not supplied);
    ``own_plots``: parcels are estimated plots aligned with the buildings."""
    parcels = np.asarray(parcels, dtype=object)
    buildings = np.asarray(buildings, dtype=object)
    area = shapely.area(parcels)
    pairs = own_plot_pairs(buildings, parcels) if own_plots else overlap_areas(buildings, parcels)
    green_area = None if green is None else green_areas(parcels, dissolve(green))
    return measures_from_pairs(area, pairs, len(buildings), floors, green_area)


def measures_from_pairs(area, pairs, n_buildings, floors=None, green_area=None) -> ParcelMeasures:
    """The measures from the parcel areas and the (building, parcel, overlap area) pairs;
    ``green_area`` per parcel or None (no green layer)."""
    n = len(area)
    area = np.where(np.isnan(area), 0.0, area)
    bi, pj, part = pairs
    footprint = sum_by(pj, part, n)
    building_count = np.bincount(pj, minlength=n)[:n] if len(pj) else np.zeros(n, dtype=np.int64)
    if floors is not None:
        floors = np.asarray(floors, dtype=float)
        pair_floors = floors[bi]
        unknown = np.isnan(pair_floors)
        floor_area = sum_by(pj[~unknown], part[~unknown] * pair_floors[~unknown], n)
        floors_unknown = np.bincount(pj[unknown], minlength=n)[:n] if unknown.any() \
            else np.zeros(n, dtype=np.int64)
        floor_area = np.where(floors_unknown > 0, np.nan, floor_area)
    else:
        floor_area = np.full(n, np.nan)
        floors_unknown = np.zeros(n, dtype=np.int64)
    green_area = np.full(n, np.nan) if green_area is None else green_area
    main_parcel, _ = dominant(bi, pj, part, n_buildings)
    parcel_count = np.bincount(bi, minlength=n_buildings)[:n_buildings] if len(bi) \
        else np.zeros(n_buildings, dtype=np.int64)
    return ParcelMeasures(area=area, footprint=footprint, floor_area=floor_area,
                          floors_unknown=floors_unknown, building_count=building_count,
                          green=green_area, building_parcel=main_parcel,
                          building_parcels=parcel_count, pairs=(bi, pj))
