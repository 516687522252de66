"""Exposure to hazard zones per building and per RT (A3 arahan penanganan kawasan risiko
bencana, R07 peta kawasan rawan bencana), pure (numpy, shapely 2, pandas; no QGIS).

Decisions (the adapter and the report rely on them):

- **Zones.** ``HazardZones.from_columns`` reads the ``rawan_bencana`` layer (or any zone layer):
  kind (``jenis_bencana``) and level (``tingkat_risiko``) become codes ("Banjir Rob" ->
  ``banjir_rob``). A layer without a kind column, or a zone with an empty kind, gets the layer's
  name as its kind; an empty level becomes ``tidak_diketahui``. Zones are made valid
  (``shapely.make_valid``); zones without area are reported and left out.
- **Level order**, lowest first: the given list (default rendah < sedang < tinggi), then classes
  not in it in first-seen order (ranked *above* the known ones, reported), with
  ``tidak_diketahui`` below everything, so that a zone whose level was never written cannot hide
  a known 'tinggi'.
- **Exposure of a building** to a kind: the highest level whose zones overlap its footprint by
  at least ``min_overlap_m2`` (default 1 m²) or by half the footprint, whichever is smaller (a
  1.5 m² kiosk inside a zone is exposed). Zones of one kind and level are dissolved first, so
  two adjacent zones share the overlap. Touching an edge (0 m²) or a digitising sliver is not
  exposure. A building across the edge between 'sedang' and 'tinggi' takes 'tinggi'.
  ``porsi_<kind>``: the share of the footprint inside any zone of the kind (the raw share, also
  when below the threshold).
- **Points** (poor households, facilities) take the highest level of the zones they lie in or on.
- **Units.** Features go to the RT holding their representative point (``unit_index``); those
  in no RT, and those without geometry, go to ``(di luar RT)``; without RT polygons everything
  is ``(seluruh wilayah)``. Per unit and kind the levels include ``tidak_terpapar`` (and
  ``tanpa_geometri`` where such features exist), so every kind adds up to all buildings.
- Unreadable floors count as 1 floor (``lantai_diasumsikan``); unknown KK / jiwa counts are
  counted apart. Every problem is a ``Message`` in the returned list, never a silent drop.

Fire-truck access is in :mod:`.fire_access`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from ..conformance.columns import parse_column
from ..errors import Message
from ..survey.completeness import unique_names, unit_index
from ..values import ParsedValue, is_empty, parse_floors, parse_number

DEFAULT_LEVELS = ("rendah", "sedang", "tinggi")
UNKNOWN_LEVEL, NOT_EXPOSED, NO_GEOMETRY = "tidak_diketahui", "tidak_terpapar", "tanpa_geometri"
OUTSIDE_UNITS, ALL_UNITS = "(di luar RT)", "(seluruh wilayah)"
UNKNOWN_FACILITY = "tanpa_jenis"
DEFAULT_MIN_OVERLAP_M2 = 1.0

COL_ID, COL_AREA = "id", "luas_m2"
COL_RT, COL_KIND, COL_LEVEL = "rt", "jenis_bencana", "tingkat"
COL_BUILDINGS, COL_FLOOR_AREA, COL_FLOORS_ASSUMED = "jml_bangunan", "luas_lantai_m2", "lantai_diasumsikan"
COL_HOUSEHOLDS, COL_HOUSEHOLDS_UNKNOWN = "jml_kk", "kk_tidak_diketahui"
COL_POOR, COL_POOR_PEOPLE, COL_POOR_PEOPLE_UNKNOWN = "jml_kk_miskin", "jiwa_miskin", "jiwa_tidak_diketahui"
COL_FACILITIES, COL_FACILITIES_BY_KIND = "jml_fasilitas", "fasilitas_per_jenis"
UNIT_COLUMNS = (COL_RT, COL_KIND, COL_LEVEL, COL_BUILDINGS, COL_FLOOR_AREA, COL_FLOORS_ASSUMED,
                COL_HOUSEHOLDS, COL_HOUSEHOLDS_UNKNOWN, COL_POOR, COL_POOR_PEOPLE,
                COL_POOR_PEOPLE_UNKNOWN, COL_FACILITIES, COL_FACILITIES_BY_KIND)
_SUMS = (COL_BUILDINGS, COL_FLOOR_AREA, COL_FLOORS_ASSUMED, COL_HOUSEHOLDS, COL_HOUSEHOLDS_UNKNOWN,
         COL_POOR, COL_POOR_PEOPLE, COL_POOR_PEOPLE_UNKNOWN, COL_FACILITIES)
TILE_VERTICES = 128     # zone pieces are cut until this small: each overlay stays cheap
EXAMPLES = 5            # features named in a problem message


def level_column(kind: str) -> str:
    return f"tingkat_{kind}"


def share_column(kind: str) -> str:
    return f"porsi_{kind}"


def code(raw) -> str:
    """'Banjir Rob' -> 'banjir_rob', 2.0 -> '2', empty spellings -> ''."""
    if is_empty(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return re.sub(r"[^0-9a-z]+", "_", str(raw).strip().lower()).strip("_")


def examples(ids, rows, raw=None) -> str:
    """'#3, #7 …' (or "#3 'dua'") for the first few ``rows`` of a problem."""
    rows = np.asarray(rows)
    shown = [f"#{ids[r]}" + (f" '{raw[r]}'" if raw is not None else "") for r in rows[:EXAMPLES]]
    return ", ".join(shown) + (" …" if len(rows) > EXAMPLES else "")


def feature_ids(ids, n) -> np.ndarray:
    return np.arange(n) if ids is None else np.asarray(list(ids), dtype=object)


def _object_array(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values.copy()
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _only_polygons(geometry):
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.union_all(parts) if len(parts) else None


def polygonal(geometries) -> tuple[np.ndarray, np.ndarray]:
    """(valid polygonal geometry or None, unusable mask): invalid footprints made valid, lines
    and points left by ``make_valid`` dropped; None, empty and area-less ones are unusable."""
    geoms = _object_array(geometries)
    drawn = ~shapely.is_missing(geoms)
    drawn[drawn] = ~shapely.is_empty(geoms[drawn])
    geoms[~drawn] = None
    invalid = drawn.copy()
    invalid[drawn] = ~shapely.is_valid(geoms[drawn])
    geoms[invalid] = shapely.make_valid(geoms[invalid])
    for row in np.flatnonzero(drawn & ~np.isin(shapely.get_type_id(geoms), (3, 6))):
        geoms[row] = _only_polygons(geoms[row])
    unusable = ~(np.nan_to_num(shapely.area(geoms)) > 0)
    geoms[unusable] = None
    return geoms, unusable


def points(geometries) -> tuple[np.ndarray, np.ndarray]:
    """(point or None, missing mask); a polygon drawn for a point feature gives its point on
    surface."""
    geoms = _object_array(geometries)
    missing = shapely.is_missing(geoms)
    missing[~missing] = shapely.is_empty(geoms[~missing])
    geoms[missing] = None
    other = ~missing & (shapely.get_type_id(geoms) != 0)
    geoms[other] = shapely.point_on_surface(shapely.make_valid(geoms[other]))
    return geoms, missing


def _tiles(geometry, limit=None) -> list:
    """A polygonal geometry cut in halves (``clip_by_rect``; a half the fast clip left invalid
    is made valid) until each piece has at most ``limit`` vertices."""
    limit = limit or TILE_VERTICES
    out, stack = [], [(geometry, 0)]
    while stack:
        geom, depth = stack.pop()
        if shapely.get_num_coordinates(geom) <= limit or depth >= 24:
            out.extend(shapely.get_parts(geom))
            continue
        x0, y0, x1, y1 = geom.bounds
        xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
        halves = (((x0, y0, xm, y1), (xm, y0, x1, y1)) if x1 - x0 >= y1 - y0
                  else ((x0, y0, x1, ym), (x0, ym, x1, y1)))
        for rect in halves:
            piece = shapely.clip_by_rect(geom, *rect)
            if not shapely.is_valid(piece):
                piece = shapely.make_valid(piece)
            if shapely.get_type_id(piece) not in (3, 6):
                piece = _only_polygons(piece)
            if piece is not None and piece.area > 0:
                stack.append((piece, depth + 1))
    return out


@dataclass
class HazardZones:
    """Zone polygons with a hazard kind and level code each (None = unusable, reported)."""
    geometries: np.ndarray
    kinds: np.ndarray
    levels: np.ndarray
    order: tuple                 # every level present or given, lowest first
    problems: list = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_columns(cls, geometries, kinds=None, levels=None, layer="rawan_bencana",
                     order=DEFAULT_LEVELS, ids=None) -> HazardZones:
        geoms, unusable = polygonal(geometries)
        n, ids = len(geoms), feature_ids(ids, len(geoms))
        fallback = code(layer) or "bencana"
        kind = np.array([code(k) for k in (kinds if kinds is not None else [None] * n)], dtype=object)
        level = np.array([code(v) for v in (levels if levels is not None else [None] * n)], dtype=object)
        problems = []
        if unusable.any():
            problems.append(Message("{count} zona bahaya tanpa geometri atau tanpa luas diabaikan: "
                                    "{examples}", count=int(unusable.sum()), examples=examples(ids, np.flatnonzero(unusable))))
        no_kind = kind == ""
        if kinds is not None and no_kind.any():
            problems.append(Message("{count} zona tanpa jenis bencana dihitung sebagai '{kind}': {examples}",
                                    count=int(no_kind.sum()), kind=fallback,
                                    examples=examples(ids, np.flatnonzero(no_kind))))
        kind[no_kind] = fallback
        no_level = level == ""
        if no_level.any():
            problems.append(Message("{count} zona tanpa tingkat risiko dihitung sebagai '{level}' (di bawah "
                                    "semua tingkat yang dikenal): {examples}", count=int(no_level.sum()),
                                    level=UNKNOWN_LEVEL, examples=examples(ids, np.flatnonzero(no_level))))
        level[no_level] = UNKNOWN_LEVEL
        known = list(dict.fromkeys(c for c in map(code, order) if c and c != UNKNOWN_LEVEL))
        extra = [v for v in dict.fromkeys(level) if v not in known and v != UNKNOWN_LEVEL]
        if extra:
            problems.append(Message("Tingkat risiko {levels} tidak ada dalam urutan {order}; diurutkan di atas "
                                    "tingkat yang dikenal menurut urutan kemunculan.",
                                    levels=", ".join(extra), order=" < ".join(known)))
        full = ([UNKNOWN_LEVEL] if no_level.any() else []) + known + extra
        return cls(geoms, kind, level, tuple(full), problems)

    @property
    def kind_names(self) -> list:
        return list(dict.fromkeys(self.kinds))

    @property
    def ranks(self) -> np.ndarray:
        rank = {name: r for r, name in enumerate(self.order)}
        return np.array([rank[v] for v in self.levels], dtype=np.int64)

    def pieces(self) -> tuple[ZonePieces, ZonePieces]:
        """(levels, shares): the zones dissolved per (kind, level); and each kind's union for
        the shares of kinds whose levels overlap (none for the others: their level overlaps
        add up to the share). Cached."""
        if "pieces" not in self._cache:
            kinds, ranks = self.kind_names, self.ranks
            kind_index = np.array([kinds.index(k) for k in self.kinds], dtype=np.int64)
            drawn = ~shapely.is_missing(self.geometries)
            levels, shares = ([], [], []), ([], [], [])
            for k in range(len(kinds)):
                unions = []
                for r in np.unique(ranks[drawn & (kind_index == k)]):
                    unions.append(shapely.union_all(self.geometries[drawn & (kind_index == k) & (ranks == r)]))
                    levels[0].append(unions[-1]), levels[1].append(k), levels[2].append(r)
                whole = shapely.union_all(unions) if unions else None
                if len(unions) > 1 and sum(u.area for u in unions) > whole.area * (1 + 1e-9) + 1e-6:
                    shares[0].append(whole), shares[1].append(k), shares[2].append(-1)
            self._cache["pieces"] = (ZonePieces.of(*levels), ZonePieces.of(*shares))
        return self._cache["pieces"]


@dataclass
class ZonePieces:
    """Dissolved zone geometries (one per kind and level, or per kind) and their small tiles."""
    unions: np.ndarray
    kind: np.ndarray            # kind index per union
    rank: np.ndarray            # level rank per union (-1: a kind's whole union)
    pieces: np.ndarray          # tiles of the unions (prepared)
    owner: np.ndarray           # union index per tile

    @classmethod
    def of(cls, unions, kinds, ranks) -> ZonePieces:
        tiles = [_tiles(u) for u in unions]
        pieces = np.array([t for group in tiles for t in group], dtype=object)
        owner = np.repeat(np.arange(len(unions)), [len(t) for t in tiles]).astype(np.int64)
        unions = np.array(unions, dtype=object)
        shapely.prepare(unions), shapely.prepare(pieces)
        return cls(unions, np.array(kinds, dtype=np.int64), np.array(ranks, dtype=np.int64), pieces, owner)


def overlaps(geoms, areas, zp: ZonePieces):
    """(row, union, overlap area m² > 0) per footprint and dissolved zone that overlap. A
    footprint well inside a union is found by one prepared test on the union; only those
    across a zone edge are intersected, with the small tiles there."""
    empty = np.empty(0, dtype=np.int64)
    rows = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(zp.unions) or not len(rows):
        return empty, empty, np.empty(0)
    tree = shapely.STRtree(geoms[rows])
    found = [rows[tree.query(union, predicate="contains_properly")] for union in zp.unions]
    in_b = np.concatenate(found).astype(np.int64)
    in_u = np.repeat(np.arange(len(zp.unions)), [len(f) for f in found]).astype(np.int64)
    b, p = shapely.STRtree(zp.pieces).query(geoms[rows])
    b, u = rows[b], zp.owner[p]
    keep = ~np.isin(b * len(zp.unions) + u, in_b * len(zp.unions) + in_u)
    b, p, u = b[keep], p[keep], u[keep]
    keep = shapely.intersects(zp.pieces[p], geoms[b])
    b, p, u = b[keep], p[keep], u[keep]
    area = areas[b].copy()
    edge = ~shapely.contains_properly(zp.pieces[p], geoms[b])
    area[edge] = shapely.area(shapely.intersection(geoms[b[edge]], zp.pieces[p[edge]]))
    return np.concatenate([in_b, b]), np.concatenate([in_u, u]), np.concatenate([areas[in_b], area])


def building_exposure(buildings, zones: HazardZones, min_overlap_m2: float = DEFAULT_MIN_OVERLAP_M2,
                      ids=None) -> tuple[pd.DataFrame, list]:
    """One row per building, in input order: ``id``, ``luas_m2`` (footprint after make_valid),
    and per kind ``tingkat_<kind>`` (level code, ``tidak_terpapar`` or ``tanpa_geometri``) and
    ``porsi_<kind>`` (0-1 share of the footprint in the kind's zones; NaN without geometry).
    Returns (table, problems); the zones' own problems come first."""
    geoms, unusable = polygonal(buildings)
    n, ids = len(geoms), feature_ids(ids, len(geoms))
    area = shapely.area(geoms).astype(float)
    problems = list(zones.problems)
    if unusable.any():
        problems.append(Message("{count} bangunan tanpa geometri atau tanpa luas tidak dapat dinilai (tingkat "
                                "'{level}'): {examples}", count=int(unusable.sum()), level=NO_GEOMETRY,
                                examples=examples(ids, np.flatnonzero(unusable))))
    kinds = zones.kind_names
    levels, shares = zones.pieces()
    b, u, overlap = overlaps(geoms, area, levels)
    n_unions, n_kinds = len(levels.unions), len(kinds)
    cells, inverse = np.unique(b * n_unions + u, return_inverse=True)
    summed = np.bincount(inverse, weights=overlap, minlength=len(cells))
    cb, cu = cells // max(n_unions, 1), cells % max(n_unions, 1)
    ck, cr = levels.kind[cu], levels.rank[cu]
    threshold = np.minimum(min_overlap_m2, 0.5 * area[cb]) if len(cb) else np.empty(0)
    exposed = (summed > 0) & (summed >= threshold)
    best = np.full((n, n_kinds), -1, dtype=np.int64)
    np.maximum.at(best, (cb[exposed], ck[exposed]), cr[exposed])
    share = np.zeros((n, n_kinds))
    np.add.at(share, (cb, ck), summed)
    if len(shares.unions):
        sb, su, s_overlap = overlaps(geoms, area, shares)
        share[:, shares.kind] = 0.0
        np.add.at(share, (sb, shares.kind[su]), s_overlap)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.minimum(share / area[:, None], 1.0)
    names = np.array(list(zones.order) + [NOT_EXPOSED], dtype=object)
    table = pd.DataFrame({COL_ID: ids, COL_AREA: area})
    for k, kind in enumerate(kinds):
        level = names[best[:, k]]                        # -1 -> the last name: tidak_terpapar
        level[unusable] = NO_GEOMETRY
        table[level_column(kind)] = level
        table[share_column(kind)] = share[:, k]
    return table, problems


def point_levels(geometries, zones: HazardZones) -> tuple[np.ndarray, np.ndarray]:
    """(levels, missing): per point and kind the highest level of the zones it lies in or on
    (``tidak_terpapar`` outside, ``tanpa_geometri`` without geometry), shape (n, kinds)."""
    geoms, missing = points(geometries)
    levels = zones.pieces()[0]
    best = np.full((len(geoms), len(zones.kind_names)), -1, dtype=np.int64)
    rows = np.flatnonzero(~missing)
    if len(levels.pieces) and len(rows):
        i, p = shapely.STRtree(levels.pieces).query(geoms[rows], predicate="intersects")
        u = levels.owner[p]
        np.maximum.at(best, (rows[i], levels.kind[u]), levels.rank[u])
    names = np.array(list(zones.order) + [NOT_EXPOSED], dtype=object)[best]
    names[missing] = NO_GEOMETRY
    return names, missing


def _count(text) -> ParsedValue:
    parsed = parse_number(text)
    if parsed.ok and parsed.value is not None and (parsed.unit or parsed.value < 0
                                                   or not float(parsed.value).is_integer()):
        return ParsedValue(None, False, text, Message("bukan bilangan bulat ≥ 0"))
    return parsed


def read_counts(raw, n, ids, what, problems, parse=_count, outcome=None):
    """(numbers of a column, NaN unknown; unreadable mask); the unreadable cells are reported
    as one message ending in ``outcome`` (default: counted as unknown)."""
    if raw is None:
        return np.full(n, np.nan), np.zeros(n, dtype=bool)
    values, unreadable, text = parse_column(raw, parse)
    if unreadable.any():
        problems.append(Message("{count} nilai {what} tidak terbaca, {outcome}: {examples}",
                                count=int(unreadable.sum()), what=what,
                                outcome=outcome or Message("dihitung tidak diketahui"),
                                examples=examples(ids, np.flatnonzero(unreadable), text)))
    return values, unreadable


def unit_labels(geometries, unit_polygons=(), unit_names=()) -> tuple[np.ndarray, list]:
    """(unit name per feature, unit names in order): ``(di luar RT)`` for features in no unit or
    without geometry; all ``(seluruh wilayah)`` when no unit polygons are given."""
    n = len(geometries)
    if not len(unit_polygons):
        return np.full(n, ALL_UNITS, dtype=object), [ALL_UNITS]
    names = [str(x) for x in unit_names] if len(unit_names) else [str(i + 1) for i in range(len(unit_polygons))]
    if len(set(names)) < len(names):
        names = unique_names(names, range(len(names)))
    index = unit_index(_object_array(geometries), list(unit_polygons))
    return np.array(names + [OUTSIDE_UNITS], dtype=object)[index], names


def _facility_text(kinds) -> str:
    counts = Counter(kinds)
    return ", ".join(f"{k} {c}" for k, c in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0])))


