"""plpbk:importbasemap — orthophotos and vector base-map layers into the working CRS (S2)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ....i18n import tr_noop
from ... import keys
from ...base import PlpbkAlgorithm

RASTER_MODES = [tr_noop("Proyeksikan ulang ke CRS tujuan"),
                tr_noop("Pertahankan CRS asli (transformasi langsung)")]


class ImportBaseMap(PlpbkAlgorithm):
    ALGORITHM_ID = "importbasemap"
    GROUP_KEY = "import"
    GUIDELINE_CODES = ('S2', '1.2.b')
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'INPUT': 'ortofoto.tif', 'DATABASE': 'survei.gpkg', 'OUTPUT_RASTER': 'ortofoto_tm3.tif'}

    INPUT = "INPUT"
    DATABASE = keys.DATABASE
    TARGET_LAYER = "TARGET_LAYER"
    TARGET_CRS = "TARGET_CRS"
    RASTER_MODE = "RASTER_MODE"
    SCALE = "SCALE"
    OVERVIEWS = "OVERVIEWS"
    FIELD_MAP = "FIELD_MAP"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT_VECTOR = "OUTPUT_VECTOR"
    TRANSFORM = "TRANSFORM"
    RESOLUTION = "RESOLUTION"
    SUITS_SCALE = "SUITS_SCALE"
    DATABASE_LAYER = "DATABASE_LAYER"
    COPIED = "COPIED"
    UNMATCHED_FIELDS = "UNMATCHED_FIELDS"
    VALUES_CLEARED = "VALUES_CLEARED"
    DUPLICATE_IDS = "DUPLICATE_IDS"

    def displayName(self):  # noqa: N802
        return self.tr("Impor peta dasar (ortofoto / lapisan vektor)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Memasukkan peta dasar 1:1000 ke CRS kerja basis data survei.\n\n"
            "Raster (ortofoto, GeoTIFF): resolusi tanah diukur dalam meter dan dinilai untuk "
            "skala peta (bawaan 1:1000: piksel ≤ 0,1 mm di peta = 0,10 m); hasilnya disebut di "
            "log. Citra ditulis ulang sebagai GeoTIFF bertile, diproyeksikan ulang ke CRS tujuan "
            "atau dipertahankan dalam CRS aslinya (QGIS mentransformasi saat ditampilkan), dan "
            "diberi overview (piramida; citra RGB: overview terkompresi JPEG) agar cepat "
            "ditampilkan.\n\n"
            "Vektor (topografi, penggunaan lahan, persil): diproyeksikan ulang ke CRS basis data "
            "(atau CRS tujuan); kolom dapat diganti namanya dengan 'Pemetaan kolom' "
            "(nama_baru=KOLOM_LAMA; …), kolom lain tetap. Bila 'Tabel tujuan' diisi (nama lapisan "
            "katalog, mis. persil, bangunan, jalan), fitur langsung ditambahkan ke tabel itu di "
            "basis data survei: kolom dicocokkan menurut nama, kolom tanpa pasangan dan nilai yang "
            "tidak cocok dengan tipe kolom (teks di kolom angka) dilaporkan per kolom/fitur, "
            "fitur multi-bagian dipecah per bagian dan dilaporkan.\n\n"
            "CRS tujuan: parameter CRS tujuan, atau CRS basis data survei (GeoPackage) yang "
            "dipilih, atau zona TM-3 menurut bujur data. Transformasi koordinat yang dipakai "
            "dilaporkan. Lapisan tanpa CRS atau yang koordinatnya tidak cocok dengan CRS-nya "
            "ditolak. Lapisan masukan tidak diubah.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMapLayer(self.INPUT, self.tr("Peta dasar (raster atau vektor)")))
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("Basis data survei (GeoPackage) — CRS-nya dipakai"),
            extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TARGET_LAYER, self.tr("Vektor: tabel tujuan di basis data survei (nama lapisan katalog, "
                                       "mis. persil; kosong = lapisan keluaran baru)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("CRS tujuan (mengalahkan CRS basis data)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.RASTER_MODE, self.tr("Raster: CRS"), options=[self.tr(mode) for mode in RASTER_MODES], defaultValue=0))
        advanced = [
            QgsProcessingParameterNumber(self.SCALE, self.tr("Skala peta untuk menilai resolusi (1:…)"),
                                         QgsProcessingParameterNumber.Integer, 1000, minValue=100,
                                         maxValue=100_000),
            QgsProcessingParameterBoolean(self.OVERVIEWS, self.tr("Raster: buat overview"), True),
            QgsProcessingParameterString(self.FIELD_MAP, self.tr("Vektor: pemetaan kolom (baru=LAMA; …)"),
                                         defaultValue="", optional=True),
        ]
        for parameter in advanced:
            self.add_advanced(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Raster hasil impor"), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_VECTOR, self.tr("Vektor hasil impor"), optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputString(self.TRANSFORM, self.tr("Transformasi koordinat")))
        self.addOutput(QgsProcessingOutputNumber(self.RESOLUTION, self.tr("Resolusi tanah (m)")))
        self.addOutput(QgsProcessingOutputNumber(self.SUITS_SCALE, self.tr("Memenuhi skala (1/0)")))
        self.addOutput(QgsProcessingOutputString(self.DATABASE_LAYER, self.tr("Tabel basis data yang diisi")))
        self.addOutput(QgsProcessingOutputNumber(self.COPIED, self.tr("Fitur ditambahkan ke basis data")))
        self.addOutput(QgsProcessingOutputString(self.UNMATCHED_FIELDS, self.tr("Kolom yang tidak disalin")))
        self.addOutput(QgsProcessingOutputNumber(self.VALUES_CLEARED, self.tr("Nilai yang dikosongkan")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATE_IDS, self.tr("Id ganda di tabel tujuan")))

    def _requested_crs(self, parameters, context):
        from ....core.errors import PlpbkInputError

        requested = self.crs_of(parameters, self.TARGET_CRS, context)
        if requested is not None:
            return requested
        path = self.parameterAsFile(parameters, self.DATABASE, context)
        if not path:
            return None
        from osgeo import ogr

        dataset = ogr.Open(path)
        if dataset is None:
            raise PlpbkInputError(self.tr("basis data tidak dapat dibuka."), layer=path)
        for index in range(dataset.GetLayerCount()):
            srs = dataset.GetLayerByIndex(index).GetSpatialRef()
            if srs is not None:
                return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
        raise PlpbkInputError(self.tr("basis data tidak memiliki lapisan ber-CRS."), layer=path)

    def compute(self, parameters, context, feedback):
        from ....core.errors import PlpbkInputError
        from ...import_crs import describe_transform, require_importable_crs, target_crs

        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise PlpbkInputError(self.tr("lapisan peta dasar tidak ditemukan atau tidak dapat dibuka."),
                                  layer=self.tr("peta dasar"))
        name = layer.name() or self.tr("peta dasar")
        if isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0:
            raise PlpbkInputError(self.tr("lapisan kosong (0 fitur). Pilih lapisan yang berisi data."), layer=name)
        if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
            raise PlpbkInputError(self.tr("lapisan tidak memiliki geometri (tabel atribut saja); peta dasar "
                                          "harus berupa titik, garis atau poligon."), layer=name)
        require_importable_crs(layer.crs(), layer.extent(), name)
        crs = target_crs(layer.crs(), layer.extent(), self._requested_crs(parameters, context),
                         context, feedback)
        if isinstance(layer, QgsRasterLayer):
            try:
                return self._raster(layer, name, crs, parameters, context, feedback, describe_transform)
            except RuntimeError as error:     # GDAL: a truncated or damaged file
                raise PlpbkInputError(self.tr("raster rusak atau terpotong, tidak dapat dibaca ({}). Salin "
                                              "ulang berkasnya dari sumber aslinya.").format(error),
                                      layer=name) from error
        if isinstance(layer, QgsVectorLayer):
            return self._vector(layer, name, crs, parameters, context, feedback, describe_transform)
        raise PlpbkInputError(self.tr("jenis lapisan tidak didukung (pilih raster atau vektor)."), layer=name)

    def _raster(self, layer, name, crs, parameters, context, feedback, describe_transform):
        from ....adapters.sources.base_map_raster import (
            build_overviews,
            ground_resolution,
            overview_compression,
            resolution_verdict,
            write_raster,
        )
        from ...import_crs import is_geographic, target_crs

        scale = self.parameterAsInt(parameters, self.SCALE, context)
        keep = self.parameterAsEnum(parameters, self.RASTER_MODE, context) == 1
        metric = crs if not is_geographic(crs) else target_crs(crs, layer.extent(), None, context, feedback)
        rx, ry = ground_resolution(layer, metric, context)
        pixel = max(rx, ry)
        suits, sentence = resolution_verdict(pixel, scale)
        (feedback.pushInfo if suits else feedback.pushWarning)(sentence)
        output_crs = layer.crs() if keep else crs
        transform = describe_transform(layer.crs(), crs, layer.extent(), context)
        feedback.pushInfo(self.tr("Transformasi koordinat: {t}").format(t=transform))
        if keep and layer.crs() != crs:
            feedback.pushInfo(self.tr("CRS asli dipertahankan ({a}); QGIS mentransformasi saat "
                                      "ditampilkan.").format(a=layer.crs().authid()))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        if not output.lower().endswith((".tif", ".tiff")):
            output += ".tif"
        same = layer.crs() == output_crs
        write_raster(layer.source(), output, None if same else output_crs.toWkt(), feedback)
        levels = build_overviews(output, feedback) if self.parameterAsBoolean(
            parameters, self.OVERVIEWS, context) else []
        if levels:
            feedback.pushInfo(self.tr("Overview dibuat: {levels} (kompresi {c})").format(
                levels=", ".join(f"1/{lv}" for lv in levels), c=overview_compression(output) or "-"))
        return {self.OUTPUT_RASTER: output, self.TRANSFORM: transform, self.RESOLUTION: pixel,
                self.SUITS_SCALE: int(suits)}

    def tables_written(self, parameters, context) -> set:
        table = self.parameterAsString(parameters, self.TARGET_LAYER, context).strip()
        return {table} if table else set()

    def _vector(self, layer, name, crs, parameters, context, feedback, describe_transform):
        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.errors import PlpbkInputError

        if QgsWkbTypes.geometryType(layer.wkbType()) not in (
                QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
            raise PlpbkInputError(self.tr("lapisan tidak memiliki geometri; peta dasar harus berupa "
                                          "titik, garis atau poligon."), layer=name)
        renames = _field_renames(self.parameterAsString(parameters, self.FIELD_MAP, context),
                                 layer.fields().names(), name)
        table = self.parameterAsString(parameters, self.TARGET_LAYER, context).strip()
        if table:
            return self._into_database(layer, name, table, renames, parameters, context, feedback,
                                       describe_transform)
        transform = describe_transform(layer.crs(), crs, layer.extent(), context)
        feedback.pushInfo(self.tr("Transformasi koordinat: {t}").format(t=transform))
        data = read_source(layer, context, feedback, target_crs=crs, name=name)
        fields = QgsFields()
        for field in layer.fields():
            copy = QgsField(field)
            copy.setName(renames.get(field.name(), field.name()))
            fields.append(copy)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_VECTOR, context, fields,
                                          layer.wkbType(), crs)
        if sink is None:
            raise PlpbkInputError(self.tr("keluaran vektor tidak dapat dibuat."), layer=name)
        rows = list(zip(*[data.columns[n] for n in data.field_names])) if data.field_names else \
            [[] for _ in data.ids]
        write_rows(sink, fields, data.geometries, rows, feedback)
        del sink
        feedback.pushInfo(self.tr("{n} fitur diimpor ke {crs}").format(n=len(data), crs=crs.authid()))
        return {self.OUTPUT_VECTOR: dest, self.TRANSFORM: transform}

    def _into_database(self, layer, name, table, renames, parameters, context, feedback, describe_transform):
        from ....adapters.sources.base_map_vector import copy_into_table, open_target_table, report_ids
        from ....core.errors import PlpbkInputError

        database = self.parameterAsFile(parameters, self.DATABASE, context)
        if not database:
            raise PlpbkInputError(self.tr("'Tabel tujuan' diisi tetapi 'Basis data survei' kosong. Pilih "
                                          "GeoPackage survei, atau kosongkan 'Tabel tujuan'."),
                                  layer=name)
        path, target, id_field = open_target_table(database, table)
        requested = self.crs_of(parameters, self.TARGET_CRS, context)
        if requested is not None and requested != target.crs():
            feedback.pushWarning(self.tr("CRS tujuan {a} diabaikan: tabel '{t}' memakai {b}.").format(
                a=requested.authid(), t=table, b=target.crs().authid()))
        transform = describe_transform(layer.crs(), target.crs(), layer.extent(), context)
        feedback.pushInfo(self.tr("Transformasi koordinat: {t}").format(t=transform))
        result = copy_into_table(layer, name, target, renames, context, feedback)
        feedback.pushInfo(self.tr("{n} fitur ditambahkan ke tabel '{t}' di {db}").format(
            n=result.copied, t=table, db=path.name))
        duplicates = report_ids(target, id_field, feedback) if id_field else 0
        return {self.DATABASE_LAYER: f"{path}|layername={table}", self.TRANSFORM: transform,
                self.COPIED: result.copied, self.UNMATCHED_FIELDS: ",".join(result.unmatched_fields),
                self.VALUES_CLEARED: len(result.bad_values), self.DUPLICATE_IDS: duplicates}


def _field_renames(text: str, names, layer_name: str) -> dict:
    """'baru=LAMA; …' -> {LAMA: baru}; unknown source fields are an error naming the layer."""
    from ....core.errors import PlpbkInputError
    from ....i18n import tr

    renames = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        new, sep, old = (s.strip() for s in part.partition("="))
        if not sep or not new or old not in names:
            raise PlpbkInputError(tr("pemetaan kolom '{part}' tidak sah: tulis baru=LAMA dengan LAMA "
                                     "salah satu dari {names}.").format(
                part=part.strip(), names=", ".join(names)), layer=layer_name)
        renames[old] = new
    return renames
