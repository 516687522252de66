"""Which Python libraries the plugin needs, and whether this QGIS has them.

Checked without importing the libraries (``find_spec`` + package metadata) so that QGIS
start-up stays light; a missing library gives a message, never an exception.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from importlib import metadata

PIP_HINT = "python3 -m pip install --user"


@dataclass(frozen=True)
class Requirement:
    module: str          # import name
    distribution: str    # pip name
    minimum: tuple       # minimum version as a tuple of ints, () for any
    needed_for: str      # Indonesian: what stops working without it
    required: bool = True


REQUIREMENTS = (
    Requirement("shapely", "shapely", (2, 0), "semua perhitungan geometri (KDB, KLB, GSB, validasi)"),
    Requirement("numpy", "numpy", (1, 20), "semua perhitungan"),
    Requirement("pyproj", "pyproj", (3, 0), "pemeriksaan dan pilihan sistem koordinat"),
    Requirement("yaml", "pyyaml", (), "katalog lapisan tematik"),
    Requirement("reportlab", "reportlab", (3, 6), "laporan PDF dan kode QR lembar peta", required=False),
    Requirement("openpyxl", "openpyxl", (3, 0), "impor tabel ITBX dari Excel (.xlsx)", required=False),
)


def _version_tuple(text: str) -> tuple:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _installed_version(req: Requirement):
    """Version tuple of an importable module, or None when it cannot be imported."""
    try:
        if importlib.util.find_spec(req.module) is None:
            return None
    except (ImportError, ValueError, AttributeError):
        # ValueError/AttributeError: the module was blocked in sys.modules (set to None)
        return None
    try:
        return _version_tuple(metadata.version(req.distribution))
    except metadata.PackageNotFoundError:
        return ()  # importable (e.g. Debian package without metadata): accept


def missing_requirements(requirements=REQUIREMENTS):
    """Requirements that are absent or too old, in declaration order."""
    problems = []
    for req in requirements:
        version = _installed_version(req)
        if version is None or (version and req.minimum and version < req.minimum):
            problems.append((req, version))
    return problems


def describe_missing(problems) -> str:
    """Indonesian message naming each missing library, its use and the install command."""
    if not problems:
        return ""
    lines = ["Plugin PLPBK membutuhkan pustaka Python yang belum terpasang atau terlalu lama:"]
    for req, version in problems:
        wanted = ".".join(str(v) for v in req.minimum)
        found = "tidak ada" if version is None else "versi " + ".".join(str(v) for v in version)
        need = f">={wanted}" if wanted else ""
        kind = "wajib" if req.required else "opsional"
        lines.append(f"- {req.distribution}{need} ({kind}; {found}): untuk {req.needed_for}")
    names = " ".join(f'"{req.distribution}>={".".join(map(str, req.minimum))}"' if req.minimum
                     else req.distribution for req, _ in problems)
    lines.append(f"Pasang dengan: {PIP_HINT} {names}  (di OSGeo4W Shell pada Windows), lalu mulai ulang QGIS.")
    return "\n".join(lines)


def blocking_problems():
    """Only the required libraries that are missing: algorithms refuse to run without them."""
    return [(req, version) for req, version in missing_requirements() if req.required]
