"""Estimated plots when there are no parcels: morphological tessellation inside road blocks.

Same idea as momepy's ``morphological_tessellation`` (not a dependency here): points along the
slightly shrunken outline of every building seed a Voronoi diagram; the cells of one building's
points form its plot, cut to the block it stands in (the space between road areas) and to a
distance limit around the building. Results are estimates, marked ``persil_estimasi``.
"""

from __future__ import annotations

import numpy as np
import shapely

from .setbacks import road_space


def road_blocks(extent_box, roads=None, road_widths=None):
    """Blocks = extent minus the road space, as separate polygons."""
    if roads is None or len(roads) == 0:
        return np.array([extent_box], dtype=object)
    space = road_space(roads, road_widths).areas
    space = space[~shapely.is_missing(space)]
    # roads without width (plain centrelines) still split blocks: give them a hair of width
    space = np.where(np.isin(shapely.get_type_id(space), (3, 6)), space,
                     shapely.buffer(space, 0.05, quad_segs=1))
    cut = shapely.difference(extent_box, shapely.union_all(space))
    parts = shapely.get_parts(cut)
    return parts[shapely.area(parts) > 1.0]


def seed_points(buildings, spacing: float = 2.0, shrink: float = 0.4):
    """Points along each building outline (shrunk so neighbours' seeds never coincide)."""
    inner = shapely.buffer(buildings, -shrink, quad_segs=2)
    too_small = shapely.is_empty(inner) | shapely.is_missing(inner)
    inner[too_small] = buildings[too_small]
    outline = shapely.segmentize(shapely.boundary(inner), spacing)
    coords, owner = shapely.get_coordinates(outline, return_index=True)
    coords = np.round(coords, 3)
    _, first = np.unique(coords, axis=0, return_index=True)
    return coords[first], owner[first]


def tessellate(buildings, roads=None, road_widths=None, limit: float = 20.0, spacing: float = 2.0):
    """One plot polygon per building (None for a building without geometry)."""
    buildings = np.asarray(buildings, dtype=object)
    plots = np.full(len(buildings), None, dtype=object)
    valid = np.flatnonzero(~shapely.is_missing(buildings))
    if len(valid) == 0:
        return plots
    geoms = buildings[valid]
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    box = shapely.box(xmin - limit, ymin - limit, xmax + limit, ymax + limit)
    coords, owner = seed_points(geoms, spacing)
    points = shapely.points(coords)
    if len(points) < 2:
        cells_by_building = [box] * len(geoms)
    else:
        cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=box))
        # each Voronoi cell contains exactly one seed: map cells back to their building
        cell_index, point_index = shapely.STRtree(points).query(cells, predicate="contains")
        cell_owner = owner[point_index]
        order = np.argsort(cell_owner, kind="stable")
        cell_owner, cell_index = cell_owner[order], cell_index[order]
        bounds = np.searchsorted(cell_owner, np.arange(len(geoms) + 1))
        cells_by_building = [shapely.coverage_union_all(cells[cell_index[a:b]]) if b > a else None
                             for a, b in zip(bounds[:-1], bounds[1:])]
    merged = np.array(cells_by_building, dtype=object)
    blocks = road_blocks(box, roads, road_widths)
    inside = shapely.point_on_surface(geoms)
    point_i, block_j = shapely.STRtree(blocks).query(inside, predicate="within")
    block_of = np.full(len(geoms), -1, dtype=np.int64)
    block_of[point_i] = block_j
    clip = np.where(block_of >= 0, blocks[np.maximum(block_of, 0)], shapely.union_all(blocks))
    clip = shapely.intersection(clip, shapely.buffer(geoms, limit, quad_segs=4))
    # the building itself always belongs to its plot (it may stand partly on a road)
    result = shapely.union(shapely.intersection(merged, clip), geoms)
    result = _without_neighbours(result, geoms)
    result = np.array([_largest_polygon_with(g, b) for g, b in zip(result, geoms)], dtype=object)
    plots[valid] = result
    return plots


def _without_neighbours(plots, buildings):
    """A plot never holds part of a neighbour's building (the Voronoi cells of the shrunken
    outlines reach a little into the next house): cut those slivers off."""
    i, j = shapely.STRtree(buildings).query(plots, predicate="intersects")
    keep = i != j
    i, j = i[keep], j[keep]
    if len(i) == 0:
        return plots
    plots = plots.copy()
    order = np.argsort(i, kind="stable")
    i, j = i[order], j[order]
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1]])
    ends = np.r_[starts[1:], len(i)]
    owners = i[starts]
    others = np.array([shapely.union_all(buildings[j[a:b]]) for a, b in zip(starts, ends)], dtype=object)
    cut = shapely.difference(plots[owners], others)
    plots[owners] = shapely.union(cut, buildings[owners])
    return plots


def _largest_polygon_with(geometry, building):
    """Keep the parts of a plot touching its building (drops slivers beyond a road)."""
    if geometry is None or geometry.is_empty:
        return building
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), (3,))]
    keep = parts[shapely.intersects(parts, building)]
    if len(keep) == 0:
        return building
    return keep[0] if len(keep) == 1 else shapely.union_all(keep)
