"""The real QGIS desktop under Xvfb starts with the plugin enabled, shows the PLPBK menu, and
its message log holds no Python error from the plugin. Also leaves a screenshot in out/."""

import json
import os
import shutil
import subprocess  # nosec B404
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import package  # noqa: E402

STARTUP = """
import json
from qgis.core import QgsApplication
LOG = {log!r}
def _keep(message, tag, level):
    with open(LOG, "a", encoding="utf-8") as out:
        out.write(json.dumps({{"tag": tag, "level": int(level), "message": message}}) + "\\n")
QgsApplication.messageLog().messageReceived.connect(_keep)
"""

PROBE = """
import json
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface

def _menu_titles(menu):
    return [a.text() for a in menu.actions()]

def _report():
    plugin_menu = iface.pluginMenu()
    sub = {{a.text(): _menu_titles(a.menu()) for a in plugin_menu.actions() if a.menu()}}
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("plpbk")
    with open({result!r}, "w", encoding="utf-8") as out:
        json.dump({{"active": list(active_plugins), "submenus": sub,
                   "algorithms": [a.id() for a in provider.algorithms()] if provider else []}}, out)
    iface.mainWindow().grab().save({shot!r})
    QgsApplication.exit(0)

QTimer.singleShot(4000, _report)
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                    reason="QGIS desktop or Xvfb not installed (make setup installs them)")
def test_desktop_starts_with_plugin_menu_and_no_python_error(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--compile"],
                   check=True, capture_output=True)  # nosec B603
    plugin_zip = package.build_zip(tmp_path / "plpbk_qgis.zip")
    profiles = tmp_path / "profiles_root"
    profile = profiles / "profiles" / "default"
    package.install(plugin_zip, profile / "python" / "plugins")
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nplpbk_qgis=true\n[qgis]\nshowTips=false\n", encoding="utf-8")
    log, result = tmp_path / "log.jsonl", tmp_path / "result.json"
    shot = ROOT / "out" / "screenshots" / "qgis_desktop_plpbk.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "startup.py").write_text(STARTUP.format(log=str(log)), encoding="utf-8")
    (tmp_path / "probe.py").write_text(PROBE.format(result=str(result), shot=str(shot)), encoding="utf-8")
    env = dict(os.environ, PYQGIS_STARTUP=str(tmp_path / "startup.py"),
               PYTHONPATH=os.pathsep.join(p for p in sys.path if "site-packages" in p))
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path",
                           str(profiles), "--nologo", "--noversioncheck", "--code", str(tmp_path / "probe.py")],
                          env=env, capture_output=True, text=True, timeout=300)  # nosec B603 B607
    assert result.exists(), f"QGIS did not run the probe: {done.stdout[-2000:]} {done.stderr[-2000:]}"
    report = json.loads(result.read_text(encoding="utf-8"))
    assert "plpbk_qgis" in report["active"]
    assert "&PLPBK" in report["submenus"]
    assert "Alat Processing PLPBK" in report["submenus"]["&PLPBK"]
    assert report["algorithms"], "provider has no algorithms in the desktop"
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    errors = [e for e in entries if e["tag"].startswith("Python") and "plpbk" in e["message"].lower()]
    assert errors == []
