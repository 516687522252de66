"""plpbk:checkbuildingrules against the same check chained from native QGIS algorithms.

Builds 10⁴ and 10⁵ buildings (10⁶ with ``--full``) from real footprints (bench/conformance_data),
then, in the same run, times end to end through Processing (each case in a fresh process, so
the peak memory is its own):
- plugin: plpbk:checkbuildingrules (parcels, zones, roads with width and class, floors as text)
- native: native:calculatevectoroverlaps (built-up area per parcel) -> native:joinattributesbylocation
  (zone rules, largest overlap) -> native:fieldcalculator (KDB, status) on the parcels, and
  native:joinbynearest (nearest road within 50 m) -> native:fieldcalculator (GSB, status) on the
  buildings. It measures less than the plugin does (no KLB/KDH/height/ITBX, no reasons), so the
  ratio is a lower bound.
- geopandas: the same check as a geopandas script (read, overlay buildings × parcels, groupby
  for KDB/KLB, overlay parcels × zones for the largest share, sjoin_nearest to the roads for
  GSB, write both layers), in its own process without QGIS. It also reads no lot-size classes.
The native chain is run on a subsample when the full size would take too long and its time
scaled linearly (its steps are at best linear); the output says so. A fifth of the zones write
KDB/KLB per lot-size class with alternatives (bench/conformance_data.py), read by the plugin only.
Floors (issues 5, 10): plugin ≥ 10× faster than native and ≥ 2× faster than geopandas at 10⁵
(and 10⁶); 10⁶ < 60 s wall, < 4 GB peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess  # nosec B404
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("PLPBK_BENCH_DATA", ROOT / "out" / "bench_data"))
NATIVE_FULL_LIMIT = 10_000   # above this the native chain runs on a subsample of this size
# issue 5 floors: ratio at 10⁵ and 10⁶; wall and peak memory at 10⁶
FLOOR_RATIO, FLOOR_RATIO_FROM = 10.0, 100_000
FLOOR_GEOPANDAS_RATIO = 2.0
FLOOR_WALL_S, FLOOR_PEAK_GB, FLOOR_SIZE = 60.0, 4.0, 1_000_000

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1] + "/scripts"); sys.path.insert(0, sys.argv[1])
from qgis_headless import start_qgis
app = start_qgis()
import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
mode, paths, out = sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
ctx = QgsProcessingContext(); ctx.setProject(QgsProject.instance()); fb = QgsProcessingFeedback()
run = lambda alg, p: processing.run(alg, p, context=ctx, feedback=fb)
t0 = time.perf_counter()
if mode == "plugin":
    run("plpbk:checkbuildingrules", {"BUILDINGS": paths["buildings"], "FLOORS_FIELD": "jml_lantai",
        "USE_FIELD": "fungsi", "PARCELS": paths["parcels"], "ZONES": paths["zones"], "ROADS": paths["roads"],
        "ROAD_WIDTH_FIELD": "lebar_m", "ROAD_CLASS_FIELD": "kelas_jalan",
        "OUTPUT": out + "/plugin_persil.gpkg", "OUTPUT_BUILDINGS": out + "/plugin_bangunan.gpkg"})
else:
    limit = int(sys.argv[5])
    b, p = paths["buildings"], paths["parcels"]
    if limit:
        p = run("native:extractbyexpression", {"INPUT": p, "EXPRESSION": f"$id <= {limit}",
                                               "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        b = run("native:extractbylocation", {"INPUT": b, "PREDICATE": [0], "INTERSECT": p,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    t0 = time.perf_counter()   # the subsample extraction is not part of the check
    ov = run("native:calculatevectoroverlaps", {"INPUT": p, "LAYERS": [b], "OUTPUT": "TEMPORARY_OUTPUT"})
    field = [f.name() for f in ov["OUTPUT"].fields() if f.name().endswith("_area")][-1]
    jz = run("native:joinattributesbylocation", {"INPUT": ov["OUTPUT"], "JOIN": paths["zones"], "PREDICATE": [0],
             "METHOD": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    kdb = run("native:fieldcalculator", {"INPUT": jz["OUTPUT"], "FIELD_NAME": "status_kdb", "FIELD_TYPE": 2,
              "FORMULA": f'CASE WHEN "{field}" / $area * 100 <= "kdb_maks" THEN \'SESUAI\' ELSE \'MELANGGAR\' END',
              "OUTPUT": out + "/native_persil.gpkg"})
    nr = run("native:joinbynearest", {"INPUT": b, "INPUT_2": paths["roads"], "NEIGHBORS": 1, "MAX_DISTANCE": 50,
             "FIELDS_TO_COPY": ["lebar_m", "kelas_jalan"], "OUTPUT": "TEMPORARY_OUTPUT"})
    jb = run("native:joinattributesbylocation", {"INPUT": nr["OUTPUT"], "JOIN": paths["zones"], "PREDICATE": [0],
             "METHOD": 2, "JOIN_FIELDS": ["gsb_min"], "OUTPUT": "TEMPORARY_OUTPUT"})
    run("native:fieldcalculator", {"INPUT": jb["OUTPUT"], "FIELD_NAME": "status_gsb", "FIELD_TYPE": 2,
        "FORMULA": 'CASE WHEN "distance" - "lebar_m" / 2 >= "gsb_min" THEN \'SESUAI\' ELSE \'MELANGGAR\' END',
        "OUTPUT": out + "/native_bangunan.gpkg"})
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
print("RESULT " + json.dumps({"seconds": seconds, "peak_gb": peak}))
"""


