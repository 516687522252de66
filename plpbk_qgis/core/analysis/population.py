"""Population projection per RT/RW (guideline codes A1a/A1b) and density, pure (numpy/pandas).

Why three methods: BPS and the settlement-planning guidelines project small areas by the
geometric method (growth compounds yearly, which matches Indonesian RT censuses) and ask for the
arithmetic and exponential methods as comparisons. One rate per RT is used for all its cells:

- ``rate`` given (a number for every RT, or a mapping keyed by RT code or (RW, RT)):
  ``sumber_laju = "diberikan"``;
- otherwise derived per RT from the two latest years the RT has in the table, by the same
  method as the projection (a geometric r applied arithmetically would be inconsistent), from
  the cells (age group x sex) present in both years so a missing row cannot pass for a decline:
  ``sumber_laju = "dua_sensus"``. One year only and no rate -> PlpbkInputError naming the RT.

Cohort-component (``survival`` and ``birth_rate`` given, table by 5-year age group): every 5
years group g+1 = group g x survival[g]; the open top group (75+) = top closed group x its
survival + open group x survival[open]; 0-4 = births over the 5 years x survival["lahir"],
split by the sex ratio at birth (105 boys per 100 girls unless given). ``birth_rate`` is the
crude birth rate, births per 1000 population per year, because that is what BPS and the
Puskesmas publish at kecamatan/kelurahan level and it needs no 15-49 age groups; births over a
step = birth_rate/1000 x 5 x population at the start of the step (slightly low for a growing
RT). Migration is not modelled. Years between the 5-year steps are interpolated geometrically
per cell (linearly where a cell is 0 at either end, as a geometric path from 0 does not exist).
``survival`` is a mapping ``{group: s}`` / ``{(group, sex): s}`` or a DataFrame with columns
kelompok_umur, [jenis_kelamin], survival; ``s`` is the share of a group alive 5 years later.
Without a survival table each age group is grown at its RT's rate (the age structure is kept).

Densities are people per hectare: bruto over the RT's area, netto over its residential land.
Populations are not rounded, so the cells of an RT add up to its total.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd

from ..errors import Message, PlpbkInputError
from ..values import parse_number
from .population_table import (
    ALL,
    COL_AGE,
    COL_POP,
    COL_RT,
    COL_RW,
    COL_SEX,
    COL_YEAR,
    COLUMN_SYNONYMS,
    FEMALE,
    MALE,
    PopulationTable,
    age_group_label,
    age_group_lower,
    column_key,
    is_total,
    normalise_code,
    population_table,
    rt_label,
    sex_label,
)

GEOMETRIC, ARITHMETIC, EXPONENTIAL = "geometric", "arithmetic", "exponential"
METHOD_NAMES = {
    **dict.fromkeys(("geometric", "geometrik", "geometri"), GEOMETRIC),
    **dict.fromkeys(("arithmetic", "aritmatika", "aritmetika", "aritmatik", "aritmetik", "linear"), ARITHMETIC),
    **dict.fromkeys(("exponential", "eksponensial", "eksponential"), EXPONENTIAL),
}
COL_RATE, COL_SOURCE, COL_METHOD = "laju", "sumber_laju", "metode"
SOURCE_GIVEN, SOURCE_CENSUSES, SOURCE_COHORT = "diberikan", "dua_sensus", "kohort"
OUTPUT_COLUMNS = (COL_RT, COL_RW, COL_YEAR, COL_AGE, COL_SEX, COL_POP, COL_RATE, COL_SOURCE, COL_METHOD)
COL_GROSS, COL_NET = "kepadatan_bruto", "kepadatan_netto"
COL_RT_AREA, COL_RES_AREA = "luas_rt_m2", "luas_permukiman_m2"
BIRTHS = "lahir"                                 # survival-table key: births -> 0-4 five years on
BIRTH_KEYS = {"lahir", "kelahiran", "birth", "births"}
SURVIVAL_VALUE_COLUMNS = ("survival", "rasio_ketahanan_hidup", "ketahanan_hidup", "survival_ratio",
                          "rasio_survival", "sr", "rasio", "nilai")
STEP_YEARS = 5
M2_PER_HA = 10_000.0
DEFAULT_SEX_RATIO = 105.0                        # boys per 100 girls at birth
MAX_BIRTH_RATE = 100.0                           # per 1000 per year; the highest on record is ~50
_AMBIGUOUS = object()


def _method(method: str) -> str:
    found = METHOD_NAMES.get(str(method).strip().lower())
    if found is None:
        raise PlpbkInputError("Metode proyeksi '{method}' tidak dikenal; pilih geometrik, aritmatika, atau "
                              "eksponensial.", method=method)
    return found


def _refuse(rt: str | None, message: Message):
    if rt is None:
        raise PlpbkInputError(message)
    raise PlpbkInputError("RT {rt}: {text}", rt=rt, text=message)


def growth_rate(p0: float, p1: float, years: float, method: str = GEOMETRIC, *, rt: str | None = None) -> float:
    """Yearly rate r from two censuses ``years`` apart: geometric (P1/P0)^(1/t) - 1, arithmetic
    (P1-P0)/(P0 t), exponential ln(P1/P0)/t. ``rt`` names the RT in the error."""
    kind = _method(method)
    try:
        p0, p1, years = float(p0), float(p1), float(years)
    except (TypeError, ValueError):
        _refuse(rt, Message("Jumlah penduduk dan selang tahun harus angka: P0={p0}, P1={p1}, t={years}.",
                            p0=p0, p1=p1, years=years))
    if not all(math.isfinite(v) for v in (p0, p1, years)):
        _refuse(rt, Message("Jumlah penduduk atau selang tahun kosong: P0={p0}, P1={p1}, t={years}.",
                            p0=p0, p1=p1, years=years))
    if years <= 0:
        _refuse(rt, Message("Selang tahun antara dua sensus harus lebih dari nol: {years}.", years=years))
    if p0 <= 0:
        _refuse(rt, Message("Jumlah penduduk awal tidak boleh nol atau negatif: {value}.", value=p0))
    if p1 < 0 or (p1 == 0 and kind == EXPONENTIAL):
        _refuse(rt, Message("Jumlah penduduk akhir tidak boleh negatif (atau nol untuk metode eksponensial): "
                            "{value}.", value=p1))
    if kind == GEOMETRIC:
        return (p1 / p0) ** (1.0 / years) - 1.0
    if kind == ARITHMETIC:
        return (p1 - p0) / (p0 * years)
    return math.log(p1 / p0) / years


def project(p0, rate, years_ahead, method: str = GEOMETRIC):
    """P after ``years_ahead`` years: geometric P0(1+r)^t, arithmetic P0(1+rt), exponential
    P0 e^(rt). Broadcasts over numpy arrays; a scalar in gives a float out."""
    kind = _method(method)
    try:
        p, r, t = (np.asarray(v, dtype=float) for v in (p0, rate, years_ahead))
    except (TypeError, ValueError):
        raise PlpbkInputError("Penduduk awal, laju, dan jumlah tahun proyeksi harus angka.") from None
    if not (np.isfinite(p).all() and np.isfinite(r).all() and np.isfinite(t).all()):
        raise PlpbkInputError("Penduduk awal, laju, atau jumlah tahun proyeksi kosong (NaN).")
    if (p < 0).any() or (t < 0).any():
        raise PlpbkInputError("Penduduk awal dan jumlah tahun proyeksi tidak boleh negatif.")
    if kind == GEOMETRIC:
        if (r <= -1).any():
            raise PlpbkInputError("Laju geometrik harus lebih dari -1 (-100%): {rate}.", rate=float(r.min()))
        out = p * (1.0 + r) ** t
    elif kind == ARITHMETIC:
        out = p * (1.0 + r * t)
        if (out < 0).any():
            raise PlpbkInputError("Laju aritmatika {rate} membuat penduduk negatif sebelum akhir proyeksi; "
                                  "pakai metode geometrik.", rate=float(r.min()))
    else:
        out = p * np.exp(r * t)
    return float(out) if out.ndim == 0 else out


class _ByPlace:
    """A value for every RT (a number) or per RT (a mapping keyed by RT code or (RW, RT)). A key
    without RW is ambiguous when that RT number exists in several RWs of the table."""

    def __init__(self, values, places):
        self.scalar, self.pairs, self.single = None, {}, {}
        if values is not None and hasattr(values, "items"):
            for key, value in values.items():
                if isinstance(key, tuple) and len(key) == 2:
                    self.pairs[(normalise_code(key[0]), normalise_code(key[1]))] = value
                else:
                    self.single[normalise_code(key)] = value
        else:
            self.scalar = values
        self.repeated = {rt for rt, n in Counter(rt for _, rt in places).items() if n > 1}

    def get(self, place: tuple[str, str]):
        if self.scalar is not None:
            return self.scalar
        if place in self.pairs:
            return self.pairs[place]
        if place[1] in self.single:
            return _AMBIGUOUS if place[1] in self.repeated else self.single[place[1]]
        return None


def _number(value, what: str, rt: str) -> float:
    parsed = parse_number(value)
    if parsed.value is None or not parsed.ok or not math.isfinite(parsed.value):
        raise PlpbkInputError("RT {rt}: {what} '{value}' bukan angka.", rt=rt, what=what, value=value)
    return parsed.value


def project_population(table, base_year: int, horizon_years: int = 5, method: str = GEOMETRIC, rate=None,
                       survival=None, birth_rate=None, *, sex_ratio_at_birth: float = DEFAULT_SEX_RATIO
                       ) -> pd.DataFrame:
    """Population of every RT (and age group/sex when the table has them) for each year
    base_year .. base_year + horizon_years, as ``OUTPUT_COLUMNS``; see the module docstring for
    how rates are chosen and for the cohort-component model. ``table`` is a PopulationTable or
    a DataFrame for :func:`population_table`. Every RT must have a number for ``base_year``."""
    if not isinstance(table, PopulationTable):
        table = population_table(table)
    kind = _method(method)
    base_year, horizon = int(base_year), int(horizon_years)
    if horizon < 0:
        raise PlpbkInputError("Jangka proyeksi tidak boleh negatif: {years} tahun.", years=horizon_years)
    data = table.data
    if data.empty:
        raise PlpbkInputError("Tabel penduduk tidak berisi satu pun angka yang dapat dipakai; lihat daftar "
                              "masalah tabel.")
    cohort = survival is not None or birth_rate is not None
    if cohort and (survival is None or birth_rate is None or not table.has_age_groups):
        raise PlpbkInputError("Model komponen kohort perlu tabel penduduk per kelompok umur, tabel rasio "
                              "ketahanan hidup, dan angka kelahiran kasar; salah satunya tidak ada.")
    survivals = _survival_lookup(survival) if cohort else {}
    places = list(dict.fromkeys(zip(data[COL_RW], data[COL_RT])))
    rates, births = _ByPlace(rate, places), _ByPlace(birth_rate, places)
    frames = []
    for (rw, rt), rows in data.groupby([COL_RW, COL_RT], sort=False):
        label = rt_label(rw, rt)
        base = rows[rows[COL_YEAR] == base_year]
        if base.empty:
            raise PlpbkInputError("RT {rt} tidak punya data penduduk tahun dasar {year}; tahun yang ada: {years}.",
                                  rt=label, year=base_year, years=", ".join(map(str, sorted(rows[COL_YEAR].unique()))))
        if cohort:
            cbr = _birth_rate(births.get((rw, rt)), label)
            frame = _cohort(base, survivals, cbr, sex_ratio_at_birth, base_year, horizon, label)
            frame[COL_RATE], frame[COL_SOURCE], frame[COL_METHOD] = np.nan, SOURCE_COHORT, SOURCE_COHORT
        else:
            r, source = _rate_for(rows, rates.get((rw, rt)), kind, label)
            frame = _grow(base, r, kind, base_year, horizon)
            frame[COL_RATE], frame[COL_SOURCE], frame[COL_METHOD] = r, source, kind
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)[list(OUTPUT_COLUMNS)]


def _rate_for(rows: pd.DataFrame, given, kind: str, label: str) -> tuple[float, str]:
    if given is _AMBIGUOUS:
        raise PlpbkInputError("Laju untuk RT {rt} diberikan tanpa RW, padahal nomor RT ini ada di beberapa RW; "
                              "beri kunci (RW, RT).", rt=label)
    if given is not None:
        return _number(given, "laju", label), SOURCE_GIVEN
    years = sorted(int(y) for y in rows[COL_YEAR].unique())
    if len(years) < 2:
        raise PlpbkInputError("RT {rt} hanya punya data penduduk tahun {years}; laju pertumbuhan perlu dua "
                              "tahun sensus atau diberikan.", rt=label, years=", ".join(map(str, years)))
    y0, y1 = years[-2:]
    cells = [rows[rows[COL_YEAR] == y].set_index([COL_AGE, COL_SEX])[COL_POP] for y in (y0, y1)]
    common = cells[0].index.intersection(cells[1].index)
    if common.empty:
        raise PlpbkInputError("RT {rt}: tahun {y0} dan {y1} tidak punya kelompok umur/jenis kelamin yang sama; "
                              "laju tidak dapat dihitung.", rt=label, y0=y0, y1=y1)
    p0, p1 = (float(c.loc[common].sum()) for c in cells)
    return growth_rate(p0, p1, y1 - y0, kind, rt=label), SOURCE_CENSUSES


def _frame(base: pd.DataFrame, groups, sexes, years, values: np.ndarray) -> pd.DataFrame:
    """Tidy rows from values[year, cell] with cells (groups[i], sexes[i])."""
    n_years, n_cells = values.shape
    return pd.DataFrame({
        COL_RT: base[COL_RT].iloc[0], COL_RW: base[COL_RW].iloc[0],
        COL_YEAR: np.repeat(np.asarray(years, dtype="int64"), n_cells),
        COL_AGE: np.tile(np.asarray(groups, dtype=object), n_years),
        COL_SEX: np.tile(np.asarray(sexes, dtype=object), n_years),
        COL_POP: values.ravel()})


def _grow(base: pd.DataFrame, r: float, kind: str, base_year: int, horizon: int) -> pd.DataFrame:
    offsets = np.arange(horizon + 1)
    values = project(base[COL_POP].to_numpy()[None, :], r, offsets[:, None], kind)
    return _frame(base, base[COL_AGE], base[COL_SEX], base_year + offsets, values)


def _birth_rate(value, label: str) -> float:
    if value is None or value is _AMBIGUOUS:
        raise PlpbkInputError("Angka kelahiran kasar untuk RT {rt} tidak diberikan (atau diberikan tanpa RW "
                              "padahal nomor RT ini ada di beberapa RW).", rt=label)
    cbr = _number(value, "angka kelahiran kasar", label)
    # a fraction (0.018) instead of per mille (18) would silently make births vanish
    if cbr < 0 or 0 < cbr < 1 or cbr > MAX_BIRTH_RATE:
        raise PlpbkInputError("RT {rt}: angka kelahiran kasar {value} di luar 1-{max} per 1000 penduduk per "
                              "tahun; tulis per 1000 (mis. 18, bukan 0,018).", rt=label, value=cbr,
                              max=MAX_BIRTH_RATE)
    return cbr


def _survival_lookup(survival) -> dict[tuple[str, str], float]:
    """{(group or 'lahir', sex or 'semua'): share alive 5 years later} from a mapping or table."""
    if isinstance(survival, pd.DataFrame):
        keys = {column_key(c): c for c in survival.columns}
        group_col = next((keys[k] for k in COLUMN_SYNONYMS[COL_AGE] if k in keys), None)
        sex_col = next((keys[k] for k in COLUMN_SYNONYMS[COL_SEX] if k in keys), None)
        value_col = next((keys[k] for k in SURVIVAL_VALUE_COLUMNS if k in keys), None)
        if group_col is None or value_col is None:
            raise PlpbkInputError("Tabel rasio ketahanan hidup perlu kolom kelompok_umur dan survival. Kolom yang "
                                  "ada: {found}.", found=", ".join(map(str, survival.columns)))
        survival = {((g, s) if sex_col else g): v for g, s, v in zip(
            survival[group_col], survival[sex_col] if sex_col else [None] * len(survival), survival[value_col])}
    lookup = {}
    for key, value in survival.items():
        group_raw, sex_raw = key if isinstance(key, tuple) else (key, None)
        group = BIRTHS if column_key(group_raw) in BIRTH_KEYS else age_group_label(group_raw)
        sex = ALL if sex_raw is None or is_total(sex_raw) or not str(sex_raw).strip() else sex_label(sex_raw)
        parsed = parse_number(value)
        if group is None or sex is None or not parsed.ok or parsed.value is None \
                or not 0 <= parsed.value <= 1:
            raise PlpbkInputError("Tabel rasio ketahanan hidup: '{key}' = '{value}' tidak terbaca; kelompok umur "
                                  "(0-4 ... 75+ atau 'lahir'), jenis kelamin L/P, nilai 0-1.", key=key, value=value)
        lookup[(group, sex)] = parsed.value
    return lookup


def _survival_of(lookup: dict, group: str, sex: str) -> float:
    value = lookup.get((group, sex), lookup.get((group, ALL)))
    if value is None:
        raise PlpbkInputError("Tabel rasio ketahanan hidup tidak punya nilai untuk kelompok {group} jenis kelamin "
                              "{sex}.", group=group, sex=sex)
    return value


def _cohort(base: pd.DataFrame, survivals: dict, cbr: float, sex_ratio: float, base_year: int, horizon: int,
            label: str) -> pd.DataFrame:
    labels = set(base[COL_AGE])
    closed = sorted((g for g in labels if not g.endswith("+")), key=age_group_lower)
    opened = [g for g in labels if g.endswith("+")]
    if len(closed) < 1 or len(opened) != 1 or closed != [f"{a}-{a + 4}" for a in range(0, 5 * len(closed), 5)] \
            or age_group_lower(opened[0]) != 5 * len(closed):
        raise PlpbkInputError("RT {rt}: model kohort perlu kelompok umur 5 tahunan berurutan dari 0-4 dan satu "
                              "kelompok terbuka di akhir (mis. 75+); yang ada: {groups}.", rt=label,
                              groups=", ".join(sorted(labels, key=age_group_lower)))
    groups = closed + opened
    sexes = [MALE, FEMALE] if set(base[COL_SEX]) != {ALL} else [ALL]
    matrix = base.pivot(index=COL_AGE, columns=COL_SEX, values=COL_POP).reindex(index=groups, columns=sexes)
    if matrix.isna().to_numpy().any():
        missing = [f"{g} {s}" for g in groups for s in sexes if pd.isna(matrix.loc[g, s])]
        raise PlpbkInputError("RT {rt} tahun {year}: model kohort perlu angka untuk semua kelompok umur dan jenis "
                              "kelamin; tidak ada: {cells}.", rt=label, year=base_year, cells=", ".join(missing))
    s = np.array([[_survival_of(survivals, g, x) for x in sexes] for g in groups])
    s_birth = np.array([_survival_of(survivals, BIRTHS, x) for x in sexes])
    share = np.array([sex_ratio, 100.0]) / (sex_ratio + 100.0) if sexes != [ALL] else np.ones(1)
    steps = [matrix.to_numpy(dtype=float)]
    for _ in range(math.ceil(horizon / STEP_YEARS)):
        alive = steps[-1] * s
        new = np.empty_like(alive)
        new[1:-1] = alive[:-2]
        new[-1] = alive[-2] + alive[-1]             # the top closed group joins the open one
        births = cbr / 1000.0 * STEP_YEARS * steps[-1].sum()
        new[0] = births * share * s_birth
        steps.append(new)
    values = np.stack([_between(steps, k) for k in range(horizon + 1)])   # (year, group, sex)
    cells = [(g, x) for g in groups for x in sexes]
    return _frame(base, [g for g, _ in cells], [x for _, x in cells], base_year + np.arange(horizon + 1),
                  values.reshape(horizon + 1, -1))


def _between(steps: list[np.ndarray], offset: int) -> np.ndarray:
    """Population ``offset`` years after the base: a 5-year step, or geometric between two."""
    i, frac = divmod(offset, STEP_YEARS)
    if frac == 0:
        return steps[i]
    a, b, f = steps[i], steps[i + 1], frac / STEP_YEARS
    with np.errstate(divide="ignore", invalid="ignore"):
        geometric = a * (b / a) ** f
    return np.where((a > 0) & (b > 0), geometric, a + (b - a) * f)


def density(population, area_m2):
    """People per hectare; NaN (not 0, not inf) where the area is missing, zero or negative."""
    pop, area = np.asarray(population, dtype=float), np.asarray(area_m2, dtype=float)
    valid = np.isfinite(area) & (area > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(valid, pop / (area / M2_PER_HA), np.nan)
    return float(out) if out.ndim == 0 else out


def _area(value) -> tuple[float, str]:
    if value is _AMBIGUOUS:
        return math.nan, "diberikan tanpa RW, padahal nomor RT ini ada di beberapa RW"
    parsed = parse_number(value)
    if parsed.empty:
        return math.nan, "tidak diberikan"
    if not parsed.ok or parsed.unit not in ("", "m2"):
        return math.nan, f"'{value}' tidak terbaca sebagai m2"
    if parsed.value <= 0:
        return math.nan, "nol atau negatif"
    return parsed.value, ""


def density_table(projection: pd.DataFrame, rt_area_m2, residential_area_m2=None
                  ) -> tuple[pd.DataFrame, list[Message]]:
    """RT totals per year of a projection with ``kepadatan_bruto`` (people/ha of RT area) and
    ``kepadatan_netto`` (people/ha of residential land). Areas are mappings keyed by RT code or
    (RW, RT). A missing, zero or unreadable area gives NaN and one problem per RT."""
    totals = projection.groupby([COL_RT, COL_RW, COL_YEAR], sort=False, as_index=False)[COL_POP].sum()
    places = list(dict.fromkeys(zip(totals[COL_RW], totals[COL_RT])))
    problems: list[Message] = []
    for area_col, density_col, areas in ((COL_RT_AREA, COL_GROSS, rt_area_m2),
                                         (COL_RES_AREA, COL_NET, residential_area_m2)):
        if areas is None:
            if density_col == COL_NET:
                problems.append(Message("Luas lahan permukiman tidak diberikan; kepadatan netto dibiarkan kosong."))
            area_of = dict.fromkeys(places, math.nan)
        else:
            lookup, area_of = _ByPlace(areas, places), {}
            for place in places:
                area_of[place], why = _area(lookup.get(place))
                if why and density_col == COL_GROSS:
                    problems.append(Message("RT {rt}: luas wilayah RT {why}; kepadatan bruto dibiarkan kosong.",
                                            rt=rt_label(*place), why=why))
                elif why:
                    problems.append(Message("RT {rt}: luas lahan permukiman {why}; kepadatan netto dibiarkan "
                                            "kosong.", rt=rt_label(*place), why=why))
        totals[area_col] = [area_of[p] for p in zip(totals[COL_RW], totals[COL_RT])]
        totals[density_col] = density(totals[COL_POP], totals[area_col])
    return totals, problems
