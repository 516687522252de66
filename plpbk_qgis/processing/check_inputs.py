"""What both conformance checks take besides the big layers: the city-plan zones with their
rule columns, the ITBX table, the shared parameters for them, and the JSON run report."""

from __future__ import annotations

from dataclasses import dataclass

from ..adapters.sources.conformance_io import Table, read_table
from ..adapters.sources.qgis_io import read_source
from ..adapters.survey import project_defaults
from ..core.errors import PlpbkInputError
from ..i18n import tr, tr_noop

# (parameter key, rule field of the normalised city-plan layer, label) shared by both checks
ZONE_RULE_PARAMS = (
    ("KDB_FIELD", "kdb_maks", tr_noop("Kolom KDB maksimum (%)")),
    ("KLB_FIELD", "klb_maks", tr_noop("Kolom KLB maksimum")),
    ("KDH_FIELD", "kdh_min", tr_noop("Kolom KDH minimum (%)")),
    ("GSB_FIELD", "gsb_min", tr_noop("Kolom GSB minimum (m)")),
    ("HEIGHT_MAX_FIELD", "tinggi_maks", tr_noop("Kolom tinggi maksimum (m)")),
    ("FLOORS_MAX_FIELD", "lantai_maks", tr_noop("Kolom jumlah lantai maksimum")),
)

RULE_UNITS = "RULE_UNITS"
ALTERNATIVE = "ALTERNATIVE"
# labels of core.rule_values.RULE_UNITS, in its order
RULE_UNIT_LABELS = (tr_noop("otomatis (0–1 = pecahan, dengan catatan)"), tr_noop("persen"),
                    tr_noop("pecahan (0–1)"))


@dataclass
class RuleZones:
    table: Table
    codes: list
    rules: dict   # rule name -> raw values per zone (only rules whose field exists)
    lot_rules: list | None = None   # aturan_kelas JSON per zone, None when the layer has none


def read_rule_zones(alg, parameters, key, context, crs, code_field, rule_fields: dict,
                    extra=()) -> RuleZones:
    """City-plan zones with their code and rule columns. A field named explicitly but absent is
    an error; a default name absent from the layer simply leaves that rule TIDAK_DICEK.
    ``extra``: further columns read when present (names of the zone, parent zone …)."""
    from .layer_checks import require_metric_polygons

    label = tr("Zona rencana kota")
    source = alg.parameterAsSource(parameters, key, context)
    require_metric_polygons(source, label)
    names = source.fields().names()
    if code_field not in names:
        raise PlpbkInputError(tr("kolom kode zona tidak ada. Pilih kolom kode (sub-)zona atau "
                                 "jalankan 'Impor rencana kota' dulu."), layer=source.sourceName(),
                              field=code_field)
    wanted = {}
    for rule, name in rule_fields.items():
        name = name or rule
        if name in names:
            wanted[rule] = name
        elif name != rule:
            raise PlpbkInputError(tr("kolom aturan tidak ada di lapisan zona."),
                                  layer=source.sourceName(), field=name)
    from ..core.conformance.zoning import RULE_FIELDS

    for rule in RULE_FIELDS:   # class-specific columns are taken by their standard names
        if rule not in wanted and rule in names:
            wanted[rule] = rule
    from ..core.cityplan.rule_values import LOT_RULES_FIELD

    extra = (*extra, LOT_RULES_FIELD)
    more = [name for name in extra if name in names and name not in wanted.values() and name != code_field]
    table = read_table(alg, parameters, key, context, None, [code_field, *wanted.values(), *more], crs, label)
    lot_rules = table.column(LOT_RULES_FIELD) if LOT_RULES_FIELD in names else None
    return RuleZones(table, table.column(code_field), {r: table.column(f) for r, f in wanted.items()},
                     lot_rules)


def add_rule_reading_parameters(alg, alternative: bool = True):
    """How KDB/KDH/KTB are written (``RULE_UNITS``) and, for the building check, one fixed
    alternative (``ALTERNATIVE``, 0 = each parcel takes the alternative it meets); both folded
    under Advanced."""
    from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterNumber

    alg.add_advanced(QgsProcessingParameterEnum(
        RULE_UNITS, tr("Penulisan KDB/KDH/KTB"), options=[tr(label) for label in RULE_UNIT_LABELS],
        defaultValue=0))
    if alternative:
        alg.add_advanced(QgsProcessingParameterNumber(
            ALTERNATIVE, tr("Alternatif intensitas yang dipakai (0 = yang terpenuhi per persil)"),
            QgsProcessingParameterNumber.Integer, 0, minValue=0, maxValue=9))


