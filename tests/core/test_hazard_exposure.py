"""Hazard exposure (A3, R07) and fire-truck access, pure. Every expected number is worked out by
hand in the comments; one test compares the vectorised result with a brute-force loop."""

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import Point, box

from plpbk_qgis.core.analysis.fire_access import (
    COL_ACCESS,
    COL_HYDRANT_DISTANCE,
    COL_NO_ACCESS,
    COL_NO_ACCESS_SHARE,
    COL_NO_GEOMETRY,
    COL_ROAD_DISTANCE,
    fire_access,
    fire_access_by_unit,
)
from plpbk_qgis.core.analysis.hazard_exposure import (
    ALL_UNITS,
    COL_AREA,
    COL_BUILDINGS,
    COL_FACILITIES,
    COL_FACILITIES_BY_KIND,
    COL_FLOOR_AREA,
    COL_FLOORS_ASSUMED,
    COL_HOUSEHOLDS,
    COL_HOUSEHOLDS_UNKNOWN,
    COL_KIND,
    COL_LEVEL,
    COL_POOR,
    COL_POOR_PEOPLE,
    COL_POOR_PEOPLE_UNKNOWN,
    COL_RT,
    NO_GEOMETRY,
    NOT_EXPOSED,
    OUTSIDE_UNITS,
    UNIT_COLUMNS,
    UNKNOWN_LEVEL,
    HazardZones,
    building_exposure,
    level_column,
    overlaps,
    share_column,
    unit_exposure,
)
from plpbk_qgis.core.errors import Message

RT1, RT2 = "RW 01 / RT 001", "RW 01 / RT 002"


def _flood():
    # 'sedang' x 0-100, 'tinggi' x 100-200, both y 0-100; "Banjir" is the same kind as "banjir"
    return HazardZones.from_columns([box(0, 0, 100, 100), box(100, 0, 200, 100)], ["banjir", "Banjir"],
                                    ["sedang", "Tinggi"])


def _buildings():
    return [box(10, 10, 20, 20),              # 0 inside 'sedang'
            box(300, 150, 310, 160),          # 1 outside every zone (RT 2)
            box(95, 10, 105, 20),             # 2 50 m² sedang + 50 m² tinggi -> tinggi
            box(-10, 10, 0, 20),              # 3 touches the zone edge x = 0 only: 0 m²
            box(142, 10, 152, 20),            # 4 in tinggi, across the RT edge x = 150
            box(199.95, 50, 209.95, 60),      # 5 sliver: 0.05 x 10 = 0.5 m² < 1 m²
            None,                             # 6 no geometry
            box(500, 10, 510, 20)]            # 7 in no RT


def _units():
    return [box(-100, -100, 150, 200), box(150, -100, 400, 200)], [RT1, RT2]


def _messages(problems, start):
    found = [m for m in problems if m.template.startswith(start)]
    assert all(isinstance(m, Message) for m in problems)
    return found


# --- per building ------------------------------------------------------------------------------

def test_building_levels_edges_slivers_and_shares():
    table, problems = building_exposure(_buildings(), _flood())
    levels = list(table[level_column("banjir")])
    assert levels == ["sedang", NOT_EXPOSED, "tinggi", NOT_EXPOSED, "tinggi", NOT_EXPOSED, NO_GEOMETRY,
                      NOT_EXPOSED]
    share = table[share_column("banjir")]
    # 2: 50 + 50 of 100 m² -> 1.0; 3: touching -> 0; 5: 0.5 / 100 = 0.005 (reported, not exposed)
    assert share[2] == pytest.approx(1.0) and share[3] == 0.0 and share[5] == pytest.approx(0.005)
    assert math.isnan(share[6]) and math.isnan(table[COL_AREA][6]) and table[COL_AREA][0] == pytest.approx(100)
    [empty] = _messages(problems, "{count} bangunan tanpa geometri")
    assert empty.arguments["count"] == 1 and "#6" in empty.arguments["examples"]


def test_share_of_overlapping_levels_is_counted_once():
    # 'sedang' drawn on top of 'rendah' (x 0-50); the building x -5..5 has 50 m² in both: the share
    # of the footprint in flood zones is 50 / 100 = 0.5, not 50 + 50
    zones = HazardZones.from_columns([box(0, 0, 100, 100), box(0, 0, 50, 100)], ["banjir"] * 2, ["rendah", "sedang"])
    table, _ = building_exposure([box(-5, 10, 5, 20), box(60, 10, 70, 20)], zones)
    assert list(table[level_column("banjir")]) == ["sedang", "rendah"]
    assert list(table[share_column("banjir")]) == pytest.approx([0.5, 1.0])


