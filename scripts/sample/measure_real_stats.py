"""Measure building and road statistics of the real Jakarta data in ../shared/data.

The embedded sample ("Kelurahan Contoh") takes its statistics from these numbers (see the
constants in scripts/sample/real_stats.py). The real data is only READ here, never copied:

    .venv/bin/python scripts/sample/measure_real_stats.py [path/to/shared/data]

Measures, after reprojecting to EPSG:23834 (metres):
- footprint area quartiles of Petogogan (DKI building data) and of OSM Jakarta buildings;
- buildings per hectare over the Petogogan kelurahan and in 1-ha cells of both data sets
  (median and 90th percentile of occupied cells: the dense kampung cells);
- gap to the nearest other building (edge to edge);
- footprint shape: rectangularity (area / minimum rotated rectangle) and vertex count;
- OSM floor counts (LEVELS) shares, and road types (OSM) by length.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import shapely

METRIC_CRS = "EPSG:23834"
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
PETOGOGAN = ("jakarta_petogogan_buildings", "buildings_base.geojson")
PETOGOGAN_BOUNDARY = ("jakarta_petogogan_buildings", "batas_kelurahan_petogogan.geojson")
OSM_BUILDINGS = ("jakarta_inasafe", "jakarta_building.gpkg")
OSM_ROADS = ("jakarta_inasafe", "roads.shp")


def _read(data: Path, parts):
    import geopandas as gpd

    frame = gpd.read_file(data.joinpath(*parts))
    return frame.to_crs(METRIC_CRS)


def area_stats(polygons) -> dict:
    """Footprint area distribution (m2) of an array of polygons."""
    areas = shapely.area(np.asarray(polygons))
    areas = areas[areas > 1.0]  # drop slivers (digitising errors)
    q1, median, q3, p90 = np.percentile(areas, [25, 50, 75, 90])
    return {"count": int(areas.size), "q1": float(q1), "median": float(median),
            "q3": float(q3), "p90": float(p90), "share_under_100": float(np.mean(areas < 100))}


def nearest_gap_stats(polygons) -> dict:
    """Edge-to-edge distance (m) from each building to its nearest other building."""
    geoms = np.asarray(polygons)
    tree = shapely.STRtree(geoms)
    (source, target), distances = tree.query_nearest(geoms, exclusive=True, return_distance=True,
                                                     all_matches=False)
    gaps = np.full(geoms.size, np.nan)
    gaps[source] = distances
    gaps = gaps[np.isfinite(gaps)]
    q1, median, q3 = np.percentile(gaps, [25, 50, 75])
    return {"median": float(median), "q1": float(q1), "q3": float(q3),
            "share_touching": float(np.mean(gaps < 0.5))}


def shape_stats(polygons) -> dict:
    """How house-like footprints are: area / minimum rotated rectangle area (1 = rectangle) and the
    vertex count after removing digitising noise (simplify 0.1 m), medians over the footprints."""
    geoms = np.asarray(polygons)
    geoms = geoms[shapely.area(geoms) > 1.0]
    largest = np.array([max(shapely.get_parts(g), key=lambda p: p.area) for g in geoms])
    ratio = shapely.area(largest) / shapely.area(shapely.minimum_rotated_rectangle(largest))
    vertices = shapely.get_num_coordinates(shapely.get_exterior_ring(shapely.simplify(largest, 0.1))) - 1
    return {"rectangularity_median": float(np.median(ratio)), "vertices_median": float(np.median(vertices)),
            "share_4_vertices": float(np.mean(vertices == 4))}


def cell_density_stats(polygons, cell: float = 100.0) -> dict:
    """Buildings per hectare in occupied cell x cell metre cells (centroid counts)."""
    points = shapely.centroid(np.asarray(polygons))
    xy = shapely.get_coordinates(points)
    keys = np.floor(xy / cell).astype(np.int64)
    _, counts = np.unique(keys, axis=0, return_counts=True)
    per_ha = counts * (10_000.0 / (cell * cell))
    coverage = _cell_coverage(polygons, keys, cell)
    return {"cells": int(counts.size), "median_per_ha": float(np.median(per_ha)),
            "p90_per_ha": float(np.percentile(per_ha, 90)),
            "coverage_p90": float(np.percentile(coverage, 90))}


def _cell_coverage(polygons, keys, cell) -> np.ndarray:
    """Share of each occupied cell covered by footprints (buildings assigned by centroid)."""
    areas = shapely.area(np.asarray(polygons))
    _, inverse = np.unique(keys, axis=0, return_inverse=True)
    return np.bincount(inverse.ravel(), weights=areas) / (cell * cell)


def dense_subset(polygons, min_per_ha: int = 40, cell: float = 100.0) -> np.ndarray:
    """Buildings lying in 1-ha cells with at least ``min_per_ha`` buildings: the dense, fully
    mapped kampung-like parts (OSM coverage elsewhere is partial, so a whole-city density is
    meaningless)."""
    geoms = np.asarray(polygons)
    keys = np.floor(shapely.get_coordinates(shapely.centroid(geoms)) / cell).astype(np.int64)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    return geoms[counts[inverse.ravel()] * (10_000.0 / (cell * cell)) >= min_per_ha]


def dense_stats(polygons) -> dict:
    dense = dense_subset(polygons)
    return {"area": area_stats(dense), "gap": nearest_gap_stats(dense), "cells": cell_density_stats(dense),
            "shape": shape_stats(dense)}


def level_shares(levels) -> dict:
    """Shares of 1, 2, 3-4 and 5+ floors among OSM buildings with a numeric LEVELS value."""
    values = []
    for raw in levels:
        text = str(raw).strip() if raw is not None else ""
        if text.isdigit() and int(text) > 0:
            values.append(int(text))
        elif text in ("4-7", "10+", ">7"):
            values.append(5)
    values = np.asarray(values)
    return {"count": int(values.size), "1": float(np.mean(values == 1)), "2": float(np.mean(values == 2)),
            "3-4": float(np.mean((values >= 3) & (values <= 4))), "5+": float(np.mean(values >= 5))}


def road_type_shares(frame) -> dict:
    """Share of road length by OSM type."""
    lengths = frame.geometry.length.groupby(frame["OSM_TYPE"]).sum()
    return {str(key): round(float(value / lengths.sum()), 3) for key, value in lengths.items()}


def measure(data: Path) -> dict:
    """All statistics, keyed by data set."""
    petogogan = _read(data, PETOGOGAN)
    boundary = _read(data, PETOGOGAN_BOUNDARY)
    osm = _read(data, OSM_BUILDINGS)
    roads = _read(data, OSM_ROADS)
    pet_geoms = np.asarray(petogogan.geometry)
    osm_geoms = np.asarray(osm.geometry)
    kel_ha = float(boundary.geometry.area.sum() / 10_000.0)
    return {
        "petogogan": {
            "area": area_stats(np.asarray(pet_geoms)),
            "per_ha_kelurahan": len(petogogan) / kel_ha,
            "kelurahan_ha": kel_ha,
            "cells": cell_density_stats(np.asarray(pet_geoms)),
            "gap": nearest_gap_stats(np.asarray(pet_geoms)),
            "dense": dense_stats(np.asarray(pet_geoms)),
        },
        "osm_jakarta": {
            "area": area_stats(osm_geoms),
            "cells": cell_density_stats(osm_geoms),
            "gap": nearest_gap_stats(osm_geoms),
            "levels": level_shares(osm["LEVELS"]),
            "dense": dense_stats(osm_geoms),
        },
        "osm_roads": road_type_shares(roads),
    }


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    data = Path(argv[0]) if argv else DEFAULT_DATA
    if not data.is_dir():
        print(f"real data not found at {data}")
        return 1
    for name, stats in measure(data).items():
        print(f"== {name}")
        for key, value in stats.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
