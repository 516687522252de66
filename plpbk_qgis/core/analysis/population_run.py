"""One run of the population projection, from a table to rows per RT (pure).

Ties the reader (``population_table``), the projection (``population``) and the RT polygons
together: each table RT is matched to its polygon by (RW, RT), or by RT alone where the number
is unique; an RT of the table without a polygon keeps its numbers (no density, said so), a
polygon without a table RT is reported. The per-RT row holds the population of every plan year,
the rate and where it came from, and the densities at the end of the plan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import Message
from .population import COL_GROSS, COL_NET, COL_RATE, COL_SOURCE, density_table, project_population
from .population_table import (
    COL_AGE,
    COL_POP,
    COL_RT,
    COL_RW,
    COL_YEAR,
    PopulationTable,
    population_table,
    rt_label,
)

M2_PER_HA = 10_000.0


@dataclass
class Settings:
    base_year: int | None = None        # None: the latest year of the table
    horizon: int = 5
    method: str = "geometric"
    rate: float | None = None           # per year (0.02 = 2 %); None: from two censuses
    survival: pd.DataFrame | None = None
    birth_rate: float | None = None     # births per 1000 population per year


@dataclass
class ProjectionResult:
    columns: list                       # (name, kind) of the per-RT rows, kind text/integer/real
    rows: list                          # dicts per RT
    geometries: np.ndarray              # the RT polygon of each row (None where there is none)
    table_columns: list
    table_rows: list                    # lists in table_columns order, one per RT x year x group x sex
    problems: list = field(default_factory=list)


def read_population(frame: pd.DataFrame) -> PopulationTable:
    return population_table(frame, layer="penduduk")


def read_survival(path) -> pd.DataFrame:
    from ..table_files import read_table_file

    return read_table_file(path, "rasio ketahanan hidup")


def _unit_index(unit_keys) -> dict:
    found = {key: index for index, key in enumerate(unit_keys)}
    by_rt: dict = {}
    for index, (_rw, rt) in enumerate(unit_keys):
        by_rt.setdefault(rt, []).append(index)
    found.update({("", rt): indexes[0] for rt, indexes in by_rt.items() if len(indexes) == 1})
    return found


def project(table: PopulationTable, settings: Settings, units=None, residential_m2=None) -> ProjectionResult:
    """``units``: an object with ``keys`` ((RW, RT) per polygon) and ``geometries``, or None;
    ``residential_m2``: residential land per polygon (NaN unknown), or None."""
    from .units import valid_areas

    years = table.years
    base = settings.base_year or (max(years) if years else None)
    projection = project_population(table, base or 0, settings.horizon, settings.method, settings.rate,
                                    settings.survival, settings.birth_rate)
    places = list(dict.fromkeys(zip(projection[COL_RW], projection[COL_RT])))
    problems: list = []
    index = _unit_index(units.keys) if units is not None else {}
    areas = valid_areas(units.geometries) if units is not None else np.empty(0)
    matched = {place: index.get(place, index.get(("", place[1])) if not place[0] else None) for place in places}
    if units is not None:
        for place, where in matched.items():
            if where is None:
                problems.append(Message("RT {rt} ada di tabel penduduk tetapi tidak ada poligonnya; angkanya tetap "
                                        "ditulis tanpa kepadatan.", rt=rt_label(*place)))
        used = {w for w in matched.values() if w is not None}
        for where, key in enumerate(units.keys):
            if where not in used:
                problems.append(Message("RT {rt} punya poligon tetapi tidak ada di tabel penduduk.",
                                        rt=rt_label(*key) if key[1] else "?"))
    rt_area = {place: (areas[w] if w is not None else math.nan) for place, w in matched.items()}
    land = None
    if residential_m2 is not None:
        land = {place: (residential_m2[w] if w is not None else math.nan) for place, w in matched.items()}
    densities, density_problems = density_table(projection, rt_area, land)
    if units is not None:
        problems += density_problems
    end = (base or 0) + settings.horizon
    rows, geometries = [], []
    year_columns = [(f"penduduk_{year}", "real") for year in range((base or 0), end + 1)]
    for place in places:
        mine = densities[(densities[COL_RW] == place[0]) & (densities[COL_RT] == place[1])]
        by_year = dict(zip(mine[COL_YEAR], mine[COL_POP]))
        last = mine[mine[COL_YEAR] == end].iloc[0]
        first_rows = projection[(projection[COL_RW] == place[0]) & (projection[COL_RT] == place[1])]
        rate = first_rows[COL_RATE].iloc[0]
        where = matched.get(place)
        row = {"no_rw": place[0] or None, "no_rt": place[1], "tahun_dasar": base, "tahun_akhir": end,
               "penduduk_dasar": round(float(by_year[base]), 1), "penduduk_akhir": round(float(by_year[end]), 1),
               "laju_persen": None if pd.isna(rate) else round(100.0 * float(rate), 4),
               "sumber_laju": first_rows[COL_SOURCE].iloc[0], "metode": first_rows["metode"].iloc[0],
               "luas_ha": _rounded(rt_area[place] / M2_PER_HA, 4),
               "lahan_permukiman_ha": _rounded(land[place] / M2_PER_HA, 4) if land is not None else None,
               "kepadatan_bruto": _rounded(last[COL_GROSS], 1), "kepadatan_netto": _rounded(last[COL_NET], 1)}
        row.update({name: round(float(by_year[int(name[-4:])]), 1) for name, _ in year_columns})
        rows.append(row)
        geometries.append(units.geometries[where] if where is not None else None)
    columns = ([("no_rw", "text"), ("no_rt", "text"), ("tahun_dasar", "integer"), ("tahun_akhir", "integer")]
               + year_columns + [("penduduk_dasar", "real"), ("penduduk_akhir", "real"), ("laju_persen", "real"),
                                 ("sumber_laju", "text"), ("metode", "text"), ("luas_ha", "real"),
                                 ("lahan_permukiman_ha", "real"), ("kepadatan_bruto", "real"),
                                 ("kepadatan_netto", "real")])
    table_columns = [("no_rw", "text"), ("no_rt", "text"), ("tahun", "integer"), ("kelompok_umur", "text"),
                     ("jenis_kelamin", "text"), ("penduduk", "real"), ("laju_persen", "real"), ("sumber_laju", "text")]
    table_rows = [[rw or None, rt, int(year), age, sex, round(float(pop), 1),
                   None if pd.isna(rate) else round(100.0 * float(rate), 4), source]
                  for rw, rt, year, age, sex, pop, rate, source in zip(
                      projection[COL_RW], projection[COL_RT], projection[COL_YEAR], projection[COL_AGE],
                      projection["jenis_kelamin"], projection[COL_POP], projection[COL_RATE],
                      projection[COL_SOURCE])]
    return ProjectionResult(columns, rows, np.array(geometries, dtype=object), table_columns, table_rows, problems)


def _rounded(value, digits):
    return None if value is None or pd.isna(value) else round(float(value), digits)
