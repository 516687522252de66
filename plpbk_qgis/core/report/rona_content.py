"""The content of the draft Laporan Rona Kawasan Prioritas, one section per code R01–R12 (pure).

One content model feeds both documents (PDF and DOCX): a section has its heading, the numbers
computed from the survey database, the section's map from the album (when rendered) and the
marked places where the TAPP writes the analysis. The numbers come from the catalog: every
layer drawn on the section's thematic map is counted by the field the map classifies it on
(per category: features, share, and area or length), inside the priority area when the survey
has one (the report describes the priority area), and the section's first layer also per RT.
A section without data says so in place; R03 (social characteristics) has no map of its own
and draws on the poor-household and RT tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from ..survey.completeness import unit_index

CONTEXT_LAYERS = ("batas_kelurahan", "kawasan_prioritas", "rw", "rt")
NO_CATEGORY = "(belum diisi)"
# R01–R12 as the guideline's "Kisi-kisi Laporan Rona" names them; the map of each (catalog id)
SECTIONS = (
    ("R01", "Batas kelurahan dan kawasan prioritas", "R01"),
    ("R02", "Sebaran penduduk miskin", "R02"),
    ("R03", "Karakteristik sosial masyarakat (negatif dan positif)", None),
    ("R04", "Kegiatan ekonomi lokal dan kelembagaannya", "R04"),
    ("R05", "Masalah dan potensi pola ruang dan prasarana", "R05"),
    ("R06", "Masalah RTH dan ruang publik", "R06"),
    ("R07", "Kawasan rawan bencana", "R07"),
    ("R08", "Status kepemilikan lahan dan bangunan", "R08"),
    ("R09", "Karakteristik sosial dan sebaran penduduk miskin di kawasan prioritas", "R09"),
    ("R10", "Tata letak bangunan: kondisi, kepadatan, ketinggian, luas lahan dan lokasi hunian", "R10"),
    ("R11", "Kegiatan ekonomi di kawasan prioritas (sumber penghidupan)", "R11"),
    ("R12", "Masalah prasarana kawasan prioritas", "R12"),
)
R03_LAYERS = (("kk_miskin", "kategori"), ("rt", None))
PLACEHOLDER = "[Analisis TAPP: tuliskan uraian, masalah dan potensi bagian ini berdasarkan tabel dan peta di atas.]"


@dataclass
class Table:
    caption: str
    header: list
    rows: list                            # lists of cells (str / int / float)
    numeric: tuple = ()                   # column indexes holding numbers


@dataclass
class Section:
    code: str
    title: str
    tables: list = field(default_factory=list)
    notes: list = field(default_factory=list)       # sentences stating facts (e.g. "no data")
    image: str | None = None                        # the album map as PNG
    image_caption: str = ""
    placeholder: str = PLACEHOLDER

    @property
    def has_data(self) -> bool:
        return bool(self.tables)


@dataclass
class LayerData:
    """What a section needs of one survey layer (the adapter fills it)."""
    name: str
    title: str
    geometry: str                          # point | line | polygon | none
    geometries: np.ndarray
    columns: dict


def _inside(data: LayerData, area) -> np.ndarray:
    n = len(next(iter(data.columns.values()))) if data.columns else len(data.geometries)
    if area is None or data.geometry == "none":
        return np.ones(n, dtype=bool)
    geoms = np.asarray(data.geometries, dtype=object)
    drawn = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    out = np.zeros(n, dtype=bool)
    if drawn.any():
        points = shapely.point_on_surface(shapely.make_valid(geoms[drawn].astype(object)))
        out[drawn] = shapely.contains(area, points) | shapely.touches(area, points)
    return out


def _measure(data: LayerData) -> np.ndarray | None:
    geoms = np.asarray(data.geometries, dtype=object)
    if data.geometry == "polygon":
        return np.array([shapely.area(g) / 10_000.0 if g is not None else 0.0 for g in geoms])
    if data.geometry == "line":
        return np.array([shapely.length(g) if g is not None else 0.0 for g in geoms])
    return None


def _category(value, labels: dict) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or not str(value).strip():
        return NO_CATEGORY
    return labels.get(str(value), str(value))


def category_table(data: LayerData, style_field: str | None, labels: dict, area, alias: str = "") -> Table | None:
    """Features of ``data`` inside ``area`` per category of ``style_field`` (all in one row
    when the map draws the layer with one symbol)."""
    inside = _inside(data, area)
    if not inside.any():
        return None
    measure = _measure(data)
    values = data.columns.get(style_field) if style_field else None
    categories = [_category(v, labels) for v in values] if values is not None else ["semua"] * len(inside)
    order = list(dict.fromkeys([labels[c] for c in labels] + [NO_CATEGORY]))
    counts: dict = {}
    sizes: dict = {}
    for keep, category, index in zip(inside, categories, range(len(inside))):
        if keep:
            counts[category] = counts.get(category, 0) + 1
            sizes[category] = sizes.get(category, 0.0) + (measure[index] if measure is not None else 0.0)
    total = sum(counts.values())
    unit = {"polygon": "Luas (ha)", "line": "Panjang (m)"}.get(data.geometry)
    header = ["Kategori" if values is not None else "Lapisan", "Jumlah", "Persen"] + ([unit] if unit else [])
    rows = []
    for category in sorted(counts, key=lambda c: order.index(c) if c in order else len(order)):
        row = [category if values is not None else data.title, counts[category],
               round(100.0 * counts[category] / total, 1)]
        if unit:
            row.append(round(sizes[category], 2 if data.geometry == "polygon" else 1))
        rows.append(row)
    if len(rows) > 1:
        rows.append(["Jumlah", total, 100.0] + ([round(sum(sizes.values()), 2 if data.geometry == "polygon" else 1)]
                                               if unit else []))
    caption = f"{data.title}" + (f" menurut {(alias or style_field).lower()}" if values is not None else "")
    return Table(caption, header, rows, numeric=tuple(range(1, len(header))))


def rt_table(data: LayerData, style_field: str | None, labels: dict, units, area) -> Table | None:
    """Features of the section's first layer per RT (rows) and category (columns)."""
    if units is None or data.geometry == "none" or not len(units.geometries):
        return None
    inside = _inside(data, area)
    if not inside.any():
        return None
    holder = unit_index(np.asarray(data.geometries, dtype=object), shapely.make_valid(
        np.asarray(units.geometries, dtype=object)))
    values = data.columns.get(style_field) if style_field else None
    categories = [_category(v, labels) for v in values] if values is not None else ["jumlah"] * len(holder)
    present = [c for c in list(labels.values()) + [NO_CATEGORY, "jumlah"] if c in set(np.array(categories)[inside])]
    names = [f"RW {rw} / RT {rt}" if rw else f"RT {rt}" for rw, rt in units.keys] + ["(di luar RT)"]
    grid = np.zeros((len(names), len(present)), dtype=int)
    for keep, unit, category in zip(inside, holder, categories):
        if keep:
            grid[unit if unit >= 0 else len(names) - 1, present.index(category)] += 1
    rows = [[name] + list(map(int, counts)) + [int(counts.sum())]
            for name, counts in zip(names, grid) if counts.sum()]
    if not rows:
        return None
    return Table(f"{data.title} per RT", ["RT"] + present + ["Jumlah"], rows, numeric=tuple(range(1, len(present) + 2)))


