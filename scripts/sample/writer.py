"""Write the sample layers to a GeoPackage with GDAL/OGR (field types from the catalog).

Every layer carries "data contoh" in its GeoPackage description (gpkg_contents), so the marking
survives when a layer is loaded alone. Polygon layers are written as MultiPolygon (as cities and
BPN export them), so one RT in two parts across the kali is stored as it is.
"""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr, osr

OGR_TYPES = {"text": ogr.OFTString, "photo": ogr.OFTString, "integer": ogr.OFTInteger,
             "real": ogr.OFTReal, "date": ogr.OFTDate, "boolean": ogr.OFTInteger}
GEOM_TYPES = {"Polygon": ogr.wkbMultiPolygon, "LineString": ogr.wkbMultiLineString, "Point": ogr.wkbPoint}
CONTOH = "DATA CONTOH (sintetis) - Kelurahan Contoh, dibuat oleh scripts/make_sample.py; bukan data resmi."


def _fields(layer, catalog):
    """(name, ogr type, is boolean) per field: catalog layers use the catalog, others all text."""
    if layer.name in catalog.layer_names:
        return [(f.name, OGR_TYPES[f.type], f.type == "boolean") for f in catalog.layer(layer.name).all_fields]
    names = list(layer.rows[0]) if layer.rows else []
    return [(name, ogr.OFTString, False) for name in names]


def _title(layer, catalog) -> str:
    if layer.name in catalog.layer_names:
        return f"{catalog.layer(layer.name).title_id} (contoh)"
    return "RDTR contoh (skema nasional, data contoh)" if layer.name == "rdtr_contoh" else f"{layer.name} (contoh)"


def _to_ogr(geom, kind):
    from shapely import wkb
    from shapely.geometry import MultiLineString, MultiPolygon

    if kind == "Polygon" and geom.geom_type == "Polygon":
        geom = MultiPolygon([geom])
    elif kind == "LineString" and geom.geom_type == "LineString":
        geom = MultiLineString([geom])
    return ogr.CreateGeometryFromWkb(wkb.dumps(geom))


def write_gpkg(layers: dict, path: Path, catalog, epsg: int = 23834) -> Path:
    path = Path(path)
    if path.exists():
        path.unlink()
    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    for layer in layers.values():
        options = [f"IDENTIFIER={_title(layer, catalog)}", f"DESCRIPTION={CONTOH}", "SPATIAL_INDEX=YES"]
        out = source.CreateLayer(layer.name, srs, GEOM_TYPES[layer.geometry_type], options=options)
        fields = _fields(layer, catalog)
        for name, kind, boolean in fields:
            definition = ogr.FieldDefn(name, kind)
            if boolean:
                definition.SetSubType(ogr.OFSTBoolean)
            out.CreateField(definition)
        out.StartTransaction()
        for geom, row in zip(layer.geometries, layer.rows):
            feature = ogr.Feature(out.GetLayerDefn())
            for name, kind, _ in fields:
                value = row.get(name)
                if value is None:
                    feature.SetFieldNull(name)
                elif kind == ogr.OFTDate:
                    year, month, day = (int(part) for part in str(value).split("-"))
                    feature.SetField(name, year, month, day, 0, 0, 0, 0)
                else:
                    feature.SetField(name, value)
            feature.SetGeometry(_to_ogr(geom, layer.geometry_type))
            out.CreateFeature(feature)
        out.CommitTransaction()
    source.SetMetadataItem("DESCRIPTION", CONTOH)
    source = None
    return path
