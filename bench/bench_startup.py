"""What enabling the plugin adds to QGIS start-up.

In one invocation, starts QGIS (QgsApplication + Processing) in fresh subprocesses, with and
without loading the plugin (classFactory, initProcessing, initGui on a stub iface), several
times each, and prints the median added time and the ratio. Floor: under 0.3 s added.
"""

from __future__ import annotations

import os
import statistics
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

CHILD = r"""
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[2] + "/scripts")
from qgis_headless import start_qgis
app = start_qgis(with_provider=False)
if sys.argv[1] == "plugin":
    from qgis.PyQt.QtWidgets import QMainWindow
    class Iface:
        def __init__(self): self.window = QMainWindow()
        def mainWindow(self): return self.window
        def addToolBar(self, name): return self.window.addToolBar(name)
        def addPluginToMenu(self, name, action): pass
        def removePluginMenu(self, name, action): pass
        def messageBar(self): raise RuntimeError("no bar")
    sys.path.insert(0, sys.argv[2])
    import plpbk_qgis
    plugin = plpbk_qgis.classFactory(Iface())
    plugin.initProcessing(); plugin.initGui()
print(time.perf_counter() - t0)
"""


def one_run(mode: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(ROOT)], env=env, capture_output=True,
                          text=True, check=True, timeout=300)  # nosec B603
    return float(done.stdout.strip().splitlines()[-1])


def main():
    base, with_plugin = [], []
    for _ in range(RUNS):  # interleaved so machine noise hits both alike
        base.append(one_run("base"))
        with_plugin.append(one_run("plugin"))
    b, p = statistics.median(base), statistics.median(with_plugin)
    print(f"startup: QGIS+Processing {b:.3f} s, with PLPBK {p:.3f} s, added {p - b:+.3f} s "
          f"(ratio {p / b:.2f}x; floor: added < 0.300 s) -> {'OK' if p - b < 0.3 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