def test_overlap_threshold_is_per_dissolved_level_and_small_structures_count():
    # two adjacent 'tinggi' zones; a 20 x 10 m building reaches 0.5 m into both, 5 m² each: with
    # an 8 m² threshold neither zone alone suffices, the dissolved level (10 m²) does
    zones = HazardZones.from_columns([box(0, 0, 100, 100), box(100, 0, 200, 100)], ["banjir"] * 2, ["tinggi"] * 2)
    straddling = box(90, 99.5, 110, 109.5)
    kiosk = box(50, 50, 50.8, 50.8)           # 0.64 m² inside: threshold min(1, 0.32) -> exposed
    table, _ = building_exposure([straddling, kiosk], zones, min_overlap_m2=8.0)
    assert list(table[level_column("banjir")]) == ["tinggi", "tinggi"]
    table, _ = building_exposure([straddling], zones, min_overlap_m2=10.5)
    assert table[level_column("banjir")][0] == NOT_EXPOSED


def test_invalid_geometries_are_made_valid_and_lines_reported():
    bow_tie = shapely.Polygon([(10, 10), (20, 20), (20, 10), (10, 20)])   # two triangles of 25 m²
    zone = shapely.Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])      # bow-tie zone: 2 x 2500 m²
    zones = HazardZones.from_columns([zone], ["banjir"], ["sedang"])
    line = shapely.LineString([(5, 50), (6, 50)])
    table, problems = building_exposure([bow_tie, line, shapely.Polygon()], zones, ids=["a", "b", "c"])
    # made valid, the zone is the triangles x <= y (left, up to x = 50) and x >= 50 (right); of the
    # building's triangles (10,10)-(15,15)-(10,20) lies in x <= y: 25 m² of its 50 m² exposed
    assert table[COL_AREA][0] == pytest.approx(50.0)
    assert table[share_column("banjir")][0] == pytest.approx(0.5)
    assert list(table[level_column("banjir")]) == ["sedang", NO_GEOMETRY, NO_GEOMETRY]
    [empty] = _messages(problems, "{count} bangunan tanpa geometri")
    assert empty.arguments["count"] == 2 and empty.arguments["examples"] == "#b, #c"


def test_level_order_unknown_classes_and_missing_levels():
    zones = HazardZones.from_columns(
        [box(0, 0, 10, 10), box(0, 0, 10, 10), box(20, 0, 30, 10), box(20, 0, 30, 10), box(40, 0, 50, 10)],
        ["banjir"] * 5, ["tinggi", "Sangat Tinggi", None, "rendah", ""])
    # missing level lowest, then rendah < sedang < tinggi, then the city's class
    assert zones.order == (UNKNOWN_LEVEL, "rendah", "sedang", "tinggi", "sangat_tinggi")
    table, problems = building_exposure([box(2, 2, 8, 8), box(22, 2, 28, 8), box(42, 2, 48, 8)], zones)
    assert list(table[level_column("banjir")]) == ["sangat_tinggi", "rendah", UNKNOWN_LEVEL]
    [missing] = _messages(problems, "{count} zona tanpa tingkat risiko")
    assert missing.arguments["count"] == 2 and missing.arguments["examples"] == "#2, #4"
    [extra] = _messages(problems, "Tingkat risiko {levels}")
    assert extra.arguments["levels"] == "sangat_tinggi"
    custom = HazardZones.from_columns([box(0, 0, 1, 1)] * 3, ["x"] * 3, ["Kelas 1", "kelas 3", "kelas 2"],
                                      order=["kelas_3", "kelas_2", "kelas_1"])
    assert custom.order == ("kelas_3", "kelas_2", "kelas_1") and not custom.problems


def test_zone_layer_without_kind_column_takes_the_layer_name():
    zones = HazardZones.from_columns([box(0, 0, 10, 10), None], layer="Rawan Kebakaran")
    assert zones.kind_names == ["rawan_kebakaran"]
    table, problems = building_exposure([box(1, 1, 5, 5)], zones)
    assert table[level_column("rawan_kebakaran")][0] == UNKNOWN_LEVEL
    assert _messages(problems, "{count} zona bahaya tanpa geometri")[0].arguments["count"] == 1


# --- per unit ------------------------------------------------------------------------------------

def _unit_table(**extra):
    polygons, names = _units()
    return unit_exposure(
        _buildings(), _flood(), floors=["2", "1", "dua", None, "3 lantai", 2, "1", "1"],
        households=[2, 1, "3", None, 1, "x", 1, 0], unit_polygons=polygons, unit_names=names,
        poor_points=[Point(50, 50), Point(120, 50), Point(160, 50), Point(300, 150)],
        poor_people=[4, 5, None, 3],
        facilities=[Point(30, 30), Point(130, 30), Point(140, 60), Point(110, 80), Point(300, 180)],
        facility_kinds=["pendidikan", "pendidikan", "ibadah", "Pendidikan", "kesehatan"], **extra)


