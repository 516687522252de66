"""Forms enforce the catalog through a real attribute dialog (pytest-qgis qgis_bot), and a
photo attached through the form still resolves after the project folder is moved."""

import datetime
import shutil

import pytest

from plpbk_qgis.core.survey.catalog import load_catalog
from plpbk_qgis.forms.constraints import field_constraint

SQUARE = "POLYGON((700000 9310000, 700010 9310000, 700010 9310010, 700000 9310010, 700000 9310000))"
VALID = {"id_bangunan": "B-001", "fungsi": "rumah_tinggal", "jml_lantai": 2, "kondisi": "baik",
         "status_bangunan": "milik_sendiri"}


@pytest.fixture(scope="session")
def editor_widgets(qgis_app):
    """The QGIS desktop registers its editor widgets at start-up; a bare QgsApplication does not
    (without them an attribute form has no widgets and checks nothing)."""
    from qgis.gui import QgsGui

    registry = QgsGui.editorWidgetRegistry()
    if "ValueMap" not in registry.factories():
        registry.initEditors()
    return registry


@pytest.fixture
def survey_project(tmp_path, run_alg, editor_widgets):
    """A fresh survey database opened as THE project (forms resolve paths against it)."""
    from qgis.core import QgsProject

    result = run_alg("createsurveydatabase", {"DATABASE": str(tmp_path / "proj" / "survei.gpkg"),
                                              "SURVEYOR": "Siti"})
    project = QgsProject.instance()
    assert project.read(result["PROJECT"])
    yield tmp_path / "proj", project
    project.clear()


def project_layer(project, name):
    return next(layer for layer in project.mapLayers().values() if layer.shortName() == name)


def test_valid_feature_is_saved_with_catalog_defaults(survey_project, qgis_bot):
    from qgis.core import QgsGeometry

    _folder, project = survey_project
    layer = project_layer(project, "bangunan")
    assert layer.startEditing()
    feature = qgis_bot.create_feature_with_attribute_dialog(layer, QgsGeometry.fromWkt(SQUARE), VALID)
    assert layer.commitChanges(), layer.commitErrors()
    assert feature["id_bangunan"] == "B-001"
    saved = next(layer.getFeatures())
    assert saved["fungsi"] == "rumah_tinggal" and saved["jml_lantai"] == 2
    assert saved["pokja"] == "permukiman_lingkungan"          # $pokja default
    assert saved["surveyor"] == "Siti"                        # project variable default
    assert saved["tgl_survei"].toPyDate() == datetime.date.today()


@pytest.mark.parametrize("bad,field,message", [
    ({"fungsi": "istana"}, "fungsi", "pilih salah satu nilai dari daftar"),
    ({"kondisi": None}, "kondisi", "wajib diisi"),
    ({"id_bangunan": "  "}, "id_bangunan", "wajib diisi"),
    ({"jml_lantai": 0}, "jml_lantai", "nilai harus antara 1 dan 60"),
])
def test_invalid_feature_is_refused_by_the_dialog(survey_project, qgis_bot, bad, field, message):
    from qgis.core import QgsGeometry

    _folder, project = survey_project
    layer = project_layer(project, "bangunan")
    assert layer.startEditing()
    attributes = {**VALID, **bad}
    # the form's own validation names the field with the Indonesian message ...
    with pytest.raises(ValueError, match=field) as error:
        qgis_bot.create_feature_with_attribute_dialog(layer, QgsGeometry.fromWkt(SQUARE), attributes)
    assert message in str(error.value)
    # ... and in the attribute dialog the OK button is disabled: clicking it adds nothing
    dialog = open_add_dialog(layer, attributes)
    ok = ok_button(dialog)
    assert not ok.isEnabled()
    ok.click()
    assert layer.featureCount() == 0
    # the same dialog with valid values: OK is enabled and saves
    dialog = open_add_dialog(layer, VALID)
    ok_button(dialog).click()
    assert layer.featureCount() == 1
    layer.rollBack()


def open_add_dialog(layer, attributes):
    from qgis.core import QgsGeometry, QgsVectorLayerUtils
    from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext

    values = {layer.fields().indexOf(name): value for name, value in attributes.items()}
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(SQUARE), values,
                                                layer.createExpressionContext())
    dialog = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
    dialog.setMode(QgsAttributeEditorContext.AddFeatureMode)
    dialog.show()
    return dialog


def drop_file(target, path):
    """What the desktop does when a file is dragged from the file manager onto ``target``."""
    from qgis.PyQt.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent
    from qgis.PyQt.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QApplication.sendEvent(target, QDragEnterEvent(QPoint(5, 5), Qt.CopyAction, mime,
                                                   Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton,
                                              Qt.NoModifier))


def ok_button(dialog):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    boxes = [box for box in dialog.findChildren(QDialogButtonBox) if box.button(QDialogButtonBox.Ok)]
    assert len(boxes) == 1
    return boxes[0].button(QDialogButtonBox.Ok)


