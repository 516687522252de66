"""The block-by-block geometry pass against the whole-layer functions and per-feature loops.

Blocks are forced tiny here so that features straddle many block edges: every overlap must
still be measured exactly once and every building searched for its road exactly once.
"""

import numpy as np
import pyarrow as pa
import pytest
import shapely
from shapely.geometry import LineString, Point, Polygon, box

from plpbk_qgis.core.conformance import overlays, parallel, setbacks
from plpbk_qgis.core.conformance.blocks import spatial_blocks
from plpbk_qgis.core.conformance.buildings import BuildingCheckInput, check_buildings  # noqa: E402
from plpbk_qgis.core.conformance.geometry import dissolve
from plpbk_qgis.core.conformance.measures import measure_parcels
from plpbk_qgis.core.conformance.overlays import overlay_blocks
from plpbk_qgis.core.conformance.polygon_store import PolygonStore
from plpbk_qgis.core.conformance.setbacks import RoadSearch, nearest_roads, road_space
from plpbk_qgis.core.conformance.zoning import assign_zones

BOWTIE = Polygon([(0, 0), (4, 4), (4, 0), (0, 4)])


def town(seed=7, rows=9, cols=11):
    """Parcels on a jittered grid; houses touching their parcel line, crossing it (by a few
    centimetres to metres), sharing a wall with the parcel behind, standing on no parcel;
    zones of random sizes whose lines cut through parcels and fall near block edges."""
    rng = np.random.default_rng(seed)
    nodes = np.stack(np.meshgrid(np.arange(cols + 1) * 12.0, np.arange(rows + 1) * 15.0), axis=-1)
    nodes[1:-1, 1:-1] += rng.uniform(-2, 2, (rows - 1, cols - 1, 2))
    parcels, buildings = [], []
    for r in range(rows):
        for c in range(cols):
            corners = [nodes[r, c], nodes[r, c + 1], nodes[r + 1, c + 1], nodes[r + 1, c]]
            parcels.append(Polygon(corners))
            x, y = c * 12.0, r * 15.0
            kind = (r * cols + c) % 4
            w, h = rng.uniform(3, 6), rng.uniform(4, 7)
            if kind == 0:      # up to the parcel's first corner line
                buildings.append(box(x + 2.5, y + 2.5, x + 2.5 + w, y + 2.5 + h))
            elif kind == 1:    # crossing the right-hand line by 5 cm to 2 m
                right = max(nodes[r, c + 1][0], nodes[r + 1, c + 1][0]) + rng.uniform(0.05, 2.0)
                buildings.append(box(right - w, y + 5, right, y + 5 + h))
            elif kind == 2:    # well inside, L-shaped
                buildings.append(shapely.union(box(x + 3, y + 3, x + 8, y + 5), box(x + 3, y + 3, x + 5, y + 10)))
            else:              # a wall on the parcel's own line
                buildings.append(shapely.intersection(box(x + 3, y - 5, x + 3 + w, y + 6), parcels[-1]))
    buildings += [box(500, 500, 506, 508), None, Polygon()]
    xs = np.cumsum(np.r_[-5.0, rng.uniform(6, 30, 12)])
    ys = np.cumsum(np.r_[-5.0, rng.uniform(6, 30, 12)])
    zones = [box(x0, y0, x1, y1) for x0, x1 in zip(xs[:-1], xs[1:]) for y0, y1 in zip(ys[:-1], ys[1:])]
    roads = [LineString([(-3, -3), (-3, 200)]), LineString([(-3, 67.5), (200, 67.5)]),
             LineString([(480, 490), (520, 490)])]
    green = [box(0, 0, 30, 4), box(25, 0, 40, 10), box(100, 100, 112, 115)]
    arr = lambda g: np.array(g, dtype=object)  # noqa: E731
    return arr(buildings), arr(parcels), arr(zones), arr(roads), arr(green)


@pytest.fixture
def tiny_blocks(monkeypatch):
    monkeypatch.setattr(overlays, "PARCEL_BLOCK", 7)
    monkeypatch.setattr(setbacks, "BLOCK", 5)
    # several threads even on a one-core runner, so the block workers really interleave
    monkeypatch.setattr(parallel, "workers", lambda: 2)


