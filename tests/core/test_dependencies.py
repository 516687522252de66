import subprocess  # nosec B404
import sys
from pathlib import Path

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
