"""core/ must import neither QGIS nor Qt: it is reused by the command line and tested fast."""

import pkgutil
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_modules_import_without_qgis():
    import plpbk_qgis.core as core

    names = [f"plpbk_qgis.core.{m.name}" for m in pkgutil.walk_packages(core.__path__)]
    assert names, "no core modules found"
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'processing'))\n"
            "print(','.join(bad))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)  # nosec B603
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"core pulled in: {done.stdout}"
