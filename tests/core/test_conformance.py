"""checkbuildingrules engine against values computed another way (by hand, shapely per feature)."""

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box

from plpbk_qgis.core.conformance.buildings import BuildingCheckInput, check_buildings  # noqa: E402
from plpbk_qgis.core.conformance.geometry import overlap_areas
from plpbk_qgis.core.conformance.itbx import ItbxTable
from plpbk_qgis.core.conformance.rules import MELANGGAR, PERLU_CEK, SESUAI, compare, overall
from plpbk_qgis.core.conformance.setbacks import nearest_roads, normalise_class, road_space
from plpbk_qgis.core.conformance.zoning import assign_zones

arr = lambda *g: np.array(g, dtype=object)  # noqa: E731

HOLED = Polygon([(20, 0), (40, 0), (40, 20), (20, 20)], [[(25, 5), (35, 5), (35, 15), (25, 15)]])
MULTI = MultiPolygon([box(0, 30, 10, 40), box(15, 30, 25, 40)])


def oracle_kdb(parcels, buildings):
    """Plain per-feature shapely loops: Σ area(b ∩ p) / area(p) × 100."""
    return [sum(p.intersection(b).area for b in buildings) / p.area * 100 for p in parcels]


def test_overlap_areas_match_per_feature_loop():
    parcels = arr(box(0, 0, 10, 10), HOLED, MULTI, box(10, 0, 20, 10), box(0, 10, 0.05, 20))
    buildings = arr(box(2, 2, 8, 8), box(8, 2, 12, 6), box(22, 2, 38, 18), box(5, 32, 20, 38),
                    box(0, 10, 2, 12), box(12, 0, 20, 4))   # crossing, over a hole, multipart, sliver
    i, j, area = overlap_areas(buildings, parcels)
    got = np.zeros((len(buildings), len(parcels)))
    got[i, j] = area
    want = np.array([[b.intersection(p).area for p in parcels] for b in buildings])
    np.testing.assert_allclose(got, want, atol=1e-9)


def test_zone_share_and_ambiguity():
    zones = arr(box(0, 0, 7, 10), box(7, 0, 20, 10))
    z = assign_zones(arr(box(0, 0, 10, 10), box(8, 0, 10, 2)), zones, min_share=80)
    assert z.zone.tolist() == [0, 1]
    assert z.share[0] == pytest.approx(70.0) and z.ambiguous[0]
    assert z.share[1] == pytest.approx(100.0) and not z.ambiguous[1]


def test_gsb_lines_and_polygons_and_class():
    line = LineString([(0, 0), (100, 0)])
    building = box(10, 6, 20, 12)
    space = road_space(arr(line), widths=[4.0], classes=["Gang"])
    s = nearest_roads(arr(building), space, 50)
    assert s.distance[0] == pytest.approx(4.0)      # 6 m from the centreline - 2 m half width
    assert s.road_class[0] == "lokal"
    polygon = road_space(arr(box(0, -2, 100, 2)), classes=["arteri"])
    s2 = nearest_roads(arr(building, box(300, 300, 301, 301)), polygon, 50)
    assert s2.distance[0] == pytest.approx(building.distance(box(0, -2, 100, 2)))
    assert np.isnan(s2.distance[1]) and s2.road[1] == -1
    assert normalise_class("Jalan Kolektor Sekunder") == "kolektor" and normalise_class(None) == ""


def test_compare_and_overall():
    s = compare([60.004, 60.01, np.nan], [60, 60, 60], at_most=True)
    assert s.tolist() == [SESUAI, MELANGGAR, PERLU_CEK]
    assert overall([0, 1, 2], [1, 3, 0]).tolist() == [1, 3, 2]


def test_itbx_cells():
    table = ItbxTable.from_rows([{"kode_kegiatan": "toko", "nama_kegiatan": "Toko", "R-1": "T2",
                                  "K-1": "I", "RTH-1": "X", "R-2": "B1,B3", "C-1": ""}])
    assert table.judge("toko", "K-1")[0] == SESUAI
    assert table.judge("toko", "RTH-1")[0] == MELANGGAR
    status, code, detail = table.judge("toko", "R-1")
    assert (status, code) == (PERLU_CEK, "ITBX_T") and "T2" in detail
    assert table.judge("toko", "R-2")[1] == "ITBX_B"
    assert table.judge("toko", "C-1")[1] == "ITBX_KOSONG"
    assert table.judge("gudang", "K-1")[1] == "KEGIATAN_TIDAK_DIKENAL"
    assert table.judge("toko", "Z-9")[1] == "ZONA_TIDAK_DIKENAL"


