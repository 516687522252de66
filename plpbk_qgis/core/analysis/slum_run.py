"""One run of the slum assessment: survey layers placed in their RT, the baseline matched to
the same RTs, scores per RT, the non-physical considerations kept apart (pure).

Features are placed by where they are, not by the RT number typed on them: a building or a water
point goes to the RT polygon holding its representative point, a road or drain is cut at the RT
boundaries and each piece counts its own length in its own RT. A baseline row written without
an RW finds the RT of that number when only one RW has it; otherwise it stays its own row and is
reported (a KOTAKU sheet is per kelurahan, a kelurahan may number RTs per RW).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from ..errors import Message
from ..survey.completeness import unit_index
from .population_table import column_key
from .slum_criteria import CONSIDERATION_BY_CODE, CONSIDERATIONS
from .slum_score import RT_COLUMN, RW_COLUMN, combine_sources, read_baseline, rt_key, score_rts
from .slum_survey import AREA_M2, LENGTH_M, survey_volumes

LINE_LAYERS = ("jalan", "drainase")


@dataclass
class SlumResult:
    keys: list                        # rt key per row ('rw/rt')
    rows: list                        # dicts: no_rw, no_rt, the score columns, the considerations
    unit_of_row: list                 # index into the unit polygons, or None (a baseline-only RT)
    problems: list = field(default_factory=list)


def _valid(geometries) -> np.ndarray:
    geoms = np.asarray(geometries, dtype=object)
    drawn = np.array([g is not None and not shapely.is_empty(g) for g in geoms], dtype=bool)
    out = np.full(len(geoms), None, dtype=object)
    if drawn.any():
        out[drawn] = shapely.make_valid(geoms[drawn].astype(object))
    return out


def line_pieces(lines, units) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(line index, unit index, length in m) of every piece of a line inside a unit; the
    part of a line outside every unit is a piece with unit -1 (it is then reported)."""
    lines, units = _valid(lines), _valid(units)
    drawn = np.flatnonzero([g is not None for g in lines])
    polygons = np.flatnonzero([g is not None for g in units])
    if not len(drawn):
        return np.empty(0, int), np.empty(0, int), np.empty(0)
    tree = shapely.STRtree(units[polygons])
    li, ui = tree.query(lines[drawn], predicate="intersects")
    li, ui = drawn[li], polygons[ui]
    lengths = shapely.length(shapely.intersection(lines[li], units[ui]))
    inside = np.bincount(li, weights=lengths, minlength=len(lines))
    outside = shapely.length(lines[drawn]) - inside[drawn]
    left = outside > 1e-6
    return (np.concatenate([li, drawn[left]]), np.concatenate([ui, np.full(int(left.sum()), -1)]),
            np.concatenate([lengths, outside[left]]))


def placed_frame(columns: dict, geometries, units, unit_keys, is_line: bool = False) -> pd.DataFrame:
    """A survey layer's attributes with ``rt``/``rw`` of the unit it lies in (and ``panjang_m``
    per piece for lines); features in no unit keep an empty RT (survey_volumes reports them)."""
    frame = pd.DataFrame(columns)
    if is_line:
        feature, unit, length = line_pieces(geometries, units)
        frame = frame.iloc[feature].reset_index(drop=True)
        frame[LENGTH_M] = length
    else:
        unit = unit_index(np.asarray(geometries, dtype=object), _valid(units))
    frame[RW_COLUMN] = [unit_keys[u][0] if u >= 0 else None for u in unit]
    frame[RT_COLUMN] = [unit_keys[u][1] if u >= 0 else None for u in unit]
    return frame


def split_considerations(baseline: pd.DataFrame | None) -> tuple[pd.DataFrame | None, dict]:
    """The baseline without its non-physical columns, and those columns by code."""
    if baseline is None:
        return None, {}
    found = {column_key(c): c for c in baseline.columns if column_key(c) in CONSIDERATION_BY_CODE}
    return baseline.drop(columns=list(found.values())), found


