"""The built zip: right contents, and it loads headless in a fresh QGIS profile."""

import configparser
import os
import subprocess  # nosec B404
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                     "email", "repository")
RECOMMENDED_METADATA = ("tracker", "homepage", "tags", "category", "icon", "experimental", "changelog",
                        "license")


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    if not list((ROOT / "plpbk_qgis" / "i18n").glob("*.qm")):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--compile"],
                       check=True)  # nosec B603
    return package.build_zip(tmp_path_factory.mktemp("dist") / "plpbk_qgis.zip")


def test_metadata_has_every_field_the_plugin_repository_asks_for():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in REQUIRED_METADATA + RECOMMENDED_METADATA:
        assert general.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / "plpbk_qgis" / general["icon"]).is_file()


def test_zip_has_one_top_folder_with_runtime_files_only(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {n.split("/")[0] for n in names} == {"plpbk_qgis"}
    for needed in ("metadata.txt", "__init__.py", "icon.png", "plugin.py",
                   "processing/provider.py", "i18n/plpbk_en.qm"):
        assert f"plpbk_qgis/{needed}" in names, needed
    assert any(n.startswith("plpbk_qgis/resources/") for n in names)
    forbidden = [n for n in names if "/tests/" in n or n.endswith((".pyc", ".ts")) or "/scripts/" in n
                 or "/.venv/" in n or "__pycache__" in n]
    assert forbidden == []


def test_unpacked_zip_loads_in_qgis_process(plugin_zip, tmp_path):
    if not Path(QGIS_PROCESS).exists():
        pytest.skip("qgis_process.bin not installed")
    profile = tmp_path / "profiles" / "default"
    package.install(plugin_zip, profile / "python" / "plugins")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(p for p in sys.path if "site-packages" in p))
    env.pop("PYTHONHOME", None)
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "plpbk_qgis"], env=env,
                            capture_output=True, text=True, timeout=300)  # nosec B603
    assert enable.returncode == 0, enable.stdout + enable.stderr
    listed = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True,
                            timeout=300)  # nosec B603
    assert listed.returncode == 0, listed.stderr
    assert "PLPBK" in listed.stdout
    from plpbk_qgis.processing.provider import algorithm_classes

    expected = {cls.ALGORITHM_ID for cls in algorithm_classes()}
    assert expected, "no algorithms in the package"
    for alg_id in expected:
        assert f"plpbk:{alg_id}" in listed.stdout