def _case(**extra):
    parcels = arr(box(0, 0, 10, 10), HOLED, MULTI, box(10, 0, 20, 10), box(50, 50, 60, 60))
    buildings = arr(box(1, 2, 7, 8), box(8, 2, 12, 6), box(21, 2, 39, 4), box(2, 32, 8, 38),
                    box(100, 100, 105, 105))
    zones = arr(box(-5, -5, 15, 50), box(15, -5, 70, 70), box(95, 95, 110, 110))
    base = dict(buildings=buildings, parcels=parcels, zones=zones, zone_codes=["R-1", "K-1", None],
                zone_columns={"kdb_maks": ["40", 70, 50], "klb_maks": [1.0, 2.0, 1.0],
                              "gsb_min": [3, 3, 3], "gsb_min_lokal": [None, 2.5, None],
                              "tinggi_maks": [8, 12, 8], "lantai_maks": [2, 3, 2]},
                floors=["2", "2 lantai", None, "4-7", "1"],
                roads=arr(LineString([(-10, -3), (120, -3)])), road_widths=["4"], road_classes=["lokal"])
    base.update(extra)
    return BuildingCheckInput(**base)


def test_check_buildings_against_hand_values():
    data = _case()
    r = check_buildings(data)
    p, b = r.parcels, r.buildings
    want_kdb = oracle_kdb(data.parcels, data.buildings)
    np.testing.assert_allclose(p["kdb"], np.round(want_kdb, 2))
    # parcel 0 holds 36 m² of building 0 and 8 m² of building 1 (which crosses the line)
    assert p["kdb"][0] == pytest.approx(44.0) and p["status_kdb"][0] == "MELANGGAR"
    assert p["klb"][0] == pytest.approx((36 * 2 + 8 * 2) / 100)
    assert p["status_klb"][0] == "SESUAI"
    # the holed parcel: building 2 crosses the hole's edge? no: it sits south of the hole
    assert p["kdb"][1] == pytest.approx(36 / HOLED.area * 100, abs=0.01)
    assert p["status_klb"][1] == "PERLU_CEK"          # its building has NULL floors
    assert "LANTAI_PERSIL_TIDAK_LENGKAP" in p["alasan"][1]
    # parcel without buildings
    assert p["kdb"][4] == 0 and p["jml_bangunan"][4] == 0 and "PERSIL_TANPA_BANGUNAN" in p["alasan"][4]
    # building without parcel, in a zone without code
    assert b["status_kdb"][4] == "PERLU_CEK" and "BANGUNAN_TANPA_PERSIL" in b["alasan"][4]
    assert "KODE_ZONA_KOSONG" in b["alasan"][4]
    # text floors: "2 lantai" read, "4-7" ambiguous with its raw text in alasan
    assert b["lantai"][1] == 2 and b["tinggi"][1] == 8
    assert b["status_lantai"][3] == "PERLU_CEK" and "(4-7)" in b["alasan"][3]
    # GSB: road boundary at y=-1; building 0 at y=2 -> 3 m; R-1 has no lokal rule -> gsb_min 3
    assert b["gsb"][0] == pytest.approx(3.0) and b["status_gsb"][0] == "SESUAI"
    # building 2 in K-1 (class-specific lokal 2.5): 3 m -> SESUAI against 2.5
    assert b["gsb_min"][2] == pytest.approx(2.5)
    assert r.estimated is False and not p["persil_estimasi"].any()
    assert set(p["status"]) <= {"SESUAI", "MELANGGAR", "PERLU_CEK"}


def test_inputs_not_supplied_are_tidak_dicek_and_inputs_untouched():
    data = _case(roads=None, road_widths=None, road_classes=None, floors=None)
    before = [g.wkb for g in data.buildings]
    r = check_buildings(data)
    assert set(r.buildings["status_gsb"]) == {"TIDAK_DICEK"}
    assert set(r.parcels["status_klb"]) == {"TIDAK_DICEK"}
    assert set(r.parcels["status_kdh"]) == {"TIDAK_DICEK"}
    assert [g.wkb for g in data.buildings] == before


def test_green_kdh_and_split_zone():
    green = arr(box(0, 0, 10, 3), box(0, 2, 10, 4))     # overlapping green counted once
    data = _case(green=green, min_zone_share=80)
    data.zone_columns["kdh_min"] = [30, 10, 10]
    r = check_buildings(data)
    expected = shapely.union_all(green).intersection(box(0, 0, 10, 10)).area / 100 * 100
    assert r.parcels["kdh"][0] == pytest.approx(expected)
    assert r.parcels["status_kdh"][0] == "SESUAI" and r.parcels["status_kdh"][4] == "MELANGGAR"
    # parcel 3 (10..20) lies 50 % in R-1 and 50 % in K-1 -> ambiguous
    assert r.parcels["status_kdb"][3] == "PERLU_CEK" and "ZONA_GANDA" in r.parcels["alasan"][3]