def _row(table, rt, level, kind="banjir"):
    rows = table[(table[COL_RT] == rt) & (table[COL_LEVEL] == level) & (table[COL_KIND] == kind)]
    assert len(rows) == 1, (rt, level)
    return rows.iloc[0]


def test_unit_exposure_counts_worked_by_hand():
    table, problems = _unit_table()
    assert list(table.columns) == list(UNIT_COLUMNS)
    # RT 1 tinggi: buildings 2 ("dua" -> 1 floor assumed: 100 m²) and 4 (3 floors: 300 m²,
    # representative point (147, 15) is in RT 1 although 2 m of it are in RT 2); KK 3 + 1
    high = _row(table, RT1, "tinggi")
    assert (high[COL_BUILDINGS], high[COL_FLOOR_AREA], high[COL_FLOORS_ASSUMED]) == (2, 400.0, 1)
    assert (high[COL_HOUSEHOLDS], high[COL_HOUSEHOLDS_UNKNOWN]) == (4, 0)
    # poor household at (120, 50): 5 jiwa; facilities at x 130, 140, 110 in tinggi
    assert (high[COL_POOR], high[COL_POOR_PEOPLE]) == (1, 5)
    assert high[COL_FACILITIES] == 3 and high[COL_FACILITIES_BY_KIND] == "pendidikan 2, ibadah 1"
    # RT 1 sedang: building 0, 2 floors: 200 m², 2 KK; poor (50, 50) with 4 jiwa; 1 school
    mid = _row(table, RT1, "sedang")
    assert (mid[COL_BUILDINGS], mid[COL_FLOOR_AREA], mid[COL_HOUSEHOLDS], mid[COL_POOR], mid[COL_POOR_PEOPLE]) \
        == (1, 200.0, 2, 1, 4)
    assert mid[COL_FACILITIES_BY_KIND] == "pendidikan 1"
    # RT 1 not exposed: building 3 (touching), floors NULL -> 1 assumed, KK unknown
    out1 = _row(table, RT1, NOT_EXPOSED)
    assert (out1[COL_BUILDINGS], out1[COL_FLOOR_AREA], out1[COL_FLOORS_ASSUMED], out1[COL_HOUSEHOLDS_UNKNOWN]) \
        == (1, 100.0, 1, 1)
    # RT 2 tinggi: no building, the poor household at (160, 50) without jml_jiwa
    high2 = _row(table, RT2, "tinggi")
    assert (high2[COL_BUILDINGS], high2[COL_POOR], high2[COL_POOR_PEOPLE], high2[COL_POOR_PEOPLE_UNKNOWN]) \
        == (0, 1, 0, 1)
    # RT 2 not exposed: buildings 1 (1 floor) and 5 (sliver, 2 floors): 300 m², KK 1 + "x" unknown;
    # poor household (300, 150) with 3 jiwa; the health post
    out2 = _row(table, RT2, NOT_EXPOSED)
    assert (out2[COL_BUILDINGS], out2[COL_FLOOR_AREA], out2[COL_HOUSEHOLDS], out2[COL_HOUSEHOLDS_UNKNOWN]) \
        == (2, 300.0, 1, 1)
    assert (out2[COL_POOR], out2[COL_POOR_PEOPLE], out2[COL_FACILITIES_BY_KIND]) == (1, 3, "kesehatan 1")
    # outside every RT: building 7 (not exposed) and building 6 without geometry (1 KK)
    assert _row(table, OUTSIDE_UNITS, NOT_EXPOSED)[COL_BUILDINGS] == 1
    none = _row(table, OUTSIDE_UNITS, NO_GEOMETRY)
    assert (none[COL_BUILDINGS], none[COL_FLOOR_AREA], none[COL_HOUSEHOLDS]) == (1, 0.0, 1)
    assert not ((table[COL_LEVEL] == NO_GEOMETRY) & (table[COL_RT] != OUTSIDE_UNITS)).any()
    # every building once per kind: 2 + 1 + 1 + 0 + 0 + 2 + 1 + 1 = 8; poor 4, facilities 5
    for _kind, rows in table.groupby(COL_KIND):
        assert rows[COL_BUILDINGS].sum() == 8 and rows[COL_POOR].sum() == 4 and rows[COL_FACILITIES].sum() == 5
    assert rows[COL_FLOOR_AREA].sum() == pytest.approx(200 + 100 + 100 + 100 + 300 + 200 + 0 + 100)
    [dua] = [m for m in _messages(problems, "{count} nilai {what}") if m.arguments["what"] == "jumlah lantai"]
    assert dua.arguments["count"] == 1 and dua.arguments["examples"] == "#2 'dua'"
    assert dua.arguments["outcome"] == "dihitung 1 lantai"
    [null] = _messages(problems, "{count} bangunan tanpa jumlah lantai")
    assert null.arguments["count"] == 1 and null.arguments["examples"] == "#3"
    kk = [m for m in _messages(problems, "{count} nilai {what}") if m.arguments["what"] == "jumlah KK"]
    assert kk[0].arguments["examples"] == "#5 'x'"