def unit_exposure(buildings, zones: HazardZones, floors=None, households=None, unit_polygons=(),
                  unit_names=(), poor_points=(), poor_people=None, facilities=(), facility_kinds=None,
                  min_overlap_m2: float = DEFAULT_MIN_OVERLAP_M2, ids=None, poor_ids=None,
                  facility_ids=None, exposure=None) -> tuple[pd.DataFrame, list]:
    """Rows ``UNIT_COLUMNS``: per unit × kind × level (highest first, then ``tidak_terpapar``,
    then ``tanpa_geometri`` where any) the buildings (count, floor area = footprint × floors,
    floors assumed 1, KK sum and unknown KK counts), the poor households (``kk_miskin`` points:
    count, ``jml_jiwa`` sum and unknown) and the facilities (count, "pendidikan 2, ibadah 1").

    ``exposure``: the table of :func:`building_exposure` for these buildings, when already made
    (its problems are then not repeated). Returns (table, problems)."""
    problems = []
    if exposure is None:
        exposure, problems = building_exposure(buildings, zones, min_overlap_m2, ids)
    n = len(exposure)
    ids = feature_ids(ids, n)
    floor_count, floors_unreadable = read_counts(floors, n, ids, Message("jumlah lantai"), problems, parse_floors,
                                                 Message("dihitung 1 lantai"))
    assumed = np.isnan(floor_count)
    missing_floors = assumed & ~floors_unreadable
    if missing_floors.any():
        problems.append(Message("{count} bangunan tanpa jumlah lantai dihitung 1 lantai: {examples}",
                                count=int(missing_floors.sum()), examples=examples(ids, np.flatnonzero(missing_floors))))
    kk = read_counts(households, n, ids, Message("jumlah KK"), problems)[0]
    building_rt, names = unit_labels(buildings, unit_polygons, unit_names)
    frame = pd.DataFrame({COL_RT: building_rt, COL_BUILDINGS: 1,
                          COL_FLOOR_AREA: np.nan_to_num(exposure[COL_AREA].to_numpy(float)) * np.where(assumed, 1.0, floor_count),
                          COL_FLOORS_ASSUMED: assumed.astype(int), COL_HOUSEHOLDS: np.nan_to_num(kk),
                          COL_HOUSEHOLDS_UNKNOWN: np.isnan(kk).astype(int)})
    poor_levels, poor_missing = point_levels(poor_points, zones)
    p_ids = feature_ids(poor_ids, len(poor_points))
    people = read_counts(poor_people, len(poor_points), p_ids, Message("jumlah jiwa"), problems)[0]
    poor = pd.DataFrame({COL_RT: unit_labels(poor_points, unit_polygons, unit_names)[0], COL_POOR: 1,
                         COL_POOR_PEOPLE: np.nan_to_num(people), COL_POOR_PEOPLE_UNKNOWN: np.isnan(people).astype(int)})
    fac_levels, fac_missing = point_levels(facilities, zones)
    f_ids = feature_ids(facility_ids, len(facilities))
    fac_kind = [code(k) or UNKNOWN_FACILITY for k in (facility_kinds if facility_kinds is not None
                                                      else [None] * len(facilities))]
    fac = pd.DataFrame({COL_RT: unit_labels(facilities, unit_polygons, unit_names)[0], COL_FACILITIES: 1,
                        "_jenis": fac_kind})
    for label, missing, what in ((p_ids, poor_missing, Message("KK miskin")),
                                (f_ids, fac_missing, Message("fasilitas"))):
        if missing.any():
            problems.append(Message("{count} titik {what} tanpa geometri dihitung '{unit}' / '{level}': {examples}",
                                    count=int(missing.sum()), what=what, unit=OUTSIDE_UNITS, level=NO_GEOMETRY,
                                    examples=examples(label, np.flatnonzero(missing))))
    used = set(frame[COL_RT]) | set(poor[COL_RT]) | set(fac[COL_RT])
    units = names + ([OUTSIDE_UNITS] if OUTSIDE_UNITS in used and OUTSIDE_UNITS not in names else [])
    tables = []
    for k, kind in enumerate(zones.kind_names):
        building_level = exposure[level_column(kind)].to_numpy(object)
        present = [v for v in zones.order[::-1] if v in set(zones.levels[zones.kinds == kind])]
        levels = present + [NOT_EXPOSED, NO_GEOMETRY]
        grid = pd.MultiIndex.from_product([units, levels], names=[COL_RT, COL_LEVEL])
        parts = [part.assign(**{COL_LEVEL: level}).groupby([COL_RT, COL_LEVEL]).sum(numeric_only=True)
                 for part, level in ((frame, building_level), (poor, poor_levels[:, k]),
                                     (fac.drop(columns="_jenis"), fac_levels[:, k]))]
        table = pd.concat(parts, axis=1).reindex(grid).fillna(0)
        text = fac.assign(**{COL_LEVEL: fac_levels[:, k]}).groupby([COL_RT, COL_LEVEL])["_jenis"].agg(_facility_text)
        table[COL_FACILITIES_BY_KIND] = text.reindex(grid).fillna("")
        table = table.reset_index()
        empty = (table[COL_LEVEL] == NO_GEOMETRY) & (table[list(_SUMS)].sum(axis=1) == 0)
        tables.append(table[~empty].assign(**{COL_KIND: kind}))
    if not tables:
        return pd.DataFrame(columns=list(UNIT_COLUMNS)), problems
    result = pd.concat(tables, ignore_index=True)[list(UNIT_COLUMNS)]
    for column in _SUMS:
        if column != COL_FLOOR_AREA:
            result[column] = result[column].astype(np.int64)
    return result, problems
