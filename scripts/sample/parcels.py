"""Parcels (persil) and building footprints of the sample kelurahan.

Parcels: Voronoi cells of jittered seeds inside each block, aligned with the block, smaller in the
dense priority area. Buildings: the parcel inset by a few decimetres (kampung houses fill their lot
and nearly touch, real gap median ~1 m), some with a yard or a front setback, big lots split into
2-3 houses. Sizes are tuned so the footprint median lands near real_stats.TARGET_MEDIAN_AREA.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon

DENSE_PARCEL_M2 = 155.0     # mean parcel in the priority area
SPARSE_PARCEL_M2 = 240.0    # mean parcel at the edge of the kelurahan


@dataclass
class Parcel:
    geometry: Polygon
    reserved: str | None = None     # 'rth:<jenis>' | 'sekolah' | 'masjid' | 'kantor' | 'kosong' | None
    fronts: str | None = None       # widest road class the parcel touches


def density_weight(point: Point, centre: Point, radius: float) -> float:
    """1 in the dense core (priority area), 0 far away: mixes dense and sparse parcel sizes."""
    return float(np.exp(-(point.distance(centre) / (1.6 * radius)) ** 2))


def _orientation(poly: Polygon) -> float:
    rect = poly.minimum_rotated_rectangle
    xy = np.asarray(rect.exterior.coords)
    edge = xy[1] - xy[0]
    return float(np.arctan2(edge[1], edge[0]))


def split_block(rng, block: Polygon, mean_area: float) -> list:
    """Irregular parcels covering one block."""
    if block.area < 1.6 * mean_area:
        return [block]
    angle = _orientation(block)
    spacing_x, spacing_y = np.sqrt(mean_area) * 1.25, np.sqrt(mean_area) * 0.8  # lots deeper than wide
    minx, miny, maxx, maxy = block.bounds
    size = max(maxx - minx, maxy - miny) * 1.5
    gx, gy = np.meshgrid(np.arange(-size / 2, size / 2, spacing_x), np.arange(-size / 2, size / 2, spacing_y))
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    # small jitter: lots stay roughly rectangular in rows along the gang, as in real kampung
    pts += rng.uniform(-0.17, 0.17, pts.shape) * np.array([spacing_x, spacing_y])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    pts = pts @ rot.T + np.array(block.centroid.coords[0])
    inside = shapely.contains_xy(block, pts[:, 0], pts[:, 1])
    pts = pts[inside]
    if len(pts) < 2:
        return [block]
    cells = shapely.voronoi_polygons(shapely.MultiPoint(pts), extend_to=block)
    parts = []
    for cell in shapely.get_parts(cells):
        piece = shapely.intersection(cell, block)
        parts.extend(g for g in shapely.get_parts(piece) if g.geom_type == "Polygon" and g.area > 0.5)
    return merge_slivers(parts, min_area=25.0)


def merge_slivers(parts: list, min_area: float) -> list:
    """Join tiny Voronoi leftovers to the neighbour sharing the longest edge."""
    parts = sorted(parts, key=lambda g: -g.area)
    big = [p for p in parts if p.area >= min_area]
    for small in (p for p in parts if p.area < min_area):
        if not big:
            big.append(small)
            continue
        shared = [shapely.length(shapely.intersection(b.boundary, small.buffer(0.05))) for b in big]
        best = int(np.argmax(shared))
        if shared[best] > 0:
            merged = shapely.union(big[best], small).buffer(0)
            if merged.geom_type == "Polygon":
                big[best] = merged
    return big


def make_parcels(rng, blocks: list, centre: Point, radius: float) -> list:
    parcels = []
    for block in blocks:
        w = density_weight(block.centroid, centre, radius)
        mean_area = w * DENSE_PARCEL_M2 + (1 - w) * SPARSE_PARCEL_M2
        parcels.extend(Parcel(p) for p in split_block(rng, block, mean_area))
    return parcels


def merge_parcels_near(parcels: list, target: Point, area: float, reserved: str) -> Parcel:
    """Join parcels around ``target`` into one lot of about ``area`` m2 (mosque, school, office)."""
    free = [i for i, p in enumerate(parcels) if p.reserved is None]
    start = min(free, key=lambda i: parcels[i].geometry.distance(target))
    group, shape = [start], parcels[start].geometry
    while shape.area < area:
        touching = [i for i in free if i not in group and parcels[i].geometry.distance(shape) < 0.05]
        if not touching:
            break
        nxt = min(touching, key=lambda i: parcels[i].geometry.centroid.distance(target))
        group.append(nxt)
        shape = shapely.union(shape, parcels[nxt].geometry)
    shape = shape.buffer(0.05).buffer(-0.05)
    if shape.geom_type != "Polygon":
        shape = max(shapely.get_parts(shape), key=lambda g: g.area)
    merged = Parcel(shape, reserved)
    for i in sorted(group, reverse=True):
        parcels.pop(i)
    parcels.append(merged)
    return merged


def _split_footprint(rng, poly: Polygon, pieces: int) -> list:
    """Cut a footprint across its long axis into ``pieces`` houses, with a narrow gap or none."""
    xy = np.asarray(poly.minimum_rotated_rectangle.exterior.coords)[:3]
    e1, e2 = xy[1] - xy[0], xy[2] - xy[1]
    long_edge = e1 if np.linalg.norm(e1) >= np.linalg.norm(e2) else e2
    length = float(np.linalg.norm(long_edge))
    u = long_edge / length
    v = np.array([-u[1], u[0]])
    centre = np.asarray(poly.centroid.coords[0])
    cuts = np.sort(rng.uniform(0.3, 0.7, 1)) if pieces == 2 else np.array([0.34, 0.67])
    gap = float(rng.choice([0.01, 0.01, 0.6, 1.0]))
    remaining = poly
    for t in cuts:
        p = centre + (t - 0.5) * length * u
        cutter = LineString([p - 200 * v, p + 200 * v]).buffer(gap / 2, cap_style="flat")
        remaining = shapely.difference(remaining, cutter)
    out = [g for g in shapely.get_parts(remaining) if g.geom_type == "Polygon" and g.area > 12]
    return out or [poly]


def footprints_for(rng, parcel: Parcel, road_buffers, wide_road_buffers) -> list:
    """Building footprints on one ordinary (house) parcel."""
    lot = parcel.geometry
    # 40 % share walls with the neighbour lot (no inset): real dense cells have 34-98 % touching.
    inset = 0.0 if rng.random() < 0.4 else float(rng.uniform(0.2, 0.6))
    base = lot.buffer(-inset, join_style="mitre") if inset else lot
    if base.is_empty:
        return []
    if rng.random() < 0.4:  # a small yard: house covers 55-85 % of the lot
        k = float(rng.uniform(0.55, 0.85))
        base = shapely.intersection(base, shapely.affinity.scale(lot, np.sqrt(k), np.sqrt(k),
                                                                   origin=lot.centroid))
    if parcel.fronts in ("lokal", "kolektor", "arteri") and rng.random() < 0.45:
        setback = float(rng.uniform(1.0, 4.0))  # front yard/terrace on wider roads only
        base = shapely.difference(base, wide_road_buffers.buffer(setback))
    base = base.simplify(0.25)
    polys = [g for g in shapely.get_parts(base) if g.geom_type == "Polygon" and g.area > 12]
    if not polys:
        return []
    main = max(polys, key=lambda g: g.area)
    if main.area > 300:
        return _split_footprint(rng, main, 3)
    if main.area > 165 and rng.random() < 0.7:
        return _split_footprint(rng, main, 2)
    return [main]


def facility_footprint(rng, lot: Polygon, share: float) -> list:
    """Public building: a rectangle-like block covering ``share`` of the lot, with a yard."""
    core = shapely.affinity.scale(lot.buffer(-1.0, join_style="mitre"), np.sqrt(share), np.sqrt(share),
                                  origin=lot.centroid)
    core = shapely.intersection(core.minimum_rotated_rectangle, lot.buffer(-1.0))
    polys = [g for g in shapely.get_parts(core) if g.geom_type == "Polygon" and g.area > 12]
    return polys[:1]
