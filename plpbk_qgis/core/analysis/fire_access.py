"""Fire-truck access per building and per RT (A3: kebakaran in dense settlements), pure.

A building is reachable (``akses_damkar``) when a fire truck road or a hydrant is within
``max_distance`` (default 50 m, the hose length a pumper lays out in a kampung gang):

- a fire truck road is a road whose full width (``lebar_m``, metres; "6", "6 m", "3,5") is at
  least ``min_width`` (default 3.5 m). A road whose width is empty or unreadable is **not** a
  fire truck road: it is counted and reported, never assumed wide;
- distances run from the footprint boundary (0 when a line crosses it) to the road
  centreline or the hydrant point. Roads are cut into segments (``road_pieces``) so that the
  nearest search measures short pieces only (whole 200-vertex streets: 30 times slower);
  buildings are searched with
  ``STRtree.query_nearest(max_distance=search_distance)`` in one vectorised call. Distances
  beyond ``search_distance`` (default 3 × max_distance) are NaN: "far", without a number;
- a building without geometry gets NaN distances and ``akses_damkar`` NA (reported).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from ..conformance.columns import parse_column
from ..conformance.setbacks import road_pieces
from ..errors import Message
from ..values import ParsedValue, parse_number
from .hazard_exposure import COL_ID, COL_RT, examples, feature_ids, points, polygonal, unit_labels

DEFAULT_MIN_WIDTH, DEFAULT_MAX_DISTANCE = 3.5, 50.0
COL_ROAD_DISTANCE, COL_HYDRANT_DISTANCE, COL_ACCESS = "jarak_jalan_damkar_m", "jarak_hidran_m", "akses_damkar"
ACCESS_COLUMNS = (COL_ID, COL_ROAD_DISTANCE, COL_HYDRANT_DISTANCE, COL_ACCESS)
COL_BUILDINGS, COL_NO_ACCESS, COL_NO_ACCESS_SHARE, COL_NO_GEOMETRY = (
    "jml_bangunan", "jml_tanpa_akses", "porsi_tanpa_akses", "jml_tanpa_geometri")
UNIT_ACCESS_COLUMNS = (COL_RT, COL_BUILDINGS, COL_NO_ACCESS, COL_NO_ACCESS_SHARE, COL_NO_GEOMETRY)


def _width(text) -> ParsedValue:
    parsed = parse_number(text)
    if parsed.ok and parsed.value is not None and (parsed.unit not in ("", "m") or parsed.value <= 0):
        return ParsedValue(None, False, text, Message("bukan lebar jalan dalam meter"))
    return parsed


def _nearest(geoms, rows, targets, search):
    """Distance from geoms[rows] to the nearest target within ``search`` (NaN beyond)."""
    distance = np.full(len(geoms), np.nan)
    if not len(targets) or not len(rows):
        return distance
    tree = shapely.STRtree(targets)
    (i, _), d = tree.query_nearest(geoms[rows], max_distance=search, return_distance=True, all_matches=False)
    distance[rows[i]] = d
    return distance


def fire_access(buildings, roads, road_widths, hydrants=(), min_width: float = DEFAULT_MIN_WIDTH,
                max_distance: float = DEFAULT_MAX_DISTANCE, ids=None, road_ids=None, hydrant_ids=None,
                search_distance: float | None = None) -> tuple[pd.DataFrame, list]:
    """``ACCESS_COLUMNS`` per building, in input order: distances in metres (NaN when none
    within ``search_distance``) and ``akses_damkar`` (nullable boolean). Returns (table,
    problems)."""
    search = 3.0 * max_distance if search_distance is None else max(search_distance, max_distance)
    geoms, unusable = polygonal(buildings)
    ids = feature_ids(ids, len(geoms))
    problems = []
    if unusable.any():
        problems.append(Message("{count} bangunan tanpa geometri atau tanpa luas tidak dinilai aksesnya: {examples}",
                                count=int(unusable.sum()), examples=examples(ids, np.flatnonzero(unusable))))
    road_geoms = np.empty(len(roads), dtype=object)
    road_geoms[:] = list(roads)
    rids = feature_ids(road_ids, len(road_geoms))
    drawn = ~shapely.is_missing(road_geoms)
    drawn[drawn] = ~shapely.is_empty(road_geoms[drawn])
    if (~drawn).any():
        problems.append(Message("{count} ruas jalan tanpa geometri diabaikan: {examples}",
                                count=int((~drawn).sum()), examples=examples(rids, np.flatnonzero(~drawn))))
    widths = road_widths if road_widths is not None else [None] * len(road_geoms)
    width, _, text = parse_column(widths, _width)
    unknown = drawn & np.isnan(width)
    if unknown.any():
        rows = np.flatnonzero(unknown)
        problems.append(Message("{count} ruas jalan tanpa lebar yang terbaca tidak dihitung sebagai jalan mobil "
                                "pemadam: {examples}", count=len(rows),
                                examples=examples(rids, rows, text)))
    fire_roads = np.flatnonzero(drawn & (np.nan_to_num(width) >= min_width))
    pieces, _ = road_pieces(road_geoms[fire_roads]) if len(fire_roads) else (np.empty(0, object), None)
    rows = np.flatnonzero(~unusable)
    outline = geoms.copy()
    outline[rows] = shapely.boundary(geoms[rows])     # line to line: no point-in-polygon tests
    road_distance = _nearest(outline, rows, pieces, search)
    hydrant_points, no_point = points(hydrants)
    if no_point.any():
        problems.append(Message("{count} hidran tanpa geometri diabaikan: {examples}", count=int(no_point.sum()),
                                examples=examples(feature_ids(hydrant_ids, len(hydrant_points)),
                                                  np.flatnonzero(no_point))))
    hydrant_distance = _nearest(outline, rows, hydrant_points[~no_point], search)
    nearer = np.fmin(road_distance, hydrant_distance)
    access = pd.array(np.nan_to_num(nearer, nan=np.inf) <= max_distance, dtype="boolean")
    access[unusable] = pd.NA
    table = pd.DataFrame({COL_ID: ids, COL_ROAD_DISTANCE: road_distance,
                          COL_HYDRANT_DISTANCE: hydrant_distance, COL_ACCESS: access})
    return table, problems


def fire_access_by_unit(access: pd.DataFrame, buildings, unit_polygons=(), unit_names=()) -> pd.DataFrame:
    """``UNIT_ACCESS_COLUMNS`` per unit (then ``(di luar RT)`` when any building is there):
    buildings, those beyond reach (``akses_damkar`` False) and their share of the buildings
    with geometry, and those without geometry."""
    labels, names = unit_labels(buildings, unit_polygons, unit_names)
    reach = access[COL_ACCESS]
    frame = pd.DataFrame({COL_RT: labels, COL_BUILDINGS: 1, COL_NO_ACCESS: reach.eq(False).fillna(False).astype(int),
                          COL_NO_GEOMETRY: reach.isna().astype(int)})
    units = names + [u for u in dict.fromkeys(labels) if u not in names]
    table = frame.groupby(COL_RT).sum().reindex(units).fillna(0).astype(np.int64)
    judged = table[COL_BUILDINGS] - table[COL_NO_GEOMETRY]
    table[COL_NO_ACCESS_SHARE] = (table[COL_NO_ACCESS] / judged.where(judged > 0)).astype(float)
    return table.reset_index()[list(UNIT_ACCESS_COLUMNS)]
