"""The embedded sample "Kelurahan Contoh": deterministic, catalog-conformant, and with building
statistics inside the ranges measured on the real Jakarta data in ../shared/data."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from sample import measure_real_stats as measure  # noqa: E402
from sample.generate import build_sample  # noqa: E402
from sample.values import check_codes  # noqa: E402

from plpbk_qgis.core.survey.catalog import load_catalog  # noqa: E402


@pytest.fixture(scope="module")
def sample():
    return build_sample()


@pytest.fixture(scope="module")
def real(shared_data):
    return measure.measure(shared_data)


def _fingerprint(layers):
    return {name: ([shapely.to_wkb(g, hex=True) for g in layer.geometries], layer.rows)
            for name, layer in layers.items()}


def test_generator_is_deterministic(sample):
    again = build_sample()
    assert _fingerprint(again) == _fingerprint(sample)


def test_other_seed_gives_other_sample(sample):
    other = build_sample(seed=7)
    assert _fingerprint(other)["bangunan"] != _fingerprint(sample)["bangunan"]


def test_contract_layers_fields_and_codes(sample):
    catalog = load_catalog()
    required = ["batas_kelurahan", "kawasan_prioritas", "rw", "rt", "persil", "bangunan", "jalan", "drainase",
                "rth_ruang_publik", "rawan_bencana", "kk_miskin", "fasilitas", "foto_survei", "rencana_blok",
                "rdtr_contoh"]
    assert set(required) <= set(sample)
    assert check_codes(sample, catalog) == []
    for name, layer in sample.items():
        assert len(layer.geometries) == len(layer.rows) > 0, name
        assert all(g.is_valid and not g.is_empty for g in layer.geometries), name
        if name in catalog.layer_names:
            assert set().union(*[row.keys() for row in layer.rows]) <= set(catalog.layer(name).field_names), name
    assert sample["batas_kelurahan"].rows[0]["nama_kel"] == "Kelurahan Contoh"
    assert all(row["REMARK"].startswith("Data contoh") for row in sample["rdtr_contoh"].rows)


def test_size_location_and_units(sample):
    from pyproj import Transformer

    kel = sample["batas_kelurahan"].geometries[0]
    assert 30 <= kel.area / 10_000 <= 50
    lon, lat = Transformer.from_crs(23834, 4326, always_xy=True).transform(kel.centroid.x, kel.centroid.y)
    assert abs(lon - 106.85) < 0.01 and abs(lat + 6.20) < 0.01
    kp = sample["kawasan_prioritas"].geometries[0]
    assert 5 <= kp.area / 10_000 <= 10 and kel.buffer(0.05).contains(kp)
    assert 3 <= len(sample["rw"].rows) <= 5 and 15 <= len(sample["rt"].rows) <= 25
    # RT polygons tile the kelurahan without gaps or overlaps
    rt_area = sum(g.area for g in sample["rt"].geometries)
    assert rt_area == pytest.approx(kel.area, rel=0.002)


def test_roads_classes_and_widths(sample):
    rows = sample["jalan"].rows
    gang = [r["lebar_m"] for r in rows if r["kelas_jalan"] == "gang"]
    assert len(gang) > 100 and min(gang) >= 1.0 and max(gang) <= 3.0
    assert [r["kelas_jalan"] for r in rows].count("arteri") == 1
    assert all(6 <= r["lebar_m"] <= 12 for r in rows if r["kelas_jalan"] in ("lokal", "kolektor"))


def test_survey_gaps_are_realistic(sample):
    rows = sample["bangunan"].rows
    null_floor = np.mean([r["jml_lantai"] is None for r in rows])
    null_height = np.mean([r["tinggi_m"] is None for r in rows])
    null_kondisi = np.mean([r["kondisi"] is None for r in rows])
    assert 0.03 <= null_floor <= 0.15
    assert null_height > 0.75
    assert 0.01 <= null_kondisi <= 0.15


def test_priority_area_is_the_densest(sample):
    kp = sample["kawasan_prioritas"].geometries[0]
    kel = sample["batas_kelurahan"].geometries[0]
    centroids = shapely.centroid(np.asarray(sample["bangunan"].geometries))
    inside = shapely.contains(kp, centroids).sum()
    outside = len(centroids) - inside
    assert inside / (kp.area / 10_000) > outside / ((kel.area - kp.area) / 10_000)


def test_statistics_within_real_ranges(sample, real):
    """Footprint median between the dense-cell medians of OSM and Petogogan, cell density
    between the real dense-cell medians and the densest real cell; gaps as small as real."""
    buildings = np.asarray(sample["bangunan"].geometries)
    areas = shapely.area(buildings)
    medians = sorted([real["osm_jakarta"]["dense"]["area"]["median"], real["petogogan"]["dense"]["area"]["median"]])
    assert medians[0] <= np.median(areas) <= medians[1] * 1.05
    cells = measure.cell_density_stats(buildings)
    real_median = min(real["osm_jakarta"]["dense"]["cells"]["median_per_ha"],
                      real["petogogan"]["dense"]["cells"]["median_per_ha"])
    real_p90 = max(real["osm_jakarta"]["dense"]["cells"]["p90_per_ha"],
                   real["petogogan"]["dense"]["cells"]["p90_per_ha"])
    assert real_median * 0.9 <= cells["median_per_ha"] <= real_p90
    assert cells["p90_per_ha"] <= real_p90 * 1.1
    gaps = measure.nearest_gap_stats(buildings)
    assert gaps["median"] <= real["osm_jakarta"]["dense"]["gap"]["median"] * 1.5


def test_footprints_are_near_rectangular(sample):
    """Kampung houses are 4-sided and aligned with their gang, not Voronoi cells (median 0.80 and
    5-6 vertices in the first version of the generator)."""
    shape = measure.shape_stats(sample["bangunan"].geometries)
    assert shape["rectangularity_median"] > 0.9
    assert shape["vertices_median"] <= 6


def test_footprint_shape_like_real(sample, real):
    shape = measure.shape_stats(sample["bangunan"].geometries)
    real_shapes = [real[name]["dense"]["shape"] for name in ("petogogan", "osm_jakarta")]
    assert shape["rectangularity_median"] >= min(r["rectangularity_median"] for r in real_shapes) - 0.05
    assert shape["vertices_median"] <= max(r["vertices_median"] for r in real_shapes) + 1


def test_parcels_are_rows_of_narrow_deep_lots(sample):
    """Most house lots front a road with 5-12 m and reach 10-25 m deep (measured in the frame of
    the lot's minimum rotated rectangle: short side = frontage, long side = depth)."""
    lots = np.asarray(sample["persil"].geometries)
    rect = shapely.minimum_rotated_rectangle(lots)
    xy = [shapely.get_coordinates(r)[:3] for r in rect]
    sides = np.sort([[np.linalg.norm(c[1] - c[0]), np.linalg.norm(c[2] - c[1])] for c in xy], axis=1)
    houses = (shapely.area(lots) > 40) & (shapely.area(lots) < 400)
    assert 5 <= np.median(sides[houses, 0]) <= 12
    assert 10 <= np.median(sides[houses, 1]) <= 25
    # lots tile the blocks: neighbouring lots only overlap by centimetre rounding
    tree = shapely.STRtree(lots)
    pairs = tree.query(lots, predicate="overlaps")
    pairs = pairs[:, pairs[0] < pairs[1]]
    overlap = shapely.area(shapely.intersection(lots[pairs[0]], lots[pairs[1]]))
    assert overlap.max(initial=0.0) < 0.5 and overlap.sum() < 1e-4 * shapely.area(lots).sum()


def test_rule_tables(tmp_path):
    import csv

    from sample.cityplan import write_rules

    paths = {p.name: p for p in write_rules(tmp_path)}
    with open(paths["intensitas.csv"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["kode_zona"] for r in rows} >= {"R-2", "R-3", "K-1", "KT", "SPU-2", "RTH-2"}
    assert "C-1" not in {r["kode_zona"] for r in rows}  # the deliberate unknown code of rdtr_contoh
    with open(paths["itbx.csv"], encoding="utf-8") as handle:
        itbx = list(csv.DictReader(handle))
    codes = set(load_catalog().value_list("fungsi_bangunan").codes)
    assert {r["kode_kegiatan"] for r in itbx} == codes
