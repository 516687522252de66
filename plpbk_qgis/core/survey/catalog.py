"""The thematic-layer catalog (``resources/catalog.yaml``) as plain dataclasses (pure, no QGIS).

One source of truth: the GeoPackage, forms, styles, map themes, the data checklist and the
layouts are all generated from it. The YAML schema is documented at the top of catalog.yaml.

    cat = load_catalog()                   # cached; load_catalog(path) for another file
    cat.layer("bangunan").field("kondisi").values      # -> "kondisi" (value-list name)
    cat.value_list("kondisi").labels("id")            # {"baik": "Baik", ...}
    cat.layers_for_code("B4a")                         # [Layer persil]
    cat.maps[0].layers[0].layer, .style                # thematic maps for layouts / map themes

``Layer.all_fields`` = the layer's own fields followed by the catalog's common survey fields
(tgl_survei, pokja, surveyor, catatan). Field types: text, integer, real, date, boolean, photo
(photo = text holding an image path relative to the project folder). Defaults are literals or
the tokens ``$today``, ``$pokja``, ``$surveyor`` (resolved by the forms module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# When must features lie inside the priority area (see Layer.priority_area_check)?
AREA_CHECK_ALWAYS, AREA_CHECK_ON_REQUEST, AREA_CHECK_NEVER = "always", "on_request", "never"
FIELD_TYPES = ("text", "integer", "real", "date", "boolean", "photo")
GEOMETRIES = ("point", "line", "polygon", "none")
SCALES = (1000, 5000)
DEFAULT_TOKENS = ("$today", "$pokja", "$surveyor")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
CODE_PATTERN = re.compile(r"^(A\d[a-z]|B\d[a-z]|P\d[a-z]?|R\d\d|S\d+|C\d|U\d)$")


class CatalogError(ValueError):
    """The catalog file is inconsistent (a developer error, message in English is fine)."""


@dataclass(frozen=True)
class ValueItem:
    code: str
    label_id: str
    label_en: str


@dataclass(frozen=True)
class ValueList:
    name: str
    label_id: str
    label_en: str
    items: tuple

    @property
    def codes(self) -> list:
        return [item.code for item in self.items]

    def labels(self, language: str = "id") -> dict:
        """code -> label in ``language`` ('id' or 'en'), in catalog order."""
        return {item.code: (item.label_en if language == "en" else item.label_id)
                for item in self.items}

    def label(self, code, language: str = "id"):
        return self.labels(language).get(code)


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    alias_id: str
    alias_en: str
    unit: str | None = None
    values: str | None = None          # name of a value list
    required: bool = False
    default: object = None
    min: float | None = None
    max: float | None = None
    common: bool = False               # one of the catalog's common survey fields
    section: str | None = None         # form tab (form_sections code); None = derived

    @property
    def is_photo(self) -> bool:
        return self.type == "photo"

    @property
    def is_numeric(self) -> bool:
        return self.type in ("integer", "real")

    def alias(self, language: str = "id") -> str:
        return self.alias_en if language == "en" else self.alias_id


@dataclass(frozen=True)
class Layer:
    name: str
    title_id: str
    title_en: str
    geometry: str
    scale: int
    codes: tuple
    group: str
    pokja: str
    fields: tuple                      # own fields (Field)
    common_fields: tuple = ()          # the catalog's common fields
    id_field: str | None = None
    outside_ok: bool = False           # may lie outside the priority area (B2e/B6 surroundings)
    derived: bool = False              # computed by an analysis algorithm, not surveyed

    @property
    def priority_area_check(self) -> str:
        """Whether a feature outside the priority area is a survey problem.

        Decided from the guideline (SEED_MAP P / B): the RTPLP plan (group P) is drawn FOR the
        priority area (Langkah 4), so a plan feature outside it is an error -> always checked.
        The 1:1000 rona layers (group B) describe the priority area in detail, but Pemetaan
        Swadaya is done by the whole kelurahan and kelurahan-wide buildings, parcels, roads …
        are legitimate data (context, later reviews) -> checked only on request. Layers marked
        ``outside_ok`` (B2e/B6 surroundings) and the A / admin / survey groups: never.
        """
        if not self.has_geometry or self.outside_ok or self.derived:
            return AREA_CHECK_NEVER
        if self.group == "P":
            return AREA_CHECK_ALWAYS
        return AREA_CHECK_ON_REQUEST if self.group == "B" else AREA_CHECK_NEVER

    def must_lie_in_priority_area(self, include_rona: bool = False) -> bool:
        """True when features outside the priority area are to be reported; ``include_rona``
        also checks the rona layers (group B), see :attr:`priority_area_check`."""
        check = self.priority_area_check
        return check == AREA_CHECK_ALWAYS or (include_rona and check == AREA_CHECK_ON_REQUEST)

    @property
    def all_fields(self) -> tuple:
        return self.fields + self.common_fields

    @property
    def field_names(self) -> list:
        return [f.name for f in self.all_fields]

    @property
    def required_fields(self) -> list:
        return [f for f in self.all_fields if f.required]

    @property
    def has_geometry(self) -> bool:
        return self.geometry != "none"

    def field(self, name: str) -> Field:
        for item in self.all_fields:
            if item.name == name:
                return item
        raise KeyError(f"layer {self.name} has no field {name}")

    def title(self, language: str = "id") -> str:
        return self.title_en if language == "en" else self.title_id


@dataclass(frozen=True)
class MapLayer:
    layer: str
    style: str                         # field name, "graduated:<field>" or "single"
    breaks: tuple = ()                 # class bounds for graduated styles

    @property
    def style_kind(self) -> str:
        if self.style == "single":
            return "single"
        return "graduated" if self.style.startswith("graduated:") else "categorized"

    @property
    def style_field(self) -> str | None:
        if self.style == "single":
            return None
        return self.style.split(":", 1)[1] if ":" in self.style else self.style


@dataclass(frozen=True)
class ThematicMap:
    id: str
    codes: tuple
    title_id: str
    title_en: str
    scale: int
    layers: tuple                      # MapLayer, drawing order top first

    @property
    def layer_names(self) -> list:
        return [item.layer for item in self.layers]

    def title(self, language: str = "id") -> str:
        return self.title_en if language == "en" else self.title_id

    def label(self, language: str = "id") -> str:
        """'R08 — Peta …': code and title, for theme names and the album's map list."""
        return f"{self.id} — {self.title(language)}"


