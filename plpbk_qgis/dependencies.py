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
    needed_for_en: str = ""


# What the algorithms really import. Required: no algorithm runs without them. Optional: the
# path that needs them falls back to one that does not (pyogrio/geopandas/pyarrow: the generic
# QGIS reader and writer, slower on big layers) or only that feature stops (PDF, xlsx).
REQUIREMENTS = (
    Requirement("shapely", "shapely", (2, 0), "semua perhitungan geometri (KDB, KLB, GSB, validasi)",
                needed_for_en="every geometric computation (KDB, KLB, GSB, validation)"),
    Requirement("numpy", "numpy", (1, 20), "semua perhitungan", needed_for_en="every computation"),
    Requirement("pandas", "pandas", (1, 3), "pemeriksaan kesesuaian dan tabel hasil",
                needed_for_en="the conformance checks and result tables"),
    Requirement("pyproj", "pyproj", (3, 0), "pemeriksaan dan pilihan sistem koordinat",
                needed_for_en="checking and choosing coordinate systems"),
    Requirement("yaml", "pyyaml", (), "katalog lapisan tematik", needed_for_en="the thematic layer catalog"),
    Requirement("pyogrio", "pyogrio", (0, 7), "membaca/menulis lapisan besar dengan cepat (tanpa ini: pembaca QGIS, lebih lambat)",
                required=False, needed_for_en="fast reading/writing of big layers (without it: the QGIS reader, slower)"),
    Requirement("geopandas", "geopandas", (0, 12), "menulis hasil besar dengan cepat (tanpa ini: penulis QGIS)",
                required=False, needed_for_en="fast writing of big results (without it: the QGIS writer)"),
    Requirement("pyarrow", "pyarrow", (10, 0), "mempercepat pembacaan/penulisan kolom (opsional)",
                required=False, needed_for_en="faster column reading/writing (optional)"),
    Requirement("reportlab", "reportlab", (3, 6), "laporan PDF dan kode QR lembar peta", required=False,
                needed_for_en="PDF reports and sheet QR codes"),
    Requirement("openpyxl", "openpyxl", (3, 0), "impor tabel ITBX dari Excel (.xlsx)", required=False,
                needed_for_en="importing ITBX tables from Excel (.xlsx)"),
    Requirement("docx", "python-docx", (1, 0), "laporan rona yang dapat disunting (.docx)", required=False,
                needed_for_en="the editable rona report (.docx)"),
    Requirement("cv2", "opencv-python-headless", (4, 8), "membaca foto/pindaian lembar uji publik (penanda sudut, QR)",
                required=False, needed_for_en="reading photos/scans of uji publik sheets (corner markers, QR)"),
    Requirement("pygeodiff", "pygeodiff", (2, 0), "menggabungkan paket kerja lapangan pokja", required=False,
                needed_for_en="merging the pokja field work packages"),
)

TEXTS = {
    "id": {"head": "Plugin PLPBK membutuhkan pustaka Python yang belum terpasang atau terlalu lama:",
           "absent": "tidak ada", "version": "versi", "required": "wajib", "optional": "opsional",
           "for": "untuk", "install": "Pasang dengan: {pip} {names}  (di OSGeo4W Shell pada Windows), lalu mulai ulang QGIS.",
           "found_head": "Pustaka Python yang dipakai plugin PLPBK:", "ok": "terpasang"},
    "en": {"head": "The PLPBK plugin needs Python libraries that are missing or too old:",
           "absent": "missing", "version": "version", "required": "required", "optional": "optional",
           "for": "for", "install": "Install with: {pip} {names}  (in the OSGeo4W Shell on Windows), then restart QGIS.",
           "found_head": "Python libraries used by the PLPBK plugin:", "ok": "installed"},
}


def _purpose(req: Requirement, language: str) -> str:
    return req.needed_for_en if language == "en" and req.needed_for_en else req.needed_for


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


def _version_text(version) -> str:
    return ".".join(str(v) for v in version) if version else "?"


def describe_missing(problems, language: str = "id") -> str:
    """Message (Indonesian, or English with ``language='en'``) naming each missing library,
    its use and the install command."""
    if not problems:
        return ""
    words = TEXTS.get(language, TEXTS["id"])
    lines = [words["head"]]
    for req, version in problems:
        wanted = ".".join(str(v) for v in req.minimum)
        found = words["absent"] if version is None else f"{words['version']} {_version_text(version)}"
        need = f">={wanted}" if wanted else ""
        kind = words["required"] if req.required else words["optional"]
        lines.append(f"- {req.distribution}{need} ({kind}; {found}): {words['for']} {_purpose(req, language)}")
    names = " ".join(f'"{req.distribution}>={".".join(map(str, req.minimum))}"' if req.minimum
                     else req.distribution for req, _ in problems)
    lines.append(words["install"].format(pip=PIP_HINT, names=names))
    return "\n".join(lines)


def describe_found(language: str = "id", requirements=REQUIREMENTS) -> str:
    """Every library the plugin uses with the version found (for the About/library box)."""
    words = TEXTS.get(language, TEXTS["id"])
    lines = [words["found_head"]]
    for req in requirements:
        version = _installed_version(req)
        kind = words["required"] if req.required else words["optional"]
        state = words["absent"] if version is None else f"{words['ok']}, {words['version']} {_version_text(version)}"
        lines.append(f"- {req.distribution} ({kind}): {state}")
    return "\n".join(lines)


def blocking_problems():
    """Only the required libraries that are missing: algorithms refuse to run without them."""
    return [(req, version) for req, version in missing_requirements() if req.required]


def missing_message(module: str, language: str | None = None) -> str:
    """The missing-library message for one optional library an algorithm cannot do without."""
    if language is None:
        try:
            from qgis.core import QgsSettings

            language = "en" if str(QgsSettings().value("locale/userLocale", "id") or "id").startswith("en") else "id"
        except ImportError:
            language = "id"
    found = [req for req in REQUIREMENTS if req.module == module]
    return describe_missing([(req, _installed_version(req)) for req in found], language)
