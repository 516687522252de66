"""Every feature is counted in one unit or in a row saying why not (issue: hostile input): RTs
with NULL numbers stay apart, a self-intersecting RT still holds its buildings."""

import numpy as np
import shapely

from plpbk_qgis.core.survey.catalog import load_catalog
from plpbk_qgis.core.survey.completeness import ALL_UNITS, NO_UNIT, checklist, unique_names


def _houses(xs):
    return np.array([shapely.box(x, 0, x + 5, 5) for x in xs], dtype=object)


def test_null_rt_numbers_stay_separate_units():
    names = unique_names(["RW ? / RT ?", "RW 01 / RT 02", "RW ? / RT ?"], [7, 8, 9])
    assert names == ["RW ? / RT ? (#7)", "RW 01 / RT 02", "RW ? / RT ? (#9)"]


def test_every_building_counted_once_with_a_bow_tie_unit_and_one_outside():
    catalog = load_catalog()
    # unit A: a bow-tie (self-intersecting) over x 0..100; unit B: a square over x 100..200
    bow_tie = shapely.Polygon([(0, -50), (100, 50), (100, -50), (0, 50), (0, -50)])
    assert not bow_tie.is_valid
    square = shapely.box(100, -50, 200, 50)
    # 4 houses in A's two triangles (near x=0 and x=100 edges), 3 in B, 1 far away, 1 without geometry
    geometries = np.concatenate([_houses([2, 8, 85, 90]), _houses([120, 150, 180]), _houses([900]),
                                 np.array([None], dtype=object)])
    n = len(geometries)
    columns = {"id_bangunan": [f"B{i}" for i in range(n)]}
    rows = checklist(catalog, {"bangunan": (geometries, columns)}, ["A", "B"],
                     np.array([bow_tie, square], dtype=object))
    counts = {r.unit: r.features for r in rows if r.layer == "bangunan"}
    assert counts[ALL_UNITS] == n
    # the triangles of the bow-tie hold the houses near its ends (points on surface inside)
    inside_a = sum(1 for g in geometries[:4] if shapely.make_valid(bow_tie).contains(shapely.point_on_surface(g)))
    assert counts["A"] == inside_a and inside_a >= 2
    assert counts["B"] == 3
    assert counts[NO_UNIT] == n - counts["A"] - counts["B"]
    assert counts["A"] + counts["B"] + counts[NO_UNIT] == counts[ALL_UNITS]
