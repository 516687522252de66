"""plpbk:checkbuildingrules — existing buildings and parcels against the zone rules (C3)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.sources.conformance_io import empty_table, read_table, write_table
from ....adapters.survey import project_defaults
from ....i18n import tr_noop
from ... import keys
from ...base import PlpbkAlgorithm
from ...check_inputs import (
    ZONE_RULE_PARAMS,
    add_itbx_parameters,
    add_rule_reading_parameters,
    add_zone_parameters,
    progress_reporter,
    read_itbx,
    read_rule_zones,
    report_run,
    rule_reading,
)
from ...layer_checks import require_geometry, require_metric_crs, require_metric_polygons, require_source


class CheckBuildingRules(PlpbkAlgorithm):
    ALGORITHM_ID = "checkbuildingrules"
    GROUP_KEY = "check"
    GUIDELINE_CODES = ('C3',)
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'BUILDINGS': 'survei.gpkg|layername=bangunan', 'PARCELS': 'survei.gpkg|layername=persil', 'ZONES': 'rencana_kota.gpkg', 'ROADS': 'survei.gpkg|layername=jalan', 'OUTPUT': 'cek_persil.gpkg', 'OUTPUT_BUILDINGS': 'cek_bangunan.gpkg'}

    BUILDINGS = "BUILDINGS"
    FLOORS_FIELD = "FLOORS_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    USE_FIELD = "USE_FIELD"
    PARCELS = "PARCELS"
    ZONES = keys.ZONES
    ZONE_CODE_FIELD = "ZONE_CODE_FIELD"
    ROADS = "ROADS"
    ROAD_WIDTH_FIELD = "ROAD_WIDTH_FIELD"
    ROAD_CLASS_FIELD = "ROAD_CLASS_FIELD"
    GREEN = "GREEN"
    ITBX = "ITBX"
    ITBX_LAYER = "ITBX_LAYER"
    FLOOR_HEIGHT = "FLOOR_HEIGHT"
    MIN_ZONE_SHARE = "MIN_ZONE_SHARE"
    ROAD_MAX_DISTANCE = "ROAD_MAX_DISTANCE"
    ESTIMATE_PARCELS = "ESTIMATE_PARCELS"
    REPORT = "REPORT"
    OUTPUT = "OUTPUT"
    OUTPUT_BUILDINGS = "OUTPUT_BUILDINGS"

    def displayName(self):  # noqa: N802
        return self.tr("Periksa bangunan terhadap aturan (KDB, KLB, KDH, GSB, tinggi, ITBX)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Memeriksa bangunan eksisting dan persilnya terhadap aturan zona rencana kota: "
            "KDB, KLB, KDH per persil, GSB (jarak bangunan ke batas jalan terdekat, aturan per "
            "kelas jalan bila ada), tinggi dan jumlah lantai, serta kegiatan (ITBX).\n"
            "Zona persil = zona dengan porsi luas terbesar; di bawah porsi minimum hasilnya "
            "PERLU_CEK. Tanpa lapisan persil, persil diperkirakan dengan tesselasi bangunan di "
            "dalam blok jalan (persil_estimasi = true).\n"
            "Aturan per kelas luas persil dan alternatif (mis. RDTR DKI \"Luas LP kurang dari 60 m2 : "
            "Alternatif 1 : 100, Alternatif 2 : 90, …\", langsung dari teks kolom zona atau dari "
            "kolom aturan_kelas hasil 'Impor rencana kota'): tiap persil dinilai menurut kelas "
            "luasnya sendiri; persil sesuai bila memenuhi semua aturan satu alternatif (kolom "
            "alternatif dan kelas_luas menyebut yang dipakai). Teks yang terpotong saat ekspor: "
            "persil di kelas yang hilang PERLU_CEK. KLB dibulatkan 3 desimal, KDB/KDH 2 desimal.\n"
            "Status: SESUAI, MELANGGAR, PERLU_CEK (data ada tetapi kosong/ambigu), TIDAK_DICEK "
            "(masukan tidak diberikan). Kolom 'alasan' berisi kode dan penjelasan singkat. "
            "Laporan JSON opsional berisi ringkasan per aturan, status dan zona.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Bangunan"), polygon, project_defaults.catalog_layer("bangunan")))
        # pre-filled with the survey database's own fields; a layer without them: not given
        for key, label, default in ((self.FLOORS_FIELD, tr_noop("Kolom jumlah lantai"), "jml_lantai"),
                                    (self.HEIGHT_FIELD, tr_noop("Kolom tinggi bangunan (m)"), "tinggi_m"),
                                    (self.USE_FIELD, tr_noop("Kolom fungsi/kegiatan (kode ITBX)"), "fungsi")):
            self.addParameter(QgsProcessingParameterField(key, self.tr(label), default, self.BUILDINGS,
                                                          QgsProcessingParameterField.Any, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Persil"), polygon,
                                                              optional=True))
        add_zone_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Jalan (garis as jalan atau poligon)"),
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(self.ROAD_WIDTH_FIELD, self.tr("Kolom lebar jalan (m)"),
                                                      "lebar_m", self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterField(self.ROAD_CLASS_FIELD, self.tr("Kolom kelas jalan"),
                                                      "kelas_jalan", self.ROADS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.GREEN, self.tr("Ruang hijau / tanah tak tertutup (untuk KDH)"), polygon, optional=True))
        add_itbx_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.FLOOR_HEIGHT, self.tr("Tinggi per lantai (m)"), QgsProcessingParameterNumber.Double, 4.0,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_ZONE_SHARE, self.tr("Porsi zona minimum (%)"), QgsProcessingParameterNumber.Double,
            80.0, minValue=0.0, maxValue=100.0))
        self.add_advanced(QgsProcessingParameterNumber(
            self.ROAD_MAX_DISTANCE, self.tr("Jarak pencarian jalan terdekat (m)"),
            QgsProcessingParameterNumber.Double, 50.0, minValue=1.0))
        add_rule_reading_parameters(self)
        self.add_advanced(QgsProcessingParameterBoolean(
            self.ESTIMATE_PARCELS, self.tr("Perkirakan persil bila lapisan persil kosong"), True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Laporan ringkas (JSON)"), "JSON (*.json)", optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hasil per persil"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUILDINGS, self.tr("Hasil per bangunan"), QgsProcessing.TypeVectorPolygon))


    def compute(self, parameters, context, feedback):
        import uuid

        import numpy as np

        from ....adapters.styles.status_style import StatusStyle
        from ....core.conformance.buildings import BuildingCheckInput, check_buildings

        label = self.tr("Bangunan")
        buildings_src = require_source(self.parameterAsSource(parameters, self.BUILDINGS, context), label)
        require_metric_polygons(buildings_src, label)
        crs = buildings_src.sourceCrs()
        field = lambda key: self.field_of(parameters, key, context, buildings_src)  # noqa: E731
        # zone fields: read_rule_zones tells a missing default from a missing chosen field
        zone_field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        feedback.pushInfo(self.tr("Membaca bangunan …"))
        # buildings and parcels stay WKB where they can and are decoded a block at a time
        buildings = read_table(self, parameters, self.BUILDINGS, context, None, label=label, lazy=True)
        zones = read_rule_zones(self, parameters, self.ZONES, context, crs,
                                zone_field(self.ZONE_CODE_FIELD) or "kode_zona",
                                {name: zone_field(key) for key, name, _ in ZONE_RULE_PARAMS})
        parcels = None
        if self.parameterAsSource(parameters, self.PARCELS, context) is not None:
            source = self.parameterAsSource(parameters, self.PARCELS, context)
            require_metric_polygons(source, self.tr("Persil"))
            parcels = read_table(self, parameters, self.PARCELS, context, None, target_crs=crs, lazy=True)
        roads = width = road_class = None
        road_src = self.parameterAsSource(parameters, self.ROADS, context)
        if road_src is not None:
            road_label = self.tr("Jalan")
            if QgsWkbTypes.geometryType(road_src.wkbType()) != QgsWkbTypes.LineGeometry:
                require_geometry(road_src, road_label, QgsWkbTypes.PolygonGeometry)
            require_metric_crs(road_src, road_label)
            width_field, class_field = (self.field_of(parameters, key, context, road_src)
                                        for key in (self.ROAD_WIDTH_FIELD, self.ROAD_CLASS_FIELD))
            roads = read_table(self, parameters, self.ROADS, context, None,
                               fields=[n for n in (width_field, class_field) if n], target_crs=crs)
            width, road_class = roads.column(width_field), roads.column(class_field)
        green = None
        if self.parameterAsSource(parameters, self.GREEN, context) is not None:
            green_src = self.parameterAsSource(parameters, self.GREEN, context)
            require_metric_polygons(green_src, self.tr("Ruang hijau"))
            green = read_table(self, parameters, self.GREEN, context, None, fields=[], target_crs=crs)
        itbx, itbx_name = read_itbx(self, parameters, context)
        feedback.pushInfo(self.tr("Menyiapkan geometri bangunan dan persil …"))
        data = BuildingCheckInput(
            buildings=buildings.polygons(), zones=zones.table.geometries, zone_codes=zones.codes,
            zone_columns=zones.rules, parcels=None if parcels is None else parcels.polygons(),
            floors=buildings.column(field(self.FLOORS_FIELD)),
            heights=buildings.column(field(self.HEIGHT_FIELD)),
            uses=buildings.column(field(self.USE_FIELD)),
            roads=None if roads is None else roads.geometries, road_widths=width, road_classes=road_class,
            green=None if green is None else green.geometries,
            itbx=itbx,
            floor_height=self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context),
            min_zone_share=self.parameterAsDouble(parameters, self.MIN_ZONE_SHARE, context),
            road_max_distance=self.parameterAsDouble(parameters, self.ROAD_MAX_DISTANCE, context),
            zone_lot_rules=zones.lot_rules, **rule_reading(self, parameters, context))
        if parcels is None and not self.parameterAsBool(parameters, self.ESTIMATE_PARCELS, context):
            data.parcels = np.empty(0, dtype=object)

        progress = progress_reporter(feedback)

        result = check_buildings(data, progress)
        unusable = result.unusable_road_widths
        for index, raw in unusable[:20]:
            feedback.pushWarning(self.tr("Jalan ke-{fid} (urutan di lapisan): lebar '{raw}' tidak dipakai (tidak terbaca atau di "
                                         "luar rentang wajar 0,5–100 m); GSB diukur dari as jalan dan "
                                         "ditandai PERLU_CEK. Perbaiki nilai lebar jalannya.").format(
                fid=index + 1, raw=raw))
        if len(unusable) > 20:
            feedback.pushWarning(self.tr("… dan {n} jalan lain dengan lebar yang tidak dipakai.").format(
                n=len(unusable) - 20))
        # the inputs' geometries are no longer needed where the outputs can reuse their WKB:
        # freeing them before writing keeps the peak memory of 10⁶ features within budget
        del data
        for table in (roads, green):
            if table is not None:
                table.geometries = None
        inputs = [t.source_path for t in (buildings, parcels, zones.table) if t is not None]
        buildings.release_geometries()
        if parcels is None:
            # no parcel layer: the estimated plots, or none at all when estimating is off
            parcel_geoms = result.parcel_geometries if result.estimated else np.empty(0, dtype=object)
            parcels = empty_table(self.tr("Persil estimasi"), len(parcel_geoms), crs, "id_persil")
        else:
            parcels.release_geometries()
            parcel_geoms = parcels.geometries
        feedback.pushInfo(self.tr("Menulis hasil …"))
        run = uuid.uuid4().hex       # ties this run's two result layers together when loaded
        out = write_table(self, parameters, self.OUTPUT, context, parcels, parcel_geoms, result.parcels,
                          QgsWkbTypes.MultiPolygon, feedback, StatusStyle("persil", run), inputs)
        out_b = write_table(self, parameters, self.OUTPUT_BUILDINGS, context, buildings,
                            buildings.geometries, result.buildings, QgsWkbTypes.MultiPolygon, feedback,
                            StatusStyle("bangunan", run), inputs)
        report = report_run(self, parameters, context, "checkbuildingrules",
                            {"persil": result.parcels, "bangunan": result.buildings}, result.reason_counts,
                            {"bangunan": buildings.name, "persil": parcels.name, "zona": zones.table.name,
                             "jalan": roads.name if roads else None, "ruang_hijau": green.name if green else None,
                             "itbx": itbx_name, "persil_estimasi": result.estimated})
        return {self.OUTPUT: out, self.OUTPUT_BUILDINGS: out_b, self.REPORT: report}