def build_sections(catalog, layers: dict, units=None, area=None, images: dict | None = None,
                   language: str = "id") -> list:
    """Sections R01–R12. ``layers``: catalog name -> LayerData; ``images``: map id -> PNG."""
    images = images or {}
    maps = {m.id: m for m in catalog.maps}
    sections = []
    for code, title, map_id in SECTIONS:
        section = Section(code, title)
        entries = ([(item.layer, item.style_field) for item in maps[map_id].layers] if map_id in maps
                   else list(R03_LAYERS))
        first = True
        for layer_name, style_field in entries:
            if layer_name in CONTEXT_LAYERS and code not in ("R01", "R03"):
                continue
            if style_field is None and code not in ("R01", "R03"):
                continue               # a background layer of the map (buildings in grey), not its subject
            data = layers.get(layer_name)
            if data is None:
                section.notes.append(f"Lapisan {layer_name} tidak ada di basis data survei.")
                continue
            spec = catalog.layer(layer_name)
            field_spec = spec.field(style_field) if style_field and style_field in [f.name for f in spec.all_fields] else None
            labels = {}
            if field_spec is not None and field_spec.values:
                labels = {i.code: (i.label_en if language == "en" else i.label_id)
                          for i in catalog.value_list(field_spec.values).items}
            usable_field = style_field if field_spec is not None and (field_spec.values or field_spec.type == "text") else None
            # R01 describes the kelurahan and its priority area: counted over the whole kelurahan
            where = None if code == "R01" else area
            table = category_table(data, usable_field, labels, where, field_spec.alias_id if field_spec else "")
            if table is None:
                section.notes.append(f"Lapisan {spec.title_id} belum berisi data di kawasan ini.")
                continue
            section.tables.append(table)
            if first and layer_name not in CONTEXT_LAYERS:
                per_rt = rt_table(data, usable_field, labels, units, where)
                if per_rt is not None:
                    section.tables.append(per_rt)
                first = False
        if map_id and map_id in images:
            section.image, section.image_caption = images[map_id], f"Peta {map_id} — {maps[map_id].title_id}"
        if not section.tables:
            section.notes.append("Bagian ini belum punya data survei: lengkapi lapisan di atas, lalu buat ulang laporan.")
        sections.append(section)
    return sections
