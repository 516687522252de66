"""Inputs shared by the analysis algorithms (toolbox group "3. Analisis"): the survey database
(optional), RT units from it or from a layer, survey layers read in the database's CRS, and the
result tables written back for the A maps."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.errors import PlpbkInputError
from ..i18n import say, tr


@dataclass
class Units:
    """RT (or other) unit polygons: (RW, RT) keys normalised, labels for messages."""
    keys: list
    labels: list
    geometries: np.ndarray
    crs: object
    name: str


def optional_database(alg, parameters, key, context, catalog):
    """(path, tables) of the survey GeoPackage, or (None, set()) when the parameter is empty."""
    from ..adapters.survey.survey_reader import survey_tables

    value = alg.parameterAsFile(parameters, key, context)
    if not value:
        return None, set()
    return survey_tables(value, catalog)


def required_database(alg, parameters, key, context, catalog):
    """(path, tables, crs) of the survey GeoPackage the algorithm cannot do without."""
    path, tables = optional_database(alg, parameters, key, context, catalog)
    if path is None:
        raise PlpbkInputError(tr("pilih basis data survei."), field=key)
    return path, tables, database_crs(path, tables, catalog)


def database_crs(path, tables, catalog):
    from ..adapters.survey.survey_reader import open_table

    return next((open_table(path, s.name).crs() for s in catalog.layers
                 if s.has_geometry and s.name in tables and not s.derived), None)


def read_units(alg, parameters, context, source_key, rt_key, rw_key, path, tables, crs) -> Units | None:
    """Units from the ``source_key`` layer (its RT/RW fields), else the database's ``rt`` table."""
    from ..adapters.sources.qgis_io import read_source
    from ..adapters.survey.survey_reader import open_table
    from ..core.analysis.units import unit_keys, unit_labels
    from .layer_checks import require_features, require_metric_crs

    source = alg.parameterAsSource(parameters, source_key, context) if source_key else None
    if source is not None:
        require_features(source, tr("wilayah RT"))
        require_metric_crs(source, tr("wilayah RT"), degrees_ok=True)
        rt_field = alg.field_of(parameters, rt_key, context, source)
        rw_field = alg.field_of(parameters, rw_key, context, source)
        if rt_field is None:
            raise PlpbkInputError(tr("pilih kolom nomor RT lapisan wilayah."), layer=source.sourceName(),
                                  field=rt_key)
        name = source.sourceName()
    elif path is not None and "rt" in tables:
        source, rt_field, rw_field, name = open_table(path, "rt"), "no_rt", "no_rw", "rt"
    else:
        return None
    target = crs if crs is not None else (source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs())
    data = read_source(source, context, None, fields=[f for f in (rt_field, rw_field) if f], target_crs=target)
    keys = unit_keys(data.columns.get(rt_field, [None] * len(data)),
                     data.columns.get(rw_field) if rw_field else None)
    return Units(keys=keys, labels=unit_labels(keys), geometries=np.asarray(data.geometries, dtype=object),
                 crs=target, name=name)


def read_survey_layer(path, tables, name, context, crs, fields=None):
    """A survey table in ``crs``, or None when the database does not hold it."""
    from ..adapters.sources.qgis_io import read_source
    from ..adapters.survey.survey_reader import open_table

    if path is None or name not in tables:
        return None
    return read_source(open_table(path, name), context, None, fields=fields, target_crs=crs, name=name)


def report_problems(feedback, problems, limit: int = 25):
    """Log core's problem messages (translated), the first ``limit`` of them and a count."""
    for problem in problems[:limit]:
        feedback.pushWarning(say(problem))
    if len(problems) > limit:
        feedback.pushWarning(tr("… dan {n} masalah lain (lihat tabel keluaran).").format(n=len(problems) - limit))


def result_fields(columns):
    """QgsFields of (name, kind) pairs, kind as the catalog writes it (text, integer, real, boolean)."""
    from qgis.core import QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    kinds = {"text": QVariant.String, "integer": QVariant.Int, "real": QVariant.Double, "boolean": QVariant.Bool}
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, kinds.get(kind, QVariant.String)))
    return fields


def write_result_tables(alg, path, catalog, tables, context, feedback) -> None:
    """Replace derived catalog tables of the survey database: ``tables`` of (name, crs,
    geometries, rows as dicts). Nothing when the run was cancelled; once started, all of them
    (a pair such as the RT and building exposure tables is never left half-written)."""
    from ..adapters.survey.derived_tables import replace_derived_table

    if feedback.isCanceled():
        return
    alg.database_written()
    for name, crs, geometries, rows in tables:
        spec = catalog.layer(name)
        fields = result_fields([(f.name, f.type) for f in spec.fields])
        written = replace_derived_table(path, spec, fields, crs, geometries, rows, context)
        feedback.pushInfo(tr("{n} baris ditulis ke lapisan {table} di {path} (peta album).").format(
            n=written, table=name, path=path.name))


def kelurahan_name(path, tables) -> str:
    """'Kelurahan X' from the database's boundary (nama_kel), '' when there is none."""
    from osgeo import ogr

    if path is None or "batas_kelurahan" not in tables:
        return ""
    source = ogr.Open(str(path))
    layer = source.GetLayerByName("batas_kelurahan") if source is not None else None
    feature = layer.GetNextFeature() if layer is not None else None
    name = (feature.GetField("nama_kel") or "") if feature is not None and feature.GetFieldIndex("nama_kel") >= 0 else ""
    name = str(name).strip()
    return name if not name or name.lower().startswith("kelurahan") else f"Kelurahan {name}"
