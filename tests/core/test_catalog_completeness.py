"""Data checklist: counts and percentages computed by hand on small planted data."""

import numpy as np
import pytest
from shapely import Point, box

from plpbk_qgis.core.survey import completeness as cp
from plpbk_qgis.core.survey.catalog import load_catalog

RT_NAMES = ["RW 01 / RT 01", "RW 01 / RT 02"]
RT_POLYGONS = np.array([box(0, 0, 100, 100), box(100, 0, 200, 100)], dtype=object)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_percentages_per_rt(catalog):
    # 3 buildings in RT 01 (one lacks kondisi), 1 in RT 02 (complete); 5 required fields each
    geoms = np.array([box(10, 10, 20, 20), box(30, 10, 40, 20), box(50, 10, 60, 20),
                      box(150, 10, 160, 20)], dtype=object)
    columns = {"id_bangunan": ["B1", "B2", "B3", "B4"], "fungsi": ["toko"] * 4,
               "jml_lantai": [1, 2, 1, 3], "kondisi": ["baik", None, "baik", "baik"],
               "status_bangunan": ["sewa"] * 4}
    rows = cp.checklist(catalog, {"bangunan": (geoms, columns)}, RT_NAMES, RT_POLYGONS)
    by_unit = {r.unit: r for r in rows if r.layer == "bangunan"}
    assert by_unit["SEMUA"].features == 4
    assert by_unit["SEMUA"].percent == pytest.approx(100 * 19 / 20)
    assert by_unit["RW 01 / RT 01"].features == 3
    assert by_unit["RW 01 / RT 01"].percent == pytest.approx(100 * 14 / 15)
    assert by_unit["RW 01 / RT 01"].missing_fields == ["kondisi"]
    assert by_unit["RW 01 / RT 01"].status == cp.SEBAGIAN
    assert by_unit["RW 01 / RT 02"].status == cp.LENGKAP
    persil = [r for r in rows if r.layer == "persil"]
    assert len(persil) == 3 and all(r.status == cp.KOSONG for r in persil)


def test_feature_on_a_boundary_is_counted_once(catalog):
    geoms = np.array([box(90, 10, 110, 20)], dtype=object)        # straddles both RTs
    columns = {"id_bangunan": ["B1"]}
    rows = cp.checklist(catalog, {"bangunan": (geoms, columns)}, RT_NAMES, RT_POLYGONS)
    per_rt = [r.features for r in rows if r.layer == "bangunan" and r.unit != "SEMUA"]
    assert sum(per_rt) == 1


def test_tables_without_geometry_only_count_kelurahan_wide(catalog):
    columns = {"no_pasal": ["1", "2"], "aspek": ["lingkungan", None], "isi_aturan": ["a", "b"]}
    rows = [r for r in cp.checklist(catalog, {"aturan_bersama": (np.empty(0, object), columns)},
                                    RT_NAMES, RT_POLYGONS) if r.layer == "aturan_bersama"]
    assert [r.unit for r in rows] == ["SEMUA"]
    assert rows[0].percent == pytest.approx(100 * 5 / 6)


def test_points_outside_every_unit_count_in_a_row_of_their_own(catalog):
    """A point in no unit is counted in the total and in the 'outside every unit' row, so that
    the unit rows plus that row add up to the total."""
    geoms = np.array([Point(500, 500)], dtype=object)
    rows = cp.checklist(catalog, {"kk_miskin": (geoms, {"id_kk": ["K1"]})}, RT_NAMES, RT_POLYGONS)
    counts = {r.unit: r.features for r in rows if r.layer == "kk_miskin"}
    assert counts == {"SEMUA": 1, "RW 01 / RT 01": 0, "RW 01 / RT 02": 0, cp.NO_UNIT: 1}
    assert 0 < cp.summary_percent(rows) < 100