def test_unit_exposure_reuses_a_building_table_and_works_without_units():
    exposure, _ = building_exposure(_buildings(), _flood())
    table, problems = unit_exposure(_buildings(), _flood(), exposure=exposure)
    assert set(table[COL_RT]) == {ALL_UNITS}
    # nothing read: all 8 floors assumed, no zone/building problem repeated
    assert table[COL_FLOORS_ASSUMED].sum() == 8 and table[COL_BUILDINGS].sum() == 8
    assert not _messages(problems, "{count} bangunan tanpa geometri")
    assert list(table[COL_LEVEL]) == ["tinggi", "sedang", NOT_EXPOSED, NO_GEOMETRY]
    assert list(table[COL_BUILDINGS]) == [2, 1, 4, 1]


# --- against a different computation -------------------------------------------------------------

def _blob(rng, cx, cy, r, n=600):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    radius = r * (1 + 0.1 * np.sin(5 * t) + 0.03 * rng.standard_normal(n))
    return shapely.make_valid(shapely.Polygon(np.c_[cx + radius * np.cos(t), cy + radius * np.sin(t)]))


def test_vectorised_exposure_matches_a_brute_force_loop():
    rng = np.random.default_rng(20)
    # detailed (600-vertex, so cut into tiles) nested flood levels and a separate landslide zone
    geoms = [_blob(rng, 150, 150, 140), _blob(rng, 150, 150, 80), _blob(rng, 140, 160, 30), _blob(rng, 250, 60, 50)]
    kinds, levels = ["banjir", "banjir", "banjir", "tanah_longsor"], ["rendah", "sedang", "tinggi", "tinggi"]
    zones = HazardZones.from_columns(geoms, kinds, levels)
    centre = rng.uniform(0, 300, (200, 2))
    buildings = [shapely.affinity.rotate(box(x - w / 2, y - h / 2, x + w / 2, y + h / 2), a, origin="center")
                 for (x, y), w, h, a in zip(centre, rng.uniform(3, 15, 200), rng.uniform(3, 15, 200),
                                            rng.uniform(0, 90, 200))]
    table, _ = building_exposure(buildings, zones)
    rank = {"rendah": 1, "sedang": 2, "tinggi": 3}
    checked = 0
    for kind in ("banjir", "tanah_longsor"):
        mine = [g for g, k in zip(geoms, kinds) if k == kind]
        whole = shapely.union_all(mine)
        for i, building in enumerate(buildings):
            best = None
            for geometry, level in zip(mine, [v for v, k in zip(levels, kinds) if k == kind]):
                overlap = shapely.intersection(building, geometry).area
                if overlap > 0 and overlap >= min(1.0, 0.5 * building.area) and (best is None or rank[level] > rank[best]):
                    best = level
            assert table[level_column(kind)][i] == (best or NOT_EXPOSED), (kind, i)
            share = shapely.intersection(building, whole).area / building.area
            assert table[share_column(kind)][i] == pytest.approx(share, abs=1e-9), (kind, i)
            checked += best is not None and 0 < share < 1
    assert checked >= 5                 # some buildings really cross zone edges
    levels_pieces = zones.pieces()[0]
    for u, union in enumerate(levels_pieces.unions):   # the tiles cover each dissolved level exactly
        assert shapely.area(levels_pieces.pieces[levels_pieces.owner == u]).sum() == pytest.approx(union.area)
    assert len(levels_pieces.pieces) > len(levels_pieces.unions)
    # the overlap of every building with every dissolved level, summed over its tiles, once
    footprints = np.array(buildings, dtype=object)
    b, u, area = overlaps(footprints, shapely.area(footprints), levels_pieces)
    summed = pd.Series(area).groupby([b, u]).sum()
    for (i, j), value in summed.items():
        assert value == pytest.approx(shapely.intersection(buildings[i], levels_pieces.unions[j]).area, abs=1e-9)
    expected = sum((shapely.area(shapely.intersection(f, levels_pieces.unions)) > 0).sum() for f in footprints)
    assert (summed > 0).sum() == expected > 0


