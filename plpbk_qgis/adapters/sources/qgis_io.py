"""The one adapter between QGIS feature sources/sinks and core's arrays.

``read_source`` turns a source into feature ids, a numpy array of shapely geometries and
attribute columns (NULL becomes ``None``), optionally transformed into a target CRS.
``write_rows`` does the reverse into a feature sink. Algorithms do not hand-roll this.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsAbstractGeometry,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, QTime, QVariant

from ...i18n import tr


@dataclass
class LayerData:
    name: str
    ids: list
    geometries: object                # numpy array of shapely geometries (None for empty)
    columns: dict = field(default_factory=dict)   # field name -> list of python values
    field_names: list = field(default_factory=list)

    def __len__(self):
        return len(self.ids)


def python_value(value):
    """QVariant NULL and friends to plain Python."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if hasattr(value, "isNull") and not isinstance(value, str) and value.isNull():
        return None
    return value


# Curves (CurvePolygon, CompoundCurve, MultiSurface from CAD or survey exports) are segmentized
# on reading: GEOS and the checks know straight segments only. An angle tolerance works in any
# CRS; 1° between segments keeps a 10 m arc within 0.4 mm of the true curve.
CURVE_TOLERANCE_DEGREES = 1.0


def geometry_wkb(geom, curve_tolerance: float = CURVE_TOLERANCE_DEGREES):
    """WKB of a QgsGeometry with curves segmentized, or None for a NULL or empty geometry."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize(math.radians(curve_tolerance),
                                                      QgsAbstractGeometry.MaximumAngle))
    return bytes(geom.asWkb())


def read_source(source, context=None, feedback=None, fields=None, target_crs=None,
                name: str = "", geometry=True, curve_tolerance: float = CURVE_TOLERANCE_DEGREES) -> LayerData:
    """Read every feature once. ``fields``: names to keep (None = all); ``curve_tolerance``:
    largest angle (degrees) between the segments that replace a curve."""
    import numpy as np
    import shapely

    all_names = source.fields().names()
    keep = all_names if fields is None else [f for f in fields if f and f in all_names]
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(keep, source.fields())
    if not geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    if target_crs is not None and target_crs.isValid() and source.sourceCrs() != target_crs:
        transform_context = context.transformContext() if context is not None else None
        if transform_context is None:
            from qgis.core import QgsProject
            transform_context = QgsProject.instance().transformContext()
        request.setDestinationCrs(target_crs, transform_context)
    indexes = [all_names.index(n) for n in keep]
    ids, wkbs = [], []
    values = [[] for _ in keep]
    total = source.featureCount() or 1
    step = max(1, total // 100)
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % step == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Dibatalkan oleh pengguna."))
            feedback.setProgress(100.0 * count / total)
        ids.append(feature.id())
        if geometry:
            wkbs.append(geometry_wkb(feature.geometry(), curve_tolerance))
        attrs = feature.attributes()
        for slot, index in zip(values, indexes):
            slot.append(python_value(attrs[index]))
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore") if geometry \
        else np.empty(0, dtype=object)
    return LayerData(name=name or source.sourceName(), ids=ids, geometries=geoms,
                     columns=dict(zip(keep, values)), field_names=keep)


_PLAIN = (str, int, bool, type(None))


def qt_value(value):
    """A Python/numpy/pandas value as something every sink stores: dates as QDate/QDateTime
    (a plain ``datetime.date`` reaches a memory layer as an unconvertible object), numpy
    scalars as Python numbers, NaN/NaT as NULL."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item") and not isinstance(value, (bytes, bytearray)):   # numpy scalar
        try:
            return qt_value(value.item())
        except (ValueError, TypeError):
            return value
    if isinstance(value, datetime.datetime):      # also pandas.Timestamp (NaT is not a datetime)
        if value != value:   # noqa: PLR0124 - NaT
            return None
        return QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute, value.second, value.microsecond // 1000))
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, datetime.time):
        return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    if str(value) in ("NaT", "<NA>"):
        return None
    return value


def write_rows(sink, fields, geometries, rows, feedback=None):
    """Add features to ``sink``: ``rows`` is a sequence of attribute lists in ``fields`` order."""
    import shapely

    wkbs = shapely.to_wkb(geometries) if geometries is not None else [None] * len(rows)
    total = len(rows) or 1
    step = max(1, total // 100)
    batch = []
    for index, (wkb, attrs) in enumerate(zip(wkbs, rows)):
        feature = QgsFeature(fields)
        if wkb is not None:
            geom = QgsGeometry()
            geom.fromWkb(wkb)
            feature.setGeometry(geom)
        feature.setAttributes([qt_value(v) for v in attrs])
        batch.append(feature)
        if len(batch) >= 5000:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            batch = []
        if feedback is not None and index % step == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Dibatalkan oleh pengguna."))
            feedback.setProgress(100.0 * index / total)
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
