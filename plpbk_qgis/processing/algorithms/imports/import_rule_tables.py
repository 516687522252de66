"""plpbk:importruletables — a city's RDTR rule tables into the plugin's template CSVs.

Thin adapter over :mod:`plpbk_qgis.core.cityplan.rule_table_import`.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ....i18n import say, tr_noop
from ...base import PlpbkAlgorithm


class ImportRuleTables(PlpbkAlgorithm):
    ALGORITHM_ID = "importruletables"
    GROUP_KEY = "import"
    GUIDELINE_CODES = ('C2',)
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'INTENSITAS': 'lampiran_intensitas.csv', 'ITBX': 'itbx.xlsx', 'OUTPUT_FOLDER': 'aturan_zonasi'}

    INTENSITAS = "INTENSITAS"
    TATA_BANGUNAN = "TATA_BANGUNAN"
    ITBX = "ITBX"
    ZONE_CODES = "ZONE_CODES"
    ITBX_SHEET = "ITBX_SHEET"
    NATIONAL_CODES = "NATIONAL_CODES"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUTPUT_INTENSITAS = "OUTPUT_INTENSITAS"
    OUTPUT_TATA_BANGUNAN = "OUTPUT_TATA_BANGUNAN"
    OUTPUT_ITBX = "OUTPUT_ITBX"
    REPORT = "REPORT"
    UNKNOWN_CODES = "UNKNOWN_CODES"
    REPORT_COUNT = "REPORT_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Impor tabel aturan zonasi (intensitas, tata bangunan, ITBX)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Membaca tabel aturan RDTR kota dan menulisnya dalam format tabel aturan plugin "
            "(intensitas.csv, tata_bangunan.csv, itbx.csv; lihat resources/rules/templates) ke "
            "folder keluaran, siap dipakai 'Impor rencana kota' dan pemeriksaan bangunan.\n\n"
            "Format masukan dikenali dari kolomnya: CSV berkolom kode_zona (format plugin), CSV "
            "lampiran RDTR berkolom 'Sub Zona' (mis. Kab. Bintan: KDB Maks. (%), Tinggi Bangunan "
            "Maks. (m) - Arteri …) dan ITBX sebagai .xlsx lampiran (baris nama dan baris kode "
            "sub-zona) atau itbx.csv.\n\n"
            "Nama sub-zona diubah menjadi kode menurut: berkas pemetaan kode zona (CSV "
            "nama_zona,kode_zona), baris kode pada tabel ITBX kota, lalu kode nasional Permen "
            "ATR/BPN 14/2021. Sub-zona yang kodenya tidak dikenal TIDAK dibuang: barisnya "
            "disimpan dan didaftar per baris di laporan_impor_aturan.csv bersama nilai yang tidak "
            "terbaca. Kode zona yang muncul dua kali dengan aturan berbeda menghentikan impor "
            "dengan nama berkas dan nomor barisnya. Berkas masukan tidak diubah.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INTENSITAS, self.tr("Tabel intensitas (CSV)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TATA_BANGUNAN, self.tr("Tabel tata bangunan (CSV)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.ITBX, self.tr("Tabel ITBX (XLSX atau CSV)"), optional=True,
            fileFilter="ITBX (*.xlsx *.xlsm *.csv *.XLSX *.CSV)"))
        self.addParameter(QgsProcessingParameterFile(
            self.ZONE_CODES, self.tr("Pemetaan kode zona (CSV nama_zona,kode_zona)"),
            extension="csv", optional=True))
        advanced = [
            QgsProcessingParameterString(self.ITBX_SHEET, self.tr("Lembar ITBX (kosong = lembar pertama)"),
                                         defaultValue="", optional=True),
            QgsProcessingParameterBoolean(self.NATIONAL_CODES,
                                          self.tr("Pakai kode sub-zona nasional untuk nama yang dikenal"),
                                          defaultValue=True),
        ]
        for parameter in advanced:
            self.add_advanced(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder tabel aturan hasil")))
        for key, label in ((self.OUTPUT_INTENSITAS, "intensitas.csv"),
                           (self.OUTPUT_TATA_BANGUNAN, "tata_bangunan.csv"),
                           (self.OUTPUT_ITBX, "itbx.csv"),
                           (self.REPORT, tr_noop("Laporan impor per baris"))):
            self.addOutput(QgsProcessingOutputFile(key, self.tr(label)))
        self.addOutput(QgsProcessingOutputString(self.UNKNOWN_CODES, self.tr("Kode sub-zona tidak dikenal")))
        self.addOutput(QgsProcessingOutputNumber(self.REPORT_COUNT, self.tr("Jumlah baris laporan")))

    def folder_output_names(self, parameters, context):
        from ....core.cityplan.rule_table_import import OUTPUT_NAMES, REPORT_NAME

        return (*OUTPUT_NAMES.values(), REPORT_NAME)

    def compute(self, parameters, context, feedback):
        from ....core.cityplan.rule_table_import import import_rule_tables, write_outputs

        def path(key):
            return self.parameterAsFile(parameters, key, context) or None

        sheet = self.parameterAsString(parameters, self.ITBX_SHEET, context).strip()
        result = import_rule_tables(
            intensitas=path(self.INTENSITAS), tata_bangunan=path(self.TATA_BANGUNAN),
            itbx=path(self.ITBX), zone_map=path(self.ZONE_CODES),
            itbx_sheet=int(sheet) - 1 if sheet.isdigit() else (sheet or None),
            use_national_codes=self.parameterAsBoolean(parameters, self.NATIONAL_CODES, context))
        feedback.setProgress(70)
        for source, code in result.mapped.items():
            feedback.pushInfo(self.tr("dipetakan: '{a}' -> {b}").format(a=source, b=code))
        for row in result.report:
            message = self.tr("{file} baris {line}, zona {code}: {text}").format(
                file=row.berkas, line=row.baris, code=row.kode_zona or "-", text=say(row.keterangan))
            if row.masalah == "duplikat_identik":
                feedback.pushInfo(message)
            else:
                feedback.pushWarning(message)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        written = write_outputs(result, folder)
        for line in result.summary_lines():
            feedback.pushInfo(say(line))
        feedback.pushInfo(self.tr("Laporan per baris: {path}").format(path=written["report"]))
        feedback.setProgress(100)
        return {
            self.OUTPUT_FOLDER: folder,
            self.OUTPUT_INTENSITAS: str(written.get("intensitas", "")),
            self.OUTPUT_TATA_BANGUNAN: str(written.get("tata_bangunan", "")),
            self.OUTPUT_ITBX: str(written.get("itbx", "")),
            self.REPORT: str(written["report"]),
            self.UNKNOWN_CODES: ",".join(result.unknown_codes),
            self.REPORT_COUNT: len(result.report),
        }
