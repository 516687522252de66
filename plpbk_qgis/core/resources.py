"""Where the plugin's data files are: ``resources/`` beside the package in the repository,
``plpbk_qgis/resources/`` inside the packaged zip."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    for candidate in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("folder resources/ PLPBK tidak ditemukan; pasang ulang plugin.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