def test_store_from_wkb_equals_store_from_geometries():
    geoms = np.array([box(0, 0, 2, 2), None, Polygon(), BOWTIE, Point(3, 3),
                      shapely.multipolygons([box(5, 5, 6, 6), box(7, 7, 8, 8)])], dtype=object)
    wkb = shapely.to_wkb(geoms)
    plain = PolygonStore.from_geometries(geoms)
    raw_bounds = shapely.bounds(geoms)          # as a GeoPackage header has them: unrepaired
    stores = [PolygonStore.from_wkb(wkb), PolygonStore.from_wkb(pa.array(list(wkb), type=pa.binary())),
              PolygonStore.from_wkb(wkb, bounds=raw_bounds)]
    lazy = PolygonStore.from_wkb(wkb, bounds=raw_bounds)
    assert shapely.area(lazy.take([3])[0]) == pytest.approx(8.0)    # checked when first taken
    stores.append(lazy)
    for number, store in enumerate(stores):
        np.testing.assert_array_equal(store.repaired, [False, False, False, True, False, False])
        np.testing.assert_array_equal(store.empty, [False, True, True, False, True, False])
        np.testing.assert_array_equal(store.empty, plain.empty)
        if number < 2:     # envelopes computed from the cleaned polygons
            np.testing.assert_allclose(store.bounds, plain.bounds, equal_nan=True)
        rows = np.array([5, 3, 0, 1, 4])
        got, want = store.take(rows), plain.take(rows)
        assert [g is None for g in got] == [g is None for g in want]
        assert all(shapely.equals(a, b) for a, b in zip(got, want) if a is not None)
        # the repaired bow-tie: two triangles of 4 m² each, not the self-crossing ring's 0
        assert shapely.area(store.take([3])[0]) == pytest.approx(8.0)


def test_spatial_blocks_cover_every_row_once():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 1000, (1000, 2))
    bounds = np.column_stack([xy, xy + 3])
    bounds[17] = np.nan
    blocks = spatial_blocks(bounds, 60)
    rows = np.concatenate(blocks)
    assert sorted(rows.tolist()) == [k for k in range(1000) if k != 17]
    assert max(len(b) for b in blocks) <= 60


def test_blocks_give_the_whole_layer_results(tiny_blocks):
    buildings, parcels, zones, roads, green = town()
    # buildings as read from a GeoPackage: WKB and envelopes, each checked when first decoded
    # by whichever block worker meets it first
    b_store = PolygonStore.from_wkb(shapely.to_wkb(buildings), bounds=shapely.bounds(buildings))
    p_store = PolygonStore.from_geometries(parcels)
    search = RoadSearch(road_space(roads, np.full(len(roads), 6.0)), 50.0)
    result = overlay_blocks(b_store, p_store, zones, 80.0, green_pieces=dissolve(green), roads=search)
    assert len(spatial_blocks(p_store.bounds, overlays.PARCEL_BLOCK)) > 10

    # overlaps: against a plain per-pair loop over every building and parcel
    want = {(b, p): buildings[b].intersection(parcels[p]).area
            for b in range(len(buildings)) for p in range(len(parcels))
            if buildings[b] is not None and not buildings[b].is_empty
            and buildings[b].intersection(parcels[p]).area > 1e-6}
    bi, pj, part = result.pairs
    got = dict(zip(zip(bi.tolist(), pj.tolist()), part.tolist()))
    assert got.keys() == want.keys()
    for key, area in want.items():
        assert got[key] == pytest.approx(area, abs=1e-4)

    whole = measure_parcels(parcels, b_store.all(), green=green)
    np.testing.assert_allclose(result.parcel_area, whole.area)
    np.testing.assert_allclose(result.green, whole.green, atol=1e-4)
    zone_whole = assign_zones(parcels, zones, 80.0)
    np.testing.assert_array_equal(result.parcel_zone.zone, zone_whole.zone)
    np.testing.assert_allclose(result.parcel_zone.share, zone_whole.share, atol=1e-6)
    np.testing.assert_array_equal(result.parcel_zone.ambiguous, zone_whole.ambiguous)

    gsb = nearest_roads(b_store.all(), road_space(roads, np.full(len(roads), 6.0)), 50.0)
    np.testing.assert_array_equal(result.road, gsb.road)
    np.testing.assert_allclose(result.distance, gsb.distance, equal_nan=True)
    # the lone house far away still finds its own road: 490 + 3 (half width) to 500
    assert result.distance[len(parcels)] == pytest.approx(7.0)


