"""plpbk:populationprojection — population per RT for the 5-year plan (A1a, A1b), with density."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ....i18n import tr_noop
from ... import keys
from ...base import PlpbkAlgorithm

METHODS = ("geometric", "arithmetic", "exponential")
METHOD_LABELS = (tr_noop("geometrik: Pt = P0 (1 + r)^t"), tr_noop("aritmatika: Pt = P0 (1 + r t)"),
                 tr_noop("eksponensial: Pt = P0 e^(r t)"))
RESULT_TABLE = "proyeksi_penduduk_rt"


class PopulationProjection(PlpbkAlgorithm):
    ALGORITHM_ID = "populationprojection"
    WRITES_TABLES = frozenset({RESULT_TABLE})
    GROUP_KEY = "analysis"
    GUIDELINE_CODES = ("A1a", "A1b")
    EXAMPLE = {"DATABASE": "survei.gpkg", "POPULATION": "penduduk_rt.csv", "HORIZON": 5,
               "OUTPUT": "proyeksi_rt.gpkg"}
    DATABASE = keys.DATABASE
    POPULATION = "POPULATION"
    POPULATION_LAYER = "POPULATION_LAYER"
    BASE_YEAR = "BASE_YEAR"
    HORIZON = "HORIZON"
    METHOD = "METHOD"
    RATE = "RATE"
    SURVIVAL = "SURVIVAL"
    BIRTH_RATE = "BIRTH_RATE"
    UNITS = "UNITS"
    RT_FIELD = "RT_FIELD"
    RW_FIELD = "RW_FIELD"
    WRITE_DATABASE = "WRITE_DATABASE"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self):  # noqa: N802
        return self.tr("Proyeksi penduduk dan kepadatan per RT")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Proyeksi jumlah penduduk per RT untuk jangka rencana 5 tahun (kode pedoman A1a, A1b) "
            "dari tabel penduduk (CSV/XLSX atau lapisan): bentuk panjang (rt, rw, tahun, jumlah) atau "
            "lebar (penduduk_2015, penduduk_2020 …), boleh per kelompok umur 5 tahunan dan jenis "
            "kelamin seperti tabel BPS.\n\n"
            "Metode geometrik, aritmatika atau eksponensial; laju r dihitung per RT dari dua tahun "
            "sensus terakhir, atau diberikan (% per tahun). Dengan tabel rasio ketahanan hidup dan "
            "angka kelahiran kasar (per 1000 penduduk per tahun), kelompok umur digeser tiap 5 tahun "
            "(model komponen kohort).\n\n"
            "Kepadatan bruto = jiwa per ha luas RT; kepadatan netto = jiwa per ha lahan permukiman "
            "(persil berisi rumah tinggal di basis data survei). Hasil per RT (poligon RT bila ada) "
            "dan tabel per tahun; bila diminta, ditulis juga ke lapisan proyeksi_penduduk_rt basis "
            "data survei untuk peta A1. Setiap baris tabel dipakai atau dilaporkan.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei (RT, persil, bangunan)"), extension="gpkg",
            optional=True, defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFile(
            self.POPULATION, self.tr("Tabel penduduk (CSV/XLSX)"), optional=True,
            fileFilter="CSV / Excel (*.csv *.xlsx *.txt)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION_LAYER, self.tr("… atau lapisan/tabel penduduk"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASE_YEAR, self.tr("Tahun dasar (0 = tahun terakhir di tabel)"), QgsProcessingParameterNumber.Integer,
            0, minValue=0, maxValue=2200))
        self.addParameter(QgsProcessingParameterNumber(
            self.HORIZON, self.tr("Jangka proyeksi (tahun)"), QgsProcessingParameterNumber.Integer, 5,
            minValue=1, maxValue=30))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Metode"), [self.tr(label) for label in METHOD_LABELS], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RATE, self.tr("Laju pertumbuhan (% per tahun; kosong = dari dua tahun sensus)"),
            QgsProcessingParameterNumber.Double, None, optional=True, minValue=-50.0, maxValue=50.0))
        advanced = [
            QgsProcessingParameterFile(self.SURVIVAL, self.tr("Tabel rasio ketahanan hidup 5 tahunan (model kohort)"),
                                       optional=True, fileFilter="CSV / Excel (*.csv *.xlsx *.txt)"),
            QgsProcessingParameterNumber(self.BIRTH_RATE, self.tr("Angka kelahiran kasar (per 1000 penduduk per "
                                                                  "tahun, model kohort)"),
                                         QgsProcessingParameterNumber.Double, None, optional=True, minValue=0.0,
                                         maxValue=100.0),
            QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Poligon RT (kosong = tabel rt basis data)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True),
            QgsProcessingParameterField(self.RT_FIELD, self.tr("Kolom nomor RT"), "no_rt",
                                        parentLayerParameterName=self.UNITS, optional=True),
            QgsProcessingParameterField(self.RW_FIELD, self.tr("Kolom nomor RW"), "no_rw",
                                        parentLayerParameterName=self.UNITS, optional=True),
        ]
        for parameter in advanced:
            self.add_advanced(parameter)
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_DATABASE, self.tr("Tulis hasil ke lapisan proyeksi_penduduk_rt basis data (peta A1)"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Proyeksi dan kepadatan per RT"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Proyeksi per tahun (tabel)"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))

    def compute(self, parameters, context, feedback):
        from ....core.analysis import population_run as run
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import (
            database_crs,
            optional_database,
            read_units,
            report_problems,
            write_result_tables,
        )

        catalog = load_catalog()
        path, tables = optional_database(self, parameters, self.DATABASE, context, catalog)
        table = run.read_population(self._population_frame(parameters, context))
        feedback.pushInfo(self.tr("Tabel penduduk: {used} dari {total} angka dipakai, {reported} dilaporkan.").format(
            used=table.records_used, total=table.records_in, reported=len(table.problems)))
        report_problems(feedback, table.problems)
        rate = self.parameterAsDouble(parameters, self.RATE, context) / 100.0 \
            if parameters.get(self.RATE) not in (None, "") else None
        survival_path = self.parameterAsFile(parameters, self.SURVIVAL, context)
        birth_rate = self.parameterAsDouble(parameters, self.BIRTH_RATE, context) \
            if parameters.get(self.BIRTH_RATE) not in (None, "") else None
        settings = run.Settings(
            base_year=self.parameterAsInt(parameters, self.BASE_YEAR, context) or None,
            horizon=self.parameterAsInt(parameters, self.HORIZON, context),
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)], rate=rate,
            survival=run.read_survival(survival_path) if survival_path else None, birth_rate=birth_rate)
        feedback.setProgress(20)
        crs = database_crs(path, tables, catalog) if path is not None else None
        units = read_units(self, parameters, context, self.UNITS, self.RT_FIELD, self.RW_FIELD, path, tables, crs)
        land = self._residential_land(path, tables, context, units)
        if feedback.isCanceled():
            return {}
        result = run.project(table, settings, units, land)
        report_problems(feedback, result.problems)
        feedback.setProgress(70)
        outputs = self._write(parameters, context, feedback, result, units)
        if path is not None and units is not None and self.parameterAsBoolean(parameters, self.WRITE_DATABASE, context):
            write_result_tables(self, path, catalog, [(RESULT_TABLE, units.crs, result.geometries, result.rows)],
                                context, feedback)
        feedback.setProgress(100)
        return outputs

    def _population_frame(self, parameters, context):
        from ....core.errors import PlpbkInputError
        from ....core.table_files import read_table_file

        path = self.parameterAsFile(parameters, self.POPULATION, context)
        if path:
            return read_table_file(path, "penduduk")
        source = self.parameterAsSource(parameters, self.POPULATION_LAYER, context)
        if source is None:
            raise PlpbkInputError(self.tr("pilih tabel penduduk (CSV/XLSX) atau lapisan penduduk."),
                                  field=self.POPULATION)
        import pandas as pd

        from ....adapters.sources.qgis_io import read_source

        data = read_source(source, context, None, geometry=False)
        return pd.DataFrame(data.columns, index=pd.Index(data.ids, name="fid"))

    @staticmethod
    def _residential_land(path, tables, context, units):
        from ....core.analysis.units import residential_land_m2
        from ...analysis_inputs import read_survey_layer

        if units is None:
            return None
        buildings = read_survey_layer(path, tables, "bangunan", context, units.crs, ["fungsi"])
        if buildings is None or not len(buildings):
            return None
        parcels = read_survey_layer(path, tables, "persil", context, units.crs, [])
        return residential_land_m2(units.geometries, None if parcels is None else parcels.geometries,
                                   buildings.geometries, buildings.columns["fungsi"])

    def _write(self, parameters, context, feedback, result, units):
        from ....adapters.sources.qgis_io import write_rows
        from ...analysis_inputs import result_fields

        fields = result_fields(result.columns)
        geometry = QgsWkbTypes.MultiPolygon if units is not None else QgsWkbTypes.NoGeometry
        from qgis.core import QgsCoordinateReferenceSystem

        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, geometry,
                                          units.crs if units is not None else QgsCoordinateReferenceSystem())
        write_rows(sink, fields, result.geometries if units is not None else None,
                   [[row.get(name) for name, _kind in result.columns] for row in result.rows], feedback)
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.OUTPUT_TABLE) not in (None, ""):
            table_fields = result_fields(result.table_columns)
            sink, table_dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, table_fields,
                                                    QgsWkbTypes.NoGeometry)
            if sink is not None:
                write_rows(sink, table_fields, None, result.table_rows, feedback)
                outputs[self.OUTPUT_TABLE] = table_dest
        return outputs