GEOPANDAS_CHILD = r"""
import json, resource, sys, time
import geopandas as gpd, numpy as np, pandas as pd
paths, out = json.loads(sys.argv[1]), sys.argv[2]
t0 = time.perf_counter()
read = lambda key: gpd.read_file(paths[key], engine="pyogrio")
b, p, z, r = read("buildings"), read("parcels"), read("zones"), read("roads")
p["luas"] = p.area
floors = pd.to_numeric(b["jml_lantai"].astype(str).str.extract(r"^\s*(\d+)")[0], errors="coerce")
b["lantai"] = floors
ov = gpd.overlay(b[["id_bangunan", "lantai", "geometry"]], p[["id_persil", "geometry"]], how="intersection",
                 keep_geom_type=True)
ov["a"] = ov.area
ov["fa"] = ov["a"] * ov["lantai"]
agg = ov.groupby("id_persil")[["a", "fa"]].sum()
pz = gpd.overlay(p[["id_persil", "geometry"]], z[["kode_zona", "kdb_maks", "klb_maks", "gsb_min", "geometry"]],
                 how="intersection", keep_geom_type=True)
pz["share"] = pz.area
pz = pz.sort_values("share").drop_duplicates("id_persil", keep="last").drop(columns="geometry")
res = p.merge(agg, left_on="id_persil", right_index=True, how="left").merge(pz, on="id_persil", how="left")
res["kdb"] = res["a"].fillna(0) / res["luas"] * 100
res["klb"] = res["fa"] / res["luas"]
res["status_kdb"] = np.where(res["kdb"].round(2) <= res["kdb_maks"], "SESUAI", "MELANGGAR")
res["status_klb"] = np.where(res["klb"].round(3) <= res["klb_maks"], "SESUAI", "MELANGGAR")
res.to_file(out + "/geopandas_persil.gpkg", engine="pyogrio")
nb = gpd.sjoin_nearest(b, r[["lebar_m", "kelas_jalan", "geometry"]], how="left", max_distance=50,
                       distance_col="jarak")
nb = nb[~nb.index.duplicated()].drop(columns="index_right")
bz = gpd.sjoin(nb, z[["gsb_min", "geometry"]], how="left", predicate="intersects")
bz = bz[~bz.index.duplicated()]
bz["gsb"] = bz["jarak"] - bz["lebar_m"] / 2
bz["status_gsb"] = np.where(bz["gsb"].round(2) >= bz["gsb_min"], "SESUAI", "MELANGGAR")
bz.drop(columns="index_right").to_file(out + "/geopandas_bangunan.gpkg", engine="pyogrio")
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
print("RESULT " + json.dumps({"seconds": seconds, "peak_gb": peak}))
"""


