"""Copy the features of one layer into an existing table (a survey GeoPackage catalog table),
fields matched by name, geometry reprojected and made to fit the table's geometry type.

Used by :func:`.survey_fill.fill_from` (earlier survey / sample data) and by plpbk:importbasemap
(base-map layers into the survey database). Nothing is lost silently: source fields without a
column in the table, values that do not fit the column type (text in a number column, 3.5 in an
integer column) and multi-part geometries split into parts for a single-part table (each part
keeps the feature's attributes, so its id appears twice) are reported with the feature. Text numbers are read with :mod:`..core.values` rules ("3,5" is
3.5, the ambiguous "1.000" is refused) rather than Qt's locale conversion ("3,5" -> 35).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.errors import PlpbkInputError
from ...core.values import is_empty, parse_number
from ...i18n import tr
from ...processing.layer_checks import GEOMETRY_NAMES

_INTEGER_TYPES = (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong)
_NUMBER_TYPES = _INTEGER_TYPES + (QVariant.Double,)


@dataclass
class CopyResult:
    copied: int = 0
    unmatched_fields: list = field(default_factory=list)  # source fields with no column
    bad_values: list = field(default_factory=list)        # (feature id, field, raw, reason)
    split: dict = field(default_factory=dict)             # feature id -> parts, multi-part split
    error: str = ""                                       # provider error, '' = fine


def convert_value(target_field, raw):
    """(value, '') or (None, reason) for one value going into ``target_field``."""
    if is_empty(raw) and (target_field.type() in _NUMBER_TYPES or raw is None):
        return None, ""
    if target_field.type() in _NUMBER_TYPES:
        parsed = parse_number(raw)
        if not parsed.ok:
            return None, parsed.note or "bukan angka"
        if target_field.type() in _INTEGER_TYPES:
            if not float(parsed.value).is_integer():
                return None, "bukan bilangan bulat"
            return int(parsed.value), ""
        return parsed.value, ""
    try:
        return target_field.convertCompatible(raw), ""
    except ValueError as error:
        return None, str(error)


def _fit_geometry(geometry, target_wkb) -> list:
    """Geometries that fit the table's type: one, or the parts of a multi-part going into a
    single-part table. Splitting is the only lossless choice: QGIS' OGR provider would write
    the parts as the rings of ONE polygon (the second part becoming a hole, negative areas)
    and convertToSingleType() keeps only the first part."""
    if not QgsWkbTypes.hasZ(target_wkb):
        geometry.get().dropZValue()
    if not QgsWkbTypes.hasM(target_wkb):
        geometry.get().dropMValue()
    if QgsWkbTypes.isMultiType(target_wkb):
        geometry.convertToMultiType()
        return [geometry]
    if geometry.isMultipart():
        return geometry.asGeometryCollection()
    return [geometry]


def copy_features(source, target, renames=None, transform_context=None, feedback=None) -> CopyResult:
    """Append every feature of ``source`` (a QgsVectorLayer or feature source) to ``target``.

    ``renames``: {source field: target field} applied before matching by name."""
    renames = renames or {}
    result = CopyResult()
    target_fields = target.fields()
    pairs = []
    for index, name in enumerate(source.fields().names()):
        if name == "fid":
            continue
        target_index = target_fields.indexOf(renames.get(name, name))
        if target_index >= 0:
            pairs.append((index, target_index))
        else:
            result.unmatched_fields.append(name)
    source_type = QgsWkbTypes.geometryType(source.wkbType())
    has_geometry = target.isSpatial() and source_type != QgsWkbTypes.NullGeometry
    if has_geometry and source_type != target.geometryType():
        raise PlpbkInputError(
            tr("geometri {source} tidak dapat masuk ke tabel '{table}' yang berisi {target}. "
               "Pilih tabel tujuan lain.").format(
                source=tr(GEOMETRY_NAMES.get(source_type, "?")), table=target.name(),
                target=tr(GEOMETRY_NAMES.get(target.geometryType(), "?"))),
            layer=source.sourceName())
    transform = None
    if has_geometry and source.sourceCrs() != target.crs():
        context = transform_context or QgsProject.instance().transformContext()
        transform = QgsCoordinateTransform(source.sourceCrs(), target.crs(), context)
    total = source.featureCount() or 1
    features = []
    for count, feature in enumerate(source.getFeatures()):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(90.0 * count / total)
        attributes = [None] * target_fields.count()
        for source_index, target_index in pairs:
            value, reason = convert_value(target_fields.at(target_index), feature.attributes()[source_index])
            if reason:
                result.bad_values.append((feature.id(), source.fields().at(source_index).name(),
                                          feature.attributes()[source_index], reason))
            attributes[target_index] = value
        geometries = [None]
        if has_geometry and feature.hasGeometry():
            geometry = feature.geometry()
            if transform is not None:
                geometry.transform(transform)
            geometries = _fit_geometry(geometry, target.wkbType())
            if len(geometries) > 1:
                result.split[feature.id()] = len(geometries)
        for geometry in geometries:
            copy = QgsFeature(target_fields)
            if geometry is not None:
                copy.setGeometry(geometry)
            copy.setAttributes(list(attributes))
            features.append(copy)
    ok, _added = target.dataProvider().addFeatures(features)
    if not ok:
        result.error = "; ".join(target.dataProvider().errors()[-3:])
    result.copied = len(features) if ok else 0
    return result
