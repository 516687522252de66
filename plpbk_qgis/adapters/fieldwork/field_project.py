"""The QField project of a field package: the survey project (forms, styles, themes) on the
package's GeoPackage, the work area drawn on top, a clipped base map, a photo folder, and the
QFieldSync settings that make QFieldSync's packager copy the folder as it is.

Every layer gets the QFieldSync action ``copy`` (cable export): the GeoPackage goes to the phone
unchanged, keeps the master's schema and table names, and comes back to be merged — QFieldSync's
``offline`` action would rewrite it into ``data.gpkg`` with renamed tables. libqfieldsync's own
base-map export needs QGIS 3.26 (``QgsProject.capabilities``), so the base map is our clipped
GeoTIFF as an ordinary raster layer and ``createBaseMap`` stays off.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ...core.errors import PlpbkInputError
from ...i18n import tr
from ..survey.survey_project import build_project

PHOTO_FOLDER = "DCIM"
QFIELD_ACTION = "copy"
HIGHLIGHT = "#e31a1c"


def clip_base_map(source: str, target: Path, bounds) -> Path | None:
    """A GeoTIFF of ``source`` cut to ``bounds`` (xmin, ymin, xmax, ymax, in the raster's CRS
    units: the caller transforms); None when the raster does not reach the area."""
    from osgeo import gdal

    gdal.UseExceptions()
    dataset = gdal.Open(str(source))
    if dataset is None:
        raise PlpbkInputError(tr("peta dasar tidak dapat dibuka."), layer=str(source))
    xmin, ymin, xmax, ymax = bounds
    gt = dataset.GetGeoTransform()
    rx = (gt[0], gt[0] + gt[1] * dataset.RasterXSize)
    ry = sorted((gt[3], gt[3] + gt[5] * dataset.RasterYSize))
    if xmax <= min(rx) or xmin >= max(rx) or ymax <= ry[0] or ymin >= ry[1]:
        return None
    gdal.Translate(str(target), dataset, projWin=[xmin, ymax, xmax, ymin],
                   creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
    return target


def _highlight(gpkg: Path, code: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername=wilayah_kerja", tr("Wilayah kerja ini: ") + code, "ogr")
    layer.setSubsetString(f"\"kode_wilayah\" = '{code.replace(chr(39), chr(39) * 2)}'")
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": HIGHLIGHT,
                                         "outline_width": "1.2", "outline_width_unit": "MM"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setReadOnly(True)
    return layer


def set_qfield_actions(project: QgsProject):
    """The custom properties QFieldSync reads (``QFieldSync/action`` …, see libqfieldsync's
    ``layer.LayerSource``): copy for cable export, and one action per file (its checker refuses
    two actions on one GeoPackage)."""
    for layer in project.mapLayers().values():
        layer.setCustomProperty("QFieldSync/action", QFIELD_ACTION)
        layer.setCustomProperty("QFieldSync/cloud_action", "offline" if isinstance(layer, QgsVectorLayer)
                                else "no_action")
    project.writeEntry("qfieldsync", "/createBaseMap", False)
    project.writeEntry("QFieldSync", "attachmentDirs", [PHOTO_FOLDER])


def build_field_project(gpkg: Path, project_path: Path, catalog, crs, code: str, title: str,
                        area_extent, base_map: Path | None, language: str = "id") -> QgsProject:
    (project_path.parent / PHOTO_FOLDER).mkdir(exist_ok=True)
    project = build_project(gpkg, project_path, catalog, crs, title=title, language=language, extent=area_extent)
    project.addMapLayer(_highlight(gpkg, code), False)
    root = project.layerTreeRoot()
    root.insertLayer(0, project.mapLayersByName(tr("Wilayah kerja ini: ") + code)[0])
    if base_map is not None:
        raster = QgsRasterLayer(str(base_map), tr("Peta dasar (foto udara)"))
        if raster.isValid():
            project.addMapLayer(raster, False)
            root.addLayer(raster)
    set_qfield_actions(project)
    if not project.write():
        raise PlpbkInputError(tr("proyek QGIS tidak dapat disimpan: ") + project.error(), layer=str(project_path))
    return project


def project_problems(project_path: Path) -> list:
    """What QFieldSync's checker refuses, checked here too (libqfieldsync is not on PyPI): absolute
    paths, a preset home path, layers that do not open, files outside the folder, two actions on
    one file, forbidden characters in the folder's file names."""
    project = QgsProject()
    if not project.read(str(project_path)):
        return [tr("proyek tidak dapat dibuka")]
    try:
        return _problems(project, project_path)
    finally:
        project.clear()


def _problems(project, project_path):
    problems = []
    if project.readBoolEntry("Paths", "/Absolute", False)[0]:
        problems.append(tr("proyek memakai path absolut"))
    if project.presetHomePath():
        problems.append(tr("proyek memakai home path tetap"))
    folder = project_path.parent.resolve()
    actions: dict = {}
    for layer in project.mapLayers().values():
        if not layer.isValid():
            problems.append(tr("lapisan tidak dapat dibuka: ") + layer.name())
            continue
        source = Path(layer.source().split("|")[0])
        if folder not in source.resolve().parents:
            problems.append(tr("lapisan di luar folder paket: ") + layer.name())
        actions.setdefault(str(source.resolve()), set()).add(layer.customProperty("QFieldSync/action"))
    problems += [tr("aksi QFieldSync berbeda pada satu berkas: ") + name for name, found in actions.items()
                 if len(found) > 1]
    forbidden = set('<>:"\\|?*')
    problems += [tr("karakter terlarang di nama berkas: ") + str(p.relative_to(folder))
                 for p in folder.rglob("*") if forbidden & set(p.name)]
    return problems
