"""plpbk:checkplanconformance — the RTPLP plan blocks against the city plan (C1, C2)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.sources.conformance_io import read_table, write_table
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
from ...layer_checks import require_metric_polygons, require_source

# (parameter key, planned field of rencana_blok, label)
PLAN_FIELD_PARAMS = (
    ("KDB_PLAN_FIELD", "kdb_rencana", tr_noop("Kolom KDB rencana (%)")),
    ("KLB_PLAN_FIELD", "klb_rencana", tr_noop("Kolom KLB rencana")),
    ("KDH_PLAN_FIELD", "kdh_rencana", tr_noop("Kolom KDH rencana (%)")),
    ("GSB_PLAN_FIELD", "gsb_rencana", tr_noop("Kolom GSB rencana (m)")),
    ("HEIGHT_PLAN_FIELD", "tinggi_rencana", tr_noop("Kolom tinggi maksimum rencana (m)")),
    ("FLOORS_PLAN_FIELD", "lantai_rencana", tr_noop("Kolom jumlah lantai maksimum rencana")),
)
ZONE_TEXT_FIELDS = ("nama_zona", "kode_zona_induk", "nama_zona_induk")


class CheckPlanConformance(PlpbkAlgorithm):
    ALGORITHM_ID = "checkplanconformance"
    GROUP_KEY = "check"
    GUIDELINE_CODES = ('C1', 'C2')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'BLOCKS': 'survei.gpkg|layername=rencana_blok', 'ZONES': 'rencana_kota.gpkg', 'OUTPUT': 'cek_rencana_blok.gpkg'}

    BLOCKS = "BLOCKS"
    USE_FIELD = "USE_FIELD"
    ZONES = keys.ZONES
    ZONE_CODE_FIELD = "ZONE_CODE_FIELD"
    SLIVER_SHARE = "SLIVER_SHARE"
    REPORT = "REPORT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Periksa kesesuaian rencana (RTPLP) dengan rencana kota")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Memeriksa setiap blok rencana (lapisan rencana_blok) terhadap zona rencana kota "
            "(RDTR/RTBL) yang ditumpanginya: zona dan porsinya (zona_tumpang), guna rencana "
            "terhadap kegiatan yang diizinkan di sub-zona (tabel ITBX bila ada, selain itu kelas "
            "zona), zona lindung (RTH, sempadan, badan air, cagar budaya) yang direncanakan untuk "
            "bangunan = MELANGGAR, serta aturan rencana yang harus sama atau lebih ketat daripada "
            "rencana kota (KDB, KLB, tinggi, lantai tidak lebih besar; KDH, GSB tidak lebih kecil).\n"
            "Blok harus memenuhi setiap zona yang ditumpanginya; tumpang tindih di bawah porsi "
            "serpihan diabaikan. Blok di luar zona rencana kota: PERLU_CEK.\n"
            "Status: SESUAI, MELANGGAR, PERLU_CEK, TIDAK_DICEK; kolom 'alasan' menjelaskan.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BLOCKS, self.tr("Blok rencana (rencana_blok)"), polygon,
            project_defaults.catalog_layer("rencana_blok")))
        self.addParameter(QgsProcessingParameterField(
            self.USE_FIELD, self.tr("Kolom guna rencana"), "guna_rencana", self.BLOCKS, optional=True))
        for key, name, label in PLAN_FIELD_PARAMS:
            self.add_advanced(QgsProcessingParameterField(key, self.tr(label), name, self.BLOCKS, optional=True))
        add_zone_parameters(self)
        add_itbx_parameters(self)
        add_rule_reading_parameters(self, alternative=False)
        self.add_advanced(QgsProcessingParameterNumber(
            self.SLIVER_SHARE, self.tr("Porsi serpihan yang diabaikan (%)"),
            QgsProcessingParameterNumber.Double, 1.0, minValue=0.0, maxValue=50.0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Laporan ringkas (JSON)"), "JSON (*.json)", optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hasil per blok rencana"), QgsProcessing.TypeVectorPolygon))


    def compute(self, parameters, context, feedback):
        from ....adapters.styles.status_style import StatusStyle
        from ....core.conformance.plan import PlanCheckInput, check_plan
        from ....core.errors import PlpbkInputError

        label = self.tr("Blok rencana")
        source = require_source(self.parameterAsSource(parameters, self.BLOCKS, context), label)
        require_metric_polygons(source, label)
        crs = source.sourceCrs()
        field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        names = source.fields().names()
        planned_fields = {}
        for key, default, _ in PLAN_FIELD_PARAMS:
            chosen = field(key) or default
            if chosen in names:
                planned_fields[default] = chosen
            elif chosen != default:
                raise PlpbkInputError(self.tr("kolom rencana tidak ada."), layer=source.sourceName(), field=chosen)
        use_field = field(self.USE_FIELD) or "guna_rencana"
        if use_field not in names:
            use_field = None
            feedback.pushInfo(self.tr("Kolom guna rencana tidak ada: guna rencana TIDAK_DICEK."))
        blocks = read_table(self, parameters, self.BLOCKS, context, None, label=label)
        zones = read_rule_zones(self, parameters, self.ZONES, context, crs,
                                field(self.ZONE_CODE_FIELD) or "kode_zona",
                                {name: field(key) for key, name, _ in ZONE_RULE_PARAMS}, extra=ZONE_TEXT_FIELDS)
        itbx, itbx_name = read_itbx(self, parameters, context)
        data = PlanCheckInput(
            blocks=blocks.geometries, uses=blocks.column(use_field),
            planned={name: blocks.column(f) for name, f in planned_fields.items()},
            zones=zones.table.geometries, zone_codes=zones.codes, zone_columns=zones.rules,
            zone_names=zones.table.column("nama_zona") if "nama_zona" in zones.table.frame else None,
            zone_parent_codes=zones.table.column("kode_zona_induk") if "kode_zona_induk" in zones.table.frame
            else None,
            zone_parent_names=zones.table.column("nama_zona_induk") if "nama_zona_induk" in zones.table.frame
            else None,
            itbx=itbx, sliver_share=self.parameterAsDouble(parameters, self.SLIVER_SHARE, context),
            zone_lot_rules=zones.lot_rules, **rule_reading(self, parameters, context))

        progress = progress_reporter(feedback)

        result = check_plan(data, progress)
        inputs = [t.source_path for t in (blocks, zones.table)]
        out = write_table(self, parameters, self.OUTPUT, context, blocks, blocks.geometries, result.blocks,
                          QgsWkbTypes.MultiPolygon, feedback, StatusStyle(), inputs)
        report = report_run(self, parameters, context, "checkplanconformance", {"blok": result.blocks},
                            result.reason_counts, {"blok_rencana": blocks.name, "zona": zones.table.name,
                                                   "itbx": itbx_name})
        return {self.OUTPUT: out, self.REPORT: report}