def test_invalid_and_empty_geometry_give_perlu_cek():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    data = _case(buildings=arr(bowtie, None, box(1, 1, 2, 2), box(3, 3, 4, 4), box(5, 5, 6, 6)))
    r = check_buildings(data)
    assert "GEOMETRI_DIPERBAIKI" in r.buildings["alasan"][0]
    assert r.buildings["status"][0] in ("PERLU_CEK", "MELANGGAR")
    assert "GEOMETRI_KOSONG" in r.buildings["alasan"][1]


def test_estimated_plots_hold_their_building():
    data = _case(parcels=None)
    r = check_buildings(data)
    plots = r.parcel_geometries
    assert r.estimated and r.parcels["persil_estimasi"].all()
    for building, plot in zip(data.buildings, plots):
        assert plot.buffer(1e-6).covers(building)
    assert "PERSIL_ESTIMASI" in r.parcels["alasan"][0]


def test_estimated_plots_do_not_take_neighbours_buildings():
    # a row of touching houses: every plot holds exactly its own house, KDB from it alone
    houses = arr(box(0, 0, 12, 10), box(12, 0, 14, 3), box(12, 3, 15, 10), Polygon([(15, 0), (20, 0), (20, 9), (16, 10), (15, 10)]),
                 box(0, 20, 3, 23))
    data = _case(parcels=None, buildings=houses, floors=["1"] * 5)
    r = check_buildings(data)
    plots = r.parcel_geometries
    for k, plot in enumerate(plots):
        for m, house in enumerate(houses):
            overlap = plot.intersection(house).area
            assert overlap == pytest.approx(house.area if m == k else 0.0, abs=1e-6), (k, m)
    want = [h.area / p.area * 100 for h, p in zip(houses, plots)]
    np.testing.assert_allclose(r.parcels["kdb"], np.round(want, 2))
    assert r.parcels["jml_bangunan"].tolist() == [1] * 5


def test_itbx_long_table_equals_matrix():
    matrix = ItbxTable.from_rows([{"kode_kegiatan": "toko", "R-1": "T2", "K-1": "I"},
                                  {"kode_kegiatan": "gudang", "R-1": "X", "K-1": "B1"}])
    long = ItbxTable.from_rows([{"kode_kegiatan": "toko", "kode_zona": "R-1", "ketentuan": "T2"},
                                {"kode_kegiatan": "toko", "kode_zona": "K-1", "ketentuan": "I"},
                                {"kode_kegiatan": "gudang", "kode_zona": "R-1", "ketentuan": "X"},
                                {"kode_kegiatan": "gudang", "kode_zona": "K-1", "ketentuan": "b1"}])
    for activity in ("toko", "gudang", "sekolah"):
        for zone in ("R-1", "K-1", "C-1"):
            assert long.judge(activity, zone) == matrix.judge(activity, zone)
    assert long.judge("gudang", "k-1")[1] == "ITBX_B"


def test_text_columns_parsed_once_with_empty_spellings():
    from plpbk_qgis.core.conformance.columns import parse_column, parsers

    _, parse_floors = parsers()
    values, unreadable, raw = parse_column(["2", "2 lantai", "-", None, "", "4-7", "10+", 3.0], parse_floors)
    np.testing.assert_array_equal(values[[0, 1, 7]], [2, 2, 3])
    assert np.isnan(values[2:7]).all()
    assert unreadable.tolist() == [False, False, False, False, False, True, True, False]
    assert raw[5] == "4-7"


def test_gsb_wide_road_beats_nearer_narrow_centreline():
    # narrow gang centreline 5 m away (1 m wide), arterial centreline 9 m away but 16 m wide
    building = box(0, 0, 10, 10)
    roads = arr(LineString([(-50, 15), (60, 15)]), LineString([(-50, -9), (60, -9)]),
                LineString([(200, 0), (200, 10)]))
    space = road_space(roads, widths=[1.0, 16.0, None], classes=["gang", "arteri", "lokal"])
    s = nearest_roads(arr(building, box(150, 0, 160, 10)), space, 50)
    exact = [building.distance(g.buffer(w / 2, quad_segs=64)) for g, w in zip(roads[:2], (1.0, 16.0))]
    assert s.road[0] == 1 and s.distance[0] == pytest.approx(min(exact), abs=1e-3) and s.road_class[0] == "arteri"
    assert s.road[1] == 2 and s.distance[1] == pytest.approx(40.0) and s.no_width[1]
