"""plpbk:publiccommentsummary — the uji publik comments counted and printed for the forum (U3)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm


class PublicCommentSummary(PlpbkAlgorithm):
    ALGORITHM_ID = "publiccommentsummary"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("U1", "U2", "U3")
    EXAMPLE = {"DATABASE": "survei.gpkg", "OUTPUT": "rekap_masukan.pdf"}
    DATABASE = keys.DATABASE
    OUTPUT = "OUTPUT"
    OPEN_COUNT = "OPEN_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Rekap masukan warga uji publik (PDF)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Rekap lapisan masukan_warga untuk forum konsultasi (kode pedoman U1–U3): jumlah masukan per lembar, "
            "blok rencana, topik, kelompok warga dan status; peta masukan (warna menurut status) di atas blok "
            "rencana; dan daftar masukan yang masih terbuka (baru atau diterima, belum ditindaklanjuti). PDF A4.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Rekap masukan (PDF)"),
                                                                "PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber(self.OPEN_COUNT, self.tr("Masukan yang masih terbuka")))

    def compute(self, parameters, context, feedback):
        from ....core.errors import PlpbkInputError
        from ....core.publicreview.summary import OPEN, write_summary
        from ....core.report.inputs import mentions_sample
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import kelurahan_name, read_survey_layer, required_database

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        comments = read_survey_layer(path, tables, "masukan_warga", context, crs)
        if comments is None or not len(comments):
            raise PlpbkInputError(self.tr("lapisan masukan_warga kosong: impor masukan warga dulu (Impor masukan warga "
                                          "uji publik)."), layer="masukan_warga")
        if self.stage(feedback, 30):
            return {}
        names = list(comments.columns)
        rows = [{name: comments.columns[name][i] for name in names} for i in range(len(comments))]
        spec = catalog.layer("masukan_warga")
        labels = {role: {i.code: i.label_id for i in catalog.value_list(spec.field(role).values).items}
                  for role in ("topik", "kelompok", "status")}
        plan = read_survey_layer(path, tables, "rencana_blok", context, crs, ["id_blok"])
        blocks = {} if plan is None else {str(c): g for c, g in zip(plan.columns["id_blok"], plan.geometries) if c}
        area = kelurahan_name(path, tables) or self.tr("(nama kelurahan belum diisi)")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if self.stage(feedback, 60):
            return {}
        pages = write_summary(output, rows, list(comments.geometries), blocks, labels, area,
                              sample=mentions_sample([area, str(path)]))
        open_count = sum(1 for r in rows if r.get("status") in OPEN)
        feedback.pushInfo(self.tr("{n} masukan, {open} masih terbuka ({pages} halaman).").format(
            n=len(rows), open=open_count, pages=pages))
        return {self.OUTPUT: output, self.OPEN_COUNT: open_count}
