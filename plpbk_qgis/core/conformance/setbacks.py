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

from .blocks import spatial_blocks
from .columns import factorize
from .parallel import chunked

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
    if classes is not None:
        codes, found = factorize(classes)
        road_class = np.array([normalise_class(c) for c in found], dtype=object)[codes]
    else:
        road_class = np.full(n, "", dtype=object)
    roads[shapely.is_missing(roads) | shapely.is_empty(roads)] = None
    return RoadSpace(geometries=roads, half=half, road_class=road_class, no_width=no_width)


@dataclass
class Setbacks:
    road: np.ndarray       # index of the fronting road, -1 when none within reach
    distance: np.ndarray   # GSB in metres (NaN when no road)
    road_class: np.ndarray  # normalised class of that road ('' unknown / none)
    no_width: np.ndarray | None = None   # that road's width was missing (centreline used)


def road_pieces(geometries, window=None):
    """Roads cut into pieces with tight envelopes: lines into their segments, polygons into
    their parts. Returns (pieces, road index per piece). The distance to a road is the
    smallest distance to its pieces, so nothing is lost. With ``window`` (xmin, ymin, xmax,
    ymax) only segments whose envelope meets it are made: the rest cannot be within reach."""
    parts, road = shapely.get_parts(geometries, return_index=True)
    is_line = np.isin(shapely.get_type_id(parts), (1, 2))
    lines, line_road = parts[is_line], road[is_line]
    coords, owner = shapely.get_coordinates(lines, return_index=True)
    start = np.flatnonzero(owner[1:] == owner[:-1])
    single = np.setdiff1d(np.arange(len(lines)), owner[start])     # lines of one point
    if window is not None:
        a, b = coords[start], coords[start + 1]
        meets = ((np.minimum(a[:, 0], b[:, 0]) <= window[2]) & (np.maximum(a[:, 0], b[:, 0]) >= window[0])
                 & (np.minimum(a[:, 1], b[:, 1]) <= window[3]) & (np.maximum(a[:, 1], b[:, 1]) >= window[1]))
        start = start[meets]
    segments = shapely.linestrings(np.stack([coords[start], coords[start + 1]], axis=1))
    pieces = np.concatenate([segments, lines[single], parts[~is_line]])
    owners = np.concatenate([line_road[owner[start]], line_road[single], road[~is_line]])
    return pieces, owners


# search radii (m, beyond the widest half width) tried in turn; most buildings front a road
# within the first, and only the rest pay for the wider searches
STAGES = (8.0, 20.0)
# buildings per block: roads are cut into pieces one block at a time, so only the pieces
# near the blocks being searched are held (cutting all roads of 10⁶ buildings costs ~1 GB)
BLOCK = 25_000


def _search_block(buildings, bounds, roads, road_tree, half, rank_of_road, widest, max_distance):
    """Ring search (see nearest_roads) for one block of buildings (envelopes ``bounds``)
    against the pieces of the roads near it. Returns (building row, road, distance) for
    each building's pick."""
    reach = max_distance + widest
    window = (bounds[:, 0].min() - reach, bounds[:, 1].min() - reach,
              bounds[:, 2].max() + reach, bounds[:, 3].max() + reach)
    near = np.sort(road_tree.query(shapely.box(*window)))
    empty = np.empty(0, dtype=np.int64)
    if not len(near):
        return empty, empty, np.empty(0)
    pieces, owner = road_pieces(roads[near], window)
    owner = near[owner]
    half = half[owner]
    tree = shapely.STRtree(pieces)
    rows = np.arange(len(buildings))
    found_i, found_j, found_d = [], [], []
    todo = rows
    for radius in [min(s + widest, reach) for s in STAGES if s + widest < reach] + [reach]:
        if not len(todo):
            break
        # envelopes grown by the radius, then one distance per candidate: cheaper than the
        # "dwithin" predicate, which measures every pair once more
        b = bounds[todo]
        grown = shapely.box(b[:, 0] - radius, b[:, 1] - radius, b[:, 2] + radius, b[:, 3] + radius)
        i, j = tree.query(grown)
        d = chunked(shapely.distance, buildings[todo[i]], pieces[j])
        within = d <= radius
        i, j, d = i[within], j[within], np.maximum(d[within] - half[j[within]], 0.0)
        bi = todo[i]
        best = np.full(len(buildings), np.inf)
        np.minimum.at(best, bi, d)
        settled = (best + widest + 0.001 <= radius) | (radius >= reach)
        keep = settled[bi] & (d <= max_distance)
        found_i.append(bi[keep]), found_j.append(j[keep]), found_d.append(d[keep])
        todo = todo[~settled[todo]]
    ci, cj, dist = np.concatenate(found_i), owner[np.concatenate(found_j)], np.concatenate(found_d)
    rank = rank_of_road[cj]
    # one row per building: nearest first (to the mm), then higher class, then lower road
    # index, then that road's nearest piece
    order = np.lexsort((dist, cj, -rank, np.round(dist, 3), ci))
    pick = order[np.r_[True, ci[order][1:] != ci[order][:-1]]] if len(order) else order
    return ci[pick], cj[pick], dist[pick]


