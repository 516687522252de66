"""Rows written into the survey GeoPackage by algorithms.

Analysis results go to the catalog layers marked ``derived`` (what an algorithm computed:
population projection, hazard exposure, slum score) and replace them as a whole. Survey layers
are only added to (residents' comments) or replaced when the user asked for it (work areas):
what a surveyor entered is never overwritten silently.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsVectorFileWriter, QgsWkbTypes

from ...core.errors import PlpbkInputError
from ...i18n import tr
from ..sources.qgis_io import qt_value


def survey_features(fields, geometries, rows) -> list:
    """QgsFeatures of ``rows`` (dicts: field name -> value; names the table lacks are left out)
    with ``geometries`` (shapely, or None for a row without a place)."""
    import shapely

    names = fields.names()
    features = []
    for geometry, row in zip(geometries if geometries is not None else [None] * len(rows), rows):
        feature = QgsFeature(fields)
        if geometry is not None and not shapely.is_empty(geometry):
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(geometry))
            feature.setGeometry(qgs)
        for name, value in row.items():
            if name in names:
                feature[name] = qt_value(value)
        features.append(feature)
    return features


def add_to_survey_table(path, table: str, geometries, rows, replace: bool = False) -> int:
    """Add ``rows`` (dicts) to a survey table through QGIS; ``replace`` first deletes what the
    table holds (only when the user asked for it). Returns the number of features added."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    if not layer.isValid():
        raise PlpbkInputError(tr("lapisan tidak dapat dibuka di basis data survei."), layer=table)
    provider = layer.dataProvider()
    if replace:
        provider.deleteFeatures([f.id() for f in layer.getFeatures()])
    features = survey_features(layer.fields(), geometries, rows)
    if not provider.addFeatures(features)[0]:
        raise PlpbkInputError(tr("fitur tidak dapat ditulis ke basis data survei."), layer=table)
    return len(features)


def replace_derived_table(path, spec, fields, crs, geometries, rows, context) -> int:
    """Write ``rows`` (dicts) with ``geometries`` (shapely or None) as table ``spec.name`` of
    ``path``, replacing that table only. Returns the feature count."""

    if not getattr(spec, "derived", False):
        raise PlpbkInputError(tr("lapisan '{name}' berisi data survei dan tidak ditimpa oleh analisis."),
                              layer=spec.name)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = spec.name
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if Path(path).exists()
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    kind = QgsWkbTypes.MultiPolygon if spec.geometry == "polygon" else QgsWkbTypes.NoGeometry
    writer = QgsVectorFileWriter.create(str(path), fields, kind, crs, context.transformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise PlpbkInputError(tr("tabel hasil tidak dapat ditulis ke basis data survei: {error}").format(
            error=writer.errorMessage()), layer=f"{Path(path).name}:{spec.name}")
    features = survey_features(fields, geometries, rows)
    writer.addFeatures(features)
    del writer
    return len(features)
