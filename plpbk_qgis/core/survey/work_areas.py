"""Work areas of the pokja for the Pemetaan Swadaya (S1, S4): by RT, by RW, or balanced (pure).

"Balanced" divides the buildings into N groups of (nearly) equal size by recursive bisection:
the group is cut across its longer side at the building that splits it in the wanted
proportion, so every area stays compact (a block a team can walk) and the counts differ by at
most one building per cut. The area of each group is the union of the Voronoi cells of its
buildings clipped to the boundary, so the areas tile the kelurahan (or priority area) without
gaps or overlaps and every building lies in the area that counts it.

Each area gets a pokja in the catalog's order, round robin, with the pokja's themes (the catalog
layers it is responsible for), and a team name; a planner edits them after.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ..errors import PlpbkInputError


@dataclass
class WorkArea:
    code: str
    name: str
    geometry: object
    buildings: int
    pokja: str
    themes: tuple
    team: str


def _bisect(points: np.ndarray, index: np.ndarray, parts: int) -> list:
    """Groups (arrays of indexes into ``points``) of sizes as equal as possible."""
    if parts <= 1 or len(index) <= 1:
        return [index]
    xs, ys = points[index, 0], points[index, 1]
    axis = 0 if (xs.max() - xs.min()) >= (ys.max() - ys.min()) else 1
    order = index[np.argsort(points[index, axis], kind="stable")]
    left_parts = parts // 2
    cut = int(round(len(order) * left_parts / parts))
    return _bisect(points, order[:cut], left_parts) + _bisect(points, order[cut:], parts - left_parts)


def balanced_groups(points: np.ndarray, count: int) -> list:
    if count < 1:
        raise PlpbkInputError("jumlah wilayah kerja harus paling sedikit 1 (COUNT = {count}).", count=count)
    if len(points) < count:
        raise PlpbkInputError("hanya {n} bangunan untuk {count} wilayah kerja: kurangi COUNT atau pakai metode RT/RW.",
                              n=len(points), count=count)
    return _bisect(points, np.arange(len(points)), count)


def group_polygons(points: np.ndarray, groups: list, boundary) -> list:
    """The union of the Voronoi cells of each group's points, clipped to ``boundary``."""
    unique, first = np.unique(points.round(3), axis=0, return_index=True)
    cells = shapely.voronoi_polygons(shapely.multipoints(unique), extend_to=boundary)
    cells = np.array(list(cells.geoms), dtype=object)
    holder = np.full(len(unique), -1)
    point_geoms = shapely.points(unique)
    cell_index, point_index = shapely.STRtree(point_geoms).query(cells, predicate="contains")
    holder[point_index] = cell_index
    group_of = np.empty(len(points), dtype=int)
    for g, members in enumerate(groups):
        group_of[members] = g
    polygons = []
    for g in range(len(groups)):
        mine = [holder[u] for u, original in enumerate(first) if group_of[original] == g and holder[u] >= 0]
        shape = shapely.union_all(cells[mine]) if mine else shapely.Polygon()
        polygons.append(shapely.make_valid(shapely.intersection(shape, boundary)))
    return polygons


def assign_pokja(count: int, pokja: list, themes: dict) -> list:
    """(pokja code, themes) per area, round robin over the catalog's pokja."""
    return [(pokja[i % len(pokja)], tuple(themes.get(pokja[i % len(pokja)], ()))) for i in range(count)]


def count_inside(polygons, points: np.ndarray) -> list:
    geoms = shapely.points(points)
    return [int(shapely.contains(shapely.make_valid(p), geoms).sum()) if p is not None else 0 for p in polygons]


def work_areas(method: str, boundary, building_points: np.ndarray, pokja: list, themes: dict, count: int = 0,
               units=None, unit_names=None, pokja_names: dict | None = None) -> list:
    """``method``: 'rt' / 'rw' (``units`` are the RT or RW polygons, ``unit_names`` their names) or
    'seimbang' (``count`` balanced areas over ``boundary``)."""
    pokja_names = pokja_names or {}
    if method == "seimbang":
        groups = balanced_groups(building_points, count)
        polygons = group_polygons(building_points, groups, shapely.make_valid(boundary))
        names = [f"Wilayah {i + 1}" for i in range(len(polygons))]
    else:
        if units is None or not len(units):
            raise PlpbkInputError("basis data survei tidak punya poligon {unit}: gambar batas {unit} atau pakai "
                                  "metode seimbang.", unit=method.upper())
        polygons = [shapely.make_valid(u) if u is not None else None for u in units]
        names = list(unit_names)
    counts = count_inside(polygons, building_points)
    roles = assign_pokja(len(polygons), pokja, themes)
    return [WorkArea(f"WK-{i + 1:02d}", names[i], polygons[i], counts[i], roles[i][0], roles[i][1],
                     f"Tim {i + 1} ({pokja_names.get(roles[i][0], roles[i][0])})") for i in range(len(polygons))]


def area_of(geometries, areas) -> list:
    """Index of the work area holding each geometry (by a point on its surface; a geometry on
    no area gets the nearest within 50 m, else -1; None or empty geometry: -1)."""
    import shapely

    found = []
    tree = shapely.STRtree(list(areas)) if len(areas) else None
    for geometry in geometries:
        if tree is None or geometry is None or shapely.is_empty(geometry):
            found.append(-1)
            continue
        point = shapely.point_on_surface(shapely.make_valid(geometry))
        hits = sorted(int(i) for i in tree.query(point, predicate="intersects"))
        if hits:
            found.append(hits[0])
            continue
        nearest = tree.query_nearest(point, max_distance=50.0)
        found.append(int(nearest[0]) if len(nearest) else -1)
    return found
