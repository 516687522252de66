"""Benchmark data for the conformance checks: real footprints repeated over a grid.

One tile = the 1 785 building footprints of Kelurahan Petogogan (../shared/data, EPSG:4326,
projected to EPSG:23834), their estimated plots as parcels (made once by the plugin's own
tessellation, then repeated), and the kelurahan's pedestrian network as roads (width 4 m,
classes cycling lokal/kolektor/gang). Zones are 300 m squares with cycling rules, so that
parcels near their edges cross zone lines. Floors are text as in real data.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("PLPBK_SHARED_DATA", ROOT.parent / "shared" / "data"))
CRS = "EPSG:23834"
FLOOR_TEXT = np.array(["1", "2", "2", "1", "3", "2 lantai", None, "1", "4-7", "2"], dtype=object)
ZONES = (("R-1", 60, 1.2, 10, 3, 8, 2), ("R-2", 70, 1.4, 10, 3, 12, 3), ("K-1", 80, 3.0, 10, 5, 20, 5),
         ("RTH-1", 10, 0.1, 80, 5, 4, 1), ("R-2K", None, None, 10, 3, 12, 3))
# R-2K: a kampung zone written as DKI Jakarta does, KDB and KLB per lot-size class with two
# alternatives; stored as importcityplan writes it (aturan_kelas JSON, plain fields empty), so
# the benchmark exercises the class and alternative logic on a fifth of the zones
LOT_TEXT = {
    "kdb_maks": ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90, - Luas LP 60 m2 - "
                 "120 m2 : Alternatif 1 : 90, Alternatif 2 : 80, - Luas LP lebih dari 120 m2 : "
                 "Alternatif 1 : 70, Alternatif 2 : 60"),
    "klb_maks": ("- Luas LP kurang dari 60 m2 : Alternatif 1 : 1.2, Alternatif 2 : 3.6, - Luas LP 60 m2 - "
                 "120 m2 : Alternatif 1 : 1.8, Alternatif 2 : 3.2, - Luas LP lebih dari 120 m2 : "
                 "Alternatif 1 : 1.4, Alternatif 2 : 2.4"),
}


def lot_rules_json() -> str:
    from plpbk_qgis.core.cityplan.rule_values import read_rule, rules_to_json

    return rules_to_json({name: read_rule(name, text) for name, text in LOT_TEXT.items()})


def load_tile():
    import geopandas as gpd
    import shapely

    from plpbk_qgis.core.conformance.tessellation import tessellate

    folder = SHARED / "jakarta_petogogan_buildings"
    buildings = gpd.read_file(folder / "buildings_base.geojson").to_crs(CRS)
    buildings = buildings[buildings.geometry.notna() & buildings.is_valid & ~buildings.is_empty]
    roads = gpd.read_file(folder / "pedestrian_network.geojson").to_crs(CRS)
    b = np.asarray(buildings.geometry.array, dtype=object)
    r = np.asarray(roads.geometry.array, dtype=object)
    parcels = clean_parcels(tessellate(b, roads=r, road_widths=np.full(len(r), 4.0)), b)
    x0, y0, x1, y1 = shapely.total_bounds(np.concatenate([b, r]))
    shift = lambda g: shapely.transform(g, lambda c: c - [x0, y0])  # noqa: E731
    return shift(b), shift(parcels), shift(r), (x1 - x0 + 50.0, y1 - y0 + 50.0)


def clean_parcels(plots, buildings):
    """Cadastre-like parcels from plots: no neighbour's building inside, no overlaps, few
    vertices (once per tile, so a plain loop is fine)."""
    import shapely

    plots = shapely.simplify(plots, 0.2)
    tree = shapely.STRtree(buildings)
    out = []
    for k, plot in enumerate(plots):
        others = [m for m in tree.query(plot, predicate="intersects") if m != k]
        if others:
            plot = shapely.difference(plot, shapely.union_all(buildings[others]))
        plot = shapely.union(plot, buildings[k])
        out.append(plot)
    out = np.array(out, dtype=object)
    ptree = shapely.STRtree(out)
    for k in range(len(out)):
        earlier = [m for m in ptree.query(out[k], predicate="intersects") if m < k]
        if earlier:
            out[k] = shapely.difference(out[k], shapely.union_all(out[earlier]))
    return shapely.make_valid(out)


def repeat(geoms, count, size):
    import shapely

    cols = max(1, math.ceil(math.sqrt(count)))
    out = []
    for k in range(count):
        dx, dy = (k % cols) * size[0] + 500000.0, (k // cols) * size[1] + 9300000.0
        out.append(shapely.transform(geoms, lambda c, dx=dx, dy=dy: c + [dx, dy]))
    return np.concatenate(out)


def make_dataset(n_buildings: int, folder) -> dict:
    """Write buildings/parcels/zones/roads GeoPackages for about ``n_buildings``; return paths."""
    import geopandas as gpd
    import shapely

    from plpbk_qgis.core.conformance.geometry import polygon_part

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {k: str(folder / f"{k}_{n_buildings}.gpkg") for k in ("buildings", "parcels", "zones", "roads")}
    if all(Path(p).exists() for p in paths.values()):
        return paths
    b, p, r, size = load_tile()
    tiles = max(1, math.ceil(n_buildings / len(b)))
    buildings = repeat(b, tiles, size)[:n_buildings]
    parcels = repeat(p, tiles, size)[:n_buildings]
    # far from the origin float rounding of the shift re-creates a few self-intersections
    bad = np.flatnonzero(~shapely.is_valid(parcels))
    parcels[bad] = [polygon_part(shapely.make_valid(g)) for g in parcels[bad]]
    roads = repeat(r, tiles, size)
    n = len(buildings)
    rng = np.random.default_rng(5)
    gpd.GeoDataFrame({"id_bangunan": [f"B{i}" for i in range(n)],
                      "jml_lantai": FLOOR_TEXT[rng.integers(0, len(FLOOR_TEXT), n)],
                      "fungsi": np.where(rng.random(n) < 0.8, "rumah_tinggal", "toko")},
                     geometry=buildings, crs=CRS).to_file(paths["buildings"], engine="pyogrio", VERSION="1.2")
    gpd.GeoDataFrame({"id_persil": [f"P{i}" for i in range(len(parcels))]},
                     geometry=parcels, crs=CRS).to_file(paths["parcels"], engine="pyogrio", VERSION="1.2")
    classes = np.array(["lokal", "kolektor", "gang", "lokal"], dtype=object)
    gpd.GeoDataFrame({"lebar_m": np.full(len(roads), 4.0), "kelas_jalan": classes[np.arange(len(roads)) % 4]},
                     geometry=roads, crs=CRS).to_file(paths["roads"], engine="pyogrio", VERSION="1.2")
    x0, y0, x1, y1 = shapely.total_bounds(np.concatenate([buildings, parcels]))
    step = 300.0
    xs, ys = np.arange(x0 - 1, x1 + step, step), np.arange(y0 - 1, y1 + step, step)
    cells = [shapely.box(x, y, x + step, y + step) for x in xs for y in ys]
    rules = [ZONES[k % len(ZONES)] for k in range(len(cells))]
    columns = ("kode_zona", "kdb_maks", "klb_maks", "kdh_min", "gsb_min", "tinggi_maks", "lantai_maks")
    frame = {c: [row[i] for row in rules] for i, c in enumerate(columns)}
    lot_json = lot_rules_json()
    frame["aturan_kelas"] = [lot_json if row[1] is None else None for row in rules]
    gpd.GeoDataFrame(frame, geometry=cells, crs=CRS).to_file(paths["zones"], engine="pyogrio", VERSION="1.2")
    return paths


if __name__ == "__main__":
    print(make_dataset(int(sys.argv[1]), sys.argv[2]))
