"""Bulk reading and writing of big layers for the conformance checks.

At 10⁶ buildings the per-feature Python work of ``QgsFeature`` reading/writing costs more than
the whole check. When an input is a plain OGR file layer (no filter, no selection, already in
the working CRS) it is read in one call with pyogrio (a geopandas dependency); when an output
is a plain file path it is written the same way. Anything else (memory layers, database
sources, selections, other CRS, ``memory:`` outputs) goes through the generic adapter
``qgis_io`` so every source QGIS can open still works.
"""

from __future__ import annotations

import os

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import PlpbkInputError
from ...i18n import tr
from .qgis_io import read_source, write_rows

FAST_EXTENSIONS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".fgb": "FlatGeobuf"}
# post-processors must outlive the algorithm run (Processing only keeps a raw pointer)
_POST_PROCESSORS = []


class Table:
    """An input layer as read: geometries for the engine plus its attributes. Read from a file
    with Arrow, the attributes stay an Arrow table (``arrow``) and the geometry its WKB column
    (``wkb``): both go back to the output file without a Python object per feature."""

    def __init__(self, name, geometries, frame, fields, crs, source_path="", arrow=None, wkb=None,
                 geometry_type=None):
        self.name = name
        self.geometries = geometries     # numpy array of shapely geometries (None where empty)
        self._frame = frame              # pandas DataFrame of the attributes (built lazily from arrow)
        self.fields = fields             # QGIS fields of those attributes (for the generic writer)
        self.crs = crs                   # QgsCoordinateReferenceSystem
        self.source_path = source_path
        self.arrow = arrow               # pyarrow Table of the attributes, or None
        self.wkb = wkb                   # pyarrow array of the geometries as read (WKB), or None
        self.geometry_type = geometry_type   # declared geometry type of the file layer
        self.bounds = None               # envelopes read from the file (GeoPackage), or None

    @property
    def frame(self):
        if self._frame is None and self.arrow is not None:
            self._frame = self.arrow.to_pandas()
        return self._frame

    def release_geometries(self):
        """Drop the shapely geometries (a gigabyte at 10⁶ features) when the output can take the
        WKB as read; ``write_table(..., geometries=None)`` then writes that."""
        if self.wkb is not None and self.geometry_type == "MultiPolygon":
            self.geometries = None

    def shapes(self):
        """The geometries, decoded again from the WKB if they were released."""
        if self.geometries is None and self.wkb is not None:
            import shapely

            return shapely.from_wkb(self.wkb.to_numpy(zero_copy_only=False))
        return self.geometries

    def polygons(self):
        """The geometries for the engine as a ``PolygonStore``: from the WKB as read when the
        table was read lazily (decoded a block at a time), else from the geometries."""
        from ...core.conformance.polygon_store import PolygonStore

        if self.geometries is None and self.wkb is not None:
            return PolygonStore.from_wkb(self.wkb, bounds=self.bounds)
        return PolygonStore.from_geometries(self.geometries)

    def column(self, name):
        if not name:
            return None
        if name not in self.fields.names():
            # a field parameter typed in a script or model is not checked against its layer
            raise PlpbkInputError(tr("kolom tidak ada di lapisan ini. Pilih kolom yang ada atau "
                                     "kosongkan parameter kolomnya."), layer=self.name, field=name)
        if self.arrow is not None:
            return _objects(self.arrow.column(name))
        return list(self.frame[name].astype(object).where(self.frame[name].notna(), None))


def _objects(column):
    """An Arrow column as a numpy object array of Python values (None for NULL). Encoded as a
    dictionary first, so 10⁶ rows of a few distinct texts share a few Python objects instead
    of making one each."""
    import numpy as np
    import pyarrow as pa

    try:
        encoded = column.combine_chunks().dictionary_encode()
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
        return np.array(column.to_pylist(), dtype=object)
    values = np.empty(len(encoded.dictionary) + 1, dtype=object)
    values[:-1] = encoded.dictionary.to_pylist()
    values[-1] = None
    return values[encoded.indices.fill_null(len(encoded.dictionary)).to_numpy()]


