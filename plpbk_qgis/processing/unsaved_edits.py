"""Layers of the survey database that are open in QGIS with edits not yet saved.

The algorithms read and write the survey GeoPackage as a file; an edit buffer QGIS holds for a
layer of that file is not in it. So, before an algorithm computes anything (``PlpbkAlgorithm.
processAlgorithm``; the layers' edit state is only read, as QGIS's own parameterAsVectorLayer
reads the project from the task's thread):

- a table the algorithm will write (``PlpbkAlgorithm.tables_written``) with unsaved edits in
  QGIS refuses the run: writing under an open edit buffer would have QGIS save stale edits
  over the new content later, or the new content would hide the user's edits;
- any other table with unsaved edits gets a warning: the result uses what is saved.
"""

from __future__ import annotations

import os

ANY_TABLE = "*"


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def edited_tables(path, project) -> dict:
    """{table: layer name} of ``project``'s layers from the GeoPackage ``path`` with unsaved edits."""
    from qgis.core import QgsMapLayerType, QgsProviderRegistry

    found = {}
    if project is None or not path or not os.path.isfile(path):
        return found
    for layer in project.mapLayers().values():
        if layer.type() != QgsMapLayerType.VectorLayer or layer.providerType() != "ogr":
            continue
        if not (layer.isEditable() and layer.isModified()):
            continue
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if _same_file(parts.get("path") or "", path):
            found.setdefault(parts.get("layerName") or _table_by_number(path, parts.get("layerId")) or layer.name(),
                             layer.name())
    return found


def _table_by_number(path, number):
    """The table of a layer opened as ``|layerid=N`` (QGIS's other way of naming a GeoPackage layer)."""
    if number is None:
        return None
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(int(number)) if source is not None else None
    return layer.GetName() if layer is not None else None


def check_unsaved_edits(path, project, written, feedback, tr):
    """Refuse (PlpbkInputError) or warn, as the module says. ``written``: tables, or {ANY_TABLE}."""
    from ..core.errors import PlpbkInputError

    edited = edited_tables(path, project)
    if not edited:
        return
    blocking = sorted(t for t in edited if ANY_TABLE in written or t in written)
    if blocking:
        raise PlpbkInputError(tr(
            "lapisan {layers} dari basis data ini sedang disunting dan ada suntingan yang belum disimpan; "
            "algoritma ini menulis ke tabel itu. Simpan suntingan (Simpan Suntingan Lapisan) atau batalkan "
            "dulu, lalu jalankan lagi; tidak ada yang diubah.").format(
                layers=", ".join(f"'{edited[t]}'" for t in blocking)), layer=str(path))
    if feedback is not None:
        feedback.pushWarning(tr(
            "lapisan {layers} punya suntingan yang belum disimpan: hasil ini memakai data yang sudah "
            "tersimpan di berkas. Simpan suntingan dulu bila suntingan itu harus ikut.").format(
                layers=", ".join(f"'{edited[t]}'" for t in sorted(edited))))
