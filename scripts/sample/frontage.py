"""Kampung plots cut along the road frontage of a block.

Why this shape: kampung lots line up along the gang they open onto, narrow and deep (frontage
~5-12 m, depth 10-25 m), their side lines roughly perpendicular to the gang, and the lots of two
opposite gang meet rear-to-rear in the middle of the block. So each block edge that faces a road is
walked and cut every frontage width (jittered, cut at block corners too); every block point goes to
the nearest frontage sample (Voronoi of samples along the edge: side lines perpendicular to the
edge, rear lines on the medial axis); lots are capped at a depth and the land behind them
(interior of big blocks) is split into irregular back lots without frontage.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
import shapely.ops
from shapely.geometry import Point, Polygon
from shapely.geometry.polygon import orient

SAMPLE_STEP = 1.0          # m between frontage samples along the block edge
CORNER_TURN_DEG = 45.0     # a sharper turn of the block edge starts a new row of lots
MERGED_LOT_SHARE = 0.07    # share of cuts left out: a double lot (bigger house, shop, kos)
MIN_RUN = 5.0              # shorter frontage runs give no lot of their own
MIN_LOT_M2 = 45.0          # smaller leftovers join the neighbour sharing the longest edge
WIDE_CLASSES = ("arteri", "kolektor", "lokal")


@dataclass
class Frame:
    """Frontage frame of a lot: origin on the road edge, u along the frontage, n into the block."""
    origin: np.ndarray
    u: np.ndarray
    n: np.ndarray

    def to_local(self, xy: np.ndarray) -> np.ndarray:
        rel = np.asarray(xy, dtype=float) - self.origin
        return np.column_stack([rel @ self.u, rel @ self.n])

    def to_world(self, ab) -> np.ndarray:
        ab = np.asarray(ab, dtype=float)
        return self.origin + np.outer(ab[:, 0], self.u) + np.outer(ab[:, 1], self.n)

    def rectangle(self, a0: float, a1: float, b0: float, b1: float) -> Polygon:
        return Polygon(self.to_world([(a0, b0), (a1, b0), (a1, b1), (a0, b1)]))


@dataclass
class Lot:
    geometry: Polygon
    frame: Frame | None = None


def _ring_from_corner(block: Polygon) -> tuple[np.ndarray, np.ndarray]:
    """Simplified CCW exterior starting at its sharpest corner, and the corner arclengths."""
    ring = np.asarray(orient(block.simplify(1.0), 1.0).exterior.coords)[:-1]
    prev, nxt = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
    a, b = ring - prev, nxt - ring
    turn = np.degrees(np.abs(np.arctan2(a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0], (a * b).sum(axis=1))))
    start = int(np.argmax(turn))
    ring, turn = np.roll(ring, -start, axis=0), np.roll(turn, -start)
    closed = np.vstack([ring, ring[:1]])
    arclength = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(closed, axis=0), axis=1))])
    return closed, arclength[:-1][turn >= CORNER_TURN_DEG]


def _cuts(rng, length: float, width: float) -> np.ndarray:
    """Cut positions inside one frontage run of ``length`` m, lots ``width`` m wide on average."""
    count = max(1, int(round(length / width)))
    if count == 1:
        return np.array([])
    positions = (np.arange(1, count) + rng.uniform(-0.22, 0.22, count - 1)) * length / count
    keep = rng.random(count - 1) >= MERGED_LOT_SHARE
    return positions[keep]


def _runs(rng, s, fronting, corners, width_of) -> tuple[np.ndarray, list]:
    """Run number of every frontage sample (-1 = not fronting a road) and, per run, its start and
    end arclength and the arclengths where lots are cut."""
    ids = np.full(s.size, -1)
    breaks = np.flatnonzero(np.diff(fronting.astype(int)) != 0) + 1
    starts = np.unique(np.concatenate([[0], breaks, np.searchsorted(s, corners)]))
    starts = starts[starts < s.size]
    ends = np.append(starts[1:], s.size)
    runs = []
    for lo, hi in zip(starts, ends):
        if not fronting[lo] or s[hi - 1] - s[lo] < MIN_RUN:
            continue
        length = s[hi - 1] - s[lo] + SAMPLE_STEP
        ids[lo:hi] = len(runs)
        runs.append((s[lo], s[lo] + length, s[lo] + _cuts(rng, length, width_of(lo, hi))))
    return ids, runs


def _tangent(line, at: float, lo: float, hi: float) -> np.ndarray:
    """Frontage direction at ``at``, smoothed over +-6 m so the wobble of a gang does not tilt lots."""
    ends = shapely.get_coordinates(shapely.line_interpolate_point(line, [max(lo, at - 6.0), min(hi, at + 6.0)]))
    chord = ends[1] - ends[0]
    return chord / max(float(np.linalg.norm(chord)), 1e-9)


def _frame_at(line, at: float, lo: float, hi: float) -> Frame:
    u = _tangent(line, at, lo, hi)
    origin = shapely.get_coordinates(line.interpolate(at))[0]
    return Frame(origin, u, np.array([-u[1], u[0]]))  # CCW ring: the block lies to the left


def _cut_run(line, region, run, reach: float) -> list:
    """Split one run's region with straight lines perpendicular to the frontage at the cuts."""
    lo, hi, cuts = run
    pieces = _polygons(region)
    for at in cuts:
        frame = _frame_at(line, at, lo, hi)
        cutter = shapely.LineString([frame.origin - 3.0 * frame.n, frame.origin + reach * frame.n])
        pieces = [part for piece in pieces for part in
                  (_polygons(shapely.ops.split(piece, cutter)) if piece.intersects(cutter) else [piece])]
    lots = []
    for piece in pieces:
        at = line.project(piece.representative_point())
        lots.append(Lot(piece, _frame_at(line, min(max(at, lo), hi), lo, hi)))
    return lots