def _file_layer(alg, parameters, key, context):
    """(path, layer name) when the input can be read straight from its file, else None.

    Only a layer whose file holds exactly what QGIS would give: not being edited (the edit
    buffer holds changes the file does not), no selection, no filter, no feature limit and no
    per-input invalid-geometry setting. Everything else is read through QGIS, which honours them."""
    value = parameters.get(key)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1
            or value.flags & QgsProcessingFeatureSourceDefinition.FlagOverrideDefaultGeometryCheck):
        return None
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() or layer.isModified():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if parts.get("subset") or parts.get("layerId") is not None or not os.path.isfile(path):
        return None
    return path, parts.get("layerName") or None


def read_table(alg, parameters, key, context, feedback=None, fields=None, target_crs=None,
               label="", lazy=False) -> Table | None:
    """Read an input layer; ``fields`` None = every attribute. None when the input is empty.
    ``lazy``: a file read with Arrow keeps only its WKB (``Table.polygons`` decodes by block)."""
    import numpy as np

    source = alg.parameterAsSource(parameters, key, context)
    if source is None:
        return None
    all_fields = source.fields()
    keep = all_fields.names() if fields is None else [f for f in fields if f and f in all_fields.names()]
    qfields = QgsFields()
    for name in keep:
        qfields.append(all_fields.field(name))
    crs = source.sourceCrs()
    same_crs = target_crs is None or not target_crs.isValid() or crs == target_crs
    file_layer = _file_layer(alg, parameters, key, context) if same_crs and _available("pyogrio") else None
    name = label or source.sourceName()
    if file_layer is not None:
        try:
            return _read_file(file_layer, keep, name, qfields, crs, lazy)
        except Exception as error:  # noqa: BLE001 - fall back to the generic reader
            if feedback is not None:
                feedback.pushInfo(tr("Pembacaan cepat gagal ({}); memakai pembaca umum.").format(error))
    import pandas as pd

    data = read_source(source, context, feedback, fields=keep, target_crs=target_crs, name=name)
    # values positionally (a Series built first would be re-aligned on the fid index)
    frame = pd.DataFrame({k: np.array(v, dtype=object) for k, v in data.columns.items()},
                         index=pd.Index(data.ids, name="fid"))
    return Table(name, data.geometries, frame, qfields, target_crs if not same_crs else crs)


def _read_file(file_layer, keep, name, qfields, crs, lazy=False) -> Table:
    import numpy as np
    import pyogrio

    path, layer = file_layer
    if not _has_arrow():
        frame = pyogrio.read_dataframe(path, layer=layer, columns=keep, fid_as_index=True)
        geoms = np.asarray(frame.geometry.array, dtype=object)
        frame = frame.drop(columns=frame.geometry.name)
        # the FID QGIS lists as a field is the frame's index, not a column: fields and columns
        # must stay aligned or every value lands one field off ("fid" = "PRS-0001")
        fields = QgsFields()
        for field in qfields:
            if field.name() in frame.columns:
                fields.append(field)
        return Table(name, geoms, frame, fields, crs, os.path.abspath(path))
    import shapely

    meta, arrow = pyogrio.read_arrow(path, layer=layer, columns=keep)
    wkb = _contiguous(arrow.column(wkb_name(meta)))
    # the FID QGIS lists as a field is not an attribute column of the file
    present = [c for c in keep if c in arrow.column_names and c != wkb_name(meta)]
    fields = QgsFields()
    for field in qfields:
        if field.name() in present:
            fields.append(field)
    # curved or mixed layers (CurvePolygon, MultiSurface, Unknown) are decoded here, where a
    # failure falls back to the generic reader; plain polygon layers may stay WKB
    lazy = lazy and str(meta.get("geometry_type") or "").startswith(("Polygon", "MultiPolygon"))
    # WKB -> shapely one record batch at a time: never a bytes object per feature for all at once
    geoms = None if lazy else np.concatenate([
        shapely.from_wkb(wkb.slice(lo, 100_000).to_numpy(zero_copy_only=False))
        for lo in range(0, len(wkb), 100_000)] or [np.empty(0, dtype=object)])
    table = Table(name, geoms, None, fields, crs, os.path.abspath(path), arrow=arrow.select(present),
                  wkb=wkb, geometry_type=meta.get("geometry_type"))
    if lazy:
        table.bounds = _gpkg_bounds(path, layer, wkb_name(meta), len(wkb))
    return table


