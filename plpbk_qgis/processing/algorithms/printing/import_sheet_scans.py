"""plpbk:importsheetscans — photos/scans of the uji publik sheets (residents' pen marks on the
printed 1:1000 maps) brought back as GeoTIFFs of each sheet's map face, ready to digitise into
masukan_warga (U1).

Each file is read on its own: its QR code names the sheet and how to georeference it, its
printed ArUco corner markers give the photo's homography (``core.publicreview.sheet_scan``).
A file that cannot be used (QR unreadable or covered, markers missing, a sheet of another
album, not an image) is reported by name with what to do, and the next file goes on; the
report table lists every file.

Inputs, decided: a folder (every JPEG/PNG/PDF in it, as copied from a phone) and/or a list of
files separated by ``;`` (scripts and models; QGIS 3.22 has no multi-file parameter, and a
layer list would refuse PDFs). PDF pages are rasterised with GDAL's PDF driver (``pdftoppm``
where GDAL has none). Resolution 0 = automatic, 0.25 mm of paper per pixel (0.25 m at 1:1000).
"""

from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...base import PlpbkAlgorithm, tidy_message

STATUS_OK = "diimpor"
STATUS_FAILED = "gagal"
REPORT_FIELDS = (("berkas", QVariant.String), ("id_lembar", QVariant.String), ("status", QVariant.String),
                 ("pesan", QVariant.String), ("selisih_mm", QVariant.Double), ("geotiff", QVariant.String))


