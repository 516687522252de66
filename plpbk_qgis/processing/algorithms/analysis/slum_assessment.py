"""plpbk:slumassessment — the slum score of Permen PUPR 14/2018 per RT (KOTAKU criteria)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ....i18n import tr_noop
from ... import keys
from ...base import PlpbkAlgorithm

CITY_SIZES = (None, True, False)
CITY_SIZE_LABELS = (tr_noop("tidak diketahui (kepadatan bangunan per ha tidak dinilai)"),
                    tr_noop("kota metropolitan / besar (≥ 250 unit/ha)"),
                    tr_noop("kota sedang / kecil (≥ 200 unit/ha)"))
RESULT_TABLE = "skor_kumuh"
# survey layers and the fields the criteria read (core.analysis.slum_survey.SHARE_RULES)
SURVEY_FIELDS = {
    "bangunan": ["id_bangunan", "kondisi", "tipe_bangunan", "material_atap", "material_dinding", "material_lantai"],
    "jalan": ["kondisi", "perkerasan", "kelas_jalan"],
    "drainase": ["jenis_drainase", "kondisi", "masalah"],
    "air_minum": ["sumber_air", "kualitas_air", "jml_kk_dilayani"],
    "sanitasi": ["jenis_sanitasi", "pembuangan_limbah", "kondisi", "jml_pengguna_kk"],
}


class SlumAssessment(PlpbkAlgorithm):
    ALGORITHM_ID = "slumassessment"
    WRITES_TABLES = frozenset({RESULT_TABLE})
    GROUP_KEY = "analysis"
    GUIDELINE_CODES = ("R05", "R10", "R12")
    EXAMPLE = {"DATABASE": "survei.gpkg", "BASELINE": "baseline_kumuh.csv", "CITY_SIZE": 1,
               "OUTPUT": "skor_kumuh.gpkg", "REPORT": "skor_kumuh.pdf"}
    DATABASE = keys.DATABASE
    BASELINE = "BASELINE"
    BUILDING_RULES = "BUILDING_RULES"
    CITY_SIZE = "CITY_SIZE"
    AREA_NAME = "AREA_NAME"
    WRITE_DATABASE = "WRITE_DATABASE"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def displayName(self):  # noqa: N802
        return self.tr("Penilaian tingkat kekumuhan per RT (Permen PUPR 14/2018)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Skor kekumuhan per RT menurut Peraturan Menteri PUPR No. 14/PRT/M/2018 (kriteria KOTAKU): "
            "7 aspek, 16 kriteria k1a … k7b. Persentase yang tidak memenuhi tiap kriteria menjadi skor "
            "76–100 % → 5, 51–75 % → 3, 25–50 % → 1, di bawah 25 % → 0 (masuk pita sejak batas bawah "
            "yang tertulis: 75,5 % → 3); total 60–80 kumuh berat, 38–59 sedang, 16–37 ringan, di bawah 16 "
            "tidak kumuh. Kriteria per aspek: Permen PUPR 14/PRT/M/2018 (ilustrasinya di Lampiran I); pita "
            "skor dan ambang kelas: format penilaian baseline KOTAKU (rujukan pasal di "
            "core/analysis/slum_criteria.py).\n\n"
            "Sumber: lapisan survei (bangunan, jalan, drainase, air minum, sanitasi; hasil 'Periksa "
            "bangunan terhadap aturan' untuk KDB/KLB) dan/atau tabel baseline KOTAKU per RT (CSV/XLSX: "
            "rt, rw, [kode]_volume, [kode]_total; juga nilai_strategis, kependudukan, "
            "sosial_ekonomi_budaya, legalitas lahan) yang mengisi kekosongan. Setiap skor menyebut "
            "sumbernya; kriteria tanpa data ditulis 'tidak ada data', tidak pernah 0, dan tingkat "
            "kekumuhan lalu ditulis sebagai rentang. Pertimbangan non-fisik dicatat terpisah dari skor "
            "fisik.\n\nKeluaran: poligon RT (atau tabel), ringkasan PDF, dan lapisan skor_kumuh basis "
            "data survei untuk peta R05K.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg", optional=True,
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFile(
            self.BASELINE, self.tr("Tabel baseline KOTAKU per RT (CSV/XLSX)"), optional=True,
            fileFilter="CSV / Excel (*.csv *.xlsx *.txt)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDING_RULES, self.tr("Hasil 'Periksa bangunan terhadap aturan' (bangunan, untuk k1b)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CITY_SIZE, self.tr("Ukuran kota (ambang kepadatan bangunan k1b)"),
            [self.tr(label) for label in CITY_SIZE_LABELS], defaultValue=0))
        self.add_advanced(QgsProcessingParameterString(
            self.AREA_NAME, self.tr("Nama kelurahan / kawasan di ringkasan"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_DATABASE, self.tr("Tulis hasil ke lapisan skor_kumuh basis data (peta R05K)"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Skor kekumuhan per RT"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Ringkasan (PDF)"), "PDF (*.pdf)", optional=True, createByDefault=True))

    def compute(self, parameters, context, feedback):
        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.analysis.slum_run import assess
        from ....core.errors import PlpbkInputError
        from ....core.survey.catalog import load_catalog
        from ....core.table_files import read_table_file
        from ...analysis_inputs import (
            database_crs,
            kelurahan_name,
            optional_database,
            read_survey_layer,
            read_units,
            report_problems,
            result_fields,
            write_result_tables,
        )

        catalog = load_catalog()
        path, tables = optional_database(self, parameters, self.DATABASE, context, catalog)
        baseline_path = self.parameterAsFile(parameters, self.BASELINE, context)
        if path is None and not baseline_path:
            raise PlpbkInputError(self.tr("pilih basis data survei, tabel baseline KOTAKU, atau keduanya."),
                                  field=self.DATABASE)
        baseline = read_table_file(baseline_path, "baseline KOTAKU") if baseline_path else None
        crs = database_crs(path, tables, catalog) if path is not None else None
        units = read_units(self, parameters, context, None, None, None, path, tables, crs) if path is not None else None
        layers = {}
        for index, (name, fields) in enumerate(SURVEY_FIELDS.items()):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(5 + 40 * index / len(SURVEY_FIELDS))
            data = read_survey_layer(path, tables, name, context, crs, fields) if units is not None else None
            if data is not None and len(data):
                layers[name] = (data.columns, data.geometries)
        rules = None
        source = self.parameterAsSource(parameters, self.BUILDING_RULES, context)
        if source is not None and units is not None:
            data = read_source(source, context, None, fields=["id_bangunan", "status_kdb", "status_klb"],
                               target_crs=units.crs)
            rules = (data.columns, data.geometries)
        result = assess(units.keys if units else [], units.geometries if units else [], layers, rules,
                        CITY_SIZES[self.parameterAsEnum(parameters, self.CITY_SIZE, context)], baseline)
        report_problems(feedback, result.problems)
        feedback.setProgress(60)
        columns = self._columns(result.rows)
        fields = result_fields(columns)
        geometries = [units.geometries[w] if units is not None and w is not None else None
                      for w in result.unit_of_row]
        kind = QgsWkbTypes.MultiPolygon if units is not None else QgsWkbTypes.NoGeometry
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, kind,
                                          units.crs if units is not None else QgsCoordinateReferenceSystem())
        import numpy as np

        write_rows(sink, fields, np.array(geometries, dtype=object) if units is not None else None,
                   [[row.get(name) for name, _ in columns] for row in result.rows], feedback)
        outputs = {self.OUTPUT: dest}
        for row in result.rows:
            feedback.pushInfo(self.tr("RT {rt}: total {total}, {level}").format(
                rt=f"{row['no_rw']}/{row['no_rt']}" if row.get("no_rw") else row["no_rt"], total=row["total_skor"],
                level=row["tingkat_kumuh"] or self.tr("belum pasti ({low} – {high}), kriteria tanpa data: "
                                                      "{missing}").format(low=row["tingkat_kumuh_min"],
                                                                          high=row["tingkat_kumuh_maks"],
                                                                          missing=row["kriteria_hilang"])))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            from ....core.report.inputs import mentions_sample
            from ....core.report.slum_pdf import build_slum_summary

            area = self.parameterAsString(parameters, self.AREA_NAME, context).strip() or kelurahan_name(path, tables)
            pages = build_slum_summary(report, result.rows, area,
                                       sample=mentions_sample([str(path or baseline_path), area]),
                                       cancelled=feedback.isCanceled)
            feedback.pushInfo(self.tr("Ringkasan: {path} ({pages} halaman).").format(path=report, pages=pages))
            outputs[self.REPORT] = report
        if path is not None and units is not None and self.parameterAsBoolean(parameters, self.WRITE_DATABASE, context):
            kept = [i for i, w in enumerate(result.unit_of_row) if w is not None]
            write_result_tables(self, path, catalog, [(RESULT_TABLE, units.crs, [geometries[i] for i in kept],
                                                       [result.rows[i] for i in kept])], context, feedback)
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _columns(rows) -> list:
        """(name, kind) in the order of the first row; numbers real, counts integer, rest text."""
        if not rows:
            return [("no_rw", "text"), ("no_rt", "text")]
        kinds = []
        for name in rows[0]:
            if name.startswith(("persen_", "volume_", "total_k")):
                kinds.append((name, "real"))
            elif name.startswith("skor_") or name in ("total_skor",):
                kinds.append((name, "integer"))
            elif name == "lengkap":
                kinds.append((name, "boolean"))
            else:
                kinds.append((name, "text"))
        return kinds