def _gpkg_bounds(path, layer, geometry, count):
    """Every feature's envelope from a GeoPackage in one SQL query, or None. A GeoPackage
    stores the envelope in each geometry's header, so this reads no coordinates: 0.5 s for
    10⁶ features, where decoding them all just for their envelopes takes several seconds.
    Rows come in feature id order, as the features themselves were read."""
    import numpy as np
    import pyogrio

    if not path.lower().endswith(".gpkg"):
        return None
    try:
        layer = layer or pyogrio.list_layers(path)[0][0]
        fid = pyogrio.read_info(path, layer=layer).get("fid_column") or "fid"
        quote = lambda name: '"' + str(name).replace('"', '""') + '"'  # noqa: E731
        g = quote(geometry)
        # identifiers only (the file's own layer, geometry and fid names), quoted as SQL
        # identifiers; the query reads, never writes
        sql = (f"SELECT ST_MinX({g}) AS x0, ST_MinY({g}) AS y0, ST_MaxX({g}) AS x1, "  # nosec B608
               f"ST_MaxY({g}) AS y1 FROM {quote(layer)} ORDER BY {quote(fid)}")
        _, table = pyogrio.read_arrow(path, sql=sql)
    except Exception:  # noqa: BLE001 - any trouble: the envelopes are computed from the geometries
        return None
    if table.num_rows != count:
        return None
    return np.column_stack([table.column(name).to_numpy(zero_copy_only=False).astype(float)
                            for name in ("x0", "y0", "x1", "y1")])


def _contiguous(column):
    """One contiguous array: taking a block's rows from it is 20× faster than from the chunks.
    Past 2 GB of WKB the 32-bit offsets of ``binary`` overflow, so large layers use 64-bit."""
    import pyarrow as pa

    if column.nbytes > 2**31 - 2**26:
        column = column.cast(pa.large_binary())
    return column.combine_chunks()


def wkb_name(meta) -> str:
    return meta["geometry_name"] or "wkb"


RESULT_TYPES = {"f": QVariant.Double, "i": QVariant.LongLong, "u": QVariant.LongLong, "b": QVariant.Bool}


def output_name(column: str, results: dict) -> str:
    """An input attribute's name in the output: ``<name>_asli`` when a result field has its name
    (the result names stay exactly as documented) or when it is called ``fid``, which a
    GeoPackage output keeps for its own integer feature id (a text ``fid`` such as "PRS-0001"
    from a memory layer or a shapefile could not be stored there)."""
    return f"{column}_asli" if column in results or column.lower() == "fid" else column


def output_frame(table: Table, results: dict):
    """Input attributes + result columns (names by :func:`output_name`)."""
    import pandas as pd

    frame = table.frame.reset_index(drop=True)
    rename = {c: output_name(c, results) for c in frame.columns if output_name(c, results) != c}
    frame = frame.rename(columns=rename)
    result = pd.DataFrame({k: v for k, v in results.items()})
    return pd.concat([frame, result], axis=1), rename


def _qgs_fields(table: Table, frame, rename) -> QgsFields:
    import numpy as np

    fields = QgsFields()
    for field in table.fields:
        copy = QgsField(field)
        copy.setName(rename.get(field.name(), field.name()))
        fields.append(copy)

    for name in frame.columns[len(table.fields):]:
        kind = np.asarray(frame[name]).dtype.kind
        fields.append(QgsField(name, RESULT_TYPES.get(kind, QVariant.String)))
    return fields


def write_table(alg, parameters, key, context, table: Table, geometries, results: dict,
                wkb_type, feedback=None, style=None, inputs=()):
    """Write input attributes + results to the output ``key``; returns the destination id.
    ``geometries`` None: the table's own (see ``Table.release_geometries``)."""
    import numpy as np

    destination = alg.parameterAsOutputLayer(parameters, key, context)
    ext = os.path.splitext(destination)[1].lower()
    fast = ext in FAST_EXTENSIONS and "|" not in destination and not destination.startswith(
        ("memory:", "ogr:", "postgres:", "spatialite:"))
    # without pyogrio (and pyarrow or geopandas) the generic QGIS writer does it, slower
    fast = fast and _available("pyogrio") and (
        (table.arrow is not None and _has_arrow()) or _available("geopandas"))
    if fast:
        if os.path.abspath(destination) in {os.path.abspath(p) for p in inputs if p}:
            raise PlpbkInputError(tr("keluaran tidak boleh menimpa berkas masukan ({}).").format(
                destination), field=key)
        if table.arrow is not None and _has_arrow():
            _write_arrow(destination, FAST_EXTENSIONS[ext], table, geometries, results)
        else:
            _write_file(destination, FAST_EXTENSIONS[ext], output_frame(table, results)[0],
                        table.shapes() if geometries is None else geometries, table.crs)
        value = parameters.get(key)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject:
            details = QgsProcessingContext.LayerDetails(alg.parameterDefinition(key).description(),
                                                        value.destinationProject, key)
            _attach_style(details, style)
            context.addLayerToLoadOnCompletion(destination, details)
        return destination
    geometries = table.shapes() if geometries is None else geometries
    frame, rename = output_frame(table, results)
    fields = _qgs_fields(table, frame, rename)
    sink, dest_id = alg.parameterAsSink(parameters, key, context, fields, wkb_type, table.crs)
    if sink is None:
        return None
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    write_rows(sink, fields, np.asarray(geometries, dtype=object), rows, feedback)
    if context.willLoadLayerOnCompletion(dest_id):
        _attach_style(context.layerToLoadOnCompletionDetails(dest_id), style)
    return dest_id


