"""plpbk:hazardexposure — buildings, households and facilities in hazard zones per RT, and
fire-truck access per building (A3a–A3c, R07)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

RT_TABLE, BUILDING_TABLE = "paparan_bencana_rt", "paparan_bangunan"
LEVEL_ORDER = ("tidak_terpapar", "rendah", "sedang", "tinggi")


class HazardExposure(PlpbkAlgorithm):
    ALGORITHM_ID = "hazardexposure"
    WRITES_TABLES = frozenset({RT_TABLE, BUILDING_TABLE})
    GROUP_KEY = "analysis"
    GUIDELINE_CODES = ("A3a", "A3b", "A3c", "R07")
    EXAMPLE = {"DATABASE": "survei.gpkg", "FIRE_DISTANCE": 50, "OUTPUT": "paparan_rt.gpkg",
               "OUTPUT_BUILDINGS": "paparan_bangunan.gpkg"}
    DATABASE = keys.DATABASE
    HAZARDS = "HAZARDS"
    KIND_FIELD = "KIND_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    BUILDINGS = "BUILDINGS"
    ROADS = "ROADS"
    ROAD_WIDTH_FIELD = "ROAD_WIDTH_FIELD"
    HYDRANTS = "HYDRANTS"
    MIN_ROAD_WIDTH = "MIN_ROAD_WIDTH"
    FIRE_DISTANCE = "FIRE_DISTANCE"
    MIN_OVERLAP = "MIN_OVERLAP"
    WRITE_DATABASE = "WRITE_DATABASE"
    OUTPUT = "OUTPUT"
    OUTPUT_BUILDINGS = "OUTPUT_BUILDINGS"

    def displayName(self):  # noqa: N802
        return self.tr("Keterpaparan bencana dan akses pemadam kebakaran")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Untuk setiap lapisan zona bahaya (banjir, rob, rawan kebakaran, longsor, gempa, tsunami: "
            "lapisan rawan_bencana basis data survei atau lapisan poligon lain dengan kolom jenis dan "
            "tingkat) dan setiap RT (kode pedoman A3a–A3c, R07): jumlah bangunan, luas lantai, KK, KK "
            "miskin dan fasilitas umum di dalamnya per tingkat bahaya.\n\n"
            "Bangunan terpapar bila tapaknya masuk zona paling sedikit 1 m² (bersinggungan di tepi saja "
            "tidak); bangunan di dua tingkat memakai tingkat tertinggi; bangunan masuk RT yang memuat "
            "titik representatifnya.\n\n"
            "Akses pemadam: bangunan terjangkau bila jalan selebar paling sedikit 3,5 m (mobil pemadam) "
            "atau hidran berada dalam 50 m; jalan tanpa lebar yang terbaca tidak dihitung sebagai jalan "
            "mobil pemadam dan dilaporkan. Hasil per RT dan per bangunan; bila diminta ditulis ke "
            "lapisan paparan_bencana_rt dan paparan_bangunan basis data survei (peta R07).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg", optional=True,
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HAZARDS, self.tr("Lapisan zona bahaya (kosong = rawan_bencana basis data)"),
            QgsProcessing.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.KIND_FIELD, self.tr("Kolom jenis bencana (lapisan tanpa kolom ini: nama lapisannya)"),
            "jenis_bencana", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LEVEL_FIELD, self.tr("Kolom tingkat bahaya/risiko"), "tingkat_risiko", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Bangunan (kosong = bangunan basis data)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Jalan (kosong = jalan basis data)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ROAD_WIDTH_FIELD, self.tr("Kolom lebar jalan (m)"), "lebar_m", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HYDRANTS, self.tr("Hidran kebakaran (titik, opsional)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        for key, label, default in ((self.MIN_ROAD_WIDTH, self.tr("Lebar jalan minimum mobil pemadam (m)"), 3.5),
                                    (self.FIRE_DISTANCE, self.tr("Jarak maksimum ke jalan/hidran (m)"), 50.0),
                                    (self.MIN_OVERLAP, self.tr("Luas tapak minimum di zona agar terpapar (m²)"), 1.0)):
            self.add_advanced(QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Double, default,
                                                           minValue=0.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_DATABASE, self.tr("Tulis hasil ke lapisan paparan_bencana_rt dan paparan_bangunan basis "
                                         "data (peta R07)"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Keterpaparan per RT, bencana dan tingkat"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUILDINGS, self.tr("Keterpaparan dan akses pemadam per bangunan"),
            QgsProcessing.TypeVectorPolygon, optional=True, createByDefault=True))

    def compute(self, parameters, context, feedback):
        from ....core.analysis import hazard_run as run
        from ....core.errors import PlpbkInputError
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import database_crs, optional_database, read_units, report_problems

        catalog = load_catalog()
        path, tables = optional_database(self, parameters, self.DATABASE, context, catalog)
        crs = database_crs(path, tables, catalog) if path is not None else None
        buildings = self._layer(parameters, context, self.BUILDINGS, path, tables, "bangunan", crs,
                                ["id_bangunan", "jml_lantai", "jml_kk", "fungsi"])
        if buildings is None:
            raise PlpbkInputError(self.tr("pilih lapisan bangunan atau basis data survei yang berisi bangunan."),
                                  field=self.BUILDINGS)
        crs = crs or buildings[1]
        buildings = buildings[0]
        zones = self._zones(parameters, context, path, tables, crs)
        feedback.setProgress(20)
        units = read_units(self, parameters, context, None, None, None, path, tables, crs) if path else None
        width_field = self.parameterAsString(parameters, self.ROAD_WIDTH_FIELD, context) or None
        roads = self._layer(parameters, context, self.ROADS, path, tables, "jalan", crs,
                            [width_field] if width_field else [])
        hydrants = self._layer(parameters, context, self.HYDRANTS, None, set(), "", crs, [])
        points = {name: self._layer({}, context, "", path, tables, name, crs, fields)
                  for name, fields in (("kk_miskin", ["jml_jiwa"]), ("fasilitas", ["jenis_fasilitas"]))}
        if feedback.isCanceled():
            return {}
        result = run.exposure(
            buildings, zones, units, roads[0] if roads else None, width_field, hydrants[0] if hydrants else None,
            points["kk_miskin"][0] if points["kk_miskin"] else None,
            points["fasilitas"][0] if points["fasilitas"] else None,
            min_width=self.parameterAsDouble(parameters, self.MIN_ROAD_WIDTH, context),
            max_distance=self.parameterAsDouble(parameters, self.FIRE_DISTANCE, context),
            min_overlap_m2=self.parameterAsDouble(parameters, self.MIN_OVERLAP, context))
        report_problems(feedback, result.problems)
        feedback.setProgress(70)
        outputs = self._write(parameters, context, feedback, result, units, crs)
        if path is not None and units is not None and self.parameterAsBoolean(parameters, self.WRITE_DATABASE, context):
            from ...analysis_inputs import write_result_tables

            write_result_tables(self, path, catalog, [
                (RT_TABLE, crs, result.rt_summary_geometries, result.rt_summary),
                (BUILDING_TABLE, crs, buildings.geometries, result.building_rows)], context, feedback)
        exposed = sum(row["bangunan_terpapar"] for row in result.rt_summary)
        feedback.pushInfo(self.tr("{exposed} dari {total} bangunan di kawasan rawan; {far} tanpa akses pemadam.").format(
            exposed=exposed, total=len(buildings), far=sum(row["tanpa_akses_damkar"] for row in result.rt_summary)))
        feedback.setProgress(100)
        return outputs

    def _layer(self, parameters, context, key, path, tables, table, crs, fields):
        """(LayerData, crs) of the parameter's layer, else of the database table, else None."""
        from ....adapters.sources.qgis_io import read_source
        from ...analysis_inputs import read_survey_layer
        from ...layer_checks import require_metric_crs

        source = self.parameterAsSource(parameters, key, context) if key else None
        if source is not None:
            require_metric_crs(source, source.sourceName(), degrees_ok=crs is not None)
            target = crs or source.sourceCrs()
            return read_source(source, context, None, fields=fields, target_crs=target), target
        data = read_survey_layer(path, tables, table, context, crs, fields) if table else None
        return (data, crs) if data is not None else None

    def _zones(self, parameters, context, path, tables, crs):
        from ....adapters.sources.qgis_io import read_source
        from ....core.errors import PlpbkInputError
        from ...analysis_inputs import read_survey_layer
        from ...layer_checks import require_metric_crs

        kind_field = self.parameterAsString(parameters, self.KIND_FIELD, context) or None
        level_field = self.parameterAsString(parameters, self.LEVEL_FIELD, context) or None
        layers = self.parameterAsLayerList(parameters, self.HAZARDS, context)
        parts = []
        for layer in layers:
            require_metric_crs(layer, layer.name(), degrees_ok=True)
            names = layer.fields().names()
            data = read_source(layer, context, None, fields=[f for f in (kind_field, level_field) if f in names],
                               target_crs=crs)
            parts.append((layer.name(), data, kind_field in names, level_field in names))
        if not layers:
            data = read_survey_layer(path, tables, "rawan_bencana", context, crs, ["jenis_bencana", "tingkat_risiko"])
            if data is None:
                raise PlpbkInputError(self.tr("pilih lapisan zona bahaya, atau basis data survei dengan lapisan "
                                              "rawan_bencana."), field=self.HAZARDS)
            kind_field, level_field = "jenis_bencana", "tingkat_risiko"
            parts.append(("rawan_bencana", data, True, True))
        return [(name, data.geometries, data.columns.get(kind_field) if has_kind else None,
                 data.columns.get(level_field) if has_level else None, data.ids)
                for name, data, has_kind, has_level in parts]

    def _write(self, parameters, context, feedback, result, units, crs):
        import numpy as np

        from ....adapters.sources.qgis_io import write_rows
        from ...analysis_inputs import result_fields

        crs = crs or QgsCoordinateReferenceSystem()
        fields = result_fields(result.rt_columns)
        geometry = QgsWkbTypes.MultiPolygon if units is not None else QgsWkbTypes.NoGeometry
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, geometry, crs)
        write_rows(sink, fields, np.array(result.rt_geometries, dtype=object) if units is not None else None,
                   [[row.get(name) for name, _ in result.rt_columns] for row in result.rt_rows], feedback)
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.OUTPUT_BUILDINGS) not in (None, ""):
            fields = result_fields(result.building_columns)
            sink, building_dest = self.parameterAsSink(parameters, self.OUTPUT_BUILDINGS, context, fields,
                                                       QgsWkbTypes.MultiPolygon, crs)
            if sink is not None:
                write_rows(sink, fields, result.building_geometries,
                           [[row.get(name) for name, _ in result.building_columns] for row in result.building_rows],
                           feedback)
                outputs[self.OUTPUT_BUILDINGS] = building_dest
        return outputs
