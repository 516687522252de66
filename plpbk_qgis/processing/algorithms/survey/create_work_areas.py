"""plpbk:createworkareas — pokja work areas for the Pemetaan Swadaya (S1, S4): by RT, by RW, or
balanced by building count; written to the survey database's wilayah_kerja layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

METHODS = ("rt", "rw", "seimbang")
AREAS = ("batas_kelurahan", "kawasan_prioritas")
TABLE = "wilayah_kerja"


class CreateWorkAreas(PlpbkAlgorithm):
    ALGORITHM_ID = "createworkareas"
    WRITES_TABLES = frozenset({TABLE})
    GROUP_KEY = "survey"
    GUIDELINE_CODES = ("S1", "S4")
    EXAMPLE = {"DATABASE": "survei.gpkg", "METHOD": 2, "COUNT": 6, "OUTPUT": "wilayah_kerja.gpkg"}
    DATABASE = keys.DATABASE
    AREA = "AREA"
    METHOD = "METHOD"
    COUNT = "COUNT"
    REPLACE = "REPLACE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Buat wilayah kerja pokja")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Membagi kelurahan atau kawasan prioritas menjadi wilayah kerja pokja untuk Pemetaan Swadaya "
            "(kode pedoman S1, S4): per RT, per RW, atau seimbang — N wilayah dengan jumlah bangunan hampir "
            "sama (selisih paling banyak satu bangunan per potongan) dan bentuk ringkas (dipotong melintang "
            "sisi terpanjang), tanpa celah atau tumpang tindih. Setiap wilayah mendapat pokja (bergiliran "
            "menurut daftar pokja katalog), tema (lapisan katalog yang menjadi tanggung jawab pokja itu) dan "
            "nama tim; ubah sesudahnya bila perlu.\n\n"
            "Hasil ditulis ke lapisan wilayah_kerja basis data survei; wilayah kerja yang sudah ada hanya "
            "diganti bila 'Ganti wilayah kerja yang ada' dicentang.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, self.tr("GeoPackage basis data survei"), extension="gpkg",
            defaultValue=project_defaults.survey_database()))
        self.addParameter(QgsProcessingParameterEnum(self.AREA, self.tr("Dibagi"),
                                                     [self.tr("seluruh kelurahan"), self.tr("kawasan prioritas")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.METHOD, self.tr("Metode"),
                                                     [self.tr("per RT"), self.tr("per RW"),
                                                      self.tr("seimbang menurut jumlah bangunan")], defaultValue=2))
        self.addParameter(QgsProcessingParameterNumber(self.COUNT, self.tr("Jumlah wilayah (metode seimbang)"),
                                                       QgsProcessingParameterNumber.Integer, 5, minValue=1, maxValue=200))
        self.addParameter(QgsProcessingParameterBoolean(self.REPLACE, self.tr("Ganti wilayah kerja yang ada"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Wilayah kerja"),
                                                            QgsProcessing.TypeVectorPolygon))

    def compute(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ....adapters.sources.qgis_io import write_rows
        from ....core.errors import PlpbkInputError
        from ....core.survey.catalog import load_catalog
        from ....core.survey.work_areas import work_areas
        from ...analysis_inputs import read_survey_layer, required_database, result_fields

        catalog = load_catalog()
        path, tables, crs = required_database(self, parameters, self.DATABASE, context, catalog)
        area_table = AREAS[self.parameterAsEnum(parameters, self.AREA, context)]
        area_data = read_survey_layer(path, tables, area_table, context, crs, [])
        geoms = [] if area_data is None else [g for g in area_data.geometries if g is not None and not g.is_empty]
        if not geoms:
            raise PlpbkInputError(self.tr("lapisan {table} kosong: gambar batasnya dulu.").format(table=area_table),
                                  layer=area_table)
        boundary = shapely.union_all(shapely.make_valid(np.array(geoms, dtype=object)))
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        existing = read_survey_layer(path, tables, TABLE, context, crs, [])
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        if existing is not None and len(existing) and not replace:
            raise PlpbkInputError(self.tr("lapisan wilayah_kerja sudah berisi {n} wilayah. Centang 'Ganti wilayah "
                                          "kerja yang ada' untuk menggantinya; tidak ada yang diubah.").format(
                n=len(existing)), layer=TABLE)
        buildings = read_survey_layer(path, tables, "bangunan", context, crs, [])
        drawn = [] if buildings is None else [g for g in buildings.geometries if g is not None and not g.is_empty]
        points = shapely.get_coordinates(shapely.point_on_surface(shapely.make_valid(np.array(drawn, dtype=object)))) \
            if drawn else np.empty((0, 2))
        inside = shapely.contains(boundary, shapely.points(points)) if len(points) else np.empty(0, bool)
        points = points[inside]
        units, names = None, None
        if method != "seimbang":
            fields = ["no_rt", "no_rw"] if method == "rt" else ["no_rw"]
            data = read_survey_layer(path, tables, method, context, crs, fields)
            if data is not None:
                clipped = [shapely.intersection(shapely.make_valid(g), boundary) if g is not None else None
                           for g in data.geometries]
                keep = [i for i, g in enumerate(clipped) if g is not None and g.area > 1.0]
                units = [clipped[i] for i in keep]
                names = [(f"RW {data.columns['no_rw'][i] or '?'} / RT {data.columns['no_rt'][i] or '?'}"
                          if method == "rt" else f"RW {data.columns['no_rw'][i] or '?'}") for i in keep]
        themes: dict = {}
        for spec in catalog.layers:
            if not spec.derived:
                themes.setdefault(spec.pokja, []).append(spec.name)
        pokja = [item.code for item in catalog.pokja]
        areas = work_areas(method, boundary, points, pokja, themes,
                           self.parameterAsInt(parameters, self.COUNT, context), units, names,
                           {item.code: item.label_id for item in catalog.pokja})
        columns = [("kode_wilayah", "text"), ("nama_wilayah", "text"), ("pokja", "text"), ("nama_tim", "text"),
                   ("tema", "text"), ("jml_bangunan", "integer")]
        rows = [{"kode_wilayah": a.code, "nama_wilayah": a.name, "pokja": a.pokja, "nama_tim": a.team,
                 "tema": ", ".join(a.themes), "jml_bangunan": a.buildings} for a in areas]
        geometries = np.array([a.geometry for a in areas], dtype=object)
        fields = result_fields(columns)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        write_rows(sink, fields, geometries, [[r[name] for name, _ in columns] for r in rows], feedback)
        if feedback.isCanceled():                  # the database is written last, and only when not cancelled
            return {}
        self.database_written()
        from ....adapters.survey.derived_tables import add_to_survey_table

        # the user asked to replace (checked above), or the table was empty
        add_to_survey_table(path, TABLE, geometries, rows, replace=existing is not None and len(existing) > 0)
        feedback.pushInfo(self.tr("{n} wilayah kerja ({method}); bangunan per wilayah {low}–{high}.").format(
            n=len(areas), method=method, low=min(a.buildings for a in areas), high=max(a.buildings for a in areas)))
        return {self.OUTPUT: dest}
