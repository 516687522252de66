"""Create the survey GeoPackage from the catalog: one table per catalog layer plus the
``plpbk_catalog`` and ``plpbk_daftar_nilai`` (value lists) tables.

GDAL/OGR writes the tables directly (fewer round trips than QgsVectorFileWriter per layer, and it
creates attribute-only tables for geometry ``none``). A custom CRS (SRGI2013 TM-3) is written from
its WKT so the GeoPackage carries a proper ``gpkg_spatial_ref_sys`` entry.
"""

from __future__ import annotations

from pathlib import Path

from ...core.errors import PlpbkInputError
from ...i18n import tr

CATALOG_TABLE = "plpbk_catalog"
VALUES_TABLE = "plpbk_daftar_nilai"


def _ogr_types():
    from osgeo import ogr

    # Lines and polygons are multi-part: a plot or an RT split by a river is one feature with
    # one id; single-part tables would force splitting it into features with duplicate ids.
    geometry = {"point": ogr.wkbPoint, "line": ogr.wkbMultiLineString,
                "polygon": ogr.wkbMultiPolygon, "none": ogr.wkbNone}
    fields = {"text": (ogr.OFTString, None), "photo": (ogr.OFTString, None),
              "integer": (ogr.OFTInteger, None), "real": (ogr.OFTReal, None),
              "date": (ogr.OFTDate, None), "boolean": (ogr.OFTInteger, ogr.OFSTBoolean)}
    return geometry, fields


def spatial_reference(epsg: int | None, wkt: str | None):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if epsg:
        srs.ImportFromEPSG(int(epsg))
    else:
        srs.ImportFromWkt(wkt)
    return srs


def refuse_existing(path: Path, overwrite: bool):
    """Raise before anything is touched when ``path`` exists and overwriting was not asked."""
    if path.exists() and not overwrite:
        raise PlpbkInputError(tr(
            "berkas sudah ada dan TIDAK diubah. Pilih nama berkas lain, atau centang "
            "'Timpa basis data yang ada' bila memang ingin membuat ulang (data lama akan hilang)."),
            layer=str(path))


def create_geopackage(path: Path, catalog, epsg: int | None, wkt: str | None,
                      overwrite: bool = False, feedback=None) -> list:
    """Write every catalog layer (empty) to ``path``; return the table names in catalog order."""
    from osgeo import gdal, ogr

    refuse_existing(path, overwrite)
    gdal.UseExceptions()
    path.parent.mkdir(parents=True, exist_ok=True)
    for sidecar in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if sidecar.exists():
            sidecar.unlink()
    srs = spatial_reference(epsg, wkt)
    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(str(path))
    if source is None:
        raise PlpbkInputError(tr("tidak dapat membuat GeoPackage; periksa izin tulis folder."),
                              layer=str(path))
    names = []
    try:
        for index, layer in enumerate(catalog.layers):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(80.0 * index / len(catalog.layers))
            create_catalog_layer(source, layer, srs)
            names.append(layer.name)
        _write_catalog_tables(source, catalog)
    finally:
        source = None  # noqa: F841 — closes and flushes the GeoPackage
    return names


def create_catalog_layer(source, layer, srs):
    """Create the (empty) table of catalog layer ``layer`` in the open OGR ``source``."""
    from osgeo import ogr

    geometry_types, field_types = _ogr_types()
    options = ["FID=fid", f"IDENTIFIER={layer.title_id}",
               f"DESCRIPTION={layer.title_en}; kode pedoman {', '.join(layer.codes)}"]
    if layer.has_geometry:
        options.append("GEOMETRY_NAME=geom")
    table = source.CreateLayer(layer.name, srs if layer.has_geometry else None,
                               geometry_types[layer.geometry], options=options)
    for item in layer.all_fields:
        ogr_type, subtype = field_types[item.type]
        definition = ogr.FieldDefn(item.name, ogr_type)
        if subtype is not None:
            definition.SetSubType(subtype)
        if hasattr(definition, "SetAlternativeName"):  # GDAL >= 3.2: alias in gpkg
            definition.SetAlternativeName(item.alias_id)
        table.CreateField(definition)
    return table


def _write_catalog_tables(source, catalog):
    from osgeo import ogr

    table = source.CreateLayer(CATALOG_TABLE, None, ogr.wkbNone,
                               options=["FID=fid", "IDENTIFIER=Katalog lapisan PLPBK"])
    columns = ["lapisan", "judul", "title_en", "kode_seed_map", "geometri", "skala", "kelompok",
               "pokja", "peta_tematik"]
    for name in columns:
        table.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "skala" else ogr.OFTString))
    source.StartTransaction()
    for layer in catalog.layers:
        maps = [m.id for m in catalog.maps if layer.name in m.layer_names]
        feature = ogr.Feature(table.GetLayerDefn())
        for name, value in zip(columns, [layer.name, layer.title_id, layer.title_en,
                                         ",".join(layer.codes), layer.geometry, layer.scale,
                                         layer.group, layer.pokja, ",".join(maps)]):
            feature.SetField(name, value)
        table.CreateFeature(feature)
    source.CommitTransaction()
    values = source.CreateLayer(VALUES_TABLE, None, ogr.wkbNone,
                                options=["FID=fid", "IDENTIFIER=Daftar nilai PLPBK"])
    for name in ("daftar", "kode", "label_id", "label_en", "urutan"):
        values.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "urutan" else ogr.OFTString))
    source.StartTransaction()
    for list_name, value_list in catalog.value_lists.items():
        for order, item in enumerate(value_list.items, start=1):
            feature = ogr.Feature(values.GetLayerDefn())
            for name, value in (("daftar", list_name), ("kode", item.code),
                                ("label_id", item.label_id), ("label_en", item.label_en),
                                ("urutan", order)):
                feature.SetField(name, value)
            values.CreateFeature(feature)
    source.CommitTransaction()
