"""Start QGIS without a screen for scripts and benchmarks: QgsApplication, Processing and,
optionally, the PLPBK provider. Usage: ``from qgis_headless import start_qgis``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def start_qgis(with_provider: bool = True):
    """Return the running QgsApplication (created once per process)."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    plugins_dir = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    if with_provider and QgsApplication.processingRegistry().providerById("plpbk") is None:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from plpbk_qgis.processing.provider import PlpbkProvider

        start_qgis.provider = PlpbkProvider()  # keep a Python reference alive
        QgsApplication.processingRegistry().addProvider(start_qgis.provider)
    return app
