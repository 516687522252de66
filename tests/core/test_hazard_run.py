"""Hazard exposure, pure: the vectorised result against a brute-force loop on random
buildings, several zone layers read as one set, and totals that add up."""

import numpy as np
import pytest
import shapely

from plpbk_qgis.core.analysis.hazard_exposure import building_exposure, level_column
from plpbk_qgis.core.analysis.hazard_run import combined_zones, exposure


class Layer:
    def __init__(self, geometries, **columns):
        self.geometries = np.array(geometries, dtype=object)
        self.ids = list(range(1, len(geometries) + 1))
        self.columns = columns


class Units:
    def __init__(self, keys, geometries):
        self.keys, self.geometries = keys, np.array(geometries, dtype=object)


def _zones():
    # flood: 'sedang' west half, 'tinggi' a square in the east; fire: one layer without columns
    flood = [shapely.box(0, 0, 500, 1000), shapely.box(600, 200, 900, 500)]
    fire = [shapely.box(400, 400, 700, 700)]
    return [("rawan_bencana", flood, ["banjir", "banjir"], ["sedang", "tinggi"], [1, 2]),
            ("rawan_kebakaran", fire, None, None, [1])]


def test_against_a_brute_force_loop_on_random_buildings():
    rng = np.random.default_rng(7)
    corners = rng.uniform(0, 1000, size=(200, 2))
    sizes = rng.uniform(4, 15, size=(200, 2))
    buildings = [shapely.box(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes)]
    zones = combined_zones(_zones())
    table, _problems = building_exposure(np.array(buildings, dtype=object), zones)
    order = {"sedang": 1, "tinggi": 2}
    flood = _zones()[0]
    for i, building in enumerate(buildings):
        best = None
        for geometry, level in zip(flood[1], flood[3]):
            overlap = shapely.intersection(building, geometry).area
            if overlap >= min(1.0, 0.5 * building.area) and overlap > 0:
                best = level if best is None or order[level] > order[best] else best
        assert table[level_column("banjir")].iat[i] == (best or "tidak_terpapar"), i
        fire = shapely.intersection(building, _zones()[1][1][0]).area
        # a layer without a level column: its zones have level 'tidak_diketahui', still exposure
        assert (table[level_column("rawan_kebakaran")].iat[i] != "tidak_terpapar") == (fire >= min(1.0, 0.5 * building.area) and fire > 0)


def test_units_and_fire_access_add_up():
    buildings = Layer([shapely.box(100, 100, 110, 110), shapely.box(650, 250, 660, 260), shapely.box(2000, 2000, 2010, 2010)],
                      jml_lantai=["2", None, "1"], jml_kk=["1", "2", None], id_bangunan=["A", "B", "C"])
    units = Units([("1", "1"), ("1", "2")], [shapely.box(0, 0, 500, 1000), shapely.box(500, 0, 1000, 1000)])
    roads = Layer([shapely.LineString([(0, 80), (1000, 80)])], lebar_m=["6"])
    result = exposure(buildings, _zones(), units, roads, "lebar_m", None, None, None)
    flood = {(r["no_rt"], r["tingkat"]): r for r in result.rt_rows if r["jenis_bencana"] == "banjir"}
    assert flood[("1", "sedang")]["jml_bangunan"] == 1 and flood[("2", "tinggi")]["jml_bangunan"] == 1
    assert flood[("(di luar RT)", "tidak_terpapar")]["jml_bangunan"] == 1      # C lies in no RT
    assert sum(r["jml_bangunan"] for r in result.rt_rows if r["jenis_bencana"] == "banjir") == 3
    by_id = {r["id_bangunan"]: r for r in result.building_rows}
    assert by_id["A"]["tingkat_tertinggi"] == "sedang" and by_id["A"]["jarak_jalan_damkar_m"] == pytest.approx(20.0)
    assert by_id["A"]["akses_damkar"] is True
    assert by_id["B"]["tingkat_tertinggi"] == "tinggi" and by_id["B"]["akses_damkar"] is False   # 170 m away
    summary = {r["no_rt"]: r for r in result.rt_summary}
    assert summary["2"]["bangunan_bahaya_tinggi"] == 1 and summary["2"]["tanpa_akses_damkar"] == 1
