"""plpbk:applyconflictdecisions — apply what the rembug pokja decided (S6): the version marked
``pakai`` in konflik_survei goes into the master; a conflict with every version ``tolak`` keeps
the value before the survey; conflicts without a decision stay open."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFile

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm
from ...unsaved_edits import ANY_TABLE


class ApplyConflictDecisions(PlpbkAlgorithm):
    ALGORITHM_ID = "applyconflictdecisions"
    WRITES_TABLES = frozenset({ANY_TABLE})      # the decided features and konflik_survei
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ("S6",)
    EXAMPLE = {"DATABASE": "survei.gpkg"}
    DATABASE = keys.DATABASE
    DECIDED = "DECIDED_COUNT"
    OPEN = "OPEN_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Terapkan keputusan rembug pokja")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Menerapkan keputusan rembug pokja atas konflik survei (kode pedoman S6). Di lapisan konflik_survei, "
            "setiap konflik punya versi 0 (nilai sebelum survei) dan satu versi per pokja. Isi kolom keputusan "
            "'pakai' pada versi yang dipilih (untuk objek ganda boleh lebih dari satu bila memang objek "
            "berbeda), atau 'tolak' pada semua versi pokja untuk mempertahankan nilai sebelum survei. "
            "Konflik yang belum diputuskan tetap terbuka. Dua versi 'pakai' untuk satu nilai ditolak dengan "
            "pesan; tidak ada yang diubah untuk konflik itu.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei (induk)"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addOutput(QgsProcessingOutputNumber(self.DECIDED, self.tr("Konflik diputuskan")))
        self.addOutput(QgsProcessingOutputNumber(self.OPEN, self.tr("Konflik masih terbuka")))

    def compute(self, parameters, context, feedback):
        from ....adapters.fieldwork.decisions import apply_decisions
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import required_database

        catalog = load_catalog()
        path, _tables, _crs = required_database(self, parameters, self.DATABASE, context, catalog)
        decided, still_open, problems = apply_decisions(path, catalog)
        for problem in problems:
            feedback.pushWarning(problem)
        for key, what in decided:
            feedback.pushInfo(f"{key}: {what}")
        feedback.pushInfo(self.tr("{n} konflik diputuskan, {m} masih terbuka.").format(n=len(decided), m=still_open))
        return {self.DECIDED: len(decided), self.OPEN: still_open}
