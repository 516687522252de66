"""Checks run on every input layer before an algorithm computes anything.

Each raises :class:`PlpbkInputError` naming the layer and the fix, so the user never sees a
traceback. Layers are only read here, never modified.
"""

from qgis.core import QgsUnitTypes, QgsWkbTypes

from ..core.crs import extent_problem
from ..core.errors import PlpbkInputError
from ..i18n import tr, tr_noop

GEOMETRY_NAMES = {
    QgsWkbTypes.PointGeometry: tr_noop("titik"),
    QgsWkbTypes.LineGeometry: tr_noop("garis"),
    QgsWkbTypes.PolygonGeometry: tr_noop("poligon"),
}


def source_name(source, fallback: str) -> str:
    name = source.sourceName() if source is not None and hasattr(source, "sourceName") else ""
    return name or fallback


def require_source(source, label: str):
    if source is None:
        raise PlpbkInputError(tr("lapisan tidak ditemukan atau tidak dapat dibuka."), layer=label)
    return source


def require_features(source, label: str):
    if source.featureCount() == 0:
        raise PlpbkInputError(tr("lapisan kosong (0 fitur). Pilih lapisan yang berisi data."),
                              layer=source_name(source, label))


def require_geometry(source, label: str, geometry_type):
    actual = QgsWkbTypes.geometryType(source.wkbType())
    if actual != geometry_type:
        raise PlpbkInputError(
            tr("harus berupa {expected}, bukan {actual}. Pilih lapisan yang benar.").format(
                expected=tr(GEOMETRY_NAMES.get(geometry_type, "?")),
                actual=tr(GEOMETRY_NAMES.get(actual, tr_noop("tanpa geometri")))),
            layer=source_name(source, label))


def require_metric_crs(source, label: str, degrees_ok: bool = False):
    """The layer has a CRS, in metres (or in degrees with ``degrees_ok``, for inputs that are
    reprojected), and its coordinates fit that CRS."""
    crs = source.sourceCrs()
    extent = source.sourceExtent()
    box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    valid = crs.isValid()
    geographic = valid and (crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees)
    problem = extent_problem(box, geographic, has_crs=valid, degrees_ok=degrees_ok)
    if problem:
        raise PlpbkInputError(problem, layer=source_name(source, label))


def require_metric_polygons(source, label: str):
    """The usual trio for area-measuring inputs."""
    require_source(source, label)
    require_geometry(source, label, QgsWkbTypes.PolygonGeometry)
    require_features(source, label)
    require_metric_crs(source, label)
