"""plpbk:comparedraftfinal — the plan before and after the uji publik (U2): blocks added,
removed and changed, each linked to the comments that concern it."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

PLAN_FIELDS = ("guna_rencana", "penanganan", "kdb_rencana", "klb_rencana", "kdh_rencana", "gsb_rencana",
               "tinggi_rencana", "lantai_rencana")


class CompareDraftFinal(PlpbkAlgorithm):
    ALGORITHM_ID = "comparedraftfinal"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("U2", "P1a", "P1b")
    EXAMPLE = {"DRAFT": "rencana_draf.gpkg", "FINAL": "survei.gpkg|layername=rencana_blok", "DATABASE": "survei.gpkg",
               "OUTPUT": "perubahan_rencana.gpkg"}
    DRAFT = "DRAFT"
    FINAL = "FINAL"
    DATABASE = keys.DATABASE
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"

    def displayName(self):  # noqa: N802
        return self.tr("Bandingkan rencana draf dan final (sesudah uji publik)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Rencana sebelum dan sesudah uji publik (kode pedoman U2; lapisan blok rencana P1a/P1b): blok yang "
            "ditambah, dihapus dan diubah (atribut guna, penanganan, KDB, KLB, KDH, GSB, tinggi, lantai — angka "
            "dibandingkan sebagai angka — atau batasnya bergeser lebih dari toleransi), masing-masing dengan "
            "masukan warga yang menyangkutnya (menyebut blok itu, atau titiknya di dalam blok).")

    def initAlgorithm(self, config=None):  # noqa: N802
        for key, label in ((self.DRAFT, self.tr("Blok rencana draf")), (self.FINAL, self.tr("Blok rencana final"))):
            self.addParameter(QgsProcessingParameterFeatureSource(key, label, [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei (masukan warga)"), extension="gpkg", optional=True,
            defaultValue=project_defaults.survey_database()))
        self.add_advanced(QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Toleransi geser batas (m²)"),
                                                       QgsProcessingParameterNumber.Double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Perubahan rencana"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Peta dan daftar perubahan (PDF)"), "PDF (*.pdf)", optional=True))

    def compute(self, parameters, context, feedback):
        import numpy as np

        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.errors import PlpbkInputError
        from ....core.publicreview.plan_changes import compare_plans
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import optional_database, read_survey_layer, result_fields
        from ...layer_checks import require_metric_polygons

        plans, crs = {}, None
        for key in (self.DRAFT, self.FINAL):
            source = self.parameterAsSource(parameters, key, context)
            require_metric_polygons(source, key)
            crs = crs or source.sourceCrs()
            if "id_blok" not in source.fields().names():
                raise PlpbkInputError(self.tr("kolom id_blok tidak ada."), layer=source.sourceName(), field="id_blok")
            data = read_source(source, context, None, fields=["id_blok", *PLAN_FIELDS], target_crs=crs)
            blocks, doubled = {}, []
            for i, code in enumerate(data.columns["id_blok"]):
                code = str(code or "").strip()
                if not code or code in blocks:
                    doubled.append(code or f"(fitur {data.ids[i]})")
                blocks[code or f"(fitur {data.ids[i]})"] = (data.geometries[i], {f: data.columns.get(f, [None] * len(data))[i]
                                                                                for f in PLAN_FIELDS})
            if doubled:
                raise PlpbkInputError(self.tr("id_blok kosong atau ganda: {codes}. Setiap blok perlu kode sendiri agar "
                                              "draf dan final dapat dicocokkan.").format(codes=", ".join(doubled[:10])),
                                      layer=source.sourceName(), field="id_blok")
            plans[key] = blocks
        comments = []
        catalog = load_catalog()
        path, tables = optional_database(self, parameters, self.DATABASE, context, catalog)
        data = read_survey_layer(path, tables, "masukan_warga", context, crs, ["id_masukan", "blok_terkait"])
        if data is not None:
            comments = list(zip(data.columns["id_masukan"], data.columns["blok_terkait"], data.geometries))
        if self.stage(feedback, 20):
            return {}
        rows = compare_plans(plans[self.DRAFT], plans[self.FINAL], PLAN_FIELDS, comments,
                             self.parameterAsDouble(parameters, self.TOLERANCE, context))
        columns = [("id_blok", "text"), ("perubahan", "text"), ("atribut_berubah", "text"),
                   ("geometri_berubah", "boolean"), ("selisih_luas_m2", "real"), ("masukan_terkait", "text")]
        fields = result_fields(columns)
        if self.stage(feedback, 40):
            return {}
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        write_rows(sink, fields, np.array([r["geometry"] for r in rows], dtype=object),
                   [[r[name] for name, _ in columns] for r in rows], feedback)
        counts = {kind: sum(1 for r in rows if r["perubahan"] == kind) for kind in ("ditambah", "dihapus", "diubah")}
        feedback.pushInfo(self.tr("{added} blok ditambah, {removed} dihapus, {changed} diubah; {linked} terkait "
                                  "masukan warga.").format(added=counts["ditambah"], removed=counts["dihapus"],
                                                           changed=counts["diubah"],
                                                           linked=sum(1 for r in rows if r["masukan_terkait"])))
        results = {self.OUTPUT: dest}
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if pdf and not self.stage(feedback, 60):
            from ....core.publicreview.plan_changes_pdf import write_changes
            from ....core.report.inputs import mentions_sample
            from ...analysis_inputs import kelurahan_name

            area = kelurahan_name(path, tables) or self.tr("(nama kelurahan belum diisi)")
            geometry = {key: {code: value[0] for code, value in plans[key].items()} for key in plans}
            write_changes(pdf, rows, geometry[self.DRAFT], geometry[self.FINAL], area,
                          sample=mentions_sample([area, str(path)]), cancelled=feedback.isCanceled)
            results[self.OUTPUT_PDF] = pdf
        return results