def test_value_maps_come_from_the_catalog(survey_project):
    _folder, project = survey_project
    catalog = load_catalog()
    layer = project_layer(project, "persil")
    setup = layer.editorWidgetSetup(layer.fields().indexOf("status_lahan"))
    assert setup.type() == "ValueMap"
    entries = [next(iter(item.items())) for item in setup.config()["map"]]
    assert entries == [(label, code) for code, label in
                       catalog.value_list("status_lahan").labels("id").items()]
    photo = layer.editorWidgetSetup(layer.fields().indexOf("tgl_survei"))
    assert photo.type() == "DateTime"


def test_constraint_expressions_accept_and_reject():
    """The generated expression itself, evaluated by QGIS on hand-picked values."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    spec = load_catalog().layer("jalan").field("lebar_m")    # required, 0.3 .. 80 m
    expression, description = field_constraint(spec)
    assert description == "Lebar jalan (total): wajib diisi; nilai harus antara 0.3 dan 80 m."
    english = field_constraint(spec, language="en")
    assert english == (expression, f"{spec.alias_en}: required; value must be between 0.3 and 80 m.")
    fields = QgsFields()
    fields.append(QgsField("lebar_m", QVariant.Double))
    for value, ok in ((3.5, True), (0.3, True), (80, True), (0.2, False), (81, False), (None, False)):
        feature = QgsFeature(fields)
        feature["lebar_m"] = value
        context = QgsExpressionContext()
        context.setFeature(feature)
        assert bool(QgsExpression(expression).evaluate(context)) is ok, value


def test_photo_path_is_relative_and_survives_moving_the_folder(survey_project, tmp_path):
    from qgis.core import QgsEditFormConfig, QgsGeometry, QgsProject, QgsVectorLayerUtils
    from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext, QgsExternalResourceWidget
    from qgis.PyQt.QtGui import QColor, QImage

    folder, project = survey_project
    (folder / "foto").mkdir()
    image = QImage(8, 8, QImage.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(folder / "foto" / "gang_rt03.png"))
    layer = project_layer(project, "foto_survei")
    config = layer.editFormConfig()
    config.setSuppress(QgsEditFormConfig.SuppressOff)
    layer.setEditFormConfig(config)
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt("POINT(700005 9310005)"),
                                                {}, layer.createExpressionContext())
    dialog = QgsAttributeDialog(layer, feature, False, None, True, QgsAttributeEditorContext())
    dialog.setMode(QgsAttributeEditorContext.AddFeatureMode)
    widgets = dialog.findChildren(QgsExternalResourceWidget)
    assert len(widgets) == 1
    # the surveyor drops the photo (absolute path) on the field; the form stores it relative
    drop_file(widgets[0].fileWidget().lineEdit(), folder / "foto" / "gang_rt03.png")
    ok_button(dialog).click()
    assert layer.commitChanges(), layer.commitErrors()
    stored = next(layer.getFeatures())["foto"]
    assert stored == "foto/gang_rt03.png"
    project.clear()

    moved = tmp_path / "pindah" / "kelurahan"
    shutil.copytree(folder, moved)
    shutil.rmtree(folder)
    reopened = QgsProject.instance()
    assert reopened.read(str(moved / "survei.qgz"))
    layer = project_layer(reopened, "foto_survei")
    assert layer.isValid()
    value = next(layer.getFeatures())["foto"]
    resolved = moved / value
    assert resolved.is_file() and QImage(str(resolved)).width() == 8
    # QGIS' own resolver agrees (what the external resource widget uses to display it)
    assert reopened.pathResolver().readPath("./" + value) == str(resolved)


def test_english_database_gets_english_constraint_messages(tmp_path, run_alg):
    """LANGUAGE=English: aliases and the constraint text stored in the project are English."""
    from qgis.core import QgsProject

    result = run_alg("createsurveydatabase", {"DATABASE": str(tmp_path / "en" / "survey.gpkg"),
                                              "SURVEYOR": "Siti", "LANGUAGE": 1})
    project = QgsProject.instance()
    try:
        assert project.read(result["PROJECT"])
        layer = project_layer(project, "jalan")
        index = layer.fields().indexOf("lebar_m")
        spec = load_catalog().layer("jalan").field("lebar_m")
        assert layer.fields().field(index).alias().startswith(spec.alias_en)
        assert layer.constraintDescription(index) == \
            f"{spec.alias_en}: required; value must be between 0.3 and 80 m."
        # legend categories of an English database are English too
        buildings = project_layer(project, "bangunan")
        labels = {c.label() for c in buildings.renderer().categories()}
        catalog = load_catalog()
        field = catalog.layer("bangunan").field(buildings.renderer().classAttribute())
        english = {item.label_en for item in catalog.value_list(field.values).items}
        assert english <= labels and "Not filled in / other" in labels
    finally:
        project.clear()
