"""plpbk:mergefieldwork — bring pokja field packages back into the master survey database (S6):
every edit applied, unchanged, duplicate or in conflict; conflicts kept for the rembug pokja."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm
from ...unsaved_edits import ANY_TABLE

COLUMNS = [("kode_wilayah", "text"), ("paket", "text"), ("lapisan", "text"), ("jenis_edit", "text"),
           ("fid_paket", "integer"), ("fid_master", "integer"), ("kolom", "text"), ("hasil", "text"),
           ("alasan", "text")]


class MergeFieldWork(PlpbkAlgorithm):
    ALGORITHM_ID = "mergefieldwork"
    WRITES_TABLES = frozenset({ANY_TABLE})      # every survey table a package may have changed
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ("S5", "S6")
    EXAMPLE = {"DATABASE": "survei.gpkg", "PACKAGES": ["paket_lapangan/WK-01", "paket_lapangan/WK-02"],
               "OUTPUT": "hasil_gabung.gpkg", "REPORT": "hasil_gabung.json"}
    DATABASE = keys.DATABASE
    PACKAGES = "PACKAGES"
    OVERLAP = "OVERLAP"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    CONFLICT_LIST = "CONFLICT_LIST"
    CONFLICTS = "CONFLICT_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Gabungkan paket kerja lapangan pokja")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Menggabungkan paket kerja lapangan (folder dari 'Siapkan paket kerja lapangan pokja', atau "
            "GeoPackage-nya; berapa pun, urutan apa pun) ke basis data induk (kode pedoman S5, S6). Perubahan "
            "setiap paket dibaca dengan pygeodiff terhadap salinan aslinya (_dasar/), jadi edit dari QField, "
            "QGIS atau alat lain sama saja.\n\n"
            "Setiap fitur baru, fitur terhapus dan nilai yang diubah mendapat satu hasil: diterapkan, ganda "
            "(induk sudah berisi hal yang sama), sudah (paket ini pernah digabung) atau konflik. Konflik: "
            "fitur yang sama diberi nilai berbeda oleh dua pokja, fitur diubah satu pokja dan dihapus pokja "
            "lain, atau dua fitur baru yang merupakan objek yang sama (poligon bertampalan ≥ OVERLAP, titik "
            "berjarak ≤ DISTANCE m). Selama konflik belum diputuskan, induk memegang nilai sebelum survei; "
            "semua versi disimpan di lapisan konflik_survei untuk rembug pokja. Isi kolom 'keputusan' "
            "(pakai/tolak) lalu jalankan 'Terapkan keputusan rembug'.\n\n"
            "Hasilnya sama apa pun urutan paketnya; menggabungkan paket yang sama dua kali tidak mengubah "
            "apa-apa. Paket dari basis data lain atau yang struktur tabelnya diubah ditolak dengan alasannya; "
            "paket lain tetap digabung. Penggabungan berjalan di salinan induk dan induk diganti sekali di "
            "akhir, jadi induk tidak pernah tergabung setengah. Foto ikut disalin (path relatif tetap; berkas "
            "yang sama tidak disalin dua kali). Asal setiap edit (paket, pokja, surveyor, tanggal) dicatat "
            "di riwayat_survei.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei (induk)"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PACKAGES, self.tr("Paket (folder atau GeoPackage paket)"), QgsProcessing.TypeFile))
        self.add_advanced(QgsProcessingParameterNumber(
            self.OVERLAP, self.tr("Objek sama bila poligon bertampalan (IoU) paling sedikit"),
            QgsProcessingParameterNumber.Double, 0.5, minValue=0.05, maxValue=1.0))
        self.add_advanced(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Objek sama bila titik berjarak paling jauh (m)"),
            QgsProcessingParameterNumber.Double, 2.0, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hasil penggabungan per edit"),
                                                            QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(self.REPORT, self.tr("Laporan penggabungan (JSON)"),
                                                                "JSON (*.json)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CONFLICT_LIST, self.tr("Daftar konflik untuk rembug (PDF)"), "PDF (*.pdf)", optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, self.tr("Konflik terbuka")))

    def compute(self, parameters, context, feedback):
        from ....adapters.fieldwork.merge_run import merge_packages, same_object_test
        from ....adapters.sources.qgis_io import write_rows
        from ....core.errors import PlpbkInputError
        from ....core.survey.catalog import load_catalog
        from ....dependencies import missing_message
        from ....i18n import say
        from ...analysis_inputs import required_database, result_fields

        try:
            import pygeodiff  # noqa: F401
        except ImportError as error:
            raise PlpbkInputError(missing_message("pygeodiff")) from error
        catalog = load_catalog()
        path, _tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        inputs = parameters.get(self.PACKAGES) or []
        inputs = [inputs] if isinstance(inputs, str) else list(inputs)
        if not inputs:
            raise PlpbkInputError(self.tr("pilih paling sedikit satu paket."), field=self.PACKAGES)
        same = same_object_test(self.parameterAsDouble(parameters, self.OVERLAP, context),
                                self.parameterAsDouble(parameters, self.DISTANCE, context))
        try:
            report = merge_packages(path, inputs, catalog, same, feedback, on_commit=self.database_written)
        except RuntimeError as error:
            raise PlpbkInputError(error.args[0], layer=str(path)) from error
        rows = []
        for package in report.packages:
            if not package.merged:
                reason = say(package.reason)
                feedback.pushWarning(self.tr("paket {source} ditolak: {reason}").format(source=package.source, reason=reason))
                rows.append([package.code, package.source, None, None, None, None, None, "ditolak", reason])
                continue
            counts = package.outcome_counts
            feedback.pushInfo(self.tr("{code}: {features} fitur ({edited} diedit), {edits} edit — diterapkan {a}, "
                                      "ganda {d}, sudah {s}, konflik {c}").format(
                code=package.code, features=package.features, edited=package.edited_features, edits=len(package.edits),
                a=counts["diterapkan"], d=counts["ganda"], s=counts["sudah"], c=counts["konflik"]))
            for table, kind, fid, master_fid, column, outcome in package.edits:
                rows.append([package.code, package.package_id, table, kind, fid, master_fid, column, outcome, ""])
        if report.photos_failed:
            feedback.pushWarning(self.tr("foto tidak dapat disalin ke folder induk (salin sendiri): {names}").format(
                names="; ".join(report.photos_failed[:10])))
        if report.photos_missing:
            feedback.pushWarning(self.tr("foto tidak ditemukan di paket: {names}").format(
                names=", ".join(report.photos_missing[:10])))
        feedback.pushInfo(self.tr("konflik terbuka: {n}; induk {state}.").format(
            n=report.open_conflicts, state=self.tr("diperbarui") if report.master_changed else self.tr("tidak berubah")))
        fields = result_fields(COLUMNS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry, crs)
        write_rows(sink, fields, None, rows, feedback)
        json_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if json_path:
            report.write(json_path)
        results = {self.OUTPUT: dest, self.REPORT: json_path, self.CONFLICTS: report.open_conflicts}
        pdf = self.parameterAsFileOutput(parameters, self.CONFLICT_LIST, context)
        if pdf:
            from ....adapters.fieldwork.conflict_list import write_conflict_list
            from ...analysis_inputs import kelurahan_name

            write_conflict_list(pdf, path, kelurahan_name(path, _tables) or path.name, feedback.isCanceled)
            results[self.CONFLICT_LIST] = pdf
        return results
