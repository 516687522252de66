"""plpbk:createsheetindex — the sheet grid (indeks lembar peta) over the priority area."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ....adapters.survey import project_defaults
from ... import keys
from ...base import PlpbkAlgorithm

PAPERS = ["A3", "A1"]
ORIENTATIONS = ["landscape", "portrait"]
NEIGHBOUR_KEYS = ["u", "tl", "t", "tg", "s", "bd", "b", "bl"]


def sheet_fields() -> QgsFields:
    """Fields of the sheet index layer (also read by plpbk:renderthematicmaps)."""
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name, kind in [("nomor_lembar", QVariant.String), ("urutan", QVariant.Int),
                       ("baris", QVariant.Int), ("kolom", QVariant.Int), ("skala", QVariant.Int),
                       ("kertas", QVariant.String), ("orientasi", QVariant.String),
                       ("lebar_m", QVariant.Double), ("tinggi_m", QVariant.Double)]:
        fields.append(QgsField(name, kind))
    for key in NEIGHBOUR_KEYS:
        fields.append(QgsField(f"lembar_{key}", QVariant.String))
    return fields


# PLPBK maps print at 1:1000 (rona, plan) and 1:5000 (arahan); a kelurahan-wide overview
# needs 1:25 000 at most. Beyond 1:100 000 a sheet is larger than any kelurahan.
MAX_SCALE = 100_000


class CreateSheetIndex(PlpbkAlgorithm):
    ALGORITHM_ID = "createsheetindex"
    GROUP_KEY = "print"
    GUIDELINE_CODES = ('S7',)
    # the help page's example (processing.run / qgis_process)
    EXAMPLE = {'PRIORITY_AREA': 'survei.gpkg|layername=kawasan_prioritas', 'SCALE': 1000, 'OUTPUT': 'indeks_lembar.gpkg'}
    PRIORITY_AREA = keys.PRIORITY_AREA
    SCALE = "SCALE"
    PAPER = "PAPER"
    ORIENTATION = "ORIENTATION"
    OVERLAP = "OVERLAP"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Buat indeks lembar peta")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Membuat grid lembar peta di atas kawasan (biasanya lapisan kawasan_prioritas) untuk "
            "skala, ukuran kertas (A3/A1) dan orientasi yang dipilih. Hanya lembar yang mengenai "
            "kawasan yang dibuat. Ukuran lembar di lapangan = bidang peta templat × skala: A3 "
            "lanskap 1:1000 = 300 m × 250 m, A1 = 600 m × 500 m.\n\n"
            "Nomor lembar (nomor_lembar) tetap dan mudah dibaca: baris berhuruf dari utara (A, B, "
            "…), kolom bernomor dari barat (1, 2, …), misalnya B3. Kolom lembar_u, lembar_t, "
            "lembar_s, lembar_b (dan arah diagonal) berisi nomor lembar tetangga untuk petunjuk "
            "letak. Lapisan ini menjadi masukan 'Cetak album peta tematik'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PRIORITY_AREA, self.tr("Kawasan yang dipetakan (mis. kawasan_prioritas)"),
            [QgsProcessing.TypeVectorPolygon], project_defaults.catalog_layer("kawasan_prioritas")))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, self.tr("Skala 1:"), QgsProcessingParameterNumber.Integer,
            defaultValue=1000, minValue=100, maxValue=MAX_SCALE))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAPER, self.tr("Ukuran kertas"), PAPERS, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ORIENTATION, self.tr("Orientasi"), [self.tr("Lanskap"), self.tr("Potret")],
            defaultValue=0))
        overlap = QgsProcessingParameterNumber(
            self.OVERLAP, self.tr("Tumpang tindih antar lembar (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0)
        self.add_advanced(overlap)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Indeks lembar peta"), QgsProcessing.TypeVectorPolygon))

    def compute(self, parameters, context, feedback):
        import shapely

        from ....adapters.sources.qgis_io import read_source, write_rows
        from ....core.errors import PlpbkInputError
        from ....core.sheet_grid import GridCancelledError, SheetSpec, sheet_grid
        from ...layer_checks import require_metric_polygons

        label = self.tr("kawasan")
        source = self.parameterAsSource(parameters, self.PRIORITY_AREA, context)
        require_metric_polygons(source, label)
        data = read_source(source, context, feedback, fields=[], name=source.sourceName())
        geometries = [g for g in data.geometries if g is not None and not g.is_empty]
        if not geometries:
            raise PlpbkInputError(self.tr("tidak ada geometri yang sah."), layer=data.name)
        area = shapely.union_all(shapely.make_valid(shapely.GeometryCollection(geometries)))
        if feedback.isCanceled():
            return {}
        try:
            spec = SheetSpec(
                scale=self.parameterAsInt(parameters, self.SCALE, context),
                paper=PAPERS[self.parameterAsEnum(parameters, self.PAPER, context)],
                orientation=ORIENTATIONS[self.parameterAsEnum(parameters, self.ORIENTATION, context)],
                overlap_m=self.parameterAsDouble(parameters, self.OVERLAP, context))
        except ValueError as error:
            raise PlpbkInputError(str(error)) from error
        try:
            sheets = sheet_grid(area, spec, cancelled=feedback.isCanceled)
        except GridCancelledError:
            return {}                   # the base class removes what was made and says so
        fields = sheet_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Polygon, source.sourceCrs())
        width, height = spec.ground_size
        rows = [[s.nomor_lembar, s.order, s.row + 1, s.col + 1, spec.scale, spec.paper,
                 spec.orientation, width, height]
                + [s.neighbours.get(key) for key in NEIGHBOUR_KEYS] for s in sheets]
        write_rows(sink, fields, shapely.box(*zip(*[s.bounds for s in sheets])), rows, feedback)
        feedback.pushInfo(self.tr("Lembar dibuat: ") + f"{len(sheets)} "
                          f"({spec.paper}, 1:{spec.scale}, {width:g} m × {height:g} m)")
        return {self.OUTPUT: dest_id}