@dataclass(frozen=True)
class Group:
    code: str
    title_id: str
    title_en: str


@dataclass(frozen=True)
class Catalog:
    version: int
    pokja: tuple                       # ValueItem-like (code, label_id, label_en)
    groups: tuple
    value_lists: dict
    layers: tuple
    maps: tuple
    source: str = ""
    form_sections: tuple = ()          # Group-like (code, title_id, title_en): form tabs

    def layer(self, name: str) -> Layer:
        for item in self.layers:
            if item.name == name:
                return item
        raise KeyError(f"catalog has no layer {name}")

    @property
    def layer_names(self) -> list:
        return [item.name for item in self.layers]

    def value_list(self, name: str) -> ValueList:
        return self.value_lists[name]

    def field_codes(self, layer: str, field_name: str):
        """Allowed codes of a value-list field, or None when the field is free."""
        item = self.layer(layer).field(field_name)
        return self.value_lists[item.values].codes if item.values else None

    def layers_for_code(self, code: str) -> list:
        return [item for item in self.layers if code in item.codes]

    def codes(self) -> set:
        """Every SEED_MAP code served by a layer or a map."""
        found = {code for item in self.layers for code in item.codes}
        found.update(code for item in self.maps for code in item.codes)
        return found

    def layers_in_group(self, group: str) -> list:
        return [item for item in self.layers if item.group == group]

    def map(self, map_id: str) -> ThematicMap:
        for item in self.maps:
            if item.id == map_id:
                return item
        raise KeyError(f"catalog has no map {map_id}")


def default_path() -> Path:
    from ..resources import resource_path

    return resource_path("catalog.yaml")


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Catalog:
    import yaml

    # libyaml's safe loader where PyYAML has it: the catalog is read when the provider loads (the
    # album's map list), and the pure-Python loader costs QGIS start-up a tenth of a second
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)  # nosec B506
    return parse_catalog(data, source=path)


def load_catalog(path=None) -> Catalog:
    """Read and check the catalog (cached per path)."""
    return _load_cached(str(Path(path) if path else default_path()))


def _field(raw: dict, where: str, common: bool = False) -> Field:
    missing = [key for key in ("name", "type", "alias_id", "alias_en") if not raw.get(key)]
    if missing:
        raise CatalogError(f"{where}: field {raw.get('name')!r} lacks {missing}")
    return Field(name=str(raw["name"]), type=str(raw["type"]), alias_id=str(raw["alias_id"]),
                 alias_en=str(raw["alias_en"]), unit=raw.get("unit"), values=raw.get("values"),
                 required=bool(raw.get("required", False)), default=raw.get("default"),
                 min=raw.get("min"), max=raw.get("max"), common=common,
                 section=raw.get("section"))