class RoadSearch:
    """The fronting road of buildings, searched against one road space (see ``nearest_roads``).
    Built once; ``search`` may then be called block after block."""

    def __init__(self, space: RoadSpace, max_distance: float = 50.0):
        self.space = space
        self.max_distance = max_distance
        self.usable = np.flatnonzero(~shapely.is_missing(space.geometries))
        self.roads = space.geometries[self.usable]
        self.half = space.half[self.usable]
        self.widest = float(self.half.max()) if len(self.usable) else 0.0
        codes, found = factorize(space.road_class[self.usable])
        self.rank_of_road = np.array([CLASS_RANK.get(c, 0) for c in found], dtype=np.int64)[codes]
        self.tree = shapely.STRtree(self.roads) if len(self.usable) else None
        if self.tree is not None:
            # GEOS builds the tree on its first query, unguarded: build it before block
            # workers query it together
            self.tree.query(shapely.box(0.0, 0.0, 0.0, 0.0))

    def search(self, buildings, bounds=None):
        """(index of the fronting road or -1, distance or NaN) per building."""
        buildings = np.asarray(buildings, dtype=object)
        n = len(buildings)
        road = np.full(n, -1, dtype=np.int64)
        distance = np.full(n, np.nan)
        # an empty building has no distance to anything: like a missing one, it gets no road
        valid = np.flatnonzero(~shapely.is_missing(buildings) & ~shapely.is_empty(buildings))
        if not len(valid) or self.tree is None:
            return road, distance
        bounds = shapely.bounds(buildings[valid]) if bounds is None else np.asarray(bounds)[valid]
        # blocks run in turn in this thread (the measuring inside spreads over the cores):
        # making and freeing the pieces in worker threads ran twice as slow in a full check
        for block in spatial_blocks(bounds, BLOCK):
            rows = valid[block]
            bi, rj, d = _search_block(buildings[rows], bounds[block], self.roads, self.tree, self.half,
                                      self.rank_of_road, self.widest, self.max_distance)
            road[rows[bi]] = self.usable[rj]
            distance[rows[bi]] = d
        return road, distance

    def setbacks(self, road, distance) -> Setbacks:
        """The result per building from the picks of ``search``."""
        n = len(road)
        found = road >= 0
        road_class = np.full(n, "", dtype=object)
        no_width = np.zeros(n, dtype=bool)
        if len(self.space.road_class):
            road_class[found] = self.space.road_class[road[found]]
        if len(self.space.no_width):
            no_width[found] = self.space.no_width[road[found]]
        return Setbacks(road=road, distance=distance, road_class=road_class, no_width=no_width)


def nearest_roads(buildings, space: RoadSpace, max_distance: float = 50.0) -> Setbacks:
    """Distance to the road space without buffering it: for a centreline of half width h the
    distance to its boundary is max(0, distance to the line − h) (the exact offset curve).

    Searched in widening rings: all road pieces within R of the building are measured; when
    the best boundary distance e found satisfies e + (widest half width) + 1 mm ≤ R, no road
    outside R can be nearer or tie with it at the mm, so the building is settled; the others
    go on to the next radius, the last being the full reach. Buildings go in blocks that lie
    together, each against the pieces of the roads within reach of the block."""
    search = RoadSearch(space, max_distance)
    return search.setbacks(*search.search(buildings))