# --- fire access ---------------------------------------------------------------------------------

def _fire():
    buildings = [box(0, 0, 10, 10),           # 0 road y=40 at 30 m, hydrant (5,-20) at 20 m
                 box(0, 100, 10, 110),        # 1 road at 100 - 40 = 60 m, hydrant 120 m
                 box(0, 300, 10, 310),        # 2 road 260 m, hydrant 320 m: beyond the 150 m search
                 None,                        # 3 no geometry
                 box(1000, 20, 1010, 30)]     # 4 road "3,5" m at y = 0: 20 m
    roads = [shapely.LineString([(-100, 40), (100, 40)]),     # 6 m: the fire road
             shapely.LineString([(-100, 20), (100, 20)]),     # 2 m: too narrow, 10 m from building 0
             shapely.LineString([(-100, 15), (100, 15)]),     # "abc": unknown, not a fire road
             shapely.LineString([(-100, 12), (100, 12)]),     # NULL width: unknown
             shapely.LineString([(950, 0), (1050, 0)])]       # "3,5" = min_width: a fire road
    return buildings, roads, ["6", "2 m", "abc", None, "3,5"], [Point(5, -20)]


def test_fire_access_worked_by_hand():
    buildings, roads, widths, hydrants = _fire()
    table, problems = fire_access(buildings, roads, widths, hydrants, ids=["a", "b", "c", "d", "e"],
                                  road_ids=[1, 2, 3, 4, 5])
    road, hydrant = table[COL_ROAD_DISTANCE], table[COL_HYDRANT_DISTANCE]
    assert list(road[[0, 1, 4]]) == pytest.approx([30.0, 60.0, 20.0])
    assert list(hydrant[[0, 1]]) == pytest.approx([20.0, 120.0])
    assert road[[2, 3]].isna().all() and hydrant[[2, 3, 4]].isna().all()
    assert list(table[COL_ACCESS].astype(object).where(table[COL_ACCESS].notna(), None)) \
        == [True, False, False, None, True]
    [unknown] = _messages(problems, "{count} ruas jalan tanpa lebar")
    assert unknown.arguments["count"] == 2 and unknown.arguments["examples"] == "#3 'abc', #4 ''"
    assert _messages(problems, "{count} bangunan tanpa geometri")[0].arguments["examples"] == "#d"
    # within 25 m: building 0 only by its hydrant (20 m; the road is at 30 m), building 4 by road
    near, _ = fire_access(buildings, roads, widths, hydrants, max_distance=25.0)
    assert list(near[COL_ACCESS][[0, 1, 4]]) == [True, False, True]
    alone, _ = fire_access(buildings, roads, widths, max_distance=25.0)
    assert list(alone[COL_ACCESS][[0, 4]]) == [False, True]
    assert alone[COL_HYDRANT_DISTANCE].isna().all()


def test_fire_access_per_unit():
    buildings, roads, widths, hydrants = _fire()
    table, _ = fire_access(buildings, roads, widths, hydrants)
    units = [box(-50, -50, 50, 200), box(-50, 200, 50, 400)]
    per_unit = fire_access_by_unit(table, buildings, units, ["A", "B"]).set_index(COL_RT)
    # A: buildings 0 (reached) and 1 (not): 1 of 2; B: building 2 (not): 1 of 1; outside:
    # building 4 (reached) and 3 (no geometry, not judged): 0 of 1
    assert list(per_unit.index) == ["A", "B", OUTSIDE_UNITS]
    assert list(per_unit[COL_BUILDINGS]) == [2, 1, 2]
    assert list(per_unit[COL_NO_ACCESS]) == [1, 1, 0]
    assert list(per_unit[COL_NO_ACCESS_SHARE]) == pytest.approx([0.5, 1.0, 0.0])
    assert list(per_unit[COL_NO_GEOMETRY]) == [0, 0, 1]


def test_empty_inputs():
    zones = HazardZones.from_columns([], [], [])
    table, problems = unit_exposure([box(0, 0, 1, 1)], zones)
    assert table.empty and list(table.columns) == list(UNIT_COLUMNS)
    assert [m.template for m in problems] == ["{count} bangunan tanpa jumlah lantai dihitung 1 lantai: {examples}"]
    # no road, no hydrant: nothing within reach
    access, problems = fire_access([box(0, 0, 1, 1)], [], None)
    assert isinstance(access, pd.DataFrame) and access[COL_ACCESS].tolist() == [False] and not problems