def parse_catalog(data: dict, source: str = "") -> Catalog:
    """Build a :class:`Catalog` from the YAML mapping and check its consistency."""
    value_lists = {}
    for name, raw in (data.get("value_lists") or {}).items():
        items = tuple(ValueItem(str(v["code"]), str(v["id"]), str(v["en"])) for v in raw["values"])
        value_lists[name] = ValueList(name, raw["label_id"], raw["label_en"], items)
    pokja = tuple(ValueItem(p["code"], p["label_id"], p["label_en"]) for p in data.get("pokja", []))
    groups = tuple(Group(g["code"], g["title_id"], g["title_en"]) for g in data.get("groups", []))
    sections = tuple(Group(g["code"], g["title_id"], g["title_en"])
                     for g in data.get("form_sections", []))
    common = tuple(_field(f, "common_fields", common=True) for f in data.get("common_fields", []))
    layers = []
    for raw in data.get("layers", []):
        fields = tuple(_field(f, f"layer {raw.get('name')}") for f in raw.get("fields", []))
        layers.append(Layer(name=raw["name"], title_id=raw["title_id"], title_en=raw["title_en"],
                            geometry=raw["geometry"], scale=int(raw["scale"]),
                            codes=tuple(raw.get("codes", [])), group=raw["group"],
                            pokja=raw["pokja"], fields=fields,
                            # a computed layer carries no survey metadata (date, surveyor)
                            common_fields=() if raw.get("derived") else common,
                            id_field=raw.get("id_field"),
                            outside_ok=bool(raw.get("outside_ok", False)),
                            derived=bool(raw.get("derived", False))))
    maps = []
    for raw in data.get("maps", []):
        map_layers = tuple(MapLayer(str(item["layer"]), str(item.get("style", "single")),
                                    tuple(float(b) for b in item.get("breaks", [])))
                           for item in raw.get("layers", []))
        maps.append(ThematicMap(id=str(raw["id"]), codes=tuple(raw.get("codes", [])),
                                title_id=raw["title_id"], title_en=raw["title_en"],
                                scale=int(raw["scale"]), layers=map_layers))
    catalog = Catalog(version=int(data.get("version", 1)), pokja=pokja, groups=groups,
                      value_lists=value_lists, layers=tuple(layers), maps=tuple(maps),
                      source=source, form_sections=sections)
    problems = catalog_problems(catalog)
    if problems:
        raise CatalogError("catalog inconsistent:\n  " + "\n  ".join(problems))
    return catalog


def catalog_problems(catalog: Catalog) -> list:
    """Every inconsistency (unknown value list, bad type, duplicate name, ...)."""
    problems = []
    group_codes = {g.code for g in catalog.groups}
    pokja_codes = {p.code for p in catalog.pokja}
    section_codes = {s.code for s in catalog.form_sections}
    seen_layers = set()
    for layer in catalog.layers:
        where = f"layer {layer.name}"
        if not NAME_PATTERN.match(layer.name) or layer.name in seen_layers:
            problems.append(f"{where}: bad or duplicate name")
        seen_layers.add(layer.name)
        if layer.geometry not in GEOMETRIES:
            problems.append(f"{where}: geometry {layer.geometry!r}")
        if layer.scale not in SCALES:
            problems.append(f"{where}: scale {layer.scale}")
        if layer.group not in group_codes:
            problems.append(f"{where}: group {layer.group!r}")
        if layer.pokja not in pokja_codes:
            problems.append(f"{where}: pokja {layer.pokja!r}")
        problems += [f"{where}: code {c!r}" for c in layer.codes if not CODE_PATTERN.match(c)]
        names = [f.name for f in layer.all_fields]
        if len(names) != len(set(names)):
            problems.append(f"{where}: duplicate field names")
        if layer.id_field and layer.id_field not in names:
            problems.append(f"{where}: id_field {layer.id_field!r} is not a field")
        for item in layer.all_fields:
            if not NAME_PATTERN.match(item.name) or item.name == "fid":
                problems.append(f"{where}: field name {item.name!r}")
            if item.type not in FIELD_TYPES:
                problems.append(f"{where}.{item.name}: type {item.type!r}")
            if item.values and item.values not in catalog.value_lists:
                problems.append(f"{where}.{item.name}: unknown value list {item.values!r}")
            if item.section and item.section not in section_codes:
                problems.append(f"{where}.{item.name}: unknown form section {item.section!r}")
            if item.values and item.type != "text":
                problems.append(f"{where}.{item.name}: value lists need type text")
            if isinstance(item.default, str) and item.default.startswith("$") \
                    and item.default not in DEFAULT_TOKENS:
                problems.append(f"{where}.{item.name}: default token {item.default!r}")
    for name, values in catalog.value_lists.items():
        codes = values.codes
        if len(codes) != len(set(codes)) or not all(NAME_PATTERN.match(c) for c in codes):
            problems.append(f"value list {name}: duplicate or malformed codes")
    seen_maps = set()
    for item in catalog.maps:
        if item.id in seen_maps:
            problems.append(f"map {item.id}: duplicate id")
        seen_maps.add(item.id)
        for map_layer in item.layers:
            if map_layer.layer not in seen_layers:
                problems.append(f"map {item.id}: unknown layer {map_layer.layer!r}")
                continue
            style_field = map_layer.style_field
            if map_layer.style_kind == "graduated" and len(map_layer.breaks) < 2:
                problems.append(f"map {item.id}: {map_layer.layer} graduated without breaks")
            if style_field and style_field not in catalog.layer(map_layer.layer).field_names:
                problems.append(f"map {item.id}: {map_layer.layer} has no field {style_field!r}")
    return problems
