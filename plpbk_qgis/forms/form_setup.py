"""Attribute forms generated from the catalog: aliases, value maps, range spin boxes,
constraints, defaults, photo widgets and a drag-and-drop layout with one tab per form section.
Works the same in QGIS desktop and QField: only standard editor widgets, and value maps rather
than value relations (a value relation needs a second layer that QField would have to carry
and keep in sync; the catalog's lists are short and fixed).

    configure_layer(qgs_layer, catalog.layer("bangunan"), catalog)
"""

from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
)

from .constraints import default_expression, field_constraint
from .sections import form_sections

# QgsValueMapFieldFormatter.NULL_VALUE: the entry a value map shows for "no value"
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
RELATIVE_TO_PROJECT = 1           # QgsFileWidget.RelativeProject
DOCUMENT_VIEWER_IMAGE = 1         # QgsExternalResourceWidget.Image
DOCUMENT_VIEWER_NONE = 0
IMAGE_FILTER = "Gambar (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Semua berkas (*)"


def value_map_setup(labels: dict, allow_null: bool) -> QgsEditorWidgetSetup:
    entries = [{"(kosong)": VALUE_MAP_NULL}] if allow_null else []
    entries += [{label: code} for code, label in labels.items()]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def photo_setup(image: bool = True) -> QgsEditorWidgetSetup:
    """External resource widget storing paths relative to the project folder."""
    return QgsEditorWidgetSetup("ExternalResource", {
        "FileWidget": True,
        "FileWidgetButton": True,
        "FileWidgetFilter": IMAGE_FILTER if image else "",
        "RelativeStorage": RELATIVE_TO_PROJECT,
        "StorageMode": 0,
        "DocumentViewer": DOCUMENT_VIEWER_IMAGE if image else DOCUMENT_VIEWER_NONE,
        "DocumentViewerHeight": 240 if image else 0,
        "DocumentViewerWidth": 0,
        "UseLink": True,
        "FullUrl": True,
    })


def range_setup(field) -> QgsEditorWidgetSetup:
    """Spin box bounded by the catalog's min/max (the constraint repeats them with an
    Indonesian message). NULL stays allowed even for required fields: otherwise the box would
    start at its minimum and a forgotten value would pass as a real one; the required
    constraint refuses NULL instead."""
    integer = field.type == "integer"
    money = field.unit == "Rp"
    config = {"AllowNull": True, "Style": "SpinBox",
              "Step": 1 if integer else (1000 if money else 0.1),
              "Precision": 0 if integer or money else 2}
    if field.min is not None:
        config["Min"] = int(field.min) if integer else float(field.min)
    if field.max is not None:
        config["Max"] = int(field.max) if integer else float(field.max)
    return QgsEditorWidgetSetup("Range", config)


def date_setup() -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("DateTime", {
        "allow_null": True, "calendar_popup": True, "display_format": "yyyy-MM-dd",
        "field_format": "yyyy-MM-dd", "field_iso_format": False})


def widget_for(field, catalog, language: str):
    if field.values:
        return value_map_setup(catalog.value_list(field.values).labels(language),
                               allow_null=not field.required)
    if field.is_photo:
        return photo_setup(image=field.name.startswith("foto"))
    if field.type == "date":
        return date_setup()
    if field.type == "boolean":
        return QgsEditorWidgetSetup("CheckBox", {})
    if field.is_numeric:
        return range_setup(field)
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.name in ("catatan", "uraian"),
                                             "UseHtml": False})


def field_alias(field, language: str = "id") -> str:
    """Alias with its unit, unless the alias already names it ('Jumlah lantai', not
    'Jumlah lantai (lantai)')."""
    alias = field.alias(language)
    if not field.unit or field.unit.lower() in alias.lower().split():
        return alias
    unit = field.unit.replace("m2", "m²").replace("m3", "m³")   # catalog units are ASCII
    return f"{alias} ({unit})"


def configure_layer(layer, spec, catalog, language: str = "id") -> int:
    """Apply the catalog ``spec`` (core.catalog.Layer) to a QgsVectorLayer; returns fields set."""
    fields = layer.fields()
    configured = 0
    for field in spec.all_fields:
        index = fields.indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, field_alias(field, language))
        layer.setEditorWidgetSetup(index, widget_for(field, catalog, language))
        codes = catalog.value_list(field.values).codes if field.values else None
        expression, description = field_constraint(field, codes, language)
        if expression:
            layer.setConstraintExpression(index, expression, description)
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        default = default_expression(field, spec.pokja)
        if default:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(default, False))
        configured += 1
    fid = fields.indexOf("fid")
    if fid >= 0:
        layer.setEditorWidgetSetup(fid, QgsEditorWidgetSetup("Hidden", {}))
    display = spec.id_field or next((f.name for f in spec.fields if f.type == "text"), None)
    if display:
        layer.setDisplayExpression(f'"{display}"')
    layer.setEditFormConfig(tabbed_form(layer, spec, catalog, language))
    return configured


def _tab(title: str, parent):
    container = QgsAttributeEditorContainer(title, parent)
    if hasattr(container, "setType"):                 # QGIS >= 3.32
        from qgis.core import Qgis

        container.setType(Qgis.AttributeEditorContainerType.Tab)
    else:
        container.setIsGroupBox(False)
    container.setColumnCount(1)                       # one column: readable on a phone
    return container


def tabbed_form(layer, spec, catalog, language: str = "id"):
    """Drag-and-drop form: one tab per catalog form section, fields in catalog order, labels
    above the widgets (long Indonesian aliases fit a narrow phone screen)."""
    config = layer.editFormConfig()
    drag_and_drop = getattr(QgsEditFormConfig, "TabLayout", None)
    if drag_and_drop is None:                         # QGIS >= 3.32 enum name
        from qgis.core import Qgis

        drag_and_drop = Qgis.AttributeFormLayout.DragAndDrop
    config.setLayout(drag_and_drop)
    config.clearTabs()
    root = config.invisibleRootContainer()
    fields = layer.fields()
    for section, members in form_sections(spec, catalog):
        tab = _tab(section.title_en if language == "en" else section.title_id, root)
        for field in members:
            index = fields.indexOf(field.name)
            if index < 0:
                continue
            tab.addChildElement(QgsAttributeEditorField(field.name, index, tab))
            config.setLabelOnTop(index, True)
        config.addTab(tab)
    return config