def _match_baseline(baseline, unit_keys, problems) -> dict:
    """Baseline volumes re-keyed to the units' 'rw/rt' keys where a key without RW is unique."""
    by_rt: dict = {}
    for rw, rt in unit_keys:
        by_rt.setdefault(rt, []).append(rt_key(rt, rw))
    out = {}
    for key, volumes in baseline.volumes.items():
        if "/" not in key and len(by_rt.get(key, [])) == 1:
            out[by_rt[key][0]] = volumes
            continue
        if "/" not in key and len(by_rt.get(key, [])) > 1:
            problems.append(Message("Baseline RT {rt} tanpa RW, padahal nomor RT ini ada di beberapa RW; baris "
                                    "itu dinilai sendiri. Tambahkan kolom rw.", rt=key))
        out[key] = volumes
    return out


def assess(unit_keys, unit_geometries, layers: dict, building_rules=None, big_city=None,
           baseline: pd.DataFrame | None = None) -> SlumResult:
    """``layers``: catalog name -> (columns dict, geometries) of the survey; ``building_rules``:
    (columns dict with status_kdb/status_klb, geometries) of the checkbuildingrules result."""
    problems: list = []
    keys_of_units = [rt_key(rt, rw) for rw, rt in unit_keys]
    frames = {}
    for name, (columns, geometries) in layers.items():
        frames[name] = placed_frame(columns, geometries, unit_geometries, unit_keys, name in LINE_LAYERS)
    if "rt" not in frames and len(unit_keys):
        frames["rt"] = pd.DataFrame({RW_COLUMN: [k[0] for k in unit_keys], RT_COLUMN: [k[1] for k in unit_keys]})
    if "rt" in frames:
        frames["rt"][AREA_M2] = [shapely.area(g) if g is not None else np.nan for g in _valid(unit_geometries)]
    rules = None
    if building_rules is not None:
        rules = placed_frame(building_rules[0], building_rules[1], unit_geometries, unit_keys)
    computed = survey_volumes(frames, rules, big_city) if frames else None
    if computed is not None:
        problems += computed.problems
    table, options = split_considerations(baseline)
    base = read_baseline(table) if table is not None else None
    matched = {}
    if base is not None:
        problems += base.problems
        matched = _match_baseline(base, unit_keys, problems)
    combined = combine_sources(computed.volumes if computed is not None else {}, matched)
    for key in keys_of_units:
        combined.setdefault(key, combine_sources({key: {}}, {})[key])
    scores = score_rts(combined)
    considered = _considerations(baseline, options, unit_keys, problems)
    rows, units_of_rows = [], []
    order = list(dict.fromkeys(keys_of_units + list(scores)))
    for key in order:
        where = keys_of_units.index(key) if key in keys_of_units else None
        rw, _, rt = key.rpartition("/")
        row = {"no_rw": rw or None, "no_rt": rt, **scores[key].as_row(), **considered.get(key, _no_considerations())}
        rows.append(row)
        units_of_rows.append(where)
    return SlumResult(order, rows, units_of_rows, problems)


def _no_considerations() -> dict:
    out = {}
    for item in CONSIDERATIONS:
        out[f"pilihan_{item.code}"] = None
        out[f"nilai_{item.code}"] = None
    return out


def _considerations(baseline, options, unit_keys, problems) -> dict:
    """Per rt key: the option written for each non-physical item and its score (or sign)."""
    if baseline is None or not options:
        return {}
    from .slum_score import RT_ALIASES

    ids = {RT_ALIASES[column_key(c)]: c for c in baseline.columns if column_key(c) in RT_ALIASES}
    by_rt: dict = {}
    for rw, rt in unit_keys:
        by_rt.setdefault(rt, []).append(rt_key(rt, rw))
    out = {}
    for _position, (_label, row) in enumerate(baseline.iterrows()):
        key = rt_key(row[ids[RT_COLUMN]], row[ids[RW_COLUMN]] if RW_COLUMN in ids else None)
        if key is None:
            continue
        if "/" not in key and len(by_rt.get(key, [])) == 1:
            key = by_rt[key][0]
        values = _no_considerations()
        for code, column in options.items():
            raw = str(row[column]).strip().lower()
            item = CONSIDERATION_BY_CODE[code]
            if not raw:
                continue
            try:
                values[f"nilai_{code}"] = str(item.score(raw))
                values[f"pilihan_{code}"] = raw
            except KeyError:
                problems.append(Message("Baseline RT {rt}, kolom {column}: '{value}' bukan pilihan yang dikenal "
                                        "({options}); tidak dipakai.", rt=key, column=column, value=row[column],
                                        options=", ".join(option for option, _, _ in item.options)))
        out.setdefault(key, values)
    return out
