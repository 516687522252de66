"""PLPBK — QGIS plugin for community-based settlement planning (Penataan Lingkungan
Permukiman Berbasis Komunitas).

QGIS calls :func:`classFactory`; everything heavy is imported later, when used.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import PlpbkPlugin

    return PlpbkPlugin(iface)
