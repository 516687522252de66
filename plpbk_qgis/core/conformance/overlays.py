"""The geometric half of ``checkbuildingrules``, worked one spatial block of parcels at a time.

For each block only its parcels and the buildings whose envelope meets the block are decoded
(see ``PolygonStore``); from them come the building × parcel overlaps (KDB/KLB), the parcels'
zones and green areas (KDH) and the fronting road of the block's buildings (GSB). Each parcel
lies in exactly one block, so every overlap pair is measured once; a building near a block
edge is decoded for each block it meets but searched for its road only once. Peak memory is
then the compact stores plus one block per core at work, whatever the size of the layers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .blocks import envelope, meeting, spatial_blocks
from .geometry import overlap_areas, shrunk
from .measures import green_areas, own_plot_pairs
from .parallel import MAX_CHUNK, map_blocks
from .polygon_store import PolygonStore
from .setbacks import BLOCK, RoadSearch
from .zoning import ZoneAssignment, assign_zones

# parcels per block: large enough that per-block overheads vanish, small enough that one
# block's decoded geometries stay in the tens of megabytes
PARCEL_BLOCK = 50_000


@dataclass
class Overlays:
    parcel_area: np.ndarray
    pairs: tuple                    # (building, parcel, overlap area), sorted by building then parcel
    parcel_zone: ZoneAssignment
    green: np.ndarray | None        # green area per parcel; None without a green layer
    road: np.ndarray | None         # per building: fronting road (-1 none); None without roads
    distance: np.ndarray | None


class _Shared:
    """Polygons every block measures against (zones, green), with their 1 µm-shrunk copies
    (see ``overlap_areas``; few vertices, shrunk once rather than every parcel) and a tree.
    A block takes private copies of the ones near it: a prepared geometry's lazily built
    indexes are not safe to share between threads."""

    def __init__(self, polygons):
        self.polygons = polygons
        self.core = shrunk(polygons)
        self.tree = shapely.STRtree(self.core)
        warm_up(self.tree)

    def near(self, window):
        rows = np.sort(self.tree.query(shapely.box(*window)))
        return rows, _copies(self.polygons[rows]), _copies(self.core[rows])


def warm_up(tree):
    """GEOS builds an STRtree on its first query, unguarded: build it here, in one thread,
    before block workers query it together."""
    tree.query(shapely.box(0.0, 0.0, 0.0, 0.0))


def _copies(geometries):
    return shapely.from_wkb(shapely.to_wkb(geometries))


def overlay_blocks(buildings: PolygonStore, parcels: PolygonStore, zones, min_share: float, *,
                   green_pieces=None, roads: RoadSearch | None = None, own_plots=False,
                   progress=None) -> Overlays:
    """``zones``/``green_pieces``: clean polygon arrays (green already dissolved);
    ``own_plots``: parcel k is building k's estimated plot; ``progress(fraction)`` is called
    after each block (it may raise to cancel)."""
    step = progress or (lambda _fraction: None)
    nb, n_parcels = len(buildings), len(parcels)
    shared_zones = _Shared(zones)
    shared_green = _Shared(green_pieces) if green_pieces is not None and len(green_pieces) else None
    blocks = spatial_blocks(parcels.bounds, PARCEL_BLOCK)
    windows = [envelope(parcels.bounds[rows]) for rows in blocks]
    # GSB: each building is searched in exactly one block: its own plot's (estimated plots),
    # else the first block whose window holds its centre
    searcher = None
    if roads is not None and own_plots:
        searcher = np.full(nb, -1, dtype=np.int64)
        for number, rows in enumerate(blocks):
            searcher[rows[rows < nb]] = number
    elif roads is not None:
        searcher = _gsb_blocks(buildings.bounds, windows)

    def work(number):
        p_rows = blocks[number]
        window = windows[number]
        plots = parcels.take(p_rows)
        b_rows = p_rows if own_plots else meeting(buildings.bounds, window)
        shapes = buildings.take(b_rows)
        if own_plots:
            i, j, part = own_plot_pairs(shapes, plots)
        else:
            i, j, part = overlap_areas(shapes, plots)
        result = {"pairs": (b_rows[i], p_rows[j], part), "area": shapely.area(plots)}
        rows, near, near_core = shared_zones.near(window)
        assigned = assign_zones(plots, near, min_share, zones_core=near_core)
        result["zone"] = np.where(assigned.zone >= 0, rows[np.maximum(assigned.zone, 0)], -1) \
            if len(rows) else assigned.zone
        result["share"], result["ambiguous"] = assigned.share, assigned.ambiguous
        if shared_green is not None:
            _, near, near_core = shared_green.near(window)
            result["green"] = green_areas(plots, near, green_core=near_core)
        if roads is not None:
            mine = searcher[b_rows] == number      # this block's own buildings, by position
            result["searched"] = b_rows[mine]
            result["road"] = roads.search(shapes[mine], buildings.bounds[result["searched"]])
        return p_rows, result

    area = np.zeros(n_parcels)
    zone = np.full(n_parcels, -1, dtype=np.int64)
    share = np.zeros(n_parcels)
    ambiguous = np.zeros(n_parcels, dtype=bool)
    green = None if green_pieces is None else np.zeros(n_parcels)
    road = distance = None
    if roads is not None:
        road, distance = np.full(nb, -1, dtype=np.int64), np.full(nb, np.nan)
    found = []
    for done, (p_rows, result) in enumerate(map_blocks(work, range(len(blocks))), start=1):
        found.append(result["pairs"])
        area[p_rows], zone[p_rows] = result["area"], result["zone"]
        share[p_rows], ambiguous[p_rows] = result["share"], result["ambiguous"]
        if "green" in result:
            green[p_rows] = result["green"]
        if roads is not None:
            road[result["searched"]], distance[result["searched"]] = result["road"]
        step(done / max(len(blocks), 1))
    if roads is not None:
        # buildings away from every parcel block (no parcels near them)
        rest = np.flatnonzero((searcher < 0) & ~buildings.empty)
        for rows in spatial_blocks(buildings.bounds[rest], BLOCK):
            rows = rest[rows]
            road[rows], distance[rows] = roads.search(buildings.take(rows), buildings.bounds[rows])
    bi, pj, part = (np.concatenate(column) for column in zip(*found)) if found else \
        (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0))
    order = np.lexsort((pj, bi))
    return Overlays(parcel_area=area, pairs=(bi[order], pj[order], part[order]),
                    parcel_zone=ZoneAssignment(zone=zone, share=share, ambiguous=ambiguous,
                                               outside=zone < 0, pairs=()),
                    green=green, road=road, distance=distance)


def _gsb_blocks(bounds, windows) -> np.ndarray:
    """Per building, the first window holding its envelope's centre (-1: none)."""
    x = (bounds[:, 0] + bounds[:, 2]) / 2.0
    y = (bounds[:, 1] + bounds[:, 3]) / 2.0
    block = np.full(len(bounds), -1, dtype=np.int64)
    for number, (x0, y0, x1, y1) in enumerate(windows):
        free = np.flatnonzero(block < 0)
        inside = (x[free] >= x0) & (x[free] <= x1) & (y[free] >= y0) & (y[free] <= y1)
        block[free[inside]] = number
    return block


def zones_of(store: PolygonStore, rows, zones, min_share: float):
    """Zone assignment of some features of a store (buildings without parcel), decoded in
    chunks. Returns (zone, share, ambiguous) arrays aligned with ``rows``."""
    zone = np.full(len(rows), -1, dtype=np.int64)
    share = np.zeros(len(rows))
    ambiguous = np.zeros(len(rows), dtype=bool)
    tree = shapely.STRtree(zones)
    for lo in range(0, len(rows), MAX_CHUNK):
        part = slice(lo, lo + MAX_CHUNK)
        assigned = assign_zones(store.take(rows[part]), zones, min_share, tree=tree)
        zone[part], share[part], ambiguous[part] = assigned.zone, assigned.share, assigned.ambiguous
    return zone, share, ambiguous
