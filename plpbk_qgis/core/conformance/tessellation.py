"""Estimated plots when there are no parcels: morphological tessellation inside road blocks.

Same idea as momepy's ``morphological_tessellation`` (not a dependency here): points along the
slightly shrunken outline of every building seed a Voronoi diagram; the cells of one building's
points form its plot, cut to the block it stands in (the space between road areas) and to a
distance limit around the building. Results are estimates, marked ``persil_estimasi``.
"""

from __future__ import annotations

import numpy as np
import shapely

from .blocks import envelope, meeting, spatial_blocks
from .parallel import map_blocks
from .setbacks import road_space


def road_areas(roads=None, road_widths=None):
    """The road space as polygons: centrelines buffered by half their width; those without a
    width still split blocks, with a hair of width."""
    if roads is None or len(roads) == 0:
        return np.empty(0, dtype=object)
    space = road_space(roads, road_widths).areas
    space = space[~shapely.is_missing(space)]
    return np.where(np.isin(shapely.get_type_id(space), (3, 6)), space,
                    shapely.buffer(space, 0.05, quad_segs=1))


def road_blocks(extent_box, space, tree=None):
    """Blocks = ``extent_box`` minus the road space (``road_areas``) as separate polygons,
    and their union (the land between the roads)."""
    near = space if tree is None else space[tree.query(extent_box)]
    land = shapely.difference(extent_box, shapely.union_all(near)) if len(near) else extent_box
    parts = shapely.get_parts(land)
    return parts[shapely.area(parts) > 1.0], land


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


# buildings per window: the Voronoi diagram, the road blocks and the clipping are made one
# window at a time, so their cost grows with the layer, not with its square (a block polygon of
# a whole city has tens of thousands of vertices, and every plot was cut from it)
WINDOW = 2_000


def tessellate(buildings, roads=None, road_widths=None, limit: float = 20.0, spacing: float = 2.0,
               progress=None):
    """One plot polygon per building (None for a building without geometry); ``progress``
    (fraction) is called after each window and may raise to cancel.

    Worked window by window (``spatial_blocks``). A plot lies within ``limit`` of its building
    and a point there is nearer to one of the building's own seeds than ``limit`` + ``spacing``
    + 0.4 m (the seeds' inset), so only seeds within twice that of the window compete for it:
    those are the seeds each window's diagram is built from, which gives the same cells as one
    diagram of everything."""
    buildings = np.asarray(buildings, dtype=object)
    plots = np.full(len(buildings), None, dtype=object)
    valid = np.flatnonzero(~shapely.is_missing(buildings) & ~shapely.is_empty(buildings))
    if len(valid) == 0:
        return plots
    geoms = buildings[valid]
    bounds = shapely.bounds(geoms)
    space = road_areas(roads, road_widths)
    tree = shapely.STRtree(space) if len(space) else None
    if tree is not None:
        tree.query(shapely.box(0.0, 0.0, 0.0, 0.0))   # built now, before threads share it
    reach = 2.0 * (limit + spacing + 0.5)

    def window(rows):
        x0, y0, x1, y1 = envelope(bounds[rows])
        near = meeting(bounds, (x0 - reach, y0 - reach, x1 + reach, y1 + reach))
        # own buildings first in ``near``: their seeds' owners are then 0..len(rows)-1
        near = np.concatenate([rows, np.setdiff1d(near, rows)])
        box = shapely.box(x0 - limit - 1.0, y0 - limit - 1.0, x1 + limit + 1.0, y1 + limit + 1.0)
        return rows, _window_plots(geoms[near], len(rows), box, space, tree, limit, spacing)

    # windows on every core: only each window's own new geometries are ever prepared (GEOS'
    # prepared indexes may not be shared between threads)
    windows = spatial_blocks(bounds, WINDOW)
    for done, (rows, result) in enumerate(map_blocks(window, windows), start=1):
        plots[valid[rows]] = result
        if progress is not None:
            progress(done / len(windows))
    return plots


def _window_plots(geoms, own, box, space, tree, limit, spacing):
    """Plots of the first ``own`` of ``geoms`` (the rest are neighbours whose seeds compete)."""
    coords, owner = seed_points(geoms, spacing)
    points = shapely.points(coords)
    mine = geoms[:own]
    if len(points) < 2:
        merged = np.full(own, box, dtype=object)
    else:
        frame = shapely.box(*(np.array(shapely.bounds(box)) + [-limit, -limit, limit, limit]))
        cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(points), extend_to=frame))
        # each Voronoi cell contains exactly one seed: map cells back to their building
        point_index, cell_index = shapely.STRtree(cells).query(points, predicate="within")
        cell_owner = owner[point_index]
        keep = cell_owner < own
        cell_owner, cell_index = cell_owner[keep], cell_index[keep]
        order = np.argsort(cell_owner, kind="stable")
        cell_owner, cell_index = cell_owner[order], cell_index[order]
        cuts = np.searchsorted(cell_owner, np.arange(own + 1))
        merged = np.array([shapely.coverage_union_all(cells[cell_index[a:b]]) if b > a else None
                           for a, b in zip(cuts[:-1], cuts[1:])], dtype=object)
    blocks, land = road_blocks(box, space, tree)
    inside = shapely.point_on_surface(mine)
    # prepared blocks tested against the points (not each point against a raw block)
    block_j, point_i = shapely.STRtree(inside).query(blocks, predicate="contains")
    block_of = np.full(own, -1, dtype=np.int64)
    block_of[point_i] = block_j
    clip = np.where(block_of >= 0, blocks[np.maximum(block_of, 0)] if len(blocks) else None, land)
    clip = shapely.intersection(clip, shapely.buffer(mine, limit, quad_segs=4))
    # the building itself always belongs to its plot (it may stand partly on a road)
    result = shapely.union(shapely.intersection(merged, clip), mine)
    result = _without_neighbours(result, geoms)
    return np.array([_largest_polygon_with(g, b) for g, b in zip(result, mine)], dtype=object)


def _without_neighbours(plots, buildings):
    """A plot never holds part of a neighbour's building (the Voronoi cells of the shrunken
    outlines reach a little into the next house): cut those slivers off. ``plots[k]`` is the
    plot of ``buildings[k]``; buildings past the plots only cut."""
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
