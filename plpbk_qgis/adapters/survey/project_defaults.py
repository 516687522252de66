"""Dialog defaults taken from the open project, so that a dialog opens on the layers the user
works with (not on whatever layer happens to be active).

Used only for *required* inputs: an optional input that silently defaulted to a project layer
would change what a script means (``PARCELS`` left out asks for estimated plots). Outside a
project (``qgis_process``, scripts without one) these give None and nothing changes.
"""

from __future__ import annotations

import os

LAYER_PROPERTY = "plpbk/layer"     # set on every catalog layer of the survey project


def qgis_language() -> str:
    """'en' when QGIS runs in English, else 'id' (titles and messages of what is made): the
    same setting the translator follows (``i18n.user_language``)."""
    from ...i18n import user_language

    return "en" if user_language() == "en" else "id"


def _layers():
    try:
        from qgis.core import QgsProject, QgsVectorLayer
    except ImportError:   # pragma: no cover - only inside QGIS
        return []
    return [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)]


def _catalog_tables() -> set:
    try:
        from ...core.survey.catalog import load_catalog

        return set(load_catalog().layer_names)
    except Exception:  # noqa: BLE001 - a broken catalog only costs the defaults
        return set()


def catalog_name(layer) -> str:
    """The catalog table a layer shows ('bangunan'), or '' for any other layer."""
    name = layer.customProperty(LAYER_PROPERTY) or layer.shortName()
    if not name and layer.providerType() == "ogr" and "layername=" in layer.source():
        name = layer.source().rsplit("layername=", 1)[1].split("|", 1)[0]
    name = str(name or "")
    return name if name in _catalog_tables() else ""


def catalog_layer(name: str) -> str | None:
    """Id of the open layer of catalog table ``name``, or None."""
    return next((layer.id() for layer in _layers() if catalog_name(layer) == name), None)


def layer_with_fields(*required) -> str | None:
    """Id of the first open layer having all ``required`` fields, or None."""
    for layer in _layers():
        names = set(layer.fields().names())
        if all(field in names for field in required):
            return layer.id()
    return None


def zone_layer() -> str | None:
    """The normalised city-plan layer (plpbk:importcityplan) when one is open."""
    for layer in _layers():
        names = set(layer.fields().names())
        if "kode_zona" in names and ({"kdb_maks", "aturan_kelas"} & names):
            return layer.id()
    return None


def survey_database() -> str | None:
    """Path of the survey GeoPackage behind an open catalog layer, or None: one made by
    plpbk:createsurveydatabase (it holds the catalog table) first, else any GeoPackage whose
    layers carry catalog names (the sample, an older copy)."""
    paths = []
    for layer in _layers():
        if layer.providerType() != "ogr" or not catalog_name(layer):
            continue
        path = layer.source().split("|", 1)[0]
        if path.lower().endswith(".gpkg") and os.path.isfile(path) and path not in paths:
            paths.append(path)
    return next((p for p in paths if _has_catalog(p)), paths[0] if paths else None)


def _has_catalog(path: str) -> bool:
    """The GeoPackage was made by plpbk:createsurveydatabase (it holds the catalog table)."""
    import sqlite3
    from pathlib import Path

    try:
        with sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = 'plpbk_catalog'").fetchone()
        return row is not None
    except sqlite3.Error:
        return False
