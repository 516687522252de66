"""CRS handling shared by the import algorithms: accept, choose a target, describe the transform.

Import differs from the checks: a city plan or OSM layer in degrees is fine *as input* (it is
reprojected), but a layer without a CRS, or whose coordinates do not fit the CRS it declares
(metre values declared as EPSG:4326), stops the import with a message naming the layer.
"""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsUnitTypes

from ..core.crs import import_problem
from ..core.errors import PlpbkInputError
from ..i18n import tr


def _box(extent):
    return extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()


def is_geographic(crs) -> bool:
    return crs.isValid() and (crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceDegrees)


def require_importable_crs(crs, extent, layer_name: str):
    """No CRS, or coordinates that do not fit the declared CRS -> PlpbkInputError.

    A layer correctly in degrees passes (it will be reprojected)."""
    problem = import_problem(_box(extent), is_geographic(crs), has_crs=crs.isValid())
    if problem:
        raise PlpbkInputError(problem, layer=layer_name)


def lonlat_centre(crs, extent, context):
    """Centre of ``extent`` in WGS 84 degrees (for choosing the TM-3 zone)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(crs, wgs84, context.transformContext())
    point = transform.transform(QgsPointXY(extent.center()))
    return point.x(), point.y()


def target_crs(source_crs, extent, requested, context, feedback):
    """The CRS to write in: the requested one; else the source CRS when it is metric; else the
    DGN95 TM-3 zone of the data's longitude (BPN 1:1000 practice), announced in the log."""
    if requested is not None and requested.isValid():
        return requested
    if not is_geographic(source_crs):
        return source_crs
    from ..core.crs_zones import dgn95_tm3_epsg_for_longitude

    lon, _ = lonlat_centre(source_crs, extent, context)
    chosen = QgsCoordinateReferenceSystem(f"EPSG:{dgn95_tm3_epsg_for_longitude(lon)}")
    feedback.pushInfo(tr("CRS tujuan tidak dipilih; dipakai {authid} ({name}) menurut bujur data "
                         "{lon}.").format(authid=chosen.authid(), name=chosen.description(),
                                          lon=f"{lon:.3f}"))
    return chosen


def describe_transform(source_crs, destination_crs, extent, context) -> str:
    """Human-readable coordinate operation QGIS/PROJ uses between the two CRS."""
    if source_crs == destination_crs:
        return f"tanpa transformasi (tetap {source_crs.authid() or source_crs.description()})"
    transform = QgsCoordinateTransform(source_crs, destination_crs, context.transformContext())
    try:
        transform.transform(QgsPointXY(extent.center()))
    except Exception:  # noqa: BLE001 - only used to make PROJ instantiate the operation
        pass
    details = transform.instantiatedCoordinateOperationDetails()
    name = getattr(details, "name", "") or ""
    proj = getattr(details, "proj", "") or transform.coordinateOperation() or ""
    accuracy = getattr(details, "accuracy", -1)
    text = (f"{source_crs.authid() or source_crs.description()} -> "
            f"{destination_crs.authid() or destination_crs.description()}")
    if name:
        text += f"; operasi: {name}"
    if accuracy is not None and accuracy >= 0:
        text += f"; ketelitian ±{accuracy:g} m"
    if proj:
        text += f"; PROJ: {proj}"
    return text
