"""plpbk:renderthematicmaps — the thematic map album (atlas PDFs + manifest.json)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

VARIANTS = ["standar", "uji_publik"]


def catalog_map_labels() -> list:
    """'R08 — title' per catalog map, in the order of :func:`catalog_map_ids`."""
    from ....core.survey.catalog import load_catalog
    try:
        return [item.label(project_defaults.qgis_language()) for item in load_catalog().maps]
    except Exception:  # noqa: BLE001 — a broken catalog must not break QGIS start-up
        return []


def catalog_map_ids() -> list:
    from ....core.survey.catalog import load_catalog

    try:
        return [item.id for item in load_catalog().maps]
    except Exception:  # noqa: BLE001 — a broken catalog must not break QGIS start-up
        return []


class RenderThematicMaps(PlpbkAlgorithm):
    ALGORITHM_ID = "renderthematicmaps"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ('S7', 'R01–R12', 'P1–P2', 'A1–A3', 'U1')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'DATABASE': 'survei.gpkg', 'SHEET_INDEX': 'indeks_lembar.gpkg', 'VARIANT': 1, 'OUTPUT_FOLDER': 'album'}
    DATABASE = keys.DATABASE
    SHEET_INDEX = keys.SHEET_INDEX
    MAPS = "MAPS"
    VARIANT = "VARIANT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    TEMPLATE = "TEMPLATE"
    MAKER = "MAKER"
    SOURCES = "SOURCES"
    MANIFEST = "MANIFEST"
    PAGE_COUNT = "PAGE_COUNT"

    def displayName(self):  # noqa: N802
        return self.tr("Cetak album peta tematik")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Mencetak album peta tematik PLPBK ke PDF: untuk setiap peta katalog (R, B, P pada "
            "1:1000 di atas indeks lembar kawasan prioritas; peta arahan A dan R01 pada 1:5000 di "
            "atas seluruh kelurahan) satu PDF atlas dengan satu halaman per lembar.\n\n"
            "Data: GeoPackage basis data survei (nama tabel sesuai katalog: bangunan, persil, "
            "jalan, …). Lembar: keluaran 'Buat indeks lembar peta' (kolom nomor_lembar, skala, "
            "kertas, orientasi menentukan templat A3/A1 dan skala). Peta: kosongkan untuk semua "
            "peta atau pilih sebagian (mis. R08, R10).\n\n"
            "Setiap lembar memuat judul dan kode peta, kelurahan dan kawasan, nomor lembar, "
            "arah utara, skala angka dan batang, grid koordinat dengan keterangan CRS/datum, "
            "petunjuk letak lembar, lokasi dalam kelurahan, legenda (hanya unsur yang tampak di "
            "lembar), sumber data dan tanggal, pembuat, dan kotak pengesahan. Varian uji_publik "
            "menambah kotak catatan warga dan ID lembar dengan kode QR agar tanggapan tertulis "
            "dapat dilacak ke lembarnya. Lembar tanpa data bertuliskan 'Data belum tersedia'.\n\n"
            "Templat sendiri (.qpt) dapat dipakai: beri ID item yang sama (peta, legenda, judul, "
            "…; lihat templat bawaan). manifest.json mencatat kode peta, judul, nomor lembar, "
            "berkas dan nomor halaman setiap halaman.")

    def flags(self):
        # Layout export builds QGIS layouts and layer clones: keep it on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SHEET_INDEX, self.tr("Indeks lembar peta (keluaran 'Buat indeks lembar peta')"),
            [QgsProcessing.TypeVectorPolygon], project_defaults.layer_with_fields("nomor_lembar", "lembar_u")))
        # the list shows each map's code and title ("R08 — Peta drainase"); values stay indexes
        self.addParameter(QgsProcessingParameterEnum(
            self.MAPS, self.tr("Peta yang dicetak (kosong = semua)"), catalog_map_labels(), allowMultiple=True,
            optional=True, defaultValue=[]))
        self.addParameter(QgsProcessingParameterEnum(
            self.VARIANT, self.tr("Varian"), [self.tr("Standar"), self.tr("Uji publik")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder keluaran album")))
        for parameter in (
                QgsProcessingParameterFile(self.TEMPLATE, self.tr("Templat tata letak sendiri (.qpt)"),
                                           extension="qpt", optional=True),
                QgsProcessingParameterString(self.MAKER, self.tr("Pembuat peta"), optional=True),
                QgsProcessingParameterString(self.SOURCES, self.tr("Keterangan sumber data"),
                                             optional=True)):
            self.add_advanced(parameter)
        self.addOutput(QgsProcessingOutputFile(self.MANIFEST, self.tr("manifest.json")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Jumlah halaman")))

    def compute(self, parameters, context, feedback):
        from pathlib import Path

        from ....adapters.survey.survey_reader import survey_tables
        from ....core.errors import PlpbkInputError
        from ....core.survey.catalog import load_catalog
        from ....layouts.album import AlbumRequest, render_album
        from ...layer_checks import require_metric_polygons

        catalog = load_catalog()
        sheets = self.parameterAsSource(parameters, self.SHEET_INDEX, context)
        require_metric_polygons(sheets, self.tr("indeks lembar"))
        gpkg = self.parameterAsFile(parameters, self.DATABASE, context)
        if not gpkg:
            raise PlpbkInputError(self.tr("GeoPackage tidak ditemukan. Pilih berkas .gpkg "
                                          "basis data survei."), layer="DATABASE")
        gpkg, _tables = survey_tables(gpkg, catalog)
        all_ids = [item.id for item in catalog.maps]
        chosen = self.parameterAsEnums(parameters, self.MAPS, context)
        template = self.parameterAsFile(parameters, self.TEMPLATE, context)
        request = AlbumRequest(
            gpkg=Path(gpkg), sheets=sheets,
            out_dir=Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)),
            map_ids=[all_ids[i] for i in chosen if 0 <= i < len(all_ids)],
            variant=VARIANTS[self.parameterAsEnum(parameters, self.VARIANT, context)],
            template=Path(template) if template else None,
            maker=self.parameterAsString(parameters, self.MAKER, context),
            sources=self.parameterAsString(parameters, self.SOURCES, context))
        manifest = render_album(request, catalog, feedback)
        feedback.pushInfo(self.tr("Halaman dicetak: ") + str(manifest["jumlah_halaman"]))
        return {self.OUTPUT_FOLDER: str(request.out_dir),
                self.MANIFEST: str(request.out_dir / "manifest.json"),
                self.PAGE_COUNT: manifest["jumlah_halaman"]}
