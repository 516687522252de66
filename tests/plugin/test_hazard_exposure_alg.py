"""plpbk:hazardexposure through processing.run: planted buildings inside, across and touching
flood zones, fire access from a road and a hydrant, and the sample database end to end with
counts recomputed with geopandas."""

import shutil

import geopandas as gpd
import pytest

from plpbk_qgis.core.resources import resource_path
from tests.plugin.test_hostile_inputs import _memory

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
X, Y = 700000, 9300000


def _box(x0, y0, x1, y1):
    return f"POLYGON(({X + x0} {Y + y0},{X + x1} {Y + y0},{X + x1} {Y + y1},{X + x0} {Y + y1},{X + x0} {Y + y0}))"


def test_planted_buildings_and_fire_access(run_alg):
    zones = _memory("Polygon?crs=EPSG:23834&field=jenis_bencana:string&field=tingkat_risiko:string",
                    [(_box(0, 0, 100, 100), "banjir", "sedang"), (_box(100, 0, 200, 100), "banjir", "tinggi")])
    buildings = _memory("Polygon?crs=EPSG:23834&field=id_bangunan:string&field=jml_lantai:string&field=jml_kk:string",
                        [(_box(10, 10, 20, 20), "A", "2", "1"),       # inside 'sedang'
                         (_box(95, 10, 105, 20), "B", "dua", "2"),     # across sedang|tinggi -> tinggi
                         (_box(200, 10, 210, 20), "C", "1", "1"),      # touches the zone's edge only
                         (_box(400, 400, 410, 410), "D", "1", "1")])   # far away
    # a 6 m road 30 m below A (A's footprint bottom y=10, road at y=-20), a 2 m gang right next to D
    roads = _memory("LineString?crs=EPSG:23834&field=lebar_m:string",
                    [(f"LINESTRING({X - 50} {Y - 20},{X + 300} {Y - 20})", "6"),
                     (f"LINESTRING({X + 395} {Y + 380},{X + 395} {Y + 450})", "2"),
                     (f"LINESTRING({X + 420} {Y + 380},{X + 420} {Y + 450})", "abc")])
    hydrants = _memory("Point?crs=EPSG:23834", [(f"POINT({X + 430} {Y + 405})",)])
    result = run_alg("hazardexposure", {"DATABASE": "", "HAZARDS": [zones], "BUILDINGS": buildings, "ROADS": roads,
                                        "HYDRANTS": hydrants, "OUTPUT": "TEMPORARY_OUTPUT",
                                        "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    per_building = {f["id_bangunan"]: f for f in result["OUTPUT_BUILDINGS"].getFeatures()}
    assert {k: f["tingkat_tertinggi"] for k, f in per_building.items()} == {
        "A": "sedang", "B": "tinggi", "C": "tidak_terpapar", "D": "tidak_terpapar"}
    assert per_building["A"]["jarak_jalan_damkar_m"] == pytest.approx(30.0)
    assert per_building["A"]["akses_damkar"] is True
    # D: the gang is 2 m wide (not a fire road), 'abc' is no width; the hydrant is 20 m away
    assert per_building["D"]["jarak_hidran_m"] == pytest.approx(20.0)
    assert per_building["D"]["akses_damkar"] is True
    # C is 30 m from the road too; B as well
    assert per_building["C"]["akses_damkar"] is True
    rows = {(f["jenis_bencana"], f["tingkat"]): f for f in result["OUTPUT"].getFeatures()}
    assert rows[("banjir", "tinggi")]["jml_bangunan"] == 1 and rows[("banjir", "sedang")]["jml_bangunan"] == 1
    assert rows[("banjir", "tidak_terpapar")]["jml_bangunan"] == 2
    assert sum(f["jml_bangunan"] for f in rows.values()) == 4           # every building counted once
    # floor area: A 100 m² × 2 floors; B 'dua' unreadable -> 1 floor
    assert rows[("banjir", "sedang")]["luas_lantai_m2"] == pytest.approx(200.0)
    assert rows[("banjir", "tinggi")]["luas_lantai_m2"] == pytest.approx(100.0)


def test_sample_database_counts_match_geopandas(run_alg, tmp_path):
    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    result = run_alg("hazardexposure", {"DATABASE": str(database), "OUTPUT": "TEMPORARY_OUTPUT",
                                        "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
    buildings = gpd.read_file(SAMPLE, layer="bangunan")
    zones = gpd.read_file(SAMPLE, layer="rawan_bencana")
    rank = {"rendah": 1, "sedang": 2, "tinggi": 3}
    expected = {}
    for kind, group in zones.groupby("jenis_bencana"):
        best = [0] * len(buildings)
        for _, zone in group.iterrows():
            overlap = buildings.geometry.intersection(zone.geometry).area
            for i, area in enumerate(overlap):
                if area >= min(1.0, 0.5 * buildings.geometry.iloc[i].area) and area > 0:
                    best[i] = max(best[i], rank[zone["tingkat_risiko"]])
        names = {v: k for k, v in rank.items()}
        for level in set(best) - {0}:
            expected[(kind, names[level])] = sum(1 for b in best if b == level)
    got = {}
    for f in result["OUTPUT"].getFeatures():
        if f["tingkat"] in rank:
            got[(f["jenis_bencana"], f["tingkat"])] = got.get((f["jenis_bencana"], f["tingkat"]), 0) + f["jml_bangunan"]
    assert got == expected and got
    from osgeo import ogr

    source = ogr.Open(str(database))
    assert source.GetLayerByName("paparan_bangunan").GetFeatureCount() == len(buildings)
    rt = gpd.read_file(SAMPLE, layer="rt")
    points = buildings.copy()
    points["geometry"] = buildings.geometry.representative_point()
    inside = gpd.sjoin(points, rt[["geometry"]], predicate="within").index.unique()
    outside_row = 1 if len(inside) < len(buildings) else 0           # the "(di luar RT)" row
    assert source.GetLayerByName("paparan_bencana_rt").GetFeatureCount() == len(rt) + outside_row
