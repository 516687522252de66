"""Read the survey GeoPackage's catalog tables (read-only) into core arrays."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from ...core.errors import PlpbkInputError
from ...i18n import tr
from ..sources.qgis_io import read_source


def gpkg_path(value: str) -> Path:
    """Accept 'file.gpkg' or 'file.gpkg|layername=…' (a layer picked from the project)."""
    path = Path(str(value).split("|", 1)[0])
    if not path.is_file():
        raise PlpbkInputError(tr("berkas GeoPackage tidak ditemukan."), layer=str(path))
    return path


def table_names(path: Path) -> set:
    from osgeo import ogr

    source = ogr.Open(str(path))
    if source is None:
        raise PlpbkInputError(tr("bukan GeoPackage yang dapat dibaca (berkas rusak, terpotong, atau "
                                 "jenis lain). Pilih salinan yang utuh."), layer=path.name)
    return {source.GetLayer(i).GetName() for i in range(source.GetLayerCount())}


def survey_tables(value, catalog) -> tuple[Path, set]:
    """(path, table names) of a survey GeoPackage given as a parameter value, refused with a
    message naming the file when it is missing, unreadable, or holds none of the catalog's
    layers (another GeoPackage picked by mistake would otherwise give an empty, 'clean' result)."""
    path = gpkg_path(value)
    tables = table_names(path)
    if not tables & {spec.name for spec in catalog.layers}:
        raise PlpbkInputError(tr("bukan basis data survei PLPBK: tidak ada satu pun lapisan katalog "
                                 "(isi berkas: {found}). Pilih GeoPackage buatan 'Buat basis data "
                                 "survei'.").format(found=", ".join(sorted(tables)) or "-"), layer=path.name)
    return path, tables


def open_table(path: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise PlpbkInputError(tr("tabel tidak dapat dibuka."), layer=f"{path.name}:{name}")
    return layer


def read_table(path: Path, spec, context=None, feedback=None):
    """(QgsVectorLayer, LayerData) of one catalog table."""
    layer = open_table(path, spec.name)
    return layer, read_source(layer, context, None, name=spec.name, geometry=spec.has_geometry)


def priority_area(path: Path, tables: set, context=None, source=None, target_crs=None):
    """Union of the priority-area polygons (from ``source`` if given, else the GeoPackage's
    ``kawasan_prioritas`` table); None when there is none."""
    import shapely

    if source is None:
        if "kawasan_prioritas" not in tables:
            return None
        source = open_table(path, "kawasan_prioritas")
    data = read_source(source, context, None, fields=[], target_crs=target_crs)
    polygons = [g for g in data.geometries if g is not None and not shapely.is_empty(g)]
    if not polygons:
        return None
    import numpy as np

    return shapely.union_all(shapely.make_valid(np.array(polygons, dtype=object)))
