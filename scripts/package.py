"""Build the plugin zip (`make package`) and install it into a QGIS profile (`make deploy`).

The zip has one top folder, ``plpbk_qgis/``, holding metadata.txt, the package, compiled
translations and the runtime part of ``resources/`` — no tests, scripts or dev files.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "plpbk_qgis"
# What of the package ships, what never does.
EXCLUDED_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".orig", ".rej"}
# resources/ is shipped whole except development-only folders.
RESOURCE_EXCLUDES = {"dev"}


def _included(path: Path, top: Path) -> bool:
    rel = path.relative_to(top)
    if any(part in EXCLUDED_PARTS or part.startswith(".") for part in rel.parts):
        return False
    return path.is_file() and path.suffix not in EXCLUDED_SUFFIXES


def plugin_files():
    """(source path, path inside the zip) for every shipped file."""
    files = [(ROOT / "metadata.txt", f"{PLUGIN}/metadata.txt"),
             (ROOT / "README.md", f"{PLUGIN}/README.md")]
    if (ROOT / "LICENSE").exists():
        files.append((ROOT / "LICENSE", f"{PLUGIN}/LICENSE"))
    package = ROOT / PLUGIN
    for path in sorted(package.rglob("*")):
        if _included(path, package):
            files.append((path, f"{PLUGIN}/{path.relative_to(package).as_posix()}"))
    resources = ROOT / "resources"
    for path in sorted(resources.rglob("*")):
        rel = path.relative_to(resources)
        if rel.parts and rel.parts[0] in RESOURCE_EXCLUDES:
            continue
        if _included(path, resources):
            files.append((path, f"{PLUGIN}/resources/{rel.as_posix()}"))
    return files


def build_zip(out: Path) -> Path:
    qm = list((ROOT / PLUGIN / "i18n").glob("*.qm"))
    if not qm:
        sys.exit("no compiled translations (*.qm): run `make translations` first")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, name in plugin_files():
            archive.write(source, name)
    return out


def install(zip_path: Path, plugins_dir: Path) -> Path:
    """Unpack the zip into a QGIS profile's python/plugins folder, replacing an older copy."""
    plugins_dir.mkdir(parents=True, exist_ok=True)
    target = plugins_dir / PLUGIN
    if target.exists():
        shutil.rmtree(target)
    with zipfile.ZipFile(zip_path) as archive:
        for member in archive.namelist():
            # zip-slip guard: every member must stay inside plugins_dir
            if not (plugins_dir / member).resolve().is_relative_to(plugins_dir.resolve()):
                sys.exit(f"unsafe path in zip: {member}")
        archive.extractall(plugins_dir)  # nosec B202 — members checked above
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="build the zip here")
    parser.add_argument("--zip", type=Path, help="zip to install (with --install)")
    parser.add_argument("--install", type=Path, help="QGIS profile python/plugins folder")
    args = parser.parse_args(argv)
    if args.out:
        path = build_zip(args.out)
        print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB)")
    if args.install:
        target = install(args.zip or args.out, args.install)
        print(f"installed into {target}; enable 'PLPBK' in QGIS > Plugins > Manage and Install Plugins")


if __name__ == "__main__":
    main()