def rule_reading(alg, parameters, context) -> dict:
    """{'rule_units': …, 'alternative': …} for the core inputs."""
    from ..core.cityplan.rule_values import RULE_UNITS as UNITS

    out = {"rule_units": UNITS[alg.parameterAsEnum(parameters, RULE_UNITS, context)]}
    if alg.parameterDefinition(ALTERNATIVE) is not None:
        out["alternative"] = alg.parameterAsInt(parameters, ALTERNATIVE, context)
    return out


# the step names core's checks report (core has no Qt, so their translations live here)
CORE_STEPS = (tr_noop("persil"), tr_noop("KDB/KLB/KDH, zona, GSB"), tr_noop("aturan"), tr_noop("selesai"),
              tr_noop("tumpang susun zona"), tr_noop("guna rencana"), tr_noop("intensitas"))


def progress_reporter(feedback, start: float = 10.0, span: float = 80.0):
    """The ``progress(fraction, text)`` callback core's checks call: progress bar, the step
    in the user's language, and cancel (the check stops between blocks, nothing is written)."""
    def progress(fraction, text=""):
        if feedback.isCanceled():
            raise PlpbkInputError(tr("Dibatalkan oleh pengguna."))
        feedback.setProgress(start + span * fraction)
        if text:
            feedback.pushInfo(tr("Menghitung: {}").format(tr(text)))

    return progress


def load_itbx(path):
    """ITBX table from a CSV in the documented format, or any table QGIS can open."""
    from ..core.conformance.itbx import ItbxTable

    if not path:
        return None
    if path.lower().endswith(".csv"):
        try:
            return ItbxTable.from_csv(path)
        except (OSError, UnicodeDecodeError) as error:
            raise PlpbkInputError(tr("tabel ITBX tidak dapat dibaca: {}").format(error), layer=path) from error
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "itbx", "ogr")
    if not layer.isValid():
        raise PlpbkInputError(tr("tabel ITBX tidak dapat dibuka."), layer=path)
    return itbx_from_source(layer)


def itbx_from_source(source):
    """ITBX table from any QGIS table/layer (matrix or one row per activity and sub-zone)."""
    from ..core.conformance.itbx import ItbxTable

    if source is None:
        return None
    data = read_source(source, geometry=False)
    names = list(data.columns)
    if "kode_kegiatan" not in names:
        raise PlpbkInputError(tr("tabel ITBX harus memiliki kolom kode_kegiatan."),
                              layer=data.name, field="kode_kegiatan")
    return ItbxTable.from_rows(dict(zip(names, values)) for values in zip(*data.columns.values()))


def report_run(alg, parameters, context, check, outputs: dict, reasons: dict, layers: dict):
    """Write the JSON summary when REPORT is set; returns its path or None."""
    from ..core.conformance.report import build_report, summarise, write_report

    path = alg.parameterAsFileOutput(parameters, "REPORT", context)
    if not path:
        return None
    plain = {}
    for key, value in parameters.items():
        if isinstance(value, (str, int, float, bool)) or value is None:
            plain[key] = value
        else:
            plain[key] = str(value)
    summaries = {name: summarise(columns) for name, columns in outputs.items()}
    return write_report(path, build_report(check, layers, plain, summaries, reasons))


def add_itbx_parameters(alg):
    """ITBX as a file (CSV template, spreadsheet, GeoPackage table) or as a loaded table."""
    from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile

    alg.addParameter(QgsProcessingParameterFile(
        "ITBX", tr("Tabel ITBX (berkas CSV/XLSX/GeoPackage)"), optional=True,
        fileFilter=tr("Tabel ITBX (*.csv *.xlsx *.gpkg *.ods);;Semua berkas (*.*)")))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "ITBX_LAYER", tr("Tabel ITBX (lapisan/tabel hasil impor rencana kota)"),
        [QgsProcessing.TypeVector], optional=True))


def add_zone_parameters(alg):
    """The city-plan zone layer and, folded under Advanced, which of its fields hold the code
    and each rule (defaults: the normalised layer of plpbk:importcityplan)."""
    from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource, QgsProcessingParameterField

    alg.addParameter(QgsProcessingParameterFeatureSource(
        alg.ZONES, tr("Zona rencana kota (dengan aturan)"), [QgsProcessing.TypeVectorPolygon],
        project_defaults.zone_layer()))
    alg.add_advanced(QgsProcessingParameterField(alg.ZONE_CODE_FIELD, tr("Kolom kode zona"),
                                                 "kode_zona", alg.ZONES, optional=True))
    for key, name, label in ZONE_RULE_PARAMS:
        alg.add_advanced(QgsProcessingParameterField(key, tr(label), name, alg.ZONES, optional=True))


def read_itbx(alg, parameters, context):
    """(ItbxTable or None, what it was read from)."""
    path = alg.parameterAsFile(parameters, "ITBX", context)
    if path:
        return load_itbx(path), path
    source = alg.parameterAsSource(parameters, "ITBX_LAYER", context)
    return itbx_from_source(source), (source.sourceName() if source is not None else None)
