"""plpbk:createsurveydatabase — the Pemetaan Swadaya GeoPackage and its QGIS project."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

LANGUAGES = ["id", "en"]


def default_database_path() -> str:
    """~/PLPBK/survei_plpbk.gpkg: a place that outlives the session (Documents when it exists)."""
    home = Path.home()
    base = home / "Documents" if (home / "Documents").is_dir() else home
    return str(base / "PLPBK" / "survei_plpbk.gpkg")


def _extent_in(source, crs, context):
    """The source's extent in ``crs`` (for the project's opening view), or None."""
    if source is None or not source.sourceCrs().isValid() or source.sourceExtent().isEmpty():
        return None
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    try:
        return transform.transformBoundingBox(source.sourceExtent())
    except Exception:  # noqa: BLE001 - a failed transform only costs the opening view
        return None


class CreateSurveyDatabase(PlpbkAlgorithm):
    ALGORITHM_ID = "createsurveydatabase"
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ('A', 'B', 'P', 'S1', 'S5')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'DATABASE': 'survei.gpkg', 'BOUNDARY': 'batas.gpkg|layername=batas_kelurahan', 'KELURAHAN': 'Contoh'}
    DATABASE = keys.DATABASE
    BOUNDARY = "BOUNDARY"
    CRS = "CRS"
    KELURAHAN = "KELURAHAN"
    SURVEYOR = "SURVEYOR"
    OVERWRITE = "OVERWRITE"
    LANGUAGE = "LANGUAGE"
    PROJECT = "PROJECT"
    LAYER_COUNT = "LAYER_COUNT"
    CRS_OUT = "CRS_AUTHID"

    def displayName(self):  # noqa: N802
        return self.tr("Buat basis data survei (GeoPackage + proyek)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Membuat GeoPackage berisi semua lapisan tematik katalog PLPBK (kode pedoman A, B, P, "
            "batas wilayah, persil, foto survei) dalam CRS metrik pilihan, tabel plpbk_catalog, "
            "serta proyek QGIS (.qgz) di folder yang sama: grup lapisan berurutan, gaya, tema peta "
            "per peta tematik, dan formulir isian (daftar nilai, wajib isi, tanggal survei, pokja, "
            "surveyor, foto dengan jalur relatif). Proyek dapat dibuka di QField.\n\n"
            "CRS otomatis: zona TM-3 DGN95 dari bujur lapisan batas (tanpa batas: EPSG:23834, "
            "TM-3 zona 48.2). Berkas yang sudah ada tidak akan ditimpa kecuali 'Timpa' dicentang.")

    def flags(self):
        # Builds a QgsProject and its layer tree: keep it on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        from ....core.crs_zones import offered_crs

        # a real file by default: a temporary one would vanish with the QGIS session
        self.addParameter(QgsProcessingParameterFileDestination(
            self.DATABASE, self.tr("GeoPackage basis data survei"), "GeoPackage (*.gpkg)",
            defaultValue=default_database_path()))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr("Batas kelurahan / kawasan (untuk memilih zona CRS)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        options = [self.tr("Otomatis: TM-3 DGN95 dari bujur lapisan batas")]
        options += [choice.label for choice in offered_crs()]
        self.addParameter(QgsProcessingParameterEnum(
            self.CRS, self.tr("Sistem koordinat (CRS) metrik"), options, defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.KELURAHAN, self.tr("Nama kelurahan (judul proyek)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SURVEYOR, self.tr("Nama surveyor (isian bawaan formulir)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Timpa basis data yang ada (data lama hilang)"),
            defaultValue=False))
        language = QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Bahasa judul dan alias"), ["Bahasa Indonesia", "English"],
            defaultValue=LANGUAGES.index(project_defaults.qgis_language()))
        self.add_advanced(language)
        self.addOutput(QgsProcessingOutputString(self.PROJECT, self.tr("Proyek QGIS")))
        self.addOutput(QgsProcessingOutputNumber(self.LAYER_COUNT, self.tr("Jumlah lapisan")))
        self.addOutput(QgsProcessingOutputString(self.CRS_OUT, self.tr("CRS")))

    def chosen_crs(self, index, boundary, context, feedback):
        from ....core.crs_zones import DEFAULT_EPSG, dgn95_tm3_epsg_for_longitude, offered_crs

        choices = offered_crs()
        if index > 0:
            from ....core.crs_zones import choice_by_key

            choice = choice_by_key(choices[index - 1].key)
            if choice.epsg:
                return QgsCoordinateReferenceSystem(f"EPSG:{choice.epsg}"), choice.epsg, None
            return QgsCoordinateReferenceSystem.fromWkt(choice.wkt), None, choice.wkt
        epsg = DEFAULT_EPSG
        if boundary is not None and boundary.sourceCrs().isValid():
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            transform = QgsCoordinateTransform(boundary.sourceCrs(), wgs84,
                                               context.transformContext())
            centre = transform.transformBoundingBox(boundary.sourceExtent()).center()
            epsg = dgn95_tm3_epsg_for_longitude(centre.x())
            feedback.pushInfo(self.tr("Bujur pusat batas {lon:.3f}° → EPSG:{epsg}").format(
                lon=centre.x(), epsg=epsg))
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), epsg, None

    def load_main_layers(self, output, catalog, language, context):
        """The admin and rona layers of the new database open in the current project (with the
        styles saved in the database), so the run ends with something on the map; the full
        survey project (groups, forms, themes) is the .qgz beside it."""
        from qgis.core import QgsProcessingContext

        from ....adapters.survey.survey_project import VISIBLE_GROUPS

        if context.project() is None:
            return
        for group in VISIBLE_GROUPS:
            for spec in catalog.layers_in_group(group):
                if spec.has_geometry:
                    details = QgsProcessingContext.LayerDetails(spec.title(language), context.project())
                    context.addLayerToLoadOnCompletion(f"{output}|layername={spec.name}", details)

    def compute(self, parameters, context, feedback):
        from ....adapters.survey.survey_gpkg import create_geopackage, refuse_existing
        from ....adapters.survey.survey_project import build_project
        from ....core.survey.catalog import load_catalog

        output = Path(self.parameterAsFileOutput(parameters, self.DATABASE, context))
        if output.suffix.lower() != ".gpkg":
            output = output.with_suffix(".gpkg")
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        project_path = output.with_suffix(".qgz")
        refuse_existing(output, overwrite)
        refuse_existing(project_path, overwrite)
        boundary = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary is not None and boundary.featureCount() > 0 and not boundary.sourceExtent().isEmpty():
            from ...import_crs import require_importable_crs

            # a boundary in metres declared as degrees (or without CRS) would pick a zone from
            # "longitude 238762°": refused with the layer named
            require_importable_crs(boundary.sourceCrs(), boundary.sourceExtent(),
                                   boundary.sourceName() or self.tr("batas"))
        elif boundary is not None:
            feedback.pushWarning(self.tr("Lapisan batas kosong atau tanpa geometri: CRS bawaan dipakai."))
            boundary = None
        crs, epsg, wkt = self.chosen_crs(self.parameterAsEnum(parameters, self.CRS, context),
                                         boundary, context, feedback)
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        catalog = load_catalog()
        feedback.pushInfo(self.tr("Membuat {n} lapisan di {path}").format(
            n=len(catalog.layers), path=output))
        names = create_geopackage(output, catalog, epsg, wkt, overwrite=overwrite,
                                  feedback=feedback)
        kelurahan = self.parameterAsString(parameters, self.KELURAHAN, context)
        # "Kelurahan Contoh" typed in full must not become "… Kelurahan Kelurahan Contoh"
        kelurahan = re.sub(r"^\s*(kelurahan|kel\.|desa)\s+", "", kelurahan or "", flags=re.IGNORECASE)
        title = self.tr("Pemetaan Swadaya Kelurahan {name}").format(name=kelurahan) \
            if kelurahan else ""
        try:
            build_project(output, project_path, catalog, crs, title=title,
                          surveyor=self.parameterAsString(parameters, self.SURVEYOR, context),
                          language=language, feedback=feedback,
                          extent=_extent_in(boundary, crs, context))
        except Exception:
            # a half-made database would block the next run (no overwrite): remove what we made
            for made in (output, project_path):
                if made.exists():
                    made.unlink()
            raise
        feedback.pushInfo(self.tr("Proyek disimpan: {path}").format(path=project_path))
        self.load_main_layers(output, catalog, language, context)
        return {self.DATABASE: str(output), self.PROJECT: str(project_path),
                self.LAYER_COUNT: len(names), self.CRS_OUT: crs.authid() or crs.description()}
