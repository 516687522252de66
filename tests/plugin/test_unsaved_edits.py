"""The survey database open in QGIS with unsaved edits (the planner is digitising while a
colleague runs the merge): a run that would write a table being edited is refused and changes
nothing, the edit buffer stays as it was; a run that only reads says its result uses the saved data."""

import pytest


@pytest.fixture
def survey(plugin_survey):
    return plugin_survey


@pytest.fixture
def editing(survey):
    """Open ``table`` of the survey database in the project and change one value without saving."""
    from qgis.core import QgsProject, QgsVectorLayer

    opened = []

    def edit(table, field, value):
        layer = QgsVectorLayer(f"{survey}|layername={table}", f"{table} (sedang disunting)", "ogr")
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        opened.append(layer.id())
        feature = next(layer.getFeatures())
        assert layer.startEditing()
        assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
        return layer, feature.id()

    yield edit
    for layer_id in opened:
        layer = QgsProject.instance().mapLayer(layer_id)
        layer.rollBack()
        QgsProject.instance().removeMapLayer(layer_id)


def listening():
    """A feedback that keeps the warnings it is given."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):  # noqa: N802
            self.warnings.append(warning)
            super().pushWarning(warning)

    return Feedback()


def test_a_merge_under_unsaved_edits_is_refused_and_the_buffer_kept(run_alg, survey, editing, tmp_path):
    from qgis.core import QgsProcessingException

    from plpbk_qgis.adapters.fieldwork.gpkg_store import content_fingerprint

    run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 2, "COUNT": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    run_alg("preparefieldwork", {"DATABASE": str(survey), "OUTPUT_FOLDER": str(tmp_path / "paket")})
    layer, fid = editing("bangunan", "kondisi", "rusak_berat")
    before = content_fingerprint(survey)
    with pytest.raises(QgsProcessingException, match="bangunan \\(sedang disunting\\).*belum disimpan"):
        run_alg("mergefieldwork", {"DATABASE": str(survey), "PACKAGES": [str(tmp_path / "paket")],
                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    assert content_fingerprint(survey) == before
    assert layer.isModified() and layer.getFeature(fid)["kondisi"] == "rusak_berat"
    with pytest.raises(QgsProcessingException, match="belum disimpan"):
        run_alg("applyconflictdecisions", {"DATABASE": str(survey)})
    assert layer.commitChanges()                                # saved: now the merge runs
    run_alg("mergefieldwork", {"DATABASE": str(survey), "PACKAGES": [str(tmp_path / "paket")],
                               "OUTPUT": "TEMPORARY_OUTPUT"})


def test_a_table_not_written_only_warns(run_alg, survey, editing):
    from qgis.core import QgsProcessingException

    editing("rt", "catatan", "ketua RT baru: Bu Sri")
    feedback = listening()
    run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 2, "COUNT": 2, "OUTPUT": "TEMPORARY_OUTPUT"},
            feedback)
    assert any("'rt (sedang disunting)'" in w and "sudah tersimpan" in w for w in feedback.warnings)
    editing("wilayah_kerja", "nama_tim", "Tim Mawar")
    with pytest.raises(QgsProcessingException, match="wilayah_kerja \\(sedang disunting\\)"):
        run_alg("createworkareas", {"DATABASE": str(survey), "METHOD": 2, "COUNT": 3, "REPLACE": True,
                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    read_only = listening()
    run_alg("datacompleteness", {"DATABASE": str(survey), "OUTPUT": "TEMPORARY_OUTPUT"}, read_only)
    assert any("wilayah_kerja (sedang disunting)" in w for w in read_only.warnings)
