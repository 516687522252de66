"""plpbk:importcomments — residents' comments from forms or a spreadsheet into masukan_warga
(U1): each row placed by coordinates, plan block, RT or sheet cell, or kept and reported."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

TABLE = "masukan_warga"


class ImportComments(PlpbkAlgorithm):
    ALGORITHM_ID = "importcomments"
    WRITES_TABLES = frozenset({TABLE})
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("U1", "U2")
    EXAMPLE = {"DATABASE": "survei.gpkg", "TABLE": "masukan_uji_publik.xlsx", "OUTPUT": "masukan.gpkg"}
    DATABASE = keys.DATABASE
    TABLE = "TABLE"
    SHEET_INDEX = keys.SHEET_INDEX
    WRITE_DATABASE = "WRITE_DATABASE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Impor masukan warga uji publik")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Masukan warga dari formulir atau lembar kerja (CSV/XLSX; kode pedoman U1, U2) ke lapisan "
            "masukan_warga: kolom isi masukan (isi_masukan/komentar), ID lembar, dan tempatnya lewat salah satu "
            "dari: koordinat x/y (CRS basis data) atau bujur/lintang, kode blok rencana, RT (dan RW), atau sel "
            "lembar uji publik ('C4': 10 kolom A–J dari kiri, 10 baris 1–10 dari atas). Juga topik, kelompok "
            "warga, tanggal dan tempat pertemuan, status, tanggapan.\n\n"
            "Setiap baris ditempatkan atau disimpan tanpa titik dan dilaporkan; baris tanpa isi masukan "
            "dilaporkan. Masukan ditambahkan ke basis data, yang sudah ada tidak diubah.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFile(self.TABLE, self.tr("Tabel masukan (CSV/XLSX)"),
                                                     fileFilter="CSV / Excel (*.csv *.xlsx *.txt)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHEET_INDEX, self.tr("Indeks lembar peta (untuk sel lembar)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_DATABASE, self.tr("Tambahkan ke lapisan masukan_warga basis data"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Masukan warga"),
                                                            QgsProcessing.TypeVectorPoint))

    def compute(self, parameters, context, feedback):
        import datetime

        import numpy as np

        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.publicreview.comments import place_comments, value_choices
        from ....core.survey.catalog import load_catalog
        from ....core.table_files import read_table_file
        from ...analysis_inputs import (
            read_survey_layer,
            read_units,
            report_problems,
            required_database,
            result_fields,
        )

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        table = read_table_file(self.parameterAsFile(parameters, self.TABLE, context), "masukan")
        plan = read_survey_layer(path, tables, "rencana_blok", context, crs, ["id_blok"])
        blocks = {} if plan is None else {str(c): g for c, g in zip(plan.columns["id_blok"], plan.geometries) if c}
        units = read_units(self, parameters, context, None, None, None, path, tables, crs)
        rts = {}
        if units is not None:
            for (rw, rt), geometry in zip(units.keys, units.geometries):
                rts[(rw, rt)] = geometry
                rts[("", rt)] = None if ("", rt) in rts else geometry      # a bare RT number only when unique
        sheets = {}
        source = self.parameterAsSource(parameters, self.SHEET_INDEX, context)
        if source is not None and "nomor_lembar" in source.fields().names():
            data = read_source(source, context, None, fields=["nomor_lembar"], target_crs=crs)
            sheets = {str(n): g.bounds for n, g in zip(data.columns["nomor_lembar"], data.geometries) if g is not None}
        spec = catalog.layer(TABLE)
        choices = {role: value_choices(catalog.value_list(spec.field(role).values).items)
                   for role in ("topik", "kelompok", "status")}
        existing = read_survey_layer(path, tables, TABLE, context, crs, [])
        prefix = f"M{datetime.date.today():%Y%m%d}-{(len(existing) if existing is not None else 0) + 1:04d}"
        result = place_comments(table, blocks, {k: v for k, v in rts.items() if v is not None}, sheets,
                                self._to_metric(crs, context), id_prefix=prefix, choices=choices)
        report_problems(feedback, result.problems)
        names = [f.name for f in spec.fields]
        fields = result_fields([(f.name, "text" if f.type == "date" else f.type) for f in spec.fields])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        rows = [[row.get(name) for name in names] for row in result.rows]
        write_rows(sink, fields, np.array(result.geometries, dtype=object), rows, feedback)
        if feedback.isCanceled():                  # the database is written last, and only when not cancelled
            return {}
        if self.parameterAsBoolean(parameters, self.WRITE_DATABASE, context):
            self.database_written()
            self._append(path, tables, spec, result, crs, context)
        feedback.pushInfo(self.tr("{rows} baris tabel: {placed} masukan ditempatkan, {unplaced} tanpa titik, {empty} "
                                  "tanpa isi. Cara: {how}.").format(
            rows=len(table), placed=result.placed, unplaced=len(result.rows) - result.placed,
            empty=result.counts.get("tanpa_isi", 0),
            how=", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()))))
        return {self.OUTPUT: dest}

    @staticmethod
    def _to_metric(crs, context):
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

        if crs is None or not crs.isValid():
            return None
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext())

        def convert(lon, lat):
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                return None
            point = transform.transform(QgsPointXY(lon, lat))
            return point.x(), point.y()

        return convert

    @staticmethod
    def _append(path, tables, spec, result, crs, context):
        """Append to masukan_warga (made when an older database lacks it); nothing is replaced."""
        from ....adapters.survey.derived_tables import add_to_survey_table

        if TABLE not in tables:        # a database made before the layer existed: add it, empty
            from qgis.core import QgsVectorFileWriter, QgsWkbTypes

            from ...analysis_inputs import result_fields

            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName, options.layerName = "GPKG", TABLE
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
            fields = result_fields([(f.name, "text" if f.type == "date" else f.type) for f in spec.all_fields])
            writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Point, crs, context.transformContext(),
                                                options)
            del writer
        add_to_survey_table(path, TABLE, result.geometries, result.rows)
