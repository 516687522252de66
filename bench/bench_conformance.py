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
The native chain is run on a subsample when the full size would take too long and its time
scaled linearly (its steps are at best linear); the output says so.
Floors (issue 5): plugin ≥ 10× faster than native at 10⁵ and 10⁶; 10⁶ < 60 s wall, < 4 GB peak.
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


def run_child(mode: str, paths: dict, out: Path, limit: int = 0) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), mode, json.dumps(paths), str(out), str(limit)],
                          capture_output=True, text=True, env=env)  # nosec B603
    wall = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
    result["process_wall"] = wall
    return result


def floor_verdict(n: int, ratio: float, wall: float, peak: float) -> str:
    """OK/MISS per floor that applies to this size ('-' when none does)."""
    checks = []
    if n >= FLOOR_RATIO_FROM:
        checks.append(("ratio", ratio >= FLOOR_RATIO))
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
        rows.append((n, plugin["seconds"], native_s, "extrapolated" if limit else "measured",
                     native_s / plugin["seconds"], plugin["peak_gb"], plugin["process_wall"]))
        print(f"n={n}: plugin {plugin['seconds']:.1f} s (peak {plugin['peak_gb']:.2f} GB), native "
              f"{native_s:.1f} s ({'from a ' + str(limit) + '-parcel subsample, scaled' if limit else 'measured'})",
              flush=True)
    print(f"\nFloors (issue 5): ratio ≥ {FLOOR_RATIO:.0f}× from {FLOOR_RATIO_FROM:,} buildings; at "
          f"{FLOOR_SIZE:,}: wall < {FLOOR_WALL_S:.0f} s (whole process) and peak < {FLOOR_PEAK_GB:.0f} GB")
    print("\n| buildings | plugin s | process wall s | native s | native | ratio | plugin peak GB | floors |")
    print("|---:|---:|---:|---:|---|---:|---:|---|")
    for n, p, nat, how, ratio, peak, wall in rows:
        print(f"| {n:,} | {p:.1f} | {wall:.1f} | {nat:.1f} | {how} | {ratio:.1f}× | {peak:.2f} | "
              f"{floor_verdict(n, ratio, wall, peak)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
