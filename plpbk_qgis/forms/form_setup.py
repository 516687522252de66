"""Attribute forms generated from the catalog: aliases, value maps, constraints, defaults, photo
widgets. Works the same in QGIS desktop and QField (only standard editor widgets are used).

    configure_layer(qgs_layer, catalog.layer("bangunan"), catalog)
"""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
)

from .constraints import default_expression, field_constraint

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
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.name in ("catatan", "uraian"),
                                             "UseHtml": False})


def field_alias(field, language: str = "id") -> str:
    alias = field.alias(language)
    return f"{alias} ({field.unit})" if field.unit else alias


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
        expression, description = field_constraint(field, codes)
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
    return configured