class ImportSheetScans(PlpbkAlgorithm):
    ALGORITHM_ID = "importsheetscans"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ("U1", "U2")
    EXAMPLE = {"INPUT_FOLDER": "foto_uji_publik", "ALBUM": "album/uji_publik/manifest.json",
               "OUTPUT_FOLDER": "pindaian_geotiff", "REPORT": "laporan_pindaian.csv"}
    INPUT_FOLDER = "INPUT_FOLDER"
    FILES = "FILES"
    ALBUM = "ALBUM"
    RESOLUTION = "RESOLUTION"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    REPORT = "REPORT"
    GEOTIFFS = "GEOTIFFS"
    IMPORTED = "IMPORTED"
    FAILED = "FAILED"

    def displayName(self):  # noqa: N802
        return self.tr("Impor foto/pindaian lembar uji publik (GeoTIFF)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Foto atau pindaian lembar peta uji publik yang sudah ditulisi warga (kode pedoman U1, U2) menjadi "
            "GeoTIFF muka peta di CRS lembar, sehingga coretan warga menumpang tepat di atas peta dan dapat "
            "didigitasi ke lapisan masukan_warga.\n\n"
            "Lembar harus dicetak dengan varian uji publik versi ini (kode QR dan kotak penanda hitam-putih di tepi "
            "lembar). Foto dengan ponsel boleh miring: seluruh lembar masuk foto, rata, cukup terang, kode QR dan "
            "penanda tidak tertutup. JPEG, PNG, atau PDF (setiap halaman satu lembar).\n\n"
            "Kode QR menyebut lembar, CRS, skala dan letaknya; penanda sudut memberi transformasi foto ke kertas. "
            "Ketelitian pada foto uji sintetis: jauh di bawah 1,5 m (1,5 mm di kertas 1:1000). Berkas yang tidak "
            "dapat dipakai (QR tidak terbaca, penanda kurang, lembar album lain bila manifest.json album dipilih) "
            "dilaporkan dengan namanya dan berkas lain tetap diproses. Tabel laporan: berkas, ID lembar, status, "
            "pesan, selisih penanda (mm) dan GeoTIFF-nya.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT_FOLDER, self.tr("Folder foto/pindaian (JPEG, PNG, PDF)"),
            behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.FILES, self.tr("Atau berkas foto/pindaian, dipisah ';'"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.ALBUM, self.tr("manifest.json album uji publik (menolak lembar album lain)"), extension="json",
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr("Resolusi GeoTIFF (m per piksel; 0 = otomatis, 0,25 mm kertas)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder GeoTIFF keluaran")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Laporan impor pindaian"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.GEOTIFFS, self.tr("GeoTIFF lembar")))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Berkas diimpor")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Berkas gagal")))

    def compute(self, parameters, context, feedback):
        from pathlib import Path

        from ....adapters.sources.qgis_io import write_rows
        from ....adapters.sources.scan_files import scan_files
        from ....core.errors import PlpbkInputError

        self._require_opencv()
        folder = self.parameterAsFile(parameters, self.INPUT_FOLDER, context)
        listed = [f.strip() for f in (self.parameterAsString(parameters, self.FILES, context) or "").split(";")]
        if folder and not Path(folder).is_dir():
            raise PlpbkInputError(self.tr("folder foto/pindaian '{folder}' tidak ada. Pilih folder berisi foto "
                                          "lembar.").format(folder=folder), field=self.INPUT_FOLDER)
        missing = [f for f in listed if f and not Path(f).is_file()]
        if missing:
            raise PlpbkInputError(self.tr("berkas tidak ada: {files}. Periksa nama dan foldernya.").format(
                files=", ".join(missing[:5])), field=self.FILES)
        files = scan_files(folder, listed)
        if not files:
            raise PlpbkInputError(self.tr("tidak ada foto atau pindaian (JPEG, PNG, PDF) untuk diimpor. Pilih folder "
                                          "berisi foto lembar uji publik atau daftar berkasnya."),
                                  field=self.INPUT_FOLDER)
        manifest = self._manifest(parameters, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        out_dir = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        out_dir.mkdir(parents=True, exist_ok=True)
        fields = QgsFields()
        for name, kind in REPORT_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.REPORT, context, fields, QgsWkbTypes.NoGeometry)
        rows, written, used = [], [], set()
        for index, path in enumerate(files):
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / len(files))
            for row in self._import_file(path, manifest, resolution, out_dir, used, feedback):
                rows.append(row)
                if row[2] == STATUS_OK:
                    written.append(row[5])
        write_rows(sink, fields, None, rows)
        failed = sum(1 for r in rows if r[2] != STATUS_OK)
        feedback.pushInfo(self.tr("{files} berkas: {ok} lembar diimpor ke GeoTIFF, {failed} gagal (lihat tabel "
                                  "laporan).").format(files=len(files), ok=len(written), failed=failed))
        for tif in written:
            self._load_on_completion(context, tif)
        return {self.OUTPUT_FOLDER: str(out_dir), self.REPORT: dest, self.GEOTIFFS: written,
                self.IMPORTED: len(written), self.FAILED: failed}

    # ------------------------------------------------------------------ one file
    def _import_file(self, path, manifest, resolution, out_dir, used, feedback) -> list:
        from ....adapters.sources.scan_files import read_scan

        rows = []
        for page in read_scan(path):
            if page.problem is not None:
                rows.append(self._failed(feedback, page.label, "", page.problem))
                continue
            try:
                rows.append(self._import_page(page, manifest, resolution, out_dir, used, feedback))
            except Exception as error:  # noqa: BLE001 - one bad photo must not stop the others
                import traceback

                from qgis.core import Qgis, QgsMessageLog

                QgsMessageLog.logMessage(traceback.format_exc(), "PLPBK", Qgis.Warning)
                rows.append(self._failed(feedback, page.label, "", self.tr(
                    "foto tidak dapat diolah ({kind}: {message}). Foto ulang lembar; rincian teknis di panel Log "
                    "Pesan (tab PLPBK).").format(kind=type(error).__name__, message=str(error)[:200])))
            finally:
                page.image = None                    # a 12 MP photo is 36 MB: free it before the next
        return rows

    def _import_page(self, page, manifest, resolution, out_dir, used, feedback) -> list:
        from ....adapters.rendering.scan_geotiff import write_face_geotiff
        from ....core.publicreview.map_face_raster import rectify_face
        from ....core.publicreview.sheet_scan import album_problem, paper_homography, read_sheet
        from ....i18n import say

        reading = read_sheet(page.image)
        code = reading.code
        sheet_id = code.sheet_id if code is not None else ""
        if reading.problem is not None:
            return self._failed(feedback, page.label, sheet_id, say(reading.problem), reading.residual_mm)
        foreign = album_problem(code, manifest)
        if foreign is not None:
            return self._failed(feedback, page.label, sheet_id, say(foreign), reading.residual_mm)
        crs_wkt = (manifest or {}).get("crs_wkt", "") if not code.crs else ""
        if not code.crs and not crs_wkt:
            return self._failed(feedback, page.label, sheet_id, self.tr(
                "CRS lembar {sheet} tidak memiliki kode otoritas (CRS buatan pengguna). Pilih manifest.json album "
                "lembar ini (parameter album): manifest menyimpan WKT CRS-nya.").format(sheet=sheet_id),
                reading.residual_mm)
        face = rectify_face(page.image, paper_homography(reading, code.paper), code, resolution)
        name = sheet_id
        number = 1
        while name.lower() in used:               # two photos of one sheet: keep both
            number += 1
            name = f"{sheet_id}_{number}"
        used.add(name.lower())
        target = write_face_geotiff(out_dir / f"{name}.tif", face, crs_wkt)
        notes = [say(w) for w in reading.warnings]
        message = self.tr("lembar {sheet} → {tif} ({res:g} m/piksel; selisih penanda {mm:.2f} mm)").format(
            sheet=sheet_id, tif=target.name, res=face.resolution, mm=reading.residual_mm)
        for note in notes:
            feedback.pushWarning(f"{page.label}: {note}")
        feedback.pushInfo(f"{page.label}: {message}")
        return [page.label, sheet_id, STATUS_OK, tidy_message(" ".join([message] + notes)), round(reading.residual_mm, 3),
                str(target)]

    def _failed(self, feedback, label, sheet_id, problem, residual=None) -> list:
        from ....i18n import say

        text = say(problem)
        feedback.reportError(self.tr("{file}: {problem}").format(file=label, problem=text), False)
        return [label, sheet_id, STATUS_FAILED, tidy_message(text), None if residual is None else round(residual, 3),
                None]

    # ------------------------------------------------------------------ inputs
    def _require_opencv(self):
        from ....core.errors import PlpbkInputError
        from ....dependencies import describe_missing, missing_requirements
        from ...base import _language

        problems = [p for p in missing_requirements() if p[0].module == "cv2"]
        if problems:
            raise PlpbkInputError(describe_missing(problems, _language()))

    def _manifest(self, parameters, context):
        import json
        from pathlib import Path

        from ....core.errors import PlpbkInputError

        path = self.parameterAsFile(parameters, self.ALBUM, context)
        if not path:
            return None
        try:
            manifest = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise PlpbkInputError(self.tr("manifest album tidak dapat dibaca ({reason}). Pilih manifest.json yang "
                                          "ditulis 'Cetak album peta tematik'.").format(reason=error),
                                  field=self.ALBUM) from error
        if not isinstance(manifest, dict) or "halaman" not in manifest or "kelurahan" not in manifest:
            raise PlpbkInputError(self.tr("berkas ini bukan manifest.json album PLPBK (tidak ada kelurahan/halaman). "
                                          "Pilih manifest.json di folder album uji publik."), field=self.ALBUM)
        return manifest

    @staticmethod
    def _load_on_completion(context, path):
        from pathlib import Path

        from qgis.core import QgsProcessingContext

        details = QgsProcessingContext.LayerDetails(Path(path).stem, context.project(), "")
        context.addLayerToLoadOnCompletion(str(path), details)
