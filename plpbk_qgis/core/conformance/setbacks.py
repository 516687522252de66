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
    geometries: np.ndarray   # centreline or road polygon per road (None when empty)
    half: np.ndarray         # half the full width for centrelines with a width, else 0
    road_class: np.ndarray   # normalised class per road ('' unknown)
    no_width: np.ndarray     # centreline used as is: the width was missing

    @property
    def areas(self) -> np.ndarray:
        """Road space as polygons (centrelines buffered; those without width stay lines)."""
        areas = self.geometries.copy()
        rows = np.flatnonzero(self.half > 0)
        if len(rows):
            areas[rows] = shapely.buffer(self.geometries[rows], self.half[rows], quad_segs=4)
        return areas


def road_space(roads, widths=None, classes=None) -> RoadSpace:
    """Road lines (with half their full ``widths``) or polygons (kept) -> road space per road."""
    roads = np.asarray(roads, dtype=object).copy()
    n = len(roads)
    geom_type = shapely.get_type_id(roads)
    is_line = np.isin(geom_type, (1, 2, 5))     # LineString, LinearRing, MultiLineString
    width = np.full(n, np.nan) if widths is None else np.asarray(widths, dtype=float)
    half = np.where(is_line & ~np.isnan(width) & (width > 0), width / 2.0, 0.0)
    no_width = is_line & (half <= 0)
    road_class = np.array([normalise_class(c) for c in classes], dtype=object) if classes is not None \
        else np.full(n, "", dtype=object)
    roads[shapely.is_missing(roads) | shapely.is_empty(roads)] = None
    return RoadSpace(geometries=roads, half=half, road_class=road_class, no_width=no_width)


@dataclass
class Setbacks:
    road: np.ndarray       # index of the fronting road, -1 when none within reach
    distance: np.ndarray   # GSB in metres (NaN when no road)
    road_class: np.ndarray  # normalised class of that road ('' unknown / none)
    no_width: np.ndarray | None = None   # that road's width was missing (centreline used)


def nearest_roads(buildings, space: RoadSpace, max_distance: float = 50.0) -> Setbacks:
    """Distance to the road space without buffering it: for a centreline of half width h the
    distance to its boundary is max(0, distance to the line − h) (the exact offset curve).
    The nearest centreline finds a first candidate at d0 − h0; a road of half width h can only
    beat it if its line lies within d0 − h0 + h, so that is the radius of the second query."""
    buildings = np.asarray(buildings, dtype=object)
    n = len(buildings)
    road = np.full(n, -1, dtype=np.int64)
    distance = np.full(n, np.nan)
    valid = np.flatnonzero(~shapely.is_missing(buildings))
    usable = np.flatnonzero(~shapely.is_missing(space.geometries))
    if len(valid) and len(usable):
        lines, half = space.geometries[usable], space.half[usable]
        tree = shapely.STRtree(lines)
        reach = max_distance + float(half.max())
        bi, rj = tree.query_nearest(buildings[valid], max_distance=reach, all_matches=False)
        first = np.maximum(shapely.distance(buildings[valid][bi], lines[rj]) - half[rj], 0.0)
        radius = np.full(len(valid), -1.0)
        radius[bi] = first + float(half.max())
        has = radius >= 0
        ci, cj = tree.query(buildings[valid][has], predicate="dwithin", distance=radius[has])
        ci = np.flatnonzero(has)[ci]
        dist = np.maximum(shapely.distance(buildings[valid][ci], lines[cj]) - half[cj], 0.0)
        near = dist <= max_distance
        ci, cj, dist = ci[near], cj[near], dist[near]
        rank = np.array([CLASS_RANK[c] for c in space.road_class[usable][cj]], dtype=np.int64) \
            if len(cj) else np.empty(0, dtype=np.int64)
        # one row per building: nearest first (to the mm), then higher class, then lower road index
        order = np.lexsort((cj, -rank, np.round(dist, 3), ci))
        pick = order[np.r_[True, ci[order][1:] != ci[order][:-1]]] if len(order) else order
        road[valid[ci[pick]]] = usable[cj[pick]]
        distance[valid[ci[pick]]] = dist[pick]
    road_class = np.full(n, "", dtype=object)
    if len(space.road_class):
        found = road >= 0
        road_class[found] = space.road_class[road[found]]
    no_width = np.zeros(n, dtype=bool)
    if len(space.no_width):
        no_width[road >= 0] = space.no_width[road[road >= 0]]
    return Setbacks(road=road, distance=distance, road_class=road_class, no_width=no_width)