def run_child(mode: str, paths: dict, out: Path, limit: int = 0) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    if mode == "geopandas":
        command = [sys.executable, "-c", GEOPANDAS_CHILD, json.dumps(paths), str(out)]
    else:
        command = [sys.executable, "-c", CHILD, str(ROOT), mode, json.dumps(paths), str(out), str(limit)]
    proc = subprocess.run(command,
                          capture_output=True, text=True, env=env)  # nosec B603
    wall = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
    result["process_wall"] = wall
    return result


def floor_verdict(n: int, ratio: float, gpd_ratio: float, wall: float, peak: float) -> str:
    """OK/MISS per floor that applies to this size ('-' when none does)."""
    checks = []
    if n >= FLOOR_RATIO_FROM:
        checks.append(("native", ratio >= FLOOR_RATIO))
        checks.append(("geopandas", gpd_ratio >= FLOOR_GEOPANDAS_RATIO))
    if n >= FLOOR_SIZE:
        checks += [("wall", wall < FLOOR_WALL_S), ("peak", peak < FLOOR_PEAK_GB)]
    return ", ".join(f"{name} {'OK' if ok else 'MISS'}" for name, ok in checks) or "-"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 10⁶ buildings")
    parser.add_argument("--sizes", type=int, nargs="*", help="building counts (default 10⁴ 10⁵)")
    parser.add_argument("--native-limit", type=int, default=NATIVE_FULL_LIMIT,
                        help="run the native chain on a subsample of this many parcels above it "
                             "(0: always on everything; 10⁵ takes it ~2 minutes)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from conformance_data import make_dataset

    sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.full else [])
    rows = []
    for n in sizes:
        paths = make_dataset(n, DATA)
        plugin = run_child("plugin", paths, DATA / f"out_{n}")
        limit = 0 if not args.native_limit or n <= args.native_limit else args.native_limit
        native = run_child("native", paths, DATA / f"out_{n}", limit)
        # scaled by the parcel count of the subsample (one parcel per building in the data)
        native_s = native["seconds"] * (n / limit if limit else 1)
        frames = run_child("geopandas", paths, DATA / f"out_{n}")
        rows.append((n, plugin["seconds"], native_s, "extrapolated" if limit else "measured",
                     native_s / plugin["seconds"], frames["seconds"], frames["seconds"] / plugin["seconds"],
                     plugin["peak_gb"], plugin["process_wall"]))
        print(f"n={n}: plugin {plugin['seconds']:.1f} s (peak {plugin['peak_gb']:.2f} GB), native "
              f"{native_s:.1f} s ({'from a ' + str(limit) + '-parcel subsample, scaled' if limit else 'measured'}), "
              f"geopandas {frames['seconds']:.1f} s (peak {frames['peak_gb']:.2f} GB)", flush=True)
    print(f"\nFloors (issues 5, 10): ≥ {FLOOR_RATIO:.0f}× native and ≥ {FLOOR_GEOPANDAS_RATIO:.0f}× geopandas "
          f"from {FLOOR_RATIO_FROM:,} buildings; at {FLOOR_SIZE:,}: wall < {FLOOR_WALL_S:.0f} s (whole "
          f"process) and peak < {FLOOR_PEAK_GB:.0f} GB")
    print("\n| buildings | plugin s | process wall s | native s | native | ratio | geopandas s | ratio | "
          "plugin peak GB | floors |")
    print("|---:|---:|---:|---:|---|---:|---:|---:|---:|---|")
    for n, p, nat, how, ratio, frames, gpd_ratio, peak, wall in rows:
        print(f"| {n:,} | {p:.1f} | {wall:.1f} | {nat:.1f} | {how} | {ratio:.1f}× | {frames:.1f} | "
              f"{gpd_ratio:.1f}× | {peak:.2f} | {floor_verdict(n, ratio, gpd_ratio, wall, peak)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
