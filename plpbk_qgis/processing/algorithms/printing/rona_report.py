"""plpbk:ronareport — draft Laporan Rona Kawasan Prioritas (R01–R12) as PDF and editable DOCX."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm


class RonaReport(PlpbkAlgorithm):
    ALGORITHM_ID = "ronareport"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12")
    EXAMPLE = {"DATABASE": "survei.gpkg", "OUTPUT": "laporan_rona.pdf", "OUTPUT_DOCX": "laporan_rona.docx"}
    DATABASE = keys.DATABASE
    SHEET_INDEX = keys.SHEET_INDEX
    AREA_NAME = "AREA_NAME"
    MAPS = "MAPS"
    OUTPUT = "OUTPUT"
    OUTPUT_DOCX = "OUTPUT_DOCX"

    def displayName(self):  # noqa: N802
        return self.tr("Draf Laporan Rona Kawasan Prioritas (PDF dan DOCX)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Draf Laporan Rona Kawasan Prioritas menurut kisi-kisi R01–R12 pedoman: satu bagian per kode "
            "dengan angka dari basis data survei (jumlah, persen, luas atau panjang per kategori yang "
            "dipetakan, di dalam kawasan prioritas; lapisan utama juga per RT), peta bagian itu dari album "
            "(lembar pertama yang berisi data) dan tempat uraian TAPP yang ditandai. Bagian tanpa data "
            "menyatakannya di tempat.\n\n"
            "Dua keluaran dari isi yang sama: PDF A4 (gaya laporan pemeriksaan) dan DOCX yang dapat "
            "disunting di pengolah kata. Indeks lembar kosong = lembar 1:1000 A3 dibuat untuk kawasan "
            "prioritas.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHEET_INDEX, self.tr("Indeks lembar peta (kosong = lembar 1:1000 kawasan prioritas)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AREA_NAME, self.tr("Nama kelurahan / kawasan di laporan"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.MAPS, self.tr("Sertakan peta album"), True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Laporan rona (PDF)"), "PDF (*.pdf)"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_DOCX, self.tr("Laporan rona (DOCX, dapat disunting)"), "Word (*.docx)", optional=True,
            createByDefault=True))

    def compute(self, parameters, context, feedback):
        import tempfile

        from ....adapters.survey.survey_reader import priority_area
        from ....core.report.inputs import mentions_sample
        from ....core.report.rona_content import LayerData, build_sections
        from ....core.report.rona_documents import write_docx, write_pdf
        from ....core.survey.catalog import load_catalog
        from ....i18n import user_language
        from ...analysis_inputs import kelurahan_name, read_survey_layer, read_units, required_database

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        layers = {}
        for index, spec in enumerate(catalog.layers):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(20.0 * index / len(catalog.layers))
            data = read_survey_layer(path, tables, spec.name, context, crs)
            if data is not None and len(data):
                layers[spec.name] = LayerData(spec.name, spec.title_id, spec.geometry, data.geometries, data.columns)
        units = read_units(self, parameters, context, None, None, None, path, tables, crs)
        area = priority_area(path, tables, context, None, target_crs=crs)
        area_name = self.parameterAsString(parameters, self.AREA_NAME, context).strip() or kelurahan_name(path, tables) \
            or self.tr("(nama kelurahan belum diisi)")
        sample = mentions_sample([area_name, str(path)])
        with tempfile.TemporaryDirectory(prefix="plpbk_rona_") as folder:
            images = {}
            if self.parameterAsBoolean(parameters, self.MAPS, context):
                feedback.pushInfo(self.tr("Mencetak peta bagian dari album …"))
                images = self._maps(parameters, context, feedback, path, catalog, area, crs, folder)
            if feedback.isCanceled():
                return {}
            feedback.setProgress(70)
            sections = build_sections(catalog, layers, units, area, images, user_language())
            output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
            pages = write_pdf(output, sections, area_name, sample, cancelled=feedback.isCanceled)
            results = {self.OUTPUT: output}
            docx = self.parameterAsFileOutput(parameters, self.OUTPUT_DOCX, context)
            if docx:
                try:
                    import docx as _python_docx  # noqa: F401 - optional: say so, keep the PDF
                except ImportError:
                    feedback.reportError(self.tr("DOCX tidak dibuat: pustaka python-docx tidak terpasang. Pasang "
                                                 "dengan: pip install python-docx, lalu ulangi. PDF tetap dibuat."),
                                         False)
                    docx = None
            if docx:
                write_docx(docx, sections, area_name, sample)
                results[self.OUTPUT_DOCX] = docx
        with_data = sum(1 for s in sections if s.has_data)
        feedback.pushInfo(self.tr("Laporan rona: {pages} halaman, {n} dari {total} bagian berisi data.").format(
            pages=pages, n=with_data, total=len(sections)))
        feedback.setProgress(100)
        return results

    def _maps(self, parameters, context, feedback, path, catalog, area, crs, folder) -> dict:
        from pathlib import Path

        from ....core.report.rona_content import SECTIONS
        from ....layouts.album import AlbumRequest, render_album

        sheets = self.parameterAsSource(parameters, self.SHEET_INDEX, context)
        if sheets is None:
            if area is None:
                feedback.pushWarning(self.tr("Tanpa kawasan prioritas dan indeks lembar: laporan dibuat tanpa peta."))
                return {}
            sheets = self._sheet_grid(area, crs)
        # the A3 sheet (420 mm) is printed 174 mm wide in the report: 110 dpi on the sheet is
        # ~265 dpi on the report's page, print quality without megabytes per map in the DOCX
        request = AlbumRequest(gpkg=Path(path), sheets=sheets, out_dir=Path(folder),
                               map_ids=[m for _, _, m in SECTIONS if m], variant="standar", export_dpi=72,
                               preview_dpi=110)
        manifest = render_album(request, catalog, feedback)
        return {map_id: str(Path(folder) / name) for map_id, name in manifest.get("gambar", {}).items()}

    @staticmethod
    def _sheet_grid(area, crs):
        from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
        from qgis.PyQt.QtCore import QVariant

        from ....core.sheet_grid import SheetSpec, sheet_grid

        layer = QgsVectorLayer("Polygon", "indeks_lembar", "memory")
        layer.setCrs(crs)
        layer.dataProvider().addAttributes([QgsField("nomor_lembar", QVariant.String)])
        layer.updateFields()
        features = []
        for sheet in sheet_grid(area, SheetSpec()):
            feature = QgsFeature(layer.fields())
            x0, y0, x1, y1 = sheet.bounds
            feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
            feature.setAttributes([sheet.nomor_lembar])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer
