"""Shared test settings. Core tests (tests/core) run without QGIS; plugin tests
(tests/plugin) run inside the QGIS process with pytest-qgis."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("PLPBK_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data():
    """Real data in ../shared/data (never copied into the repo); skip when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real test data not found at {SHARED_DATA} (../shared/data is not part of a clone)")
    return SHARED_DATA
