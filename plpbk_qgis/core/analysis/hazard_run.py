"""One run of the hazard exposure: every zone layer together, buildings and points per RT,
fire access, and the rows the outputs and the R07 map need (pure).

Zone layers are read as one set: a layer without a hazard-kind column gives its name as the
kind of its zones, so a city's ``banjir_2020.shp`` and ``rawan_kebakaran.gpkg`` stand beside the
survey's ``rawan_bencana``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .fire_access import COL_ACCESS, COL_HYDRANT_DISTANCE, COL_ROAD_DISTANCE, fire_access, fire_access_by_unit
from .hazard_exposure import (
    COL_BUILDINGS,
    COL_FACILITIES,
    COL_FACILITIES_BY_KIND,
    COL_FLOOR_AREA,
    COL_HOUSEHOLDS,
    COL_KIND,
    COL_LEVEL,
    COL_POOR,
    COL_POOR_PEOPLE,
    COL_RT,
    NO_GEOMETRY,
    NOT_EXPOSED,
    OUTSIDE_UNITS,
    HazardZones,
    building_exposure,
    code,
    level_column,
    unit_exposure,
)

HIGH = "tinggi"


@dataclass
class HazardResult:
    rt_columns: list
    rt_rows: list                      # per RT x hazard kind x level
    rt_geometries: list
    rt_summary: list                   # per RT: the derived table paparan_bencana_rt
    rt_summary_geometries: list
    building_columns: list
    building_rows: list
    building_geometries: object
    problems: list = field(default_factory=list)


def combined_zones(parts) -> HazardZones:
    """One HazardZones of ``parts``: (layer name, geometries, kinds or None, levels or None, ids)."""
    geometries, kinds, levels, ids = [], [], [], []
    for name, geoms, kind, level, part_ids in parts:
        n = len(geoms)
        geometries += list(geoms)
        kinds += list(kind) if kind is not None else [code(name) or "bencana"] * n
        levels += list(level) if level is not None else [None] * n
        ids += [f"{name}:{i}" for i in part_ids]
    layer = parts[0][0] if len(parts) == 1 else "bencana"
    return HazardZones.from_columns(np.array(geometries, dtype=object), kinds, levels, layer=layer, ids=ids)


def _unit_of(label: str, keys) -> tuple:
    if label == OUTSIDE_UNITS or not label.isdigit():
        return None, label
    return int(label), None


def exposure(buildings, zone_parts, units, roads, width_field, hydrants, poor, facilities, *,
             min_width=3.5, max_distance=50.0, min_overlap_m2=1.0) -> HazardResult:
    """``buildings``, ``roads``, ``hydrants``, ``poor``, ``facilities``: objects with ``ids``,
    ``geometries`` and ``columns`` (or None); ``units``: with ``keys`` ((RW, RT)) and
    ``geometries``, or None."""
    zones = combined_zones(zone_parts)
    unit_polygons = units.geometries if units is not None else ()
    names = [str(i) for i in range(len(unit_polygons))]
    table, problems = building_exposure(buildings.geometries, zones, min_overlap_m2, ids=buildings.ids)
    per_unit, more = unit_exposure(
        buildings.geometries, zones, floors=buildings.columns.get("jml_lantai"),
        households=buildings.columns.get("jml_kk"), unit_polygons=unit_polygons, unit_names=names,
        poor_points=poor.geometries if poor is not None else (),
        poor_people=poor.columns.get("jml_jiwa") if poor is not None else None,
        facilities=facilities.geometries if facilities is not None else (),
        facility_kinds=facilities.columns.get("jenis_fasilitas") if facilities is not None else None,
        min_overlap_m2=min_overlap_m2, ids=buildings.ids,
        poor_ids=poor.ids if poor is not None else None,
        facility_ids=facilities.ids if facilities is not None else None, exposure=table)
    problems += more
    access, more = fire_access(buildings.geometries, roads.geometries if roads is not None else [],
                               roads.columns.get(width_field) if roads is not None and width_field else None,
                               hydrants.geometries if hydrants is not None else (), min_width, max_distance,
                               ids=buildings.ids, road_ids=roads.ids if roads is not None else None,
                               hydrant_ids=hydrants.ids if hydrants is not None else None)
    problems += more
    reach = fire_access_by_unit(access, buildings.geometries, unit_polygons, names)
    keys = units.keys if units is not None else []

    def place(label):
        index, other = _unit_of(label, keys)
        if index is None:
            return {"no_rw": None, "no_rt": other}, None
        rw, rt = keys[index]
        return {"no_rw": rw or None, "no_rt": rt}, unit_polygons[index]

    rt_columns = [("no_rw", "text"), ("no_rt", "text"), ("jenis_bencana", "text"), ("tingkat", "text"),
                  ("jml_bangunan", "integer"), ("luas_lantai_m2", "real"), ("jml_kk", "integer"),
                  ("jml_kk_miskin", "integer"), ("jiwa_miskin", "integer"), ("jml_fasilitas", "integer"),
                  ("fasilitas_per_jenis", "text")]
    rt_rows, rt_geometries = [], []
    for row in per_unit.to_dict("records"):
        where, geometry = place(row[COL_RT])
        rt_rows.append({**where, "jenis_bencana": row[COL_KIND], "tingkat": row[COL_LEVEL],
                        "jml_bangunan": row[COL_BUILDINGS], "luas_lantai_m2": round(float(row[COL_FLOOR_AREA]), 1),
                        "jml_kk": row[COL_HOUSEHOLDS], "jml_kk_miskin": row[COL_POOR],
                        "jiwa_miskin": row[COL_POOR_PEOPLE], "jml_fasilitas": row[COL_FACILITIES],
                        "fasilitas_per_jenis": row[COL_FACILITIES_BY_KIND]})
        rt_geometries.append(geometry)
    summary, summary_geometries = _summary(per_unit, reach, place)
    building_rows = _building_rows(table, access, zones, buildings, unit_polygons, keys)
    building_columns = [("id_bangunan", "text"), ("no_rw", "text"), ("no_rt", "text"), ("tingkat_tertinggi", "text"),
                        ("bencana", "text"), ("jarak_jalan_damkar_m", "real"), ("jarak_hidran_m", "real"),
                        ("akses_damkar", "boolean")]
    return HazardResult(rt_columns, rt_rows, rt_geometries, summary, summary_geometries, building_columns,
                        building_rows, buildings.geometries, problems)


def _summary(per_unit, reach, place):
    """One row per RT over every hazard: buildings in any zone are counted per kind, so the
    'exposed' count is the largest over the kinds (a building in flood and fire zones is one)."""
    rows, geometries = [], []
    exposed_levels = ~per_unit[COL_LEVEL].isin([NOT_EXPOSED, NO_GEOMETRY])
    for label, group in per_unit.groupby(COL_RT, sort=False):
        where, geometry = place(label)
        hit = group[exposed_levels.loc[group.index]]
        by_kind = hit.groupby(COL_KIND)
        detail = "; ".join(f"{kind} {level}: {int(n)} bangunan" for kind, level, n in
                           zip(hit[COL_KIND], hit[COL_LEVEL], hit[COL_BUILDINGS]) if n)
        total = int(group[group[COL_KIND] == group[COL_KIND].iloc[0]][COL_BUILDINGS].sum())
        far = reach[reach[COL_RT] == label]
        rows.append({**where, "jml_bangunan": total,
                     "bangunan_terpapar": int(by_kind[COL_BUILDINGS].sum().max()) if len(hit) else 0,
                     "bangunan_bahaya_tinggi": int(hit[hit[COL_LEVEL] == HIGH].groupby(COL_KIND)[COL_BUILDINGS]
                                                   .sum().max()) if (hit[COL_LEVEL] == HIGH).any() else 0,
                     "kk_terpapar": int(by_kind[COL_HOUSEHOLDS].sum().max()) if len(hit) else 0,
                     "kk_miskin_terpapar": int(by_kind[COL_POOR].sum().max()) if len(hit) else 0,
                     "fasilitas_terpapar": int(by_kind[COL_FACILITIES].sum().max()) if len(hit) else 0,
                     "tanpa_akses_damkar": int(far["jml_tanpa_akses"].sum()) if len(far) else 0,
                     "rincian": detail})
        geometries.append(geometry)
    return rows, geometries


def _building_rows(table, access, zones, buildings, unit_polygons, keys):
    from ..survey.completeness import unit_index

    kinds = zones.kind_names
    rank = {name: r for r, name in enumerate(zones.order)}
    index = unit_index(np.asarray(buildings.geometries, dtype=object), list(unit_polygons)) \
        if len(unit_polygons) else np.full(len(table), -1)
    ids = buildings.columns.get("id_bangunan") or buildings.ids
    rows = []
    for i in range(len(table)):
        levels = {kind: table[level_column(kind)].iat[i] for kind in kinds}
        hit = {k: v for k, v in levels.items() if v in rank}
        top = max(hit.values(), key=rank.get) if hit else (NO_GEOMETRY if NO_GEOMETRY in levels.values()
                                                            else NOT_EXPOSED)
        rw, rt = keys[index[i]] if index[i] >= 0 else (None, None)
        road, hydrant, reach = (access[c].iat[i] for c in (COL_ROAD_DISTANCE, COL_HYDRANT_DISTANCE, COL_ACCESS))
        rows.append({"id_bangunan": None if ids[i] is None else str(ids[i]), "no_rw": rw or None, "no_rt": rt,
                     "tingkat_tertinggi": top, "bencana": ", ".join(f"{k} {v}" for k, v in hit.items()),
                     "jarak_jalan_damkar_m": None if np.isnan(road) else round(float(road), 1),
                     "jarak_hidran_m": None if np.isnan(hydrant) else round(float(hydrant), 1),
                     "akses_damkar": None if reach is None or str(reach) == "<NA>" else bool(reach)})
    return rows
