"""RT/RW units and the kawasan prioritas of the sample.

RT and RW boundaries follow roads and gang in reality, so units are groups of whole blocks; the
space between blocks (roads) is split down the middle by a Voronoi diagram of points sampled
along the block edges, which gives a gap-free partition of the kelurahan.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import Point, Polygon


def weighted_kmeans(points: np.ndarray, weights: np.ndarray, k: int, iterations: int = 30) -> np.ndarray:
    """Deterministic k-means (farthest-point start from the west-most point)."""
    centres = [points[np.argmin(points[:, 0])]]
    while len(centres) < k:
        dist = np.min([np.linalg.norm(points - c, axis=1) for c in centres], axis=0)
        centres.append(points[np.argmax(dist)])
    centres = np.asarray(centres, dtype=float)
    labels = np.zeros(len(points), dtype=int)
    for _ in range(iterations):
        labels = np.argmin(np.linalg.norm(points[:, None, :] - centres[None], axis=2), axis=1)
        for j in range(k):
            mask = labels == j
            if mask.any():
                centres[j] = np.average(points[mask], axis=0, weights=weights[mask])
    return labels


def _order_north_west(points: np.ndarray) -> np.ndarray:
    """Rank clusters from north-west to south-east, the way RT/RW numbers usually run."""
    return np.lexsort((points[:, 0], -np.round(points[:, 1] / 120.0)))


def partition(boundary: Polygon, blocks: list, labels: list) -> dict:
    """label -> polygon covering its blocks and half of the surrounding roads."""
    xs, ys, tags = [], [], []
    for block, label in zip(blocks, labels):
        ring = block.exterior
        n = max(4, int(ring.length // 4.0))
        pts = shapely.get_coordinates(shapely.line_interpolate_point(ring, np.linspace(0, 1, n, endpoint=False),
                                                                      normalized=True))
        xs.extend(pts[:, 0])
        ys.extend(pts[:, 1])
        tags.extend([label] * len(pts))
    points = shapely.points(np.column_stack([xs, ys]))
    cells = shapely.voronoi_polygons(shapely.MultiPoint(list(points)), extend_to=boundary.buffer(50))
    cells = list(shapely.get_parts(cells))
    tree = shapely.STRtree(cells)
    owner = {}
    for i, point in enumerate(points):
        for j in tree.query(point, predicate="intersects"):
            owner.setdefault(int(j), tags[i])
    groups: dict = {}
    for j, cell in enumerate(cells):
        if j in owner:
            groups.setdefault(owner[j], []).append(cell)
    out = {}
    for label, parts in groups.items():
        shape = shapely.intersection(shapely.union_all(parts), boundary)
        shape = shapely.make_valid(shape.buffer(0))
        out[label] = shape
    return out


def make_rt_rw(boundary: Polygon, blocks: list, n_rw: int = 4, n_rt: int = 20) -> tuple[dict, dict]:
    """Returns ({no_rw: polygon}, {(no_rw, no_rt): polygon})."""
    xy = np.array([b.centroid.coords[0] for b in blocks])
    area = np.array([b.area for b in blocks])
    rw_labels = weighted_kmeans(xy, area, n_rw)
    rw_centres = np.array([np.average(xy[rw_labels == j], axis=0, weights=area[rw_labels == j])
                           for j in range(n_rw)])
    rw_names = {int(j): f"{rank + 1:02d}" for rank, j in enumerate(_order_north_west(rw_centres))}
    block_tags = [None] * len(blocks)
    for j in range(n_rw):
        idx = np.flatnonzero(rw_labels == j)
        k = max(3, int(round(n_rt * area[idx].sum() / area.sum())))
        k = min(k, len(idx))
        sub = weighted_kmeans(xy[idx], area[idx], k)
        centres = np.array([xy[idx][sub == m].mean(axis=0) for m in range(k)])
        names = {int(m): f"{rank + 1:02d}" for rank, m in enumerate(_order_north_west(centres))}
        for i, m in zip(idx, sub):
            block_tags[i] = (rw_names[j], names[int(m)])
    rt = partition(boundary, blocks, block_tags)
    rw: dict = {}
    for (no_rw, _), shape in rt.items():
        rw.setdefault(no_rw, []).append(shape)
    rw = {key: shapely.union_all(parts).buffer(0.01).buffer(-0.01) for key, parts in sorted(rw.items())}
    return rw, dict(sorted(rt.items()))


def kawasan_prioritas(rng, boundary: Polygon, blocks: list, centre: Point, radius: float) -> Polygon:
    """Blocks inside an irregular blob around the dense core, closed over the gang between them."""
    phase = rng.uniform(0, 2 * np.pi)
    chosen = []
    for block in blocks:
        c = block.centroid
        theta = np.arctan2(c.y - centre.y, c.x - centre.x)
        reach = radius * (1 + 0.18 * np.sin(3 * theta + phase))
        if c.distance(centre) <= reach:
            chosen.append(block)
    shape = shapely.union_all(chosen).buffer(6, join_style="mitre").buffer(-6, join_style="mitre")
    shape = shapely.intersection(shape, boundary)
    if shape.geom_type != "Polygon":
        shape = max(shapely.get_parts(shape), key=lambda g: g.area)
    return Polygon(shape.exterior)