def _write_file(path, driver, frame, geometries, crs):
    import geopandas as gpd
    import numpy as np
    import pyogrio

    if os.path.exists(path):
        os.remove(path)   # same as QGIS: a file destination is replaced
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(np.asarray(geometries, dtype=object),
                                                         crs=crs.toWkt() or None))
    options = {"VERSION": "1.2"} if driver == "GPKG" else {}
    layer = os.path.splitext(os.path.basename(path))[0]
    pyogrio.write_dataframe(gdf, path, layer=layer, driver=driver, promote_to_multi=True,
                            dataset_options=options, use_arrow=_has_arrow())


def _write_arrow(path, driver, table: Table, geometries, results: dict):
    """Input attributes (Arrow, as read) + result columns + geometry in one GDAL Arrow write.
    The geometry is the input's own WKB when it is written unchanged and already multi-part."""
    import numpy as np
    import pyarrow as pa
    import shapely

    if os.path.exists(path):
        os.remove(path)   # same as QGIS: a file destination is replaced
    names = [output_name(c, results) for c in table.arrow.column_names]
    columns = list(table.arrow.columns)
    for name, values in results.items():
        names.append(name)
        # NaN -> NULL, as the row-wise writers do
        column = pa.array(np.asarray(values), from_pandas=True)
        columns.append(column.cast(pa.string()) if pa.types.is_null(column.type) else column)
    as_read = geometries is None or geometries is table.geometries
    if as_read and table.wkb is not None and table.geometry_type == "MultiPolygon":
        wkb = table.wkb
    else:
        geoms = np.asarray(table.shapes() if geometries is None else geometries, dtype=object).copy()
        single = np.flatnonzero(shapely.get_type_id(geoms) == 3)
        if len(single):
            geoms[single] = shapely.multipolygons(geoms[single], indices=np.arange(len(single)))
        wkb = pa.array(shapely.to_wkb(geoms), type=pa.binary())
    geometry_name = "geom"
    while geometry_name in names:
        geometry_name += "_"
    out = pa.table(columns + [wkb], names=names + [geometry_name])
    import pyogrio

    options = {"VERSION": "1.2"} if driver == "GPKG" else {}
    layer = os.path.splitext(os.path.basename(path))[0]
    pyogrio.write_arrow(out, path, layer=layer, driver=driver, geometry_name=geometry_name,
                        geometry_type="MultiPolygon", crs=table.crs.toWkt() or None,
                        dataset_options=options)


def _available(module: str) -> bool:
    """The optional library can be imported (checked without importing it)."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _has_arrow() -> bool:
    """pyarrow (optional) lets pyogrio move whole columns through GDAL's Arrow interface:
    about a third faster for 10⁶ rows. Without it the row-wise path is used."""
    try:
        import pyarrow  # noqa: F401
        import pyogrio
    except ImportError:
        return False
    return pyogrio.__gdal_version__ >= (3, 8, 0)


def _attach_style(details, style):
    if style is None or details is None:
        return
    _POST_PROCESSORS.append(style)
    details.setPostProcessor(style)


def empty_table(name, n, crs, id_field="id"):
    """Attributes for features the check made itself (estimated parcels): just an id."""
    import pandas as pd

    fields = QgsFields()
    fields.append(QgsField(id_field, QVariant.String))
    frame = pd.DataFrame({id_field: [f"E{i + 1}" for i in range(n)]})
    return Table(name, None, frame, fields, crs)
