"""Vectorised polygon overlays shared by every measure (shapely 2, no per-feature Python).

The expensive operation is ``intersection``; it is only computed for pairs where one polygon
crosses the other's boundary. Pairs where the small polygon lies wholly inside the large one
(the vast majority: buildings inside their parcel, parcels inside their zone) take the small
polygon's own area, found with a prepared ``contains_properly`` test.
"""

from __future__ import annotations

import numpy as np
import shapely


def clean_polygons(geometries):
    """Return (polygons, repaired, empty): invalid polygons repaired with ``make_valid``
    (keeping only their polygonal part), missing/empty/non-polygonal ones set to None."""
    geoms = np.asarray(geometries, dtype=object).copy()
    n = len(geoms)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    geoms[missing] = None
    type_ids = shapely.get_type_id(geoms)
    polygonal = np.isin(type_ids, (3, 6))   # Polygon, MultiPolygon
    invalid = polygonal & ~shapely.is_valid(geoms)
    repaired = np.zeros(n, dtype=bool)
    for index in np.flatnonzero(invalid | (~polygonal & ~missing)):
        fixed = polygon_part(shapely.make_valid(geoms[index]))
        geoms[index] = fixed
        repaired[index] = fixed is not None
    empty = shapely.is_missing(geoms)
    return geoms, repaired, empty


def polygon_part(geometry):
    """The polygonal part of a geometry (what ``make_valid`` may wrap in a collection)."""
    if geometry is None or geometry.is_empty:
        return None
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    if len(parts) == 0:
        return None
    union = shapely.union_all(parts) if len(parts) > 1 else parts[0]
    return None if union.is_empty else union


def overlap_areas(small, large, tree=None):
    """All pairs (i of ``small``, j of ``large``) that overlap with a positive area.

    Returns (i, j, area of small[i] ∩ large[j]); ``tree`` may be a ready STRtree of ``large``.
    Both arrays must hold valid polygons or None.
    """
    small = np.asarray(small, dtype=object)
    large = np.asarray(large, dtype=object)
    if len(small) == 0 or len(large) == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0)
    tree = tree if tree is not None else shapely.STRtree(large)
    i, j = tree.query(small, predicate="intersects")
    shapely.prepare(large)
    area = shapely.area(small[i])
    inside = shapely.contains_properly(large[j], small[i])
    crossing = np.flatnonzero(~inside)
    # a house built up to its parcel line is inside but touches the boundary (contains, not
    # contains_properly); its neighbour's parcel only touches it: both are far cheaper to
    # recognise than to intersect
    if len(crossing):
        within = shapely.contains(large[j[crossing]], small[i[crossing]])
        crossing = crossing[~within]
    if len(crossing):
        touching = shapely.touches(large[j[crossing]], small[i[crossing]])
        area[crossing[touching]] = 0.0
        crossing = crossing[~touching]
    if len(crossing):
        area[crossing] = shapely.area(shapely.intersection(small[i[crossing]], large[j[crossing]]))
    keep = area > 0.0
    return i[keep], j[keep], area[keep]


def dominant(i, j, area, n):
    """For each of ``n`` features, the partner with the largest overlap: (index or -1, area)."""
    best = np.full(n, -1, dtype=np.int64)
    best_area = np.zeros(n)
    if len(i):
        # sort by feature then area descending; the first row of each feature wins, and ties
        # go to the lowest partner index (stable sort) so results are reproducible
        order = np.lexsort((j, -area, i))
        first = order[np.r_[True, i[order][1:] != i[order][:-1]]]
        best[i[first]] = j[first]
        best_area[i[first]] = area[first]
    return best, best_area


def sum_by(index, values, n):
    """Σ values grouped by ``index`` (0..n-1)."""
    return np.bincount(index, weights=values, minlength=n)[:n] if len(index) else np.zeros(n)


def dissolve(geometries):
    """Union overlapping polygons once and explode into parts, so areas of pieces sum exactly."""
    geoms = np.asarray(geometries, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms)]
    if len(geoms) == 0:
        return geoms
    return shapely.get_parts(shapely.union_all(geoms))
