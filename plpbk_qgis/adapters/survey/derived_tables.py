"""Analysis results written into the survey GeoPackage (the layers the A maps draw).

Only the catalog layers marked ``derived`` are ever replaced: they hold what an algorithm
computed (population projection, hazard exposure, slum score), never what a surveyor entered.
The other layers of the database are not touched.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsVectorFileWriter, QgsWkbTypes

from ...core.errors import PlpbkInputError
from ...i18n import tr
from ..sources.qgis_io import qt_value


def replace_derived_table(path, spec, fields, crs, geometries, rows, context) -> int:
    """Write ``rows`` (attribute lists in ``fields`` order) with ``geometries`` (shapely or None)
    as table ``spec.name`` of ``path``, replacing that table only. Returns the feature count."""
    import shapely

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
    features = []
    for geometry, row in zip(geometries if geometries is not None else [None] * len(rows), rows):
        feature = QgsFeature(fields)
        if geometry is not None and not shapely.is_empty(geometry):
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(geometry))
            feature.setGeometry(qgs)
        feature.setAttributes([qt_value(v) for v in row])
        features.append(feature)
    writer.addFeatures(features)
    del writer
    return len(features)