@pytest.mark.parametrize("given_parcels", [True, False])
def test_check_buildings_same_with_tiny_blocks(monkeypatch, given_parcels):
    """Every output column equal with one block and with blocks of 5 parcels (or estimated
    plots), road widths given as text as real data has them."""
    buildings, parcels, zones, roads, green = town(seed=3)
    floors = [str(1 + k % 3) if k % 5 else "2 lantai" for k in range(len(buildings))]
    nz = len(zones)
    data = dict(buildings=buildings, parcels=parcels, zones=zones, zone_codes=[f"Z-{k}" for k in range(nz)],
                zone_columns={"kdb_maks": [60 + k % 3 * 10 for k in range(nz)], "klb_maks": [1.2] * nz,
                              "kdh_min": [10 + k % 2 * 10 for k in range(nz)], "gsb_min": [3] * nz},
                floors=floors, roads=roads, road_widths=["6 m"] * len(roads), green=green)
    if not given_parcels:
        data["parcels"] = None
    normal = check_buildings(BuildingCheckInput(**data))
    assert normal.estimated is not given_parcels
    near_road = ~np.isnan(np.asarray(normal.buildings["gsb"], dtype=float))
    assert near_road.sum() > len(buildings) // 2
    monkeypatch.setattr(overlays, "PARCEL_BLOCK", 5)
    monkeypatch.setattr(setbacks, "BLOCK", 3)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    tiny = check_buildings(BuildingCheckInput(**data))
    assert len(spatial_blocks(shapely.bounds(parcels), 5)) > 10
    for layer in ("parcels", "buildings"):
        a, b = getattr(normal, layer), getattr(tiny, layer)
        assert a.keys() == b.keys()
        for key in a:
            x, y = np.asarray(a[key]), np.asarray(b[key])
            if x.dtype.kind == "f":
                np.testing.assert_allclose(x, y, equal_nan=True, err_msg=key)
            else:
                assert x.tolist() == y.tolist(), key


def test_map_blocks_keeps_order_and_stops_on_error(monkeypatch):
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert list(parallel.map_blocks(lambda k: k * k, range(20))) == [k * k for k in range(20)]
    seen = []

    def work(k):
        if k == 3:
            raise RuntimeError("batal")
        seen.append(k)
        return k

    with pytest.raises(RuntimeError, match="batal"):
        for _ in parallel.map_blocks(work, list(range(50))):
            pass
    # at most the items already in flight ran after the failing one
    assert len(seen) < 10


def test_blocks_catch_hairline_crossings(monkeypatch):
    """A house reaching 1 cm over a line that is also a block edge still counts there."""
    monkeypatch.setattr(overlays, "PARCEL_BLOCK", 1)
    parcels = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10), box(0, 10, 10, 20)], dtype=object)
    buildings = np.array([box(5, 2, 10.01, 6), box(3, 9.995, 6, 14), box(12, 2, 15, 5)], dtype=object)
    zones = np.array([box(-1, -1, 10.004, 30), box(10.004, -1, 30, 30)], dtype=object)
    result = overlay_blocks(PolygonStore.from_geometries(buildings), PolygonStore.from_geometries(parcels),
                            zones, 80.0)
    got = {(b, p): round(a, 6) for b, p, a in zip(*(x.tolist() for x in result.pairs))}
    assert got == {(0, 0): 20.0, (0, 1): 0.04, (1, 0): 0.015, (1, 2): 12.0, (2, 1): 9.0}
    np.testing.assert_array_equal(result.parcel_zone.zone, [0, 1, 0])
    assert result.parcel_zone.share[1] == pytest.approx(99.96)


def test_tessellation_by_windows_equals_one_diagram(monkeypatch):
    """Plots made window by window (windows of 80 houses) against one Voronoi diagram of the
    whole sample kelurahan: the same plots, house by house."""
    from pathlib import Path

    import pyogrio

    from plpbk_qgis.core.conformance import tessellation
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kelurahan_contoh.gpkg"
    if not sample.is_file():
        pytest.skip("data contoh belum dibuat")
    houses = np.asarray(pyogrio.read_dataframe(sample, layer="bangunan").geometry.array, dtype=object)
    roads = pyogrio.read_dataframe(sample, layer="jalan")
    houses = houses[spatial_blocks(shapely.bounds(houses), 700)[0]]
    arguments = (houses, np.asarray(roads.geometry.array, dtype=object), roads["lebar_m"].to_numpy())
    monkeypatch.setattr(tessellation, "WINDOW", 10**9)
    whole = tessellation.tessellate(*arguments)
    monkeypatch.setattr(tessellation, "WINDOW", 80)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    seen = []
    windows = tessellation.tessellate(*arguments, progress=seen.append)
    assert len(seen) >= 8 and seen[-1] == 1.0
    assert np.all(shapely.area(shapely.symmetric_difference(whole, windows)) < 1e-6)
    assert all(plot.buffer(1e-6).covers(house) for plot, house in zip(windows, houses))


def test_unreadable_wkb_is_an_empty_geometry_not_a_crash():
    """A truncated value and a curved polygon (WKB type 10, which GEOS cannot read) in a
    layer read lazily: reported as empty, the others measured."""
    good = shapely.to_wkb(box(0, 0, 2, 2))
    curve = bytes([1, 10, 0, 0, 0, 0, 0, 0, 0])
    wkb = np.array([good, good[:20], curve, good], dtype=object)
    for store in (PolygonStore.from_wkb(wkb), PolygonStore.from_wkb(wkb, bounds=np.full((4, 4), 1.0))):
        geoms = store.all()
        assert store.empty.tolist() == [False, True, True, False]
        assert [g is None for g in geoms] == [False, True, True, False]