def cut_block(rng, block: Polygon, road_tree, road_buffers, road_classes, width, depth) -> list:
    """Lots covering ``block``: frontage lots along its road edges, irregular back lots behind.

    ``road_tree`` indexes ``road_buffers`` (road bodies) with their ``road_classes``; ``width(kelas)``
    gives the mean frontage for a road class, ``depth`` caps how deep a frontage lot reaches."""
    ring, corners = _ring_from_corner(block)
    line = shapely.LineString(ring)
    s = np.arange(0.0, line.length, SAMPLE_STEP)
    points = shapely.line_interpolate_point(line, s)
    hits = road_tree.query(points, predicate="dwithin", distance=1.5)
    fronting = np.zeros(s.size, dtype=bool)
    fronting[hits[0]] = True
    if fronting.sum() < MIN_RUN:
        return [Lot(g) for g in split_irregular(rng, block, 160.0)]
    wide = np.zeros(s.size, dtype=bool)
    wide[hits[0][np.isin(np.asarray(road_classes)[hits[1]], WIDE_CLASSES)]] = True

    def width_of(lo, hi):
        return width("lokal" if wide[lo:hi].mean() > 0.5 else "gang")

    ids, runs = _runs(rng, s, fronting, corners, width_of)
    used = ids >= 0
    if not used.any():
        return [Lot(g) for g in split_irregular(rng, block, 160.0)]
    seeds = points[used]
    # every block point belongs to the run of the nearest frontage sample: rear lines on the medial axis
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.MultiPoint(list(seeds)), extend_to=block))
    cell_owner = shapely.STRtree(seeds).query(cells, predicate="contains")
    near = road_tree.query(block.buffer(1.0), predicate="intersects")
    strip = shapely.intersection(block, shapely.union_all(np.asarray(road_buffers)[near]).buffer(depth))
    lots = []
    run_of_seed = ids[used]
    for number, run in enumerate(runs):
        mine = cell_owner[0][np.isin(cell_owner[1], np.flatnonzero(run_of_seed == number))]
        region = shapely.intersection(shapely.union_all(cells[mine]), strip)
        lots.extend(_cut_run(line, region, run, 2.5 * depth))
    back = shapely.difference(block, strip)
    for part in _polygons(back):
        if part.area >= 2 * MIN_LOT_M2:
            lots.extend(Lot(g) for g in split_irregular(rng, part, 150.0))
        else:
            lots.append(Lot(part))
    return merge_small(lots)


def _polygons(geom) -> list:
    """Polygon parts of ``geom`` (part by part: buffer(0) of a collection would dissolve the cuts)."""
    parts = [g if g.is_valid else g.buffer(0) for g in shapely.get_parts(geom)]
    return [p for g in parts for p in shapely.get_parts(g) if p.geom_type == "Polygon" and p.area > 0.5]


def merge_small(lots: list) -> list:
    """Join lots under MIN_LOT_M2 (slivers at corners, cut-off tails) to the neighbour sharing the
    longest edge; the bigger lot keeps its frontage frame."""
    lots = sorted(lots, key=lambda lot: -lot.geometry.area)
    big = [lot for lot in lots if lot.geometry.area >= MIN_LOT_M2]
    for small in (lot for lot in lots if lot.geometry.area < MIN_LOT_M2):
        if not big:
            big.append(small)
            continue
        grown = small.geometry.buffer(0.05)
        shared = [shapely.length(shapely.intersection(b.geometry.boundary, grown)) for b in big]
        best = int(np.argmax(shared))
        if shared[best] > 0:
            merged = shapely.union(big[best].geometry, small.geometry).buffer(0.01).buffer(-0.01)
            if merged.geom_type == "Polygon":
                big[best].geometry = merged
    return big


def split_irregular(rng, area: Polygon, mean_area: float) -> list:
    """Back land without frontage: irregular lots (Voronoi of jittered seeds), as inherited land
    gets divided behind the gang rows."""
    if area.area < 1.6 * mean_area:
        return [area]
    count = int(round(area.area / mean_area))
    minx, miny, maxx, maxy = area.bounds
    pts = []
    for _ in range(200 * count):  # rejection sampling, bounded for thin shapes
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if area.contains(p):
            pts.append(p)
            if len(pts) == count:
                break
    if len(pts) < 2:
        return [area]
    cells = shapely.voronoi_polygons(shapely.MultiPoint(pts), extend_to=area)
    return [g for cell in shapely.get_parts(cells) for g in _polygons(shapely.intersection(cell, area))]
