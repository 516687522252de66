"""The data checklist (SEED_MAP S4): per catalog layer and per RT / work area, how many features
exist and what share of their required fields is filled (pure, no QGIS).

A feature belongs to the unit that contains its representative point (point on surface), so a
building on an RT boundary is counted once. Attribute-only tables are counted for the whole
kelurahan only (unit ``SEMUA``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

NO_UNIT = "(di luar wilayah / tanpa geometri)"
ALL_UNITS = "SEMUA"
LENGKAP, SEBAGIAN, KOSONG = "LENGKAP", "SEBAGIAN", "BELUM ADA DATA"


@dataclass
class ChecklistRow:
    layer: str
    title: str
    codes: str
    pokja: str
    unit: str
    features: int
    percent: float | None              # share of required cells filled, None when no feature
    missing_fields: list = field(default_factory=list)   # required fields with gaps

    @property
    def status(self) -> str:
        if not self.features:
            return KOSONG
        return LENGKAP if self.percent >= 100.0 else SEBAGIAN


def _filled(value) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and np.isnan(value):
        return False
    return not (isinstance(value, str) and not value.strip())


def _row(spec, unit, columns, selection) -> ChecklistRow:
    required = [f.name for f in spec.required_fields]
    count = int(selection.sum())
    percent, missing = None, []
    if count:
        filled_total = 0
        for name in required:
            values = columns.get(name, [None] * len(selection))
            filled = sum(1 for value, chosen in zip(values, selection) if chosen and _filled(value))
            filled_total += filled
            if filled < count:
                missing.append(name)
        percent = 100.0 * filled_total / (count * len(required)) if required else 100.0
    return ChecklistRow(spec.name, spec.title_id, ",".join(spec.codes), spec.pokja, unit, count,
                        percent, missing)


def unique_names(names, ids) -> list:
    """Unit names made unique with the feature id: two RTs whose numbers are NULL ("RW ? /
    RT ?") or typed twice must stay two rows, not merge into one."""
    counts = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return [f"{name} (#{fid})" if counts[name] > 1 else name for name, fid in zip(names, ids)]


def unit_index(geometries, unit_polygons) -> np.ndarray:
    """Index of the unit holding each geometry's representative point (-1 = none/empty)."""
    result = np.full(len(geometries), -1, dtype=int)
    if not len(unit_polygons) or not len(geometries):
        return result
    valid = np.array([g is not None and not shapely.is_empty(g) for g in geometries], bool)
    if not valid.any():
        return result
    points = shapely.point_on_surface(shapely.make_valid(np.asarray(geometries, object)[valid]))
    # a self-intersecting unit (a bow-tie RT digitised by hand) would hold no point at all
    units = np.asarray(unit_polygons, dtype=object)
    drawn = np.array([u is not None for u in units], dtype=bool)
    units[drawn] = shapely.make_valid(units[drawn].astype(object))
    tree = shapely.STRtree(units)
    point_index, polygon_index = tree.query(points, predicate="intersects")
    holder = np.full(len(points), -1, dtype=int)
    holder[point_index[::-1]] = polygon_index[::-1]       # first unit wins on shared edges
    result[np.flatnonzero(valid)] = holder
    return result


def checklist(catalog, tables: dict, unit_names=(), unit_polygons=()) -> list:
    """``tables``: layer name -> (geometries, columns) for the tables present (others count as
    empty). Returns one row per layer for ``SEMUA`` then one per unit for spatial layers."""
    rows = []
    for spec in catalog.layers:
        if spec.derived:           # computed by an analysis, not something to survey
            continue
        geometries, columns = tables.get(spec.name, (np.empty(0, object), {}))
        count = len(next(iter(columns.values()))) if columns else len(geometries)
        everything = np.ones(count, dtype=bool)
        rows.append(_row(spec, ALL_UNITS, columns, everything))
        if not spec.has_geometry or not len(unit_names):
            continue
        holder = unit_index(geometries, unit_polygons) if count else np.empty(0, int)
        for index, name in enumerate(unit_names):
            rows.append(_row(spec, name, columns, holder == index))
        if (holder == -1).any():
            # every feature is counted somewhere: those in no unit (or without geometry) too
            rows.append(_row(spec, NO_UNIT, columns, holder == -1))
    return rows


def summary_percent(rows) -> float:
    """Mean completeness over the kelurahan-wide rows, empty layers counting 0 %."""
    overall = [row.percent or 0.0 for row in rows if row.unit == ALL_UNITS]
    return float(np.mean(overall)) if overall else 0.0
