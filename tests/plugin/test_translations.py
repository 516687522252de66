"""English translation (i18n/plpbk_en.qm): algorithm names, help and groups come out in English,
and every tr() string of the plugin has an English translation in plpbk_en.ts."""

import subprocess  # nosec B404 — runs our own script
import sys
from pathlib import Path

from plpbk_qgis.i18n import install_translator, remove_translator, tr
from plpbk_qgis.processing.provider import algorithm_classes

ROOT = Path(__file__).resolve().parents[2]


def _texts(alg):
    return alg.displayName(), alg.shortHelpString(), alg.group()


def test_algorithms_are_translated_to_english(qgis_processing):
    indonesian = {cls.ALGORITHM_ID: _texts(cls()) for cls in algorithm_classes()}
    assert install_translator("en")
    try:
        # instances created after the translator is installed
        english = {cls.ALGORITHM_ID: _texts(cls()) for cls in algorithm_classes()}
    finally:
        remove_translator()
    assert english.keys() == indonesian.keys()
    for alg_id, (name_id, help_id, group_id) in indonesian.items():
        name_en, help_en, group_en = english[alg_id]
        assert name_en and name_en != name_id, f"{alg_id}: name not translated: {name_id!r}"
        assert help_en and help_en != help_id, f"{alg_id}: help not translated"
        assert group_en and group_en != group_id, f"{alg_id}: group not translated: {group_id!r}"
    # the translator is gone again: other tests see Indonesian
    assert tr("Lembar ") == "Lembar "
    assert {cls.ALGORITHM_ID: _texts(cls()) for cls in algorithm_classes()} == indonesian


def test_every_string_has_an_english_translation():
    ts = ROOT / "plpbk_qgis" / "i18n" / "plpbk_en.ts"
    before = ts.read_bytes()
    result = subprocess.run(  # nosec B603 — fixed arguments
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 untranslated" in result.stdout
    assert ts.read_bytes() == before            # the check never rewrites the tracked file


def test_core_progress_steps_are_translatable():
    """Every step name core's checks report (``step(0.1, "…")``) is listed for translation, so
    'Menghitung: persil' comes out in English too."""
    import ast

    from plpbk_qgis.processing.check_inputs import CORE_STEPS

    said = set()
    for path in (ROOT / "plpbk_qgis" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("step", "progress") \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                said.add(node.args[1].value)
    assert said and said <= set(CORE_STEPS), said - set(CORE_STEPS)
    assert install_translator("en")
    try:
        assert all(tr(step) != step for step in CORE_STEPS if step != "KDB/KLB/KDH, zona, GSB")
    finally:
        remove_translator()


def test_core_errors_reach_the_user_in_english(run_alg, tmp_path):
    """A message raised in core (no Qt there) is translated by the Processing adapter."""
    import pytest
    from qgis.core import QgsProcessingException

    assert install_translator("en")
    try:
        with pytest.raises(QgsProcessingException, match="No table chosen"):
            run_alg("importruletables", {"OUTPUT_FOLDER": str(tmp_path / "keluar")})
        duplicated = tmp_path / "itbx.csv"
        duplicated.write_text("kode_kegiatan,nama_kegiatan,R-2,r-2\nrumah,Rumah,I,X\n", encoding="utf-8")
        with pytest.raises(QgsProcessingException, match="zone column 'r-2' appears twice"):
            run_alg("importruletables", {"ITBX": str(duplicated), "OUTPUT_FOLDER": str(tmp_path / "keluar2")})
    finally:
        remove_translator()
    with pytest.raises(QgsProcessingException, match="Tidak ada tabel yang dipilih"):
        run_alg("importruletables", {"OUTPUT_FOLDER": str(tmp_path / "keluar3")})


def test_crs_messages_in_english(run_alg):
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "meter_sebagai_derajat", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((700000 9300000,700010 9300000,700010 9300010,700000 9300000))"))
    layer.dataProvider().addFeatures([feature])
    assert install_translator("en")
    try:
        import pytest

        with pytest.raises(QgsProcessingException, match="declared in degrees .* x=700000"):
            run_alg("createsheetindex", {"PRIORITY_AREA": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    finally:
        remove_translator()


def test_import_log_lines_in_english_with_nested_messages(run_alg, tmp_path):
    """The rule-table import's summary and its per-row problems (a table line holding a cell's
    problem: a Message inside a Message) come out in English in the log, every part of them."""
    from qgis.core import QgsProcessingFeedback

    table = tmp_path / "intensitas.csv"
    table.write_text("kode_zona,kdb_maks,klb_maks,kdh_min\nR-2,60,1.2,20\nR-3,abc,1.2,20\n,,,\nR-4,0.6,2,1\n",
                     encoding="utf-8")

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

    feedback = Recorder()
    assert install_translator("en")
    try:
        run_alg("importruletables", {"INTENSITAS": str(table), "OUTPUT_FOLDER": str(tmp_path / "keluar")},
                feedback=feedback)
    finally:
        remove_translator()
    log = "\n".join(feedback.lines)
    assert "intensitas.csv row 3, zone R-3: column kdb_maks: 'abc': cannot be read as a number" in log, log
    assert "row 5, zone R-4: column kdb_maks: '0.6' fraction read as percent" in log, log
    assert "rows, 3 sub-zone codes" in log and "unknown sub-zone codes" in log, log
    for indonesian in ("baris", "kolom", "tidak dapat dibaca", "kode sub-zona", "pecahan dibaca"):
        assert indonesian not in log, (indonesian, log)
