"""The ``plpbk`` Processing provider: finds every algorithm module in ``algorithms/<group>/``."""

import importlib
import inspect
import pkgutil
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from . import algorithms
from .base import PlpbkAlgorithm

ICON_PATH = Path(__file__).resolve().parent.parent / "icon.png"


def algorithm_classes():
    """Algorithm classes of every module in ``algorithms/`` and its group folders, sorted by
    module name."""
    classes = []
    found = pkgutil.walk_packages(algorithms.__path__, prefix=f"{algorithms.__name__}.")
    for info in sorted((i for i in found if not i.ispkg), key=lambda i: i.name):
        try:
            module = importlib.import_module(info.name)
        except Exception as error:  # noqa: BLE001 — one broken module must not hide the others
            QgsMessageLog.logMessage(f"{info.name}: {error}", "PLPBK", Qgis.Critical)
            continue
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, PlpbkAlgorithm) and obj is not PlpbkAlgorithm \
                    and obj.__module__ == module.__name__:
                classes.append(obj)
    return classes


class PlpbkProvider(QgsProcessingProvider):
    def id(self):
        return "plpbk"

    def name(self):
        return "PLPBK"

    def longName(self):  # noqa: N802
        return tr("PLPBK — Penataan Lingkungan Permukiman Berbasis Komunitas")

    def icon(self):
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
