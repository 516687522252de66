"""plpbk:regulationsheet — the RTPLP's printed technical rules per plan block and the Aturan
Bersama (P1b, P6), A3 for the album or A4 for the document."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

PAPERS = ("A4", "A3")


class RegulationSheet(PlpbkAlgorithm):
    ALGORITHM_ID = "regulationsheet"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("P1b", "P6")
    EXAMPLE = {"DATABASE": "survei.gpkg", "PAPER": 1, "OUTPUT": "ketentuan_teknis_a3.pdf"}
    DATABASE = keys.DATABASE
    PAPER = "PAPER"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Lembar ketentuan teknis blok rencana dan Aturan Bersama")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Lembar 'ketentuan teknis' RTPLP (kode pedoman P1b, P6) dari lapisan rencana_blok basis data "
            "survei: untuk setiap kode blok guna rencananya, KDB, KLB, KDH, GSB, tinggi dan jumlah lantai "
            "seperti tertulis di lapisan (kosong = '–', bukan 0), urut menurut legenda guna rencana lalu "
            "kode blok, di samping peta kunci kecil; lalu Aturan Bersama (lapisan aturan_bersama) per aspek "
            "dan pasal. A3 lanskap untuk album, A4 potret untuk dokumen; halaman bersambung otomatis.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterEnum(self.PAPER, self.tr("Kertas"),
                                                     [self.tr("A4 potret (dokumen)"), self.tr("A3 lanskap (album)")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Lembar ketentuan teknis (PDF)"),
                                                                "PDF (*.pdf)"))

    def compute(self, parameters, context, feedback):
        from ....core.errors import PlpbkInputError
        from ....core.report.inputs import mentions_sample
        from ....core.report.regulation_sheet import Agreement, Block, write_sheet
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import kelurahan_name, read_survey_layer, required_database

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        plan = read_survey_layer(path, tables, "rencana_blok", context, crs)
        if plan is None or not len(plan):
            raise PlpbkInputError(self.tr("lapisan rencana_blok kosong: gambar blok rencana (P1a/P1b) dulu."),
                                  layer="rencana_blok")
        if self.stage(feedback, 30):
            return {}
        uses = catalog.value_list(catalog.layer("rencana_blok").field("guna_rencana").values).items
        rank = {item.code: index for index, item in enumerate(uses)}
        label = {item.code: item.label_id for item in uses}
        blocks, unnamed = [], []
        for index, fid in enumerate(plan.ids):
            code = plan.columns.get("id_blok", [None] * len(plan))[index]
            if code is None or not str(code).strip():
                unnamed.append(str(fid))
                code = f"(fitur {fid})"
            use = plan.columns.get("guna_rencana", [None] * len(plan))[index]
            blocks.append(Block(str(code), label.get(use, use or "–"), rank.get(use, len(rank)),
                                {c: plan.columns.get(c, [None] * len(plan))[index] for c in
                                 ("kdb_rencana", "klb_rencana", "kdh_rencana", "gsb_rencana", "tinggi_rencana",
                                  "lantai_rencana")}, plan.geometries[index]))
        if unnamed:
            feedback.pushWarning(self.tr("Blok tanpa id_blok dicetak dengan nomor fiturnya: {ids}. Isi id_blok.").format(
                ids=", ".join(unnamed[:10])))
        agreements = []
        rules = read_survey_layer(path, tables, "aturan_bersama", context, None)
        if rules is not None and len(rules):
            topics = catalog.value_list(catalog.layer("aturan_bersama").field("aspek").values).items
            topic_rank = {item.code: i for i, item in enumerate(topics)}
            topic_label = {item.code: item.label_id for item in topics}
            column = rules.columns
            for i in range(len(rules)):
                topic = column.get("aspek", [None] * len(rules))[i]
                agreements.append(Agreement(str(column.get("no_pasal", [""] * len(rules))[i] or "–"),
                                            topic_label.get(topic, topic or "–"), topic_rank.get(topic, len(topic_rank)),
                                            str(column.get("isi_aturan", [""] * len(rules))[i] or ""),
                                            str(column.get("sanksi", [""] * len(rules))[i] or "")))
        area = kelurahan_name(path, tables) or self.tr("(nama kelurahan belum diisi)")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if self.stage(feedback, 60):
            return {}
        pages = write_sheet(output, blocks, agreements, area, PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)],
                            sample=mentions_sample([area, str(path)]))
        feedback.pushInfo(self.tr("{blocks} blok dan {rules} aturan bersama dicetak ({pages} halaman).").format(
            blocks=len(blocks), rules=len(agreements), pages=pages))
        return {self.OUTPUT: output}
