"""The QGIS project saved with the survey GeoPackage: layer tree grouped in SEED_MAP order, forms,
styles, one map theme per catalog map (theme name = map id, e.g. ``R08``).

Paths are stored relative to the project file so the folder can be copied to a phone (QField)
or another computer. Each project layer keeps its catalog table name as ``shortName()`` and in
the custom property ``plpbk/layer``; its display name is the Indonesian title.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsExpressionContextUtils,
    QgsMapThemeCollection,
    QgsProject,
    QgsVectorLayer,
)

from ...core.errors import PlpbkInputError
from ...forms.form_setup import configure_layer
from ...i18n import tr
from ..styles.survey_styles import apply_styles, style_name
from .project_defaults import LAYER_PROPERTY
from .survey_gpkg import CATALOG_TABLE, VALUES_TABLE

GEOMETRY_ORDER = {"point": 0, "line": 1, "polygon": 2, "none": 3}
VISIBLE_GROUPS = ("admin", "B", "survei")
EXPANDED_LEGENDS = ("B",)             # legend classes shown for the rona layers only


def open_catalog_layer(gpkg: Path, table: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise PlpbkInputError(tr("tabel tidak dapat dibuka dari GeoPackage."), layer=table)
    return layer


def build_project(gpkg: Path, project_path: Path, catalog, crs, title: str = "",
                  surveyor: str = "", language: str = "id", feedback=None, extent=None) -> QgsProject:
    """Create and save the project; returns it (not the global instance). ``extent``
    (QgsRectangle in ``crs``): where the project opens, besides the layers' own data."""
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setCrs(crs)
    project.setTitle(title or tr("Pemetaan Swadaya PLPBK"))
    project.writeEntryBool("Paths", "/Absolute", False)
    project.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    QgsExpressionContextUtils.setProjectVariable(project, "plpbk_surveyor", surveyor or "")
    QgsExpressionContextUtils.setProjectVariable(project, "plpbk_kelurahan", title or "")
    root = project.layerTreeRoot()
    layers, group_of = {}, {}
    total = len(catalog.layers) or 1
    for group in catalog.groups:
        specs = sorted(catalog.layers_in_group(group.code),
                       key=lambda spec: GEOMETRY_ORDER[spec.geometry])
        if not specs:
            continue
        node = root.addGroup(group.title_en if language == "en" else group.title_id)
        node.setItemVisibilityChecked(group.code in VISIBLE_GROUPS)
        node.setExpanded(group.code in VISIBLE_GROUPS)   # a short tree: hidden groups folded
        for spec in specs:
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(80 + 15.0 * len(layers) / total)
            layer = open_catalog_layer(gpkg, spec.name, spec.title(language))
            layer.setShortName(spec.name)
            layer.setCustomProperty(LAYER_PROPERTY, spec.name)
            configure_layer(layer, spec, catalog, language)
            if spec.has_geometry:
                apply_styles(layer, spec, catalog, language)
                layer.saveStyleToDatabase(spec.name, spec.title_id, True, "")
            project.addMapLayer(layer, False)
            node.addLayer(layer).setExpanded(group.code in EXPANDED_LEGENDS)
            layers[spec.name] = layer
            group_of[spec.name] = node.name()
    reference = root.addGroup(tr("Katalog (hanya baca)"))
    reference.setExpanded(False)
    for table, name in ((CATALOG_TABLE, tr("Katalog lapisan")), (VALUES_TABLE, tr("Daftar nilai"))):
        layer = open_catalog_layer(gpkg, table, name)
        layer.setReadOnly(True)
        project.addMapLayer(layer, False)
        reference.addLayer(layer)
    add_map_themes(project, catalog, layers, group_of, language)
    set_opening_view(project, layers.values(), crs, extent)
    if not project.write():
        raise PlpbkInputError(tr("proyek QGIS tidak dapat disimpan: ") + project.error(),
                              layer=str(project_path))
    return project


def set_opening_view(project, layers, crs, extent=None):
    """The project opens on its data (or the boundary given), not blank at 1:1."""
    from qgis.core import QgsRectangle, QgsReferencedRectangle

    view = QgsRectangle(extent) if extent is not None else QgsRectangle()
    for layer in layers:
        if layer.isSpatial() and layer.featureCount() > 0 and not layer.extent().isEmpty():
            if view.isEmpty():
                view = QgsRectangle(layer.extent())
            else:
                view.combineExtentWith(layer.extent())
    if view.isEmpty() or view.width() <= 0:
        return
    view.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, crs))


def add_map_themes(project, catalog, layers: dict, group_of: dict, language: str = "id"):
    """One theme per catalog map: its layers visible with the map's named style."""
    collection = project.mapThemeCollection()
    for thematic in catalog.maps:
        record = QgsMapThemeCollection.MapThemeRecord()
        layer_records = []
        for item in thematic.layers:
            if item.layer not in layers:
                continue
            layer_record = QgsMapThemeCollection.MapThemeLayerRecord(layers[item.layer])
            layer_record.usingCurrentStyle = True
            layer_record.currentStyle = style_name(item.style)
            layer_records.append(layer_record)
        record.setLayerRecords(layer_records)
        if hasattr(record, "setHasCheckedStateInfo"):   # QGIS >= 3.26
            record.setHasCheckedStateInfo(True)
        if hasattr(record, "setCheckedGroupNodes"):
            record.setCheckedGroupNodes({group_of[item.layer] for item in thematic.layers
                                         if item.layer in group_of})
        # the theme's name shows its title: "R08 — Peta jaringan drainase", not just "R08"
        collection.insert(thematic.label(language), record)
