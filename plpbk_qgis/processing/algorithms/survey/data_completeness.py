"""plpbk:datacompleteness — the data checklist (SEED_MAP S4) per catalog item and per RT."""

from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm
from ...layer_checks import require_features, require_geometry, require_metric_crs


class DataCompleteness(PlpbkAlgorithm):
    ALGORITHM_ID = "datacompleteness"
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ('S4',)
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'DATABASE': 'survei.gpkg', 'OUTPUT': 'daftar_periksa.csv', 'OUTPUT_HTML': 'daftar_periksa.html'}
    DATABASE = keys.DATABASE
    UNITS = "UNITS"
    UNIT_FIELD = "UNIT_FIELD"
    BY_WORK_AREA = "BY_WORK_AREA"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"
    PERCENT = "PERCENT"

    def displayName(self):  # noqa: N802
        return self.tr("Daftar periksa kelengkapan data")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Daftar periksa data (kode pedoman S4): untuk setiap lapisan katalog dan setiap RT (atau "
            "wilayah kerja), berapa fitur sudah ada dan berapa persen isian wajib sudah terisi.\n\n"
            "Wilayah: kosong = tabel rt di GeoPackage (nama 'RW xx / RT yy'); atau pilih lapisan "
            "wilayah kerja dan kolom namanya; atau centang 'Per wilayah kerja pokja' untuk memakai lapisan "
            "wilayah_kerja basis data (nama 'WK-01 · Tim …', jadi setiap pokja melihat wilayahnya). Hasil: tabel "
            "dan ringkasan HTML siap cetak.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, self.tr("Wilayah (kosong = RT dari GeoPackage)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_FIELD, self.tr("Kolom nama wilayah"), parentLayerParameterName=self.UNITS,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.BY_WORK_AREA, self.tr("Per wilayah kerja pokja (lapisan wilayah_kerja)"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Daftar periksa data"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Ringkasan (HTML, siap cetak)"), "HTML (*.html)",
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.PERCENT, self.tr("Kelengkapan rata-rata (%)")))

    def units(self, parameters, context, path, tables, crs):
        from ....adapters.sources.qgis_io import read_source
        from ....adapters.survey.survey_reader import open_table
        from ....core.survey.completeness import unique_names

        source = self.parameterAsSource(parameters, self.UNITS, context)
        name_field = self.parameterAsString(parameters, self.UNIT_FIELD, context)
        if self.parameterAsBoolean(parameters, self.BY_WORK_AREA, context):
            from ....core.errors import PlpbkInputError

            if "wilayah_kerja" not in tables:
                raise PlpbkInputError(self.tr("basis data tidak punya lapisan wilayah_kerja."), layer="wilayah_kerja")
            data = read_source(open_table(path, "wilayah_kerja"), context, None,
                               fields=["kode_wilayah", "nama_tim"], target_crs=crs)
            if not len(data):
                raise PlpbkInputError(self.tr("lapisan wilayah_kerja kosong: jalankan 'Buat wilayah kerja pokja' "
                                              "dulu."), layer="wilayah_kerja")
            blank = [None] * len(data.ids)
            names = [f"{code or '#' + str(fid)} · {team}" if team else str(code or f"#{fid}") for fid, code, team in
                     zip(data.ids, data.columns.get("kode_wilayah", blank), data.columns.get("nama_tim", blank))]
        elif source is None:
            if "rt" not in tables:
                return [], []
            source = open_table(path, "rt")
            data = read_source(source, context, None, fields=["no_rw", "no_rt"], target_crs=crs)
            # a hand-edited survey table may lack a number column: show '?' rather than fail
            blank = [None] * len(data.ids)
            names = [f"RW {rw or '?'} / RT {rt or '?'}" for rw, rt in
                     zip(data.columns.get("no_rw", blank), data.columns.get("no_rt", blank))]
        else:
            label = self.tr("wilayah")
            require_geometry(source, label, QgsWkbTypes.PolygonGeometry)
            require_features(source, label)
            require_metric_crs(source, label, degrees_ok=True)
            name_field = self.field_of(parameters, self.UNIT_FIELD, context, source)
            data = read_source(source, context, None, fields=[name_field] if name_field else [],
                               target_crs=crs)
            names = [str(v) if v is not None else f"#{fid}" for fid, v in
                     zip(data.ids, data.columns.get(name_field, [None] * len(data.ids)))]
        names = unique_names(names, data.ids)
        order = sorted(range(len(names)), key=lambda i: names[i])
        return [names[i] for i in order], [data.geometries[i] for i in order]

    def compute(self, parameters, context, feedback):
        import numpy as np

        from ....adapters.rendering.checklist_report import write_html
        from ....adapters.sources.qgis_io import write_rows
        from ....adapters.survey.survey_reader import open_table, read_table, survey_tables
        from ....core.survey.catalog import load_catalog
        from ....core.survey.completeness import checklist, summary_percent

        catalog = load_catalog()
        path, tables = survey_tables(self.parameterAsFile(parameters, self.DATABASE, context), catalog)
        crs = next((open_table(path, s.name).crs() for s in catalog.layers
                    if s.has_geometry and s.name in tables), None)
        data = {}
        for index, spec in enumerate(catalog.layers):
            if feedback.isCanceled():
                break
            feedback.setProgress(80.0 * index / len(catalog.layers))
            if spec.name in tables:
                _layer, layer_data = read_table(path, spec, context)
                data[spec.name] = (layer_data.geometries, layer_data.columns)
        names, polygons = self.units(parameters, context, path, tables, crs)
        rows = checklist(catalog, data, names, np.array(polygons, dtype=object))
        fields = QgsFields()
        for name, kind in (("lapisan", QVariant.String), ("judul", QVariant.String),
                           ("kode_seed_map", QVariant.String), ("pokja", QVariant.String),
                           ("wilayah", QVariant.String), ("jml_fitur", QVariant.Int),
                           ("terisi_pct", QVariant.Double), ("kolom_kurang", QVariant.String),
                           ("status", QVariant.String)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.NoGeometry)
        write_rows(sink, fields, None, [
            [r.layer, r.title, r.codes, r.pokja, r.unit, r.features,
             None if r.percent is None else round(r.percent, 1), ",".join(r.missing_fields),
             r.status] for r in rows], feedback)
        percent = summary_percent(rows)
        results = {self.OUTPUT: dest, self.PERCENT: round(percent, 1)}
        html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html:
            write_html(html, rows, catalog, path.name, percent)
            results[self.OUTPUT_HTML] = html
        feedback.pushInfo(self.tr("Kelengkapan rata-rata: {p:.1f}%").format(p=percent))
        return results
