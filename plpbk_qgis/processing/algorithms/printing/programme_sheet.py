"""plpbk:programmetable — the indicative programme (P3) as a printable table and its phasing
(P4) as a map of the plan blocks per year."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterFileDestination

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm


class ProgrammeTable(PlpbkAlgorithm):
    ALGORITHM_ID = "programmetable"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("P3", "P4")
    EXAMPLE = {"DATABASE": "survei.gpkg", "OUTPUT": "indikasi_program.pdf"}
    DATABASE = keys.DATABASE
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Tabel indikasi program dan peta pentahapan")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Indikasi program RTPLP (kode pedoman P3) dari tabel program_kegiatan basis data survei: kegiatan, "
            "lokasi (kode blok rencana / RT), volume, biaya, sumber dana, tahun 1–5 dan pelaksana, dengan "
            "jumlah biaya per tahun dan per sumber dana; lalu skenario pentahapan (P4): blok rencana yang "
            "berkegiatan di setiap tahun. Tahun dari tahun_mulai/tahun_selesai, atau dari tahap (tahap 1 = "
            "tahun 1, tahap 2 = tahun 2–3, tahap 3 = tahun 4–5). A4 lanskap.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Indikasi program (PDF)"),
                                                                "PDF (*.pdf)"))

    def compute(self, parameters, context, feedback):
        from ....core.errors import PlpbkInputError
        from ....core.report.inputs import mentions_sample
        from ....core.report.programme_sheet import Activity, activity_years, write_programme
        from ....core.survey.catalog import load_catalog
        from ....core.values import parse_number
        from ...analysis_inputs import kelurahan_name, read_survey_layer, required_database

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        programme = read_survey_layer(path, tables, "program_kegiatan", context, None)
        if programme is None or not len(programme):
            raise PlpbkInputError(self.tr("tabel program_kegiatan kosong: isi kegiatan indikasi program (P3) dulu."),
                                  layer="program_kegiatan")
        if self.stage(feedback, 30):
            return {}
        sources = {i.code: i.label_id for i in catalog.value_list("sumber_dana").items}
        column = programme.columns
        n = len(programme)

        def cell(name, i):
            return column.get(name, [None] * n)[i]

        def number(value):
            parsed = parse_number(value)
            return parsed.value if parsed.ok else None

        activities = [Activity(str(cell("id_kegiatan", i) or f"(fitur {programme.ids[i]})"),
                               str(cell("nama_kegiatan", i) or "–"), str(cell("lokasi", i) or ""),
                               number(cell("volume", i)), str(cell("satuan", i) or ""), number(cell("biaya_rp", i)),
                               sources.get(cell("sumber_dana", i), cell("sumber_dana", i) or ""),
                               activity_years(cell("tahap", i), cell("tahun_mulai", i), cell("tahun_selesai", i)),
                               str(cell("pelaksana", i) or ""))
                      for i in range(n)]
        plan = read_survey_layer(path, tables, "rencana_blok", context, crs, ["id_blok"])
        blocks = {} if plan is None else {str(code): geometry for code, geometry in
                                          zip(plan.columns.get("id_blok", []), plan.geometries) if code}
        area = kelurahan_name(path, tables) or self.tr("(nama kelurahan belum diisi)")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if self.stage(feedback, 60):
            return {}
        pages = write_programme(output, activities, blocks, area, sample=mentions_sample([area, str(path)]))
        feedback.pushInfo(self.tr("{n} kegiatan dicetak ({pages} halaman).").format(n=len(activities), pages=pages))
        return {self.OUTPUT: output}
