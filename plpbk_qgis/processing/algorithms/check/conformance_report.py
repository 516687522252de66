"""plpbk:conformancereport — printable check report (PDF) for the Tim Teknis (SEED_MAP C4).

Thin adapter: reads the result layers of plpbk:checkbuildingrules / plpbk:checkplanconformance
(attributes only), renders the status overview map offscreen, and hands everything to
core.report_pdf which lays out the document.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...base import PlpbkAlgorithm


class ConformanceReport(PlpbkAlgorithm):
    ALGORITHM_ID = "conformancereport"
    GROUP_KEY = "check"
    GUIDELINE_CODES = ('C4',)
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'PARCELS': 'cek_persil.gpkg', 'BUILDINGS': 'cek_bangunan.gpkg', 'BLOCKS': 'cek_rencana_blok.gpkg', 'OUTPUT': 'laporan_pemeriksaan.pdf'}

    BLOCKS = "BLOCKS"
    PARCELS = "PARCELS"
    BUILDINGS = "BUILDINGS"
    BUILDING_REPORT = "BUILDING_REPORT"
    PLAN_REPORT = "PLAN_REPORT"
    AREA_NAME = "AREA_NAME"
    CHECKER = "CHECKER"
    MAX_ROWS = "MAX_ROWS"
    MAP = "MAP"
    OUTPUT = "OUTPUT"
    CSV = "CSV"
    PAGE_COUNT = "PAGE_COUNT"
    VIOLATION_COUNT = "VIOLATION_COUNT"

    # parameter key -> kind of result table in core.report_content
    LAYER_KINDS = ((BLOCKS, "blok"), (PARCELS, "persil"), (BUILDINGS, "bangunan"))

    def displayName(self):  # noqa: N802
        return self.tr("Cetak laporan pemeriksaan kesesuaian (PDF)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Menyusun laporan cetak (PDF A4) hasil pemeriksaan kesesuaian untuk Forum Konsultasi "
            "Tim Teknis (kode pedoman C4): sampul, masukan dan parameter pemeriksaan (dari laporan "
            "JSON), ringkasan jumlah per aturan × status dan per zona × status, peta ikhtisar "
            "status, tabel blok rencana (zona dan porsinya, setiap aturan rencana / batas kota / "
            "status, alasan), berita acara dengan kotak tanda tangan Tim Teknis, lalu Lampiran A "
            "daftar pelanggaran (nilai terukur dan batas, alasan; urut zona lalu ID) dan Lampiran "
            "B fitur yang perlu dicek dikelompokkan menurut kode alasan.\n\n"
            "Masukan: lapisan keluaran 'Periksa bangunan terhadap aturan zona' (persil dan/atau "
            "bangunan) dan/atau 'Periksa kesesuaian rencana (RTPLP) dengan rencana kota' (blok "
            "rencana). Laporan JSON pemeriksaan boleh dikosongkan: berkas JSON di folder lapisan "
            "yang menyebut lapisan itu dipakai otomatis.\n\n"
            "Daftar pelanggaran dibatasi 'Baris maksimum' per lapisan (0 = semua); sisanya "
            "disebutkan jumlahnya dan ada lengkap di CSV pelanggaran (opsional) dan lapisan hasil.")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon = [QgsProcessing.TypeVectorPolygon]
        for key, label in (
                (self.BLOCKS, "Hasil pemeriksaan blok rencana (keluaran 'Periksa kesesuaian rencana')"),
                (self.PARCELS, "Hasil pemeriksaan persil (keluaran 'Periksa bangunan', OUTPUT)"),
                (self.BUILDINGS, "Hasil pemeriksaan bangunan (keluaran 'Periksa bangunan', "
                                 "OUTPUT_BUILDINGS)")):
            self.addParameter(QgsProcessingParameterVectorLayer(key, self.tr(label), polygon,
                                                                optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AREA_NAME, self.tr("Nama kelurahan / kawasan"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CHECKER, self.tr("Nama pemeriksa"), optional=True))
        for parameter in (
                QgsProcessingParameterFile(self.BUILDING_REPORT, self.tr("Laporan JSON pemeriksaan "
                                           "bangunan (kosong = cari di folder lapisan)"),
                                           extension="json", optional=True),
                QgsProcessingParameterFile(self.PLAN_REPORT, self.tr("Laporan JSON pemeriksaan "
                                           "rencana (kosong = cari di folder lapisan)"),
                                           extension="json", optional=True),
                QgsProcessingParameterNumber(self.MAX_ROWS, self.tr("Baris maksimum daftar "
                                             "pelanggaran per lapisan (0 = semua)"),
                                             QgsProcessingParameterNumber.Integer, 500, minValue=0),
                QgsProcessingParameterBoolean(self.MAP, self.tr("Sertakan peta ikhtisar status"),
                                              defaultValue=True)):
            self.add_advanced(parameter)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Laporan PDF"), self.tr("Berkas PDF (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CSV, self.tr("Daftar pelanggaran (CSV, opsional)"), self.tr("Berkas CSV (*.csv)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Jumlah halaman")))
        self.addOutput(QgsProcessingOutputNumber(self.VIOLATION_COUNT, self.tr("Jumlah pelanggaran")))

    def compute(self, parameters, context, feedback):
        import tempfile
        from pathlib import Path

        from ....core.errors import PlpbkInputError
        from ....core.report.content import ResultTable, check_result_table
        from ....core.report.inputs import find_report, load_report, mentions_sample, report_texts
        from ....core.report.pdf import ReportRequest, build_report

        layers, tables = {}, []
        for key, kind in self.LAYER_KINDS:
            layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is None:
                continue
            if feedback.isCanceled():
                return {}
            table = self._read(layer, kind, context, feedback, ResultTable)
            check_result_table(table)
            layers[kind], tables = layer, tables + [table]
        if not tables:
            raise PlpbkInputError(self.tr(
                "pilih paling sedikit satu lapisan hasil pemeriksaan (blok rencana, persil atau "
                "bangunan) — keluaran 'Periksa bangunan terhadap aturan zona' atau 'Periksa "
                "kesesuaian rencana (RTPLP) dengan rencana kota'."))

        reports = []
        for key, kinds in ((self.BUILDING_REPORT, ("bangunan", "persil")), (self.PLAN_REPORT, ("blok",))):
            path = self.parameterAsFile(parameters, key, context)
            if not path:
                found = [find_report(layers[k].source()) for k in kinds if k in layers]
                path = next((str(p) for p in found if p), "")
            if path and all(r.get("_path") != path for r in reports):
                reports.append(dict(load_report(path), _path=path))

        area = self.parameterAsString(parameters, self.AREA_NAME, context).strip()
        texts = [area] + [layer.source() for layer in layers.values()]
        texts += [text for report in reports for text in report_texts(report)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        csv_path = self.parameterAsFileOutput(parameters, self.CSV, context) or None
        with tempfile.TemporaryDirectory(prefix="plpbk_laporan_") as folder:
            maps, legend = [], []
            if self.parameterAsBoolean(parameters, self.MAP, context):
                feedback.pushInfo(self.tr("Menggambar peta ikhtisar status …"))
                maps, legend = self._maps(layers, Path(folder))
            feedback.setProgress(60)
            request = ReportRequest(
                output=Path(output), tables=tables, area_name=area,
                checker=self.parameterAsString(parameters, self.CHECKER, context).strip(),
                reports=reports, maps=maps, map_legend=legend,
                max_rows=self.parameterAsInt(parameters, self.MAX_ROWS, context),
                sample=mentions_sample(texts), csv_path=Path(csv_path) if csv_path else None,
                cancelled=feedback.isCanceled)
            result = build_report(request)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Laporan: {0} halaman, {1} pelanggaran ({2} dicetak).").format(
            result["pages"], result["violations"], result["printed"]))
        return {self.OUTPUT: output, self.CSV: csv_path, self.PAGE_COUNT: result["pages"],
                self.VIOLATION_COUNT: result["violations"]}

    @staticmethod
    def _read(layer, kind, context, feedback, table_class):
        from ....adapters.sources.qgis_io import read_source

        data = read_source(layer, context, feedback, geometry=False, name=layer.name())
        source = layer.source().split("|", 1)[0]
        return table_class(kind=kind, name=layer.name(), columns=data.columns, fids=list(data.ids),
                           source=source.rsplit("/", 1)[-1] if layer.providerType() != "memory" else "")

    def _maps(self, layers, folder):
        """Overview of the whole result layer, then a detail of the plan blocks' area."""
        from ....adapters.rendering.status_map_image import render_status_map
        from ....adapters.styles.status_style import STATUS_COLOURS
        from ....core.report.pdf_map import MapImage

        status_kind = next((k for k in ("bangunan", "persil", "blok") if k in layers), None)
        outline = layers.get("blok") if status_kind != "blok" else None
        names = {"bangunan": "Bangunan", "persil": "Persil", "blok": "Blok rencana"}
        layer = layers[status_kind]
        caption = self.tr("{0} ({1}) diwarnai menurut status akhir").format(
            self.tr(names[status_kind]), layer.name())
        if outline is not None:
            caption += self.tr("; garis biru tua berlabel: blok rencana ({0})").format(outline.name())
        caption += self.tr(". Utara ke atas. CRS: {0}.").format(layer.crs().authid() or "?")
        maps = []
        views = [(False, self.tr("Seluruh wilayah yang diperiksa"))]
        if outline is not None:
            views.append((True, self.tr("Rinci: kawasan blok rencana (RTPLP)")))
        for index, (zoom, title) in enumerate(views):
            path = folder / f"peta_status_{index}.png"
            width = render_status_map(layer, outline, str(path), zoom_to_outline=zoom)
            if width is not None:
                maps.append(MapImage(path, title, caption, width))
        legend = [(self.tr(label), colour) for _, colour, label in STATUS_COLOURS]
        return maps, legend
