"""plpbk:validatesurvey — check the survey GeoPackage against the catalog (never edits it)."""

from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm
from ...layer_checks import require_features, require_geometry, require_metric_crs


class ValidateSurvey(PlpbkAlgorithm):
    ALGORITHM_ID = "validatesurvey"
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ('S5', 'S6')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'DATABASE': 'survei.gpkg', 'OUTPUT': 'masalah_survei.gpkg'}
    DATABASE = keys.DATABASE
    PRIORITY_AREA = keys.PRIORITY_AREA
    OVERLAP_MIN_AREA = "OVERLAP_MIN_AREA"
    CHECK_RONA_OUTSIDE = "CHECK_RONA_OUTSIDE"
    OUTPUT = "OUTPUT"
    PROBLEM_COUNT = "PROBLEM_COUNT"
    COUNTS = "COUNTS"

    def displayName(self):  # noqa: N802
        return self.tr("Periksa data survei")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Memeriksa isi basis data survei (GeoPackage dari 'Buat basis data survei') terhadap "
            "katalog: geometri kosong atau tidak valid, tipe geometri salah, bangunan tumpang "
            "tindih, nilai di luar daftar, isian wajib kosong, angka di luar rentang, fitur di "
            "luar kawasan prioritas, dan ID ganda.\n\n"
            "Di luar kawasan prioritas: lapisan rencana RTPLP (kelompok P) selalu diperiksa, "
            "karena rencana dibuat untuk kawasan prioritas. Lapisan rona 1:1000 (kelompok B: "
            "bangunan, persil, jalan …) hanya diperiksa bila 'Laporkan juga data rona "
            "(kelompok B) di luar kawasan prioritas' dicentang: Pemetaan Swadaya dilakukan se-kelurahan, jadi data "
            "rona di luar kawasan sah.\n\n"
            "Hasil: satu baris per masalah (lapisan, fid, kode masalah, pesan, titik untuk "
            "zoom) dan jumlah per kode. Data survei TIDAK diubah.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        area = QgsProcessingParameterFeatureSource(
            self.PRIORITY_AREA, self.tr("Kawasan prioritas (kosong = tabel kawasan_prioritas)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        self.add_advanced(area)
        overlap = QgsProcessingParameterNumber(
            self.OVERLAP_MIN_AREA, self.tr("Luas tumpang tindih minimum yang dilaporkan (m²)"),
            QgsProcessingParameterNumber.Double, 0.5, minValue=0.0)
        self.add_advanced(overlap)
        # Off by default: rona data (group B) surveyed kelurahan-wide is legitimate and would
        # drown the real findings (thousands of buildings outside the area on a real survey);
        # plan layers (group P) are always checked. See Layer.priority_area_check.
        rona = QgsProcessingParameterBoolean(
            self.CHECK_RONA_OUTSIDE,
            self.tr("Laporkan juga data rona (kelompok B) di luar kawasan prioritas"),
            defaultValue=False)
        self.add_advanced(rona)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Masalah data survei"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEM_COUNT, self.tr("Jumlah masalah")))
        self.addOutput(QgsProcessingOutputString(self.COUNTS, self.tr("Jumlah per kode (JSON)")))

    @staticmethod
    def output_fields() -> QgsFields:
        fields = QgsFields()
        for name, kind in (("lapisan", QVariant.String), ("fid_fitur", QVariant.LongLong),
                           ("kode_masalah", QVariant.String), ("pesan", QVariant.String),
                           ("kolom", QVariant.String), ("nilai", QVariant.String),
                           ("wilayah_kerja", QVariant.String), ("pokja_wilayah", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    @staticmethod
    def _work_areas(path, tables, context, crs, points):
        """(kode_wilayah, pokja) of the work area holding each problem, when the database has work
        areas (plpbk:createworkareas), so each pokja gets its own list."""
        from ....core.survey.work_areas import area_of
        from ...analysis_inputs import read_survey_layer

        data = read_survey_layer(path, tables, "wilayah_kerja", context, crs, ["kode_wilayah", "pokja"])
        if data is None or not len(data):
            return [None] * len(points), [None] * len(points)
        index = area_of(points, data.geometries)
        codes = [None if i < 0 else data.columns["kode_wilayah"][i] for i in index]
        teams = [None if i < 0 else data.columns["pokja"][i] for i in index]
        return codes, teams

    def compute(self, parameters, context, feedback):
        import json

        import numpy as np
        import shapely

        from ....adapters.sources.qgis_io import write_rows
        from ....adapters.survey.survey_reader import (
            open_table,
            priority_area,
            read_table,
            survey_tables,
        )
        from ....core.survey import validation as sv
        from ....core.survey.catalog import load_catalog

        catalog = load_catalog()
        path, tables = survey_tables(self.parameterAsFile(parameters, self.DATABASE, context), catalog)
        crs = None
        for spec in catalog.layers:
            if spec.has_geometry and spec.name in tables:
                crs = open_table(path, spec.name).crs()
                break
        area_source = self.parameterAsSource(parameters, self.PRIORITY_AREA, context)
        if area_source is not None:
            # reprojected to the survey's CRS, so degrees are fine; a CRS that does not fit the
            # coordinates would put every plan block "outside the priority area"
            require_geometry(area_source, self.tr("kawasan prioritas"), QgsWkbTypes.PolygonGeometry)
            require_features(area_source, self.tr("kawasan prioritas"))
            require_metric_crs(area_source, self.tr("kawasan prioritas"), degrees_ok=True)
        area = priority_area(path, tables, context, area_source, target_crs=crs)
        if area is None:
            feedback.pushWarning(self.tr(
                "Kawasan prioritas kosong: pemeriksaan 'di luar kawasan' dilewati. Gambar batas "
                "kawasan di lapisan kawasan_prioritas."))
        min_area = self.parameterAsDouble(parameters, self.OVERLAP_MIN_AREA, context)
        rona_in_area = self.parameterAsBoolean(parameters, self.CHECK_RONA_OUTSIDE, context)
        problems = []
        for index, spec in enumerate(catalog.layers):
            if feedback.isCanceled():
                break
            feedback.setProgress(90.0 * index / len(catalog.layers))
            if spec.name not in tables:
                if not spec.derived:       # an analysis result not computed yet is no survey gap
                    problems.append(sv.missing_table(spec))
                continue
            _layer, data = read_table(path, spec, context)
            problems += sv.check_layer(spec, catalog, data.ids, data.geometries, data.columns,
                                       area, min_area, rona_in_area)
        fields = self.output_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.Point, crs)
        points = np.array([None if p.geometry is None or shapely.is_empty(p.geometry)
                           else shapely.point_on_surface(shapely.make_valid(p.geometry))
                           for p in problems], dtype=object)
        codes, teams = self._work_areas(path, tables, context, crs, points)
        rows = [[p.layer, p.feature_id, p.code, p.message, p.field,
                 None if p.value is None else str(p.value), code, team]
                for p, code, team in zip(problems, codes, teams)]
        per_area: dict = {}
        for code, team in zip(codes, teams):
            if code:
                per_area[(code, team)] = per_area.get((code, team), 0) + 1
        for (code, team), count in sorted(per_area.items()):
            feedback.pushInfo(self.tr("wilayah kerja {code} ({team}): {n} masalah").format(code=code, team=team, n=count))
        write_rows(sink, fields, points, rows, feedback)
        counts = sv.counts_by_code(problems)
        for code, count in counts.items():
            if count:
                feedback.pushInfo(f"{code}: {count}")
        feedback.pushInfo(self.tr("Jumlah masalah: {n}").format(n=len(problems)))
        return {self.OUTPUT: dest, self.PROBLEM_COUNT: len(problems),
                self.COUNTS: json.dumps(counts)}
