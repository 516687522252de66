"""The saved project file (.qgz -> .qgs XML, what QField reads) holds phone-friendly forms:
drag-and-drop tabs per form section, Range spin boxes bounded by the catalog, value maps only
(no value relations), photo fields stored relative to the project, GeoPackage-only relative
data sources. Expectations come from the catalog, the XML is read with ElementTree only."""

import xml.etree.ElementTree as ET
import zipfile

import pytest

from plpbk_qgis.core.survey.catalog import load_catalog
from plpbk_qgis.forms.sections import form_sections


@pytest.fixture(scope="module")
def qgs(tmp_path_factory, plpbk_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("qfield")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("plpbk:createsurveydatabase", {"DATABASE": str(folder / "survei.gpkg")},
                            context=context, feedback=QgsProcessingFeedback())
    with zipfile.ZipFile(result["PROJECT"]) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".qgs")]
        root = ET.fromstring(archive.read(name))
    return {layer.findtext("shortname"): layer for layer in root.iter("maplayer")}, root


def widget_config(layer_xml):
    """field name -> (widget type, {option name: value}) from <fieldConfiguration>."""
    result = {}
    for field in layer_xml.find("fieldConfiguration"):
        widget = field.find("editWidget")
        options = widget.find("config").find("Option")
        values = {} if options is None else {o.get("name"): o for o in options}
        result[field.get("name")] = (widget.get("type"), values)
    return result


def test_no_value_relation_anywhere(qgs):
    _layers, root = qgs
    types = {w.get("type") for w in root.iter("editWidget")}
    assert "ValueRelation" not in types and "RelationReference" not in types
    assert {"ValueMap", "Range", "ExternalResource", "DateTime", "TextEdit"} <= types


def test_every_layer_has_one_tab_per_form_section(qgs):
    layers, _root = qgs
    catalog = load_catalog()
    for spec in catalog.layers:
        layer = layers[spec.name]
        assert layer.findtext("editorlayout") == "tablayout", spec.name
        tabs = layer.find("attributeEditorForm").findall("attributeEditorContainer")
        expected = [(s.title_id, [f.name for f in fields]) for s, fields in
                    form_sections(spec, catalog)]
        got = [(tab.get("name"), [f.get("name") for f in tab.findall("attributeEditorField")])
               for tab in tabs]
        assert got == expected, spec.name
        assert all(tab.get("groupBox") == "0" and tab.get("columnCount") == "1" for tab in tabs)
        # every catalog field exactly once, fid nowhere
        placed = [name for _title, names in got for name in names]
        assert sorted(placed) == sorted(spec.field_names), spec.name
        on_top = {f.get("name") for f in layer.find("labelOnTop") if f.get("labelOnTop") == "1"}
        assert set(spec.field_names) <= on_top, spec.name


def test_bangunan_tabs_read_like_a_survey_sheet(qgs):
    layers, _root = qgs
    tabs = layers["bangunan"].find("attributeEditorForm").findall("attributeEditorContainer")
    names = {t.get("name"): [f.get("name") for f in t] for t in tabs}
    assert list(names) == ["Identitas", "Uraian", "Kondisi dan status", "Foto", "Survei"]
    assert names["Identitas"][0] == "id_bangunan"
    assert {"kondisi", "material_atap", "status_bangunan"} <= set(names["Kondisi dan status"])
    assert names["Survei"] == ["tgl_survei", "pokja", "surveyor", "catatan"]


def test_numbers_use_range_spin_boxes_bounded_by_the_catalog(qgs):
    layers, _root = qgs
    checked = 0
    for spec in load_catalog().layers:
        widgets = widget_config(layers[spec.name])
        for field in spec.all_fields:
            if not field.is_numeric:
                continue
            kind, options = widgets[field.name]
            assert kind == "Range", (spec.name, field.name)
            assert field.min is not None and field.max is not None, (spec.name, field.name)
            assert float(options["Min"].get("value")) == field.min, (spec.name, field.name)
            assert float(options["Max"].get("value")) == field.max, (spec.name, field.name)
            assert options["AllowNull"].get("value") == "true"
            precision = int(options["Precision"].get("value"))
            assert precision == 0 if field.type == "integer" else precision >= 0
            checked += 1
    assert checked >= 30
    _kind, lantai = widget_config(layers["bangunan"])["jml_lantai"]
    assert (lantai["Min"].get("value"), lantai["Max"].get("value")) == ("1", "60")


def test_value_lists_are_value_maps_with_indonesian_labels(qgs):
    layers, _root = qgs
    catalog = load_catalog()
    for spec in catalog.layers:
        widgets = widget_config(layers[spec.name])
        for field in spec.all_fields:
            if not field.values:
                continue
            kind, options = widgets[field.name]
            assert kind == "ValueMap", (spec.name, field.name)
            entries = [(o.get("name"), o.get("value")) for item in options["map"]
                       for o in item]
            expected = [(label, code) for code, label in
                        catalog.value_list(field.values).labels("id").items()]
            # optional fields start with the "(kosong)" entry (NULL), required ones do not
            assert entries[-len(expected):] == expected, (spec.name, field.name)
            assert len(entries) == len(expected) + (0 if field.required else 1)


def test_photo_fields_store_paths_relative_to_the_project(qgs):
    layers, root = qgs
    photos = [(spec.name, f.name) for spec in load_catalog().layers for f in spec.all_fields
              if f.is_photo]
    assert ("foto_survei", "foto") in photos and ("bangunan", "foto") in photos
    for layer_name, field_name in photos:
        kind, options = widget_config(layers[layer_name])[field_name]
        assert kind == "ExternalResource"
        assert options["RelativeStorage"].get("value") == "1"      # relative to project
        assert options["StorageMode"].get("value") == "0"          # files, not directories
    assert root.find("properties/Paths/Absolute").text == "false"


def test_data_sources_are_relative_geopackage_tables(qgs):
    layers, _root = qgs
    for name, layer in layers.items():
        source = layer.findtext("datasource")
        assert layer.findtext("provider") == "ogr", name
        assert source.startswith("./survei.gpkg|layername="), (name, source)
