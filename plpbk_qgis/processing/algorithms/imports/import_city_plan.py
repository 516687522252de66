"""plpbk:importcityplan — RTRW / RDTR / RTBL polygons into the normalised city-plan layer."""

from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ....i18n import say, tr_noop
from ...base import PlpbkAlgorithm
from ...check_inputs import add_rule_reading_parameters, rule_reading
from ...layer_checks import require_features, require_geometry, require_source, source_name

PLAN_TYPES = ["RDTR", "RTRW", "RTBL"]


def normalised_fields() -> QgsFields:
    from ....core.cityplan.city_plan import NORMALISED_FIELDS, RULE_FIELDS

    fields = QgsFields()
    for name in NORMALISED_FIELDS:
        fields.append(QgsField(name, QVariant.Double if name in RULE_FIELDS else QVariant.String))
    return fields


class ImportCityPlan(PlpbkAlgorithm):
    ALGORITHM_ID = "importcityplan"
    GROUP_KEY = "import"
    GUIDELINE_CODES = ('S2', 'C1')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'INPUT': 'rdtr_kota.shp', 'INTENSITAS': 'intensitas.csv', 'TATA_BANGUNAN': 'tata_bangunan.csv', 'OUTPUT': 'rencana_kota.gpkg'}

    INPUT = "INPUT"
    PLAN_TYPE = "PLAN_TYPE"
    INTENSITAS = "INTENSITAS"
    TATA_BANGUNAN = "TATA_BANGUNAN"
    FIELD_MAP = "FIELD_MAP"
    PREFER_TABLE = "PREFER_TABLE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    UNKNOWN_CODES = "UNKNOWN_CODES"
    NOTE_COUNT = "NOTE_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Impor rencana kota (RTRW/RDTR/RTBL)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Mengubah poligon rencana kota (RTRW, RDTR, RTBL) dalam bentuk apa pun yang "
            "diterbitkan kota menjadi satu lapisan rencana kota baku yang dibaca pemeriksaan "
            "kesesuaian: jenis_rencana, kode_zona (kode sub-zona), nama zona, blok, nama wilayah "
            "administrasi dan kolom aturan kdb_maks, klb_maks, kdh_min, ktb_maks, gsb_min, "
            "tinggi_maks, lantai_maks serta varian per kelas jalan (…_arteri/_kolektor/_lokal).\n\n"
            "Skema atribut RDTR nasional (KODSZN, NAMSZN, KODZON, KODBLK, WADMKD, KDB, KLB, KDH …) "
            "dikenali otomatis, termasuk nama bersufiks seperti KODSZN_1. Untuk skema lain isi "
            "'Pemetaan kolom', mis. kode_zona=SUBZONA; kdb_maks=KDB_MAX.\n\n"
            "Nilai aturan diambil dari atribut poligon dan/atau dari tabel aturan (CSV, lihat "
            "resources/rules/templates) yang digabung menurut kode sub-zona. Teks seperti \"60\", "
            "\"60%\", \"0,6\" dibaca (cara penulisan KDB/KDH/KTB: parameter lanjutan). Aturan per "
            "kelas luas persil, dengan atau tanpa alternatif (mis. RDTR DKI \"Luas LP kurang dari "
            "60 m2 : Alternatif 1 : 100, …\"), disimpan di kolom aturan_kelas (JSON) dan kolom "
            "aturan biasa dikosongkan; teks yang terpotong saat ekspor menyimpan kelas yang "
            "lengkap saja. Teks yang tidak dapat dibaca (rentang, nilai tidak wajar) dikosongkan "
            "dan dicatat bersama teks aslinya di kolom catatan_impor dan di log — tidak pernah "
            "ditebak. Kode sub-zona yang tidak ada di "
            "tabel aturan didaftar di log.\n\n"
            "Lapisan tanpa CRS atau yang koordinatnya tidak cocok dengan CRS-nya (meter yang "
            "dinyatakan EPSG:4326) ditolak. Lapisan berderajat diproyeksikan ke CRS tujuan "
            "(bawaan: zona TM-3 menurut bujur data). Lapisan masukan tidak diubah.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            # any geometry accepted here so that a line/point layer gets our message, not a generic one
            self.INPUT, self.tr("Poligon rencana kota"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum(
            self.PLAN_TYPE, self.tr("Jenis rencana (bila tidak tertulis di atribut JNSRPR)"),
            options=PLAN_TYPES, defaultValue=0))
        for key, label in ((self.INTENSITAS, tr_noop("Tabel intensitas (intensitas.csv)")),
                           (self.TATA_BANGUNAN, tr_noop("Tabel tata bangunan (tata_bangunan.csv)"))):
            self.addParameter(QgsProcessingParameterFile(
                key, self.tr(label), extension="csv", optional=True))
        advanced = [
            QgsProcessingParameterString(
                self.FIELD_MAP, self.tr("Pemetaan kolom (kolom_baku=KOLOM_SUMBER; …)"),
                defaultValue="", optional=True, multiLine=False),
            QgsProcessingParameterBoolean(
                self.PREFER_TABLE, self.tr("Bila atribut dan tabel berbeda, pakai nilai tabel"),
                defaultValue=False),
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("CRS tujuan (kosong = CRS metrik sumber atau TM-3)"),
                optional=True),
        ]
        for parameter in advanced:
            self.add_advanced(parameter)
        add_rule_reading_parameters(self, alternative=False)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Rencana kota (baku)"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputString(
            self.UNKNOWN_CODES, self.tr("Kode sub-zona yang tidak ada di tabel aturan")))
        self.addOutput(QgsProcessingOutputNumber(
            self.NOTE_COUNT, self.tr("Jumlah poligon dengan catatan_impor")))

    def _tables(self, parameters, context, feedback, units):
        from ....core.cityplan.rule_tables import read_intensitas, read_tata_bangunan

        tables = []
        for key, reader in ((self.INTENSITAS, read_intensitas), (self.TATA_BANGUNAN, read_tata_bangunan)):
            path = self.parameterAsFile(parameters, key, context)
            table = reader(path, units) if path else None
            if table is not None:
                feedback.pushInfo(self.tr("Tabel {name}: {n} kode sub-zona").format(
                    name=table.source, n=len(table.codes())))
                for problem in table.problems:
                    feedback.reportError(say(problem), False)
            tables.append(table)
        return tables

    def compute(self, parameters, context, feedback):
        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.cityplan.city_plan import detect_fields, normalise_features, parse_field_map
        from ....core.errors import PlpbkInputError
        from ...import_crs import describe_transform, require_importable_crs, target_crs

        source = require_source(self.parameterAsSource(parameters, self.INPUT, context), "rencana kota")
        name = source_name(source, "rencana kota")
        require_geometry(source, name, QgsWkbTypes.PolygonGeometry)
        require_features(source, name)
        require_importable_crs(source.sourceCrs(), source.sourceExtent(), name)
        field_names = source.fields().names()
        mapping = detect_fields(field_names)
        try:
            mapping.update(parse_field_map(self.parameterAsString(parameters, self.FIELD_MAP, context),
                                           field_names))
        except ValueError as error:
            raise PlpbkInputError(str(error), layer=name) from error
        if "kode_zona" not in mapping:
            raise PlpbkInputError(
                self.tr("kolom kode sub-zona tidak ditemukan (KODSZN atau sejenisnya). Isi parameter "
                        "'Pemetaan kolom', mis. kode_zona=NAMA_KOLOM. Kolom yang ada: {names}").format(
                    names=", ".join(field_names)),
                layer=name)
        units = rule_reading(self, parameters, context)["rule_units"]
        intensitas, tata = self._tables(parameters, context, feedback, units)
        requested = self.crs_of(parameters, self.TARGET_CRS, context)
        crs = target_crs(source.sourceCrs(), source.sourceExtent(), requested, context, feedback)
        feedback.pushInfo(self.tr("Transformasi koordinat: {t}").format(
            t=describe_transform(source.sourceCrs(), crs, source.sourceExtent(), context)))
        data = read_source(source, context, feedback, fields=sorted(set(mapping.values())),
                           target_crs=crs, name=name)
        rows, report = normalise_features(
            data.columns, len(data), mapping,
            PLAN_TYPES[self.parameterAsEnum(parameters, self.PLAN_TYPE, context)],
            intensitas, tata, self.parameterAsBoolean(parameters, self.PREFER_TABLE, context),
            labels=data.ids, empty_geometry=_empty(data.geometries), units=units)
        for line in report.summary_lines():
            feedback.pushInfo(say(line))
        for label, note in report.notes:
            feedback.pushWarning(self.tr("fitur {fid}: {note}").format(fid=label, note=say(note)))
        fields = normalised_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise PlpbkInputError(self.tr("keluaran tidak dapat dibuat; periksa lokasi berkas keluaran."),
                                  layer=name)
        geometries = _as_multi(data.geometries)
        write_rows(sink, fields, geometries, rows, feedback)
        del sink
        return {self.OUTPUT: dest, self.UNKNOWN_CODES: ",".join(sorted(report.unknown_codes)),
                self.NOTE_COUNT: report.features_with_notes}


def _as_multi(geometries):
    """Polygons and multipolygons both go into one MultiPolygon layer."""
    import numpy as np
    import shapely

    out = np.array(geometries, dtype=object)
    single = np.array([g is not None and g.geom_type == "Polygon" for g in out], dtype=bool)
    if single.any():
        out[single] = [shapely.MultiPolygon([g]) for g in out[single]]
    return out


def _empty(geometries):
    import shapely

    return [g is None or shapely.is_empty(g) for g in geometries]
