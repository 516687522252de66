import subprocess  # nosec B404
import sys
from pathlib import Path

import pytest

from plpbk_qgis.dependencies import Requirement, describe_missing, missing_requirements

ROOT = Path(__file__).resolve().parents[2]


def test_absent_and_too_old_libraries_are_reported():
    reqs = (
        Requirement("plpbk_no_such_module", "no-such-dist", (1, 0), "uji"),
        Requirement("shapely", "shapely", (99, 0), "uji versi"),
        Requirement("json", "json", (), "modul bawaan"),  # importable, no metadata: accepted
    )
    problems = missing_requirements(reqs)
    assert [req.module for req, _ in problems] == ["plpbk_no_such_module", "shapely"]
    assert problems[0][1] is None
    assert problems[1][1][0] == 2
    text = describe_missing(problems)
    assert "no-such-dist>=1.0" in text and "tidak ada" in text
    assert "shapely>=99.0" in text and "pip install" in text


def test_hidden_shapely_is_reported_not_raised():
    code = ("import sys; sys.modules['shapely'] = None\n"
            "from plpbk_qgis.dependencies import missing_requirements, describe_missing\n"
            "print(describe_missing(missing_requirements()))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # nosec B603
    assert done.returncode == 0, done.stderr
    assert "shapely>=2.0" in done.stdout and "wajib" in done.stdout


def test_nothing_missing_here():
    assert [r.module for r, _ in missing_requirements() if r.required] == []


REQUIRED = ["shapely", "numpy", "pandas", "pyproj", "yaml"]
OPTIONAL = ["pyogrio", "geopandas", "pyarrow", "reportlab", "openpyxl"]


def test_the_check_covers_what_the_plugin_imports():
    """Every third-party module imported anywhere in the plugin is a listed requirement."""
    import ast
    import sys as _sys

    from plpbk_qgis.dependencies import REQUIREMENTS

    listed = {req.module for req in REQUIREMENTS}
    provided = {"qgis", "osgeo", "PyQt5", "sip", "processing"}     # QGIS itself
    imported = set()
    for path in (ROOT / "plpbk_qgis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])
            imported |= {n.split(".")[0] for n in names}
    third_party = {n for n in imported if n not in _sys.stdlib_module_names and n != "plpbk_qgis"} - provided
    assert third_party <= listed, third_party - listed


@pytest.mark.parametrize("module", REQUIRED + OPTIONAL)
def test_each_library_hidden_in_turn(module):
    code = (f"import sys; sys.modules[{module!r}] = None\n"
            "from plpbk_qgis.dependencies import blocking_problems, describe_missing, missing_requirements\n"
            "problems = missing_requirements()\n"
            "print([r.module for r, _ in problems]); print([r.module for r, _ in blocking_problems()])\n"
            "print(describe_missing(problems, 'en'))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # nosec B603
    assert done.returncode == 0, done.stderr
    missing, blocking, *message = done.stdout.splitlines()
    assert eval(missing) == [module]  # noqa: S307 - our own printed list
    assert eval(blocking) == ([module] if module in REQUIRED else [])  # noqa: S307
    text = "\n".join(message)
    assert "missing" in text and "Install with" in text      # in the user's language (English here)
