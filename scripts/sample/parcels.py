"""Parcels (persil) of the sample kelurahan and the footprints of public buildings.

Parcels: rows of narrow deep lots along the road frontage of every block (see frontage.py),
narrower in the dense priority area; mosque, school, office lots are merged from neighbouring
lots. House footprints are in houses.py. Sizes are tuned so the footprint median lands near
real_stats.TARGET_MEDIAN_AREA.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Point, Polygon

from .frontage import WIDE_CLASSES, Frame, cut_block

DENSE_FRONTAGE = 9.5        # m, mean lot frontage on gang in the priority area
SPARSE_FRONTAGE = 11.5      # m, at the edge of the kelurahan


@dataclass
class Parcel:
    geometry: Polygon
    reserved: str | None = None     # 'rth:<jenis>' | 'sekolah' | 'masjid' | 'kantor' | 'kosong' | None
    fronts: str | None = None       # widest road class the parcel touches
    frame: Frame | None = None      # frontage frame (None: back lot or merged facility lot)


def density_weight(point: Point, centre: Point, radius: float) -> float:
    """1 in the dense core (priority area), 0 far away: mixes dense and sparse parcel sizes."""
    return float(np.exp(-(point.distance(centre) / (1.6 * radius)) ** 2))


def frontage_width(rng, kelas: str, weight: float) -> float:
    """Mean lot frontage (m) of one row: narrow in the dense core, shop-houses on wider roads."""
    if kelas in WIDE_CLASSES:
        mean = weight * 8.0 + (1 - weight) * 9.5
    else:
        mean = weight * DENSE_FRONTAGE + (1 - weight) * SPARSE_FRONTAGE
    return mean * float(rng.uniform(0.85, 1.15))


def make_parcels(rng, blocks: list, centre: Point, radius: float, roads: list) -> list:
    buffers = [r.geometry.buffer(r.lebar / 2.0, cap_style="flat") for r in roads]
    tree = shapely.STRtree(buffers)
    classes = [r.kelas for r in roads]
    parcels = []
    for block in blocks:
        w = density_weight(block.centroid, centre, radius)
        depth = float(rng.uniform(16.0, 22.0) if w > 0.5 else rng.uniform(18.0, 26.0))
        lots = cut_block(rng, block, tree, buffers, classes, lambda kelas, w=w: frontage_width(rng, kelas, w), depth)
        parcels.extend(Parcel(lot.geometry, frame=lot.frame) for lot in lots)
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


def facility_footprint(rng, lot: Polygon, share: float) -> list:
    """Public building: a rectangle-like block covering ``share`` of the lot, with a yard."""
    core = shapely.affinity.scale(lot.buffer(-1.0, join_style="mitre"), np.sqrt(share), np.sqrt(share),
                                  origin=lot.centroid)
    core = shapely.intersection(core.minimum_rotated_rectangle, lot.buffer(-1.0))
    polys = [g for g in shapely.get_parts(core) if g.geom_type == "Polygon" and g.area > 12]
    return polys[:1]
