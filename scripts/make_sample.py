"""Generate the embedded sample "Kelurahan Contoh" (DATA CONTOH, synthetic) into resources/sample/.

    .venv/bin/python scripts/make_sample.py [--out resources/sample] [--seed 20240817] [--no-ortho]

Deterministic (fixed seed, numpy/shapely only, no network): running it twice gives the same
features. Writes kelurahan_contoh.gpkg (catalog layers + rdtr_contoh), rules/*.csv,
ortho_contoh.tif and foto/*.jpg. Statistics come from real Jakarta data measured by
scripts/sample/measure_real_stats.py (see scripts/sample/real_stats.py and the README there);
the real data itself is never copied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

GPKG_NAME = "kelurahan_contoh.gpkg"
ORTHO_NAME = "ortho_contoh.tif"


def make(out: Path, seed: int, ortho: bool = True) -> dict:
    from sample.cityplan import write_rules
    from sample.generate import build_sample
    from sample.values import check_codes
    from sample.writer import write_gpkg

    from plpbk_qgis.core.survey.catalog import load_catalog

    catalog = load_catalog()
    layers = build_sample(seed)
    problems = check_codes(layers, catalog)
    if problems:
        raise SystemExit("codes outside the catalog: " + "; ".join(problems))
    out.mkdir(parents=True, exist_ok=True)
    write_gpkg(layers, out / GPKG_NAME, catalog)
    write_rules(out / "rules")
    if ortho:
        from sample.ortho import render_ortho, write_photos

        render_ortho(layers, out / ORTHO_NAME)
        write_photos(out / GPKG_NAME, layers["foto_survei"].rows)
    return layers


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "resources" / "sample"))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--no-ortho", action="store_true", help="skip the orthophoto and photos")
    args = parser.parse_args(argv)
    from sample.generate import SEED

    layers = make(Path(args.out), args.seed if args.seed is not None else SEED, not args.no_ortho)
    for name, layer in layers.items():
        print(f"{name:20s} {len(layer.geometries):6d}")
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
