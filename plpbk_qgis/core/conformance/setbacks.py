"""GSB: distance from a building to the boundary of the road it fronts.

The road boundary is the edge of the road space: road polygons as given, or centrelines
buffered by half their full width (``lebar_m``). A building outside the road space is at
``distance(building, road space)`` from its boundary; a building reaching into it has GSB 0.
The fronting road is the nearest one within ``max_distance``; when several are equally near
(a corner plot) the higher class wins, because its rule is the one that binds the corner.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

ROAD_CLASSES = ("arteri", "kolektor", "lokal")
CLASS_RANK = {"": 0, "lokal": 1, "kolektor": 2, "arteri": 3}
# CONTRACTS.md: lingkungan and gang count as lokal for class-specific rules
CLASS_ALIASES = {"lingkungan": "lokal", "gang": "lokal", "setapak": "lokal", "local": "lokal",
                 "arterial": "arteri", "collector": "kolektor"}


def normalise_class(raw) -> str:
    """'Jalan Arteri Sekunder' -> 'arteri', 'gang' -> 'lokal', unknown/empty -> ''."""
    if raw is None:
        return ""
    text = str(raw).strip().lower()
    for name in ROAD_CLASSES:
        if name in text:
            return name
    for alias, name in CLASS_ALIASES.items():
        if alias in text:
            return name
    return ""


@dataclass
class RoadSpace:
    areas: np.ndarray        # polygon (road space) or line (centreline without width) per road
    road_class: np.ndarray   # normalised class per road ('' unknown)
    no_width: np.ndarray     # centreline used as is: the width was missing


def road_space(roads, widths=None, classes=None) -> RoadSpace:
    """Road lines (buffered by half ``widths``) or polygons (kept) -> road space per road."""
    roads = np.asarray(roads, dtype=object)
    n = len(roads)
    geom_type = shapely.get_type_id(roads)
    is_line = np.isin(geom_type, (1, 2, 5))     # LineString, LinearRing, MultiLineString
    width = np.full(n, np.nan) if widths is None else np.asarray(widths, dtype=float)
    half = np.where(np.isnan(width) | (width <= 0), 0.0, width / 2.0)
    no_width = is_line & (half <= 0)
    areas = roads.copy()
    buffer_rows = np.flatnonzero(is_line & (half > 0))
    if len(buffer_rows):
        areas[buffer_rows] = shapely.buffer(roads[buffer_rows], half[buffer_rows], quad_segs=4)
    road_class = np.array([normalise_class(c) for c in classes], dtype=object) if classes is not None \
        else np.full(n, "", dtype=object)
    areas[shapely.is_empty(areas)] = None
    return RoadSpace(areas=areas, road_class=road_class, no_width=no_width)


@dataclass
class Setbacks:
    road: np.ndarray       # index of the fronting road, -1 when none within reach
    distance: np.ndarray   # GSB in metres (NaN when no road)
    road_class: np.ndarray  # normalised class of that road ('' unknown / none)
    no_width: np.ndarray | None = None   # that road's width was missing (centreline used)


def nearest_roads(buildings, space: RoadSpace, max_distance: float = 50.0) -> Setbacks:
    buildings = np.asarray(buildings, dtype=object)
    n = len(buildings)
    road = np.full(n, -1, dtype=np.int64)
    distance = np.full(n, np.nan)
    valid = np.flatnonzero(~shapely.is_missing(buildings))
    usable = ~shapely.is_missing(space.areas)
    if len(valid) and usable.any():
        road_index = np.flatnonzero(usable)
        tree = shapely.STRtree(space.areas[road_index])
        (bi, rj), dist = tree.query_nearest(buildings[valid], max_distance=max_distance,
                                            return_distance=True, all_matches=True)
        rj = road_index[rj]
        rank = np.array([CLASS_RANK[c] for c in space.road_class[rj]], dtype=np.int64) \
            if len(rj) else np.empty(0, dtype=np.int64)
        # one row per building: nearest first, then higher class, then lower road index
        order = np.lexsort((rj, -rank, dist, bi))
        first = order[np.r_[True, bi[order][1:] != bi[order][:-1]]] if len(order) else order
        road[valid[bi[first]]] = rj[first]
        distance[valid[bi[first]]] = dist[first]
    road_class = np.full(n, "", dtype=object)
    if len(space.road_class):
        found = road >= 0
        road_class[found] = space.road_class[road[found]]
    no_width = np.zeros(n, dtype=bool)
    if len(space.no_width):
        no_width[road >= 0] = space.no_width[road[road >= 0]]
    return Setbacks(road=road, distance=distance, road_class=road_class, no_width=no_width)
