"""plpbk:preparefieldwork — one field package per pokja work area (S4, S5): a GeoPackage with
the master's schema and the area's features, a QField project, a clipped base map, a photo
folder, the record of the master state, and a printable field sheet."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRectangle,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

FIELDS = ["kode_wilayah", "nama_wilayah", "pokja", "nama_tim", "tema"]


class PrepareFieldWork(PlpbkAlgorithm):
    ALGORITHM_ID = "preparefieldwork"
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ("S4", "S5")
    EXAMPLE = {"DATABASE": "survei.gpkg", "MARGIN": 10, "OUTPUT_FOLDER": "paket_lapangan"}
    DATABASE = keys.DATABASE
    WORK_AREAS = "WORK_AREAS"
    BASEMAP = "BASEMAP"
    MARGIN = "MARGIN"
    FIELD_SHEETS = "FIELD_SHEETS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PACKAGES = "PACKAGES"

    def displayName(self):  # noqa: N802
        return self.tr("Siapkan paket kerja lapangan pokja")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Membuat satu paket per wilayah kerja (lapisan wilayah_kerja, dari 'Buat wilayah kerja pokja') di "
            "OUTPUT_FOLDER/[kode_wilayah]/ (kode pedoman S4, S5):\n"
            "• GeoPackage dengan struktur sama dengan basis data induk, berisi fitur wilayah itu dan margin "
            "di sekitarnya;\n"
            "• proyek QGIS siap QField (path relatif, formulir, wilayah kerja disorot, peta dasar dipotong ke "
            "wilayah, folder foto DCIM; setiap lapisan berpengaturan QFieldSync 'copy');\n"
            "• catatan keadaan induk (paket_plpbk.json dan salinan asli di _dasar/) agar edit pokja nanti "
            "dapat dibedakan dari data yang sudah ada — jangan hapus atau ubah keduanya;\n"
            "• lembar lapangan PDF (peta 1:1000 wilayah itu dan daftar periksa S4) untuk pokja yang bekerja "
            "di atas kertas.\n\n"
            "Basis data induk mendapat ID (tabel plpbk_info) bila belum punya; selain itu induk tidak "
            "diubah. Folder paket yang sudah ada tidak ditimpa. Salin folder paket ke ponsel (QField) atau "
            "pakai QFieldSync 'cable export'; kembalikan foldernya untuk 'Gabungkan paket kerja lapangan'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei (induk)"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterString(
            self.WORK_AREAS, self.tr("Kode wilayah kerja (dipisah koma; kosong = semua)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.BASEMAP, self.tr("Peta dasar raster"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.MARGIN, self.tr("Margin di sekitar wilayah (m)"),
                                                       QgsProcessingParameterNumber.Double, 10.0,
                                                       minValue=0.0, maxValue=500.0))
        self.addParameter(QgsProcessingParameterBoolean(self.FIELD_SHEETS, self.tr("Buat lembar lapangan PDF"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Folder paket")))
        self.addOutput(QgsProcessingOutputNumber(self.PACKAGES, self.tr("Jumlah paket")))

    def _areas(self, path, tables, context, crs, wanted):
        from ....core.errors import PlpbkInputError
        from ...analysis_inputs import read_survey_layer

        data = read_survey_layer(path, tables, "wilayah_kerja", context, crs, FIELDS)
        if data is None or not len(data):
            raise PlpbkInputError(self.tr("lapisan wilayah_kerja kosong: jalankan 'Buat wilayah kerja pokja' dulu."),
                                  layer="wilayah_kerja")
        areas, seen, problems = [], set(), []
        for index, geometry in enumerate(data.geometries):
            code = str(data.columns["kode_wilayah"][index] or "").strip()
            label = f"#{index + 1}"
            if not code:
                problems.append(self.tr("fitur {f}: kode_wilayah kosong").format(f=label))
            elif code in seen:
                problems.append(self.tr("kode_wilayah {code} ganda").format(code=code))
            elif set(code) & set('<>:"/\\|?*'):
                problems.append(self.tr("kode_wilayah {code} berisi karakter yang tidak boleh di nama folder").format(code=code))
            elif geometry is None or geometry.is_empty:
                problems.append(self.tr("wilayah {code} tanpa geometri").format(code=code))
            seen.add(code)
            areas.append({name: data.columns[name][index] for name in FIELDS} | {"geometry": geometry, "kode": code})
        if problems:
            raise PlpbkInputError("; ".join(problems) + ". " + self.tr("Perbaiki lapisan wilayah_kerja lalu ulangi."),
                                  layer="wilayah_kerja", field="kode_wilayah")
        if wanted:
            unknown = sorted(set(wanted) - seen)
            if unknown:
                raise PlpbkInputError(self.tr("wilayah kerja tidak ada: {codes}. Yang ada: {known}.").format(
                    codes=", ".join(unknown), known=", ".join(sorted(seen))), field=self.WORK_AREAS)
            areas = [a for a in areas if a["kode"] in wanted]
        return areas

    def compute(self, parameters, context, feedback):
        import shapely

        from ....adapters.fieldwork.field_project import build_field_project, clip_base_map, project_problems
        from ....adapters.fieldwork.field_sheet import write_field_sheet
        from ....adapters.fieldwork.package_cut import WalKeeper, cut_package, master_id, single_file
        from ....core.errors import PlpbkInputError
        from ....core.fieldwork.package_record import PackageRecord
        from ....core.survey.catalog import load_catalog
        from ...analysis_inputs import kelurahan_name, required_database

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        wanted = [c.strip() for c in (self.parameterAsString(parameters, self.WORK_AREAS, context) or "").split(",")
                  if c.strip()]
        areas = self._areas(path, tables, context, crs, wanted)
        out = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        taken = [a["kode"] for a in areas if (out / a["kode"]).exists() and any((out / a["kode"]).iterdir())]
        if taken:
            raise PlpbkInputError(self.tr("folder paket sudah ada dan tidak ditimpa: {codes}. Pilih folder keluaran "
                                          "lain (paket lama mungkin berisi hasil lapangan).").format(codes=", ".join(taken)),
                                  field=self.OUTPUT_FOLDER)
        raster = self.parameterAsRasterLayer(parameters, self.BASEMAP, context)
        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        sheets = self.parameterAsBoolean(parameters, self.FIELD_SHEETS, context)
        identity = master_id(path)
        kelurahan = kelurahan_name(path, tables)
        pokja_labels = {item.code: item.label_id for item in catalog.pokja}
        for number, area in enumerate(areas):
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / len(areas))
            code = area["kode"]
            folder = out / code
            folder.mkdir(parents=True, exist_ok=True)
            record = PackageRecord("", identity, code, name=str(area["nama_wilayah"] or ""),
                                   pokja=str(area["pokja"] or ""), team=str(area["nama_tim"] or ""))
            record = cut_package(path, folder, area["geometry"], record, margin)
            grown = shapely.buffer(area["geometry"], margin)
            xmin, ymin, xmax, ymax = grown.bounds
            base_map = None
            if raster is not None:
                transform = QgsCoordinateTransform(crs, raster.crs(), context.transformContext())
                box = transform.transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))
                base_map = clip_base_map(raster.source(), folder / "peta_dasar.tif",
                                         (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
                if base_map is None:
                    feedback.pushWarning(self.tr("{code}: peta dasar tidak mencakup wilayah ini.").format(code=code))
            title = f"{code} {record.name} — {record.team or pokja_labels.get(record.pokja, record.pokja)}"
            project_path = folder / f"survei_{code}.qgs"
            with WalKeeper(folder / record.gpkg):
                project = build_field_project(folder / record.gpkg, project_path, catalog, crs, code, title,
                                              QgsRectangle(xmin, ymin, xmax, ymax), base_map)
                if sheets:
                    themes = [t.strip() for t in str(area["tema"] or "").split(",") if t.strip()]
                    write_field_sheet(folder / f"lembar_lapangan_{code}.pdf", project, area["geometry"], crs,
                                      title, kelurahan or code, catalog, themes, record.counts, feedback.isCanceled)
                project.clear()
                del project
                for problem in project_problems(project_path):
                    feedback.pushWarning(f"{code}: {problem}")
            for database in (folder / record.gpkg, folder / record.base):
                single_file(database)
            feedback.pushInfo(self.tr("{code}: {n} bangunan, {total} fitur; paket di {folder}").format(
                code=code, n=record.counts.get("bangunan", 0), total=sum(record.counts.values()), folder=folder))
        return {self.OUTPUT_FOLDER: str(out), self.PACKAGES: len(areas)}
