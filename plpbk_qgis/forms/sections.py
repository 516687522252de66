"""Which form tab each catalog field goes to (pure, no QGIS import).

A phone screen holds few fields, so every form is split into the catalog's ``form_sections``
(identity, details, condition & status, photo, survey metadata). A field may name its tab in
the catalog (``section:``); otherwise the tab follows from the field, by rules a surveyor would
expect: where-and-which first, then what it is, its condition, the photo, and who surveyed when.

    for section, fields in form_sections(catalog.layer("bangunan"), catalog): ...
"""

from __future__ import annotations

IDENTITY_PREFIXES = ("id_", "nama", "no_", "kode_", "judul")
CONDITION_PREFIXES = ("kondisi", "masalah", "material_", "status_", "kualitas", "tingkat_")
DETAILS = "uraian"


def field_section(spec, field) -> str:
    """Section code of ``field`` (core.catalog.Field) in layer ``spec``."""
    if field.section:
        return field.section
    if field.common:
        return "survei"
    if field.is_photo:
        return "foto"
    if field.name == spec.id_field or field.name.startswith(IDENTITY_PREFIXES):
        return "identitas"
    if field.name.startswith(CONDITION_PREFIXES) or field.values == "kondisi":
        return "kondisi"
    return DETAILS


def form_sections(spec, catalog) -> list:
    """[(section Group, [fields in catalog order])] in the catalog's tab order, empty tabs left
    out; a field whose section is unknown to the catalog lands in the details tab."""
    known = [section.code for section in catalog.form_sections]
    members = {code: [] for code in known}
    for field in spec.all_fields:
        code = field_section(spec, field)
        members[code if code in members else DETAILS].append(field)
    return [(section, members[section.code]) for section in catalog.form_sections
            if members[section.code]]
