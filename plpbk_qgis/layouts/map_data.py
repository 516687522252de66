"""Layers for the album: catalog tables of the survey GeoPackage, styled per thematic map.

One QgsVectorLayer per (table, style hint) is kept in a private QgsProject, so a table drawn
differently on two maps (bangunan by ownership on R08, by condition on R10) gets two layers.
Missing tables and empty tables are simply absent: the sheet then says "Data belum tersedia".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from ..core.errors import PlpbkInputError
from ..i18n import tr

# Boundary layers frame every map; a sheet holding only these has no thematic data.
CONTEXT_LAYERS = ("batas_kelurahan", "kawasan_prioritas", "rw", "rt")


def gpkg_tables(gpkg: Path) -> set:
    from osgeo import ogr

    source = ogr.Open(str(gpkg))
    if source is None:
        raise PlpbkInputError(tr("GeoPackage tidak dapat dibuka. Periksa jalur berkas."),
                              layer=str(gpkg))
    return {source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())}


@dataclass
class AlbumData:
    gpkg: Path
    catalog: object
    project: QgsProject = field(default_factory=QgsProject)
    tables: set = field(default_factory=set)
    _layers: dict = field(default_factory=dict)

    @classmethod
    def open(cls, gpkg, catalog) -> AlbumData:
        data = cls(Path(gpkg), catalog)
        data.tables = gpkg_tables(data.gpkg)
        return data

    def cached(self, key, factory):
        """Layer made once per album by ``factory()`` (insets are the same on every map)."""
        if key not in self._layers:
            self._layers[key] = factory()
        return self._layers[key]

    def raw(self, table: str):
        """The table as a layer (no styling), or None when absent or empty."""
        key = (table, None)
        if key not in self._layers:
            layer = None
            if table in self.tables:
                layer = QgsVectorLayer(f"{self.gpkg}|layername={table}", table, "ogr")
                if not layer.isValid() or layer.featureCount() == 0 or not layer.isSpatial():
                    layer = None
            self._layers[key] = layer
        return self._layers[key]

    def styled(self, map_layer):
        """Layer for a catalog ``MapLayer`` (table + style hint) or None when it has no data."""
        from ..adapters.styles.survey_styles import labeling_for, renderer_for

        key = (map_layer.layer, map_layer.style)
        if key not in self._layers:
            raw = self.raw(map_layer.layer)
            layer = None
            if raw is not None:
                spec = self.catalog.layer(map_layer.layer)
                layer = raw.clone()
                layer.setName(spec.title_id)
                style = map_layer
                if style.style_field and style.style_field not in raw.fields().names():
                    style = type(map_layer)(map_layer.layer, "single")
                layer.setRenderer(renderer_for(spec, style, self.catalog))
                # the catalog's labels (street and facility names, RT/RW, kawasan), whatever
                # style the GeoPackage stores or lacks, so every album reads alike
                labeling = labeling_for(spec)
                layer.setLabeling(labeling)
                layer.setLabelsEnabled(labeling is not None)
                self.project.addMapLayer(layer, False)
            self._layers[key] = layer
        return self._layers[key]

    def map_layers(self, thematic) -> list:
        """(MapLayer, QgsVectorLayer) of a thematic map that hold data, catalog order."""
        found = [(item, layer) for item in thematic.layers
                 if (layer := self.styled(item)) is not None]
        # a second categorised polygon layer under the first (persil under bangunan) is
        # drawn see-through so its colours do not read as the top layer's classes
        seen_fill = False
        for item, layer in found:
            if layer.geometryType() == 2 and item.style_kind != "single":
                layer.setOpacity(0.4 if seen_fill else 1.0)
                seen_fill = True
        return found

    def draw_order(self, thematic, focus_table: str) -> list:
        """Layers for the main map, top first: boundary outlines, then a veil outside the
        focus area (kawasan prioritas / kelurahan), then the thematic layers."""
        found = self.map_layers(thematic)
        outlines = [layer for item, layer in found
                    if item.layer in CONTEXT_LAYERS and item.style_kind == "single"]
        themes = [layer for _, layer in found if layer not in outlines]
        veil = self.veil(focus_table)
        return outlines + ([veil] if veil is not None and themes else []) + themes

    def veil(self, table: str):
        """White at 75 % outside ``table``'s polygons: data around the focus area stays legible
        as context but no longer competes with it (60 % still read as full-strength colour)."""
        from qgis.core import QgsFillSymbol, QgsInvertedPolygonRenderer, QgsSingleSymbolRenderer

        key = (table, "$veil")
        if key not in self._layers:
            raw = self.raw(table)
            layer = None
            if raw is not None:
                layer = raw.clone()
                layer.setName(f"{table} (luar kawasan)")
                layer.setLabelsEnabled(False)      # the outline layer labels the area once
                symbol = QgsFillSymbol.createSimple({"color": "255,255,255,195",
                                                     "outline_style": "no"})
                layer.setRenderer(QgsInvertedPolygonRenderer(QgsSingleSymbolRenderer(symbol)))
                self.project.addMapLayer(layer, False)
            self._layers[key] = layer
        return self._layers[key]

    def first_value(self, table: str, field_name: str) -> str:
        layer = self.raw(table)
        if layer is None or field_name not in layer.fields().names():
            return ""
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([field_name], layer.fields())
        values = sorted({str(f[field_name]) for f in layer.getFeatures(request)
                         if f[field_name] not in (None, "") and str(f[field_name]) != "NULL"})
        return ", ".join(values)


def thematic_tables(thematic) -> list:
    """Tables whose data make a sheet of ``thematic`` worth printing."""
    tables = [item.layer for item in thematic.layers if item.layer not in CONTEXT_LAYERS]
    return tables or [item.layer for item in thematic.layers]


def has_features(layer, rect) -> bool:
    request = QgsFeatureRequest().setFilterRect(rect).setLimit(1)
    request.setFlags(QgsFeatureRequest.ExactIntersect)
    request.setNoAttributes()
    return any(True for _ in layer.getFeatures(request))


def datum_name(crs) -> str:
    match = re.search(r'DATUM\["([^"]+)"', crs.toWkt())
    return match.group(1).replace("_", " ") if match else ""
