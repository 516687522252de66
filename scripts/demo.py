"""`make demo`: the main job on the embedded sample kelurahan ("Kelurahan contoh").

Runs every PLPBK algorithm in the order a TAPP and the Tim Teknis would, writing to out/demo/.
Each step lives in ``scripts/demo_steps/NN_name.py`` with ``run(ctx)``; steps run in file-name
order, share results through ``ctx.results`` and announce files with ``ctx.made``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class DemoContext:
    def __init__(self, out: Path):
        self.out = out
        self.root = ROOT
        self.sample = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"
        self.results: dict = {}
        self.outputs: list[tuple[str, str]] = []

    def run(self, alg_id: str, params: dict) -> dict:
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"plpbk:{alg_id}", params, context=context,
                              feedback=QgsProcessingFeedback())

    def made(self, path, description: str):
        self.outputs.append((str(Path(path).relative_to(ROOT) if Path(path).is_absolute()
                                 and ROOT in Path(path).parents else path), description))
        print(f"    -> {path}: {description}")


def load_steps():
    steps = []
    for path in sorted((ROOT / "scripts" / "demo_steps").glob("[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(f"demo_step_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        steps.append((path.stem, module))
    return steps


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out/demo")
    parser.add_argument("--only", nargs="*", help="run only steps whose name contains one of these")
    args = parser.parse_args(argv)
    out = (ROOT / args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    from qgis_headless import start_qgis

    # keep a reference: a QgsApplication nobody holds is garbage-collected with its registry
    app = start_qgis()  # noqa: F841
    ctx = DemoContext(out)
    print(f"PLPBK demo — Kelurahan contoh (data contoh/sintetis) -> {out}")
    failed = []
    for name, module in load_steps():
        if args.only and not any(key in name for key in args.only):
            continue
        title = (module.__doc__ or name).strip().splitlines()[0]
        print(f"[{name}] {title}")
        started = time.perf_counter()
        try:
            module.run(ctx)
        except Exception as error:  # noqa: BLE001 — report every failing step, then fail
            import traceback

            traceback.print_exc()
            failed.append((name, error))
        print(f"    ({time.perf_counter() - started:.1f} s)")
    print("\nHasil demo:")
    for path, description in ctx.outputs:
        print(f"  {path}  — {description}")
    if failed:
        print("\nLangkah gagal: " + ", ".join(name for name, _ in failed))
        return 1
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Every output is written and closed by now. QGIS' own teardown of a standalone Python
    # process sometimes aborts ("double free") while freeing providers, which would turn a
    # successful demo into a failed `make demo`; leave without it.
    os._exit(code)
