"""Balanced work areas: counts within one building per cut, areas tiling the boundary without
gaps or overlaps, every building inside the area that counts it."""

import numpy as np
import pytest
import shapely

from plpbk_qgis.core.errors import PlpbkInputError
from plpbk_qgis.core.survey.work_areas import assign_pokja, balanced_groups, work_areas


def _points(n, seed=3):
    rng = np.random.default_rng(seed)
    # a dense kampung in the west, sparse houses in the east
    west = rng.uniform([0, 0], [300, 400], size=(int(n * 0.8), 2))
    east = rng.uniform([300, 0], [800, 400], size=(n - len(west), 2))
    return np.vstack([west, east])


@pytest.mark.parametrize("count", [1, 2, 5, 7])
def test_balanced_areas_tile_the_boundary(count):
    boundary = shapely.box(-10, -10, 810, 410)
    points = _points(1003)
    areas = work_areas("seimbang", boundary, points, ["a", "b", "c"], {"a": ("bangunan",)}, count=count)
    assert len(areas) == count
    sizes = [a.buildings for a in areas]
    assert sum(sizes) == len(points)                                  # every building counted once
    assert max(sizes) - min(sizes) <= 3                               # ≤ 1 per bisection level
    union = shapely.union_all([a.geometry for a in areas])
    assert union.area == pytest.approx(boundary.area, rel=1e-9)       # no gap
    assert sum(a.geometry.area for a in areas) == pytest.approx(boundary.area, rel=1e-9)   # no overlap
    # compact: no area much longer than wide (bisection cuts across the longer side)
    for area in areas:
        x0, y0, x1, y1 = area.geometry.bounds
        assert max(x1 - x0, y1 - y0) / max(1e-9, min(x1 - x0, y1 - y0)) < 6


def test_groups_by_hand_and_refusals():
    points = np.array([[0, 0], [1, 0], [2, 0], [3, 0], [10, 0], [11, 0]], dtype=float)
    groups = balanced_groups(points, 3)
    assert [sorted(g.tolist()) for g in groups] == [[0, 1], [2, 3], [4, 5]]
    with pytest.raises(PlpbkInputError):
        balanced_groups(points, 7)
    with pytest.raises(PlpbkInputError):
        balanced_groups(points, 0)
    assert assign_pokja(4, ["p1", "p2", "p3"], {"p2": ("jalan",)}) == [
        ("p1", ()), ("p2", ("jalan",)), ("p3", ()), ("p1", ())]


def test_by_units_counts_buildings_in_each():
    units = [shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100)]
    points = np.array([[10, 10], [20, 20], [150, 50]], dtype=float)
    areas = work_areas("rt", None, points, ["p"], {}, units=units, unit_names=["RT 1", "RT 2"])
    assert [(a.name, a.buildings) for a in areas] == [("RT 1", 2), ("RT 2", 1)]
