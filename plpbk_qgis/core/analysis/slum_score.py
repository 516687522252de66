"""The KOTAKU slum score per RT (Permen PUPR 14/PRT/M/2018), pure: no QGIS, no Qt.

Per criterion (table in :mod:`.slum_criteria`) a volume — buildings, households, metres or
hectares that fail it — is divided by the RT's total of the same unit; the share scores
0/1/3/5, the 16 scores are summed (0 … 80) and the sum is classed.

Banding (``band_score``)
    The regulation writes whole-percent bands 25–50 → 1, 51–75 → 3, 76–100 → 5 (below 25 → 0)
    and leaves gaps such as 50.4 % or 75.5 %. A share belongs to a band from that band's
    written lower bound up to the next band's lower bound: ≥ 76 → 5, ≥ 51 → 3, ≥ 25 → 1.
    This is how KOTAKU's own baseline sheets score (KAWANKU Jawa Timur per RT: 50.91 % → 1,
    75.38 % → 3, 75.91 % → 3, 76.56 % → 5, 51.11 % → 3, 25 % → 1, 50 % → 1, 75 % → 3);
    rounding half-up (75.91 → 76 → 5) or reading the bounds as "more than 75" (75.38 → 5)
    would contradict them. The share is first rounded to the two decimals written in the
    table (``PERCENT_DECIMALS``) so that a reader never sees "76.00 %" next to a 3.

Missing data (``score_rt``)
    A criterion without data (none given, volume/total empty, total 0, negative, volume above
    total) has ``skor=None`` and a reason in ``catatan`` — never 0 (KOTAKU sheets write 0 %
    for an empty denominator; we do not, because that would claim the RT meets it). The
    total is summed over the known criteria; ``tingkat_kumuh_min`` is the class of that sum
    (missing ones scoring 0) and ``tingkat_kumuh_maks`` the class if every missing one scored
    5. ``tingkat_kumuh`` is given only when both agree (always so when complete).

Sources (``combine_sources``)
    Per RT and criterion the survey value is used when usable, else the baseline table
    (``read_baseline``), else nothing; ``sumber`` is "survei", "baseline" or "tidak_ada_data".

RT keys (``rt_key``)
    "RT 003" / "3" / 3.0 are the same RT "3"; with a RW the key is "rw/rt" ("2/3"). Survey
    frames and the baseline must both carry a RW, or both not, for their keys to meet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import Message, PlpbkInputError
from ..values import is_empty, parse_number
from .slum_criteria import (
    BY_CODE,
    CLASS_BANDS,
    CODES,
    MAX_SCORE,
    MAX_TOTAL,
    SCORE_BANDS,
    UNIT_HECTARES,
    UNIT_METRES,
    WHOLE_UNITS,
)

SURVEY, BASELINE, NO_DATA = "survei", "baseline", "tidak_ada_data"
PERCENT_DECIMALS = 2
RT_COLUMN, RW_COLUMN = "rt", "rw"
VOLUME_SUFFIX, TOTAL_SUFFIX = "_volume", "_total"
RT_ALIASES = {"rt": RT_COLUMN, "no_rt": RT_COLUMN, "nomor_rt": RT_COLUMN,
              "rw": RW_COLUMN, "no_rw": RW_COLUMN, "nomor_rw": RW_COLUMN}
FIRST_DATA_ROW = 2          # spreadsheet row of the table's first data row (row 1 = header)
CELL_UNITS = {UNIT_METRES: "m", UNIT_HECTARES: "ha"}    # unit a cell may carry ("12,5 m")


REASON_NO_DATA = "tidak ada data"
REASON_EMPTY = "volume atau total kosong"
REASON_ZERO_TOTAL = "total (penyebut) 0: persentase tidak terdefinisi"
REASON_NEGATIVE = "volume atau total negatif"
REASON_ABOVE_TOTAL = "volume lebih besar dari total (lebih dari 100 %)"


class Volume(NamedTuple):
    """One criterion of one RT: failing volume, the RT's total of the same unit, source."""
    volume: float | None
    total: float | None
    sumber: str                # SURVEY, BASELINE or NO_DATA (no default: always say which)
    catatan: str = ""


@dataclass(frozen=True)
class CriterionScore:
    kode: str
    volume: float | None
    total: float | None
    persen: float | None
    skor: int | None           # None = missing (reason in catatan), never 0 for "no data"
    sumber: str
    catatan: str = ""


@dataclass(frozen=True)
class RtScore:
    kriteria: dict             # code -> CriterionScore, in CODES order
    total_skor: int            # sum over the known criteria
    kriteria_hilang: tuple     # codes without a score
    tingkat_kumuh_min: str     # class of total_skor (missing criteria scoring 0)
    tingkat_kumuh_maks: str    # class if every missing criterion scored 5

    @property
    def lengkap(self) -> bool:
        return not self.kriteria_hilang

    @property
    def skor_maks_mungkin(self) -> int:
        return self.total_skor + MAX_SCORE * len(self.kriteria_hilang)

    @property
    def tingkat_kumuh(self) -> str | None:
        """The class when the data decide it (complete, or the missing ones cannot change it)."""
        return self.tingkat_kumuh_min if self.tingkat_kumuh_min == self.tingkat_kumuh_maks else None

    def as_row(self) -> dict:
        """Flat attributes for an RT table, as the algorithm's interface names them:
        volume_k1a, total_k1a, persen_k1a, skor_k1a, sumber_k1a, …, then the totals."""
        row = {}
        for code, score in self.kriteria.items():
            row.update({f"volume_{code}": score.volume, f"total_{code}": score.total,
                        f"persen_{code}": score.persen, f"skor_{code}": score.skor,
                        f"sumber_{code}": score.sumber})
        row.update({"total_skor": self.total_skor, "skor_maks_mungkin": self.skor_maks_mungkin,
                    "lengkap": self.lengkap, "kriteria_hilang": ",".join(self.kriteria_hilang),
                    "tingkat_kumuh": self.tingkat_kumuh,
                    "tingkat_kumuh_min": self.tingkat_kumuh_min,
                    "tingkat_kumuh_maks": self.tingkat_kumuh_maks})
        return row


@dataclass
class BaselineTable:
    """``read_baseline`` result: rt key -> {code: Volume}, the problems, and where each RT was."""
    volumes: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    rows: dict = field(default_factory=dict)        # rt key -> spreadsheet row number


# ---------------------------------------------------------------- scores and classes
def band_score(share_percent) -> int | None:
    """Score 0/1/3/5 of a share in percent (lower bounds 76/51/25 inclusive, see the module
    docstring). Empty/NaN → None (missing, never 0); outside 0–100 → PlpbkInputError."""
    if is_empty(share_percent):
        return None
    try:
        share = float(share_percent)
    except (TypeError, ValueError):
        raise PlpbkInputError(Message("Persentase '{nilai}' bukan angka.",
                                      nilai=share_percent)) from None
    if math.isnan(share):
        return None
    if share < 0 or share > 100:
        raise PlpbkInputError(Message("Persentase {persen} di luar 0–100 %; periksa volume dan "
                                      "total.", persen=share))
    return next(score for lowest, score in SCORE_BANDS if share >= lowest)


def slum_class(total) -> str | None:
    """'tidak_kumuh' (< 16), 'ringan' (16–37), 'sedang' (38–59), 'berat' (60–80) of a total
    score; None for an empty total; outside 0–80 → PlpbkInputError."""
    if is_empty(total):
        return None
    value = float(total)
    if value < 0 or value > MAX_TOTAL:
        raise PlpbkInputError(Message("Total skor {total} di luar 0–{maks}.", total=total,
                                      maks=MAX_TOTAL))
    return next(name for lowest, name in CLASS_BANDS if value >= lowest)


def unusable_reason(volume, total) -> str:
    """'' when volume/total give a share in 0–100 %, else why not (Indonesian)."""
    if is_empty(volume) or is_empty(total):
        return REASON_EMPTY
    if volume < 0 or total < 0:
        return REASON_NEGATIVE
    if total == 0:
        return REASON_ZERO_TOTAL
    if volume > total:
        return REASON_ABOVE_TOTAL
    return ""


def _entry(raw) -> Volume:
    """A Volume from a Volume, a (volume, total, source[, note]) tuple or None."""
    if raw is None:
        return Volume(None, None, NO_DATA, REASON_NO_DATA)
    if isinstance(raw, Volume):
        return raw
    if len(raw) < 3:
        raise ValueError(f"volume entry {raw!r}: expected (volume, total, source[, note])")
    return Volume(*raw)


def _join(*notes: str) -> str:
    return "; ".join(note for note in notes if note)


def score_criterion(code: str, raw) -> CriterionScore:
    """Share and score of one criterion; without usable data: skor None and the reason."""
    entry = _entry(raw)
    volume, total = _number(entry.volume), _number(entry.total)
    if entry.sumber == NO_DATA:
        return CriterionScore(code, volume, total, None, None, NO_DATA,
                              entry.catatan or REASON_NO_DATA)
    reason = unusable_reason(volume, total)
    if reason:
        return CriterionScore(code, volume, total, None, None, NO_DATA,
                              _join(entry.catatan, f"{entry.sumber}: {reason}"))
    share = round(volume * 100.0 / total, PERCENT_DECIMALS)
    return CriterionScore(code, volume, total, share, band_score(share), entry.sumber,
                          entry.catatan)


def _number(value) -> float | None:
    return None if is_empty(value) else float(value)


def _check_codes(codes) -> None:
    unknown = sorted(set(codes) - set(CODES))
    if unknown:
        raise PlpbkInputError(Message("Kode kriteria tidak dikenal: {kode}. Kode yang dikenal: "
                                      "{dikenal}.", kode=", ".join(unknown),
                                      dikenal=", ".join(CODES)))


def score_rt(volumes: Mapping) -> RtScore:
    """Score one RT from ``{code: (volume, total, source)}`` (or ``Volume``); codes not given
    are missing. See the module docstring for how missing criteria bound the class."""
    _check_codes(volumes)
    scores = {code: score_criterion(code, volumes.get(code)) for code in CODES}
    known = sum(score.skor for score in scores.values() if score.skor is not None)
    missing = tuple(code for code, score in scores.items() if score.skor is None)
    return RtScore(scores, known, missing, slum_class(known),
                   slum_class(known + MAX_SCORE * len(missing)))


def score_rts(volumes_by_rt: Mapping) -> dict:
    """``{rt key: RtScore}`` of ``{rt key: {code: volume entry}}`` (e.g. combine_sources)."""
    return {key: score_rt(volumes) for key, volumes in volumes_by_rt.items()}


# ---------------------------------------------------------------- sources
def combine_sources(computed: Mapping, baseline) -> dict:
    """Per RT and criterion: the survey value where usable, the baseline filling the gaps.

    ``computed`` and ``baseline`` map rt key -> {code: Volume}; ``baseline`` may also be a
    :class:`BaselineTable`. Every RT of either appears with all 16 codes; ``sumber`` is
    'survei', 'baseline' or 'tidak_ada_data' (with the reasons in ``catatan``)."""
    baseline = getattr(baseline, "volumes", baseline) or {}
    computed = computed or {}
    keys = list(computed) + [key for key in baseline if key not in computed]
    return {key: {code: _pick(computed.get(key, {}).get(code), baseline.get(key, {}).get(code))
                  for code in CODES}
            for key in keys}


def _pick(survey, base) -> Volume:
    notes = []
    for raw, source in ((survey, SURVEY), (base, BASELINE)):
        if raw is None:
            continue
        entry = _entry(raw)
        reason = unusable_reason(_number(entry.volume), _number(entry.total))
        if not reason:
            return Volume(entry.volume, entry.total, source, _join(*notes, entry.catatan))
        notes.append(f"{source} tidak terpakai: {reason}")
    return Volume(None, None, NO_DATA, _join(*notes) or REASON_NO_DATA)


# ---------------------------------------------------------------- RT keys
_RT_PREFIX = re.compile(r"^(rt|rw)\s*\.?\s*", re.IGNORECASE)


def _unit_id(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _RT_PREFIX.sub("", str(value).strip())
    return str(int(text)) if text.isdigit() else text


def rt_key(rt, rw=None) -> str | None:
    """'3' for "RT 003" / "3" / 3.0; '2/3' with RW "02"; None when the RT is empty."""
    if is_empty(rt):
        return None
    return f"{_unit_id(rw)}/{_unit_id(rt)}" if not is_empty(rw) else _unit_id(rt)


# ---------------------------------------------------------------- baseline table
def _column_key(name) -> str:
    """'K1a Volume ' -> 'k1a_volume'; 'No. RT' -> 'no_rt'."""
    return re.sub(r"[\s\-.:/]+", "_", str(name).strip().lower()).strip("_")


def _baseline_columns(columns, problems: list) -> tuple[dict, dict]:
    """({'rt'/'rw': column}, {(code, 'volume'/'total'): column}); reports unknown/double ones."""
    ids, pairs, unknown, seen = {}, {}, [], set()
    for column in columns:
        key = _column_key(column)
        if key in seen:
            problems.append(Message("Kolom baseline '{kolom}' muncul lebih dari sekali; dipakai "
                                    "yang pertama.", kolom=str(column)))
            continue
        seen.add(key)
        code, _, part = key.partition("_")
        if key in RT_ALIASES and RT_ALIASES[key] not in ids:
            ids[RT_ALIASES[key]] = column
        elif code in BY_CODE and part in ("volume", "total"):
            pairs[(code, part)] = column
        else:
            unknown.append(str(column))
    if unknown:
        problems.append(Message("Kolom baseline tidak dikenal dan tidak dipakai: {kolom}.",
                                kolom=", ".join(unknown)))
    return ids, pairs


def _report_half_pairs(pairs: dict, problems: list) -> None:
    for code in CODES:
        have = [part for part in ("volume", "total") if (code, part) in pairs]
        if len(have) == 1:
            lacking = "total" if have[0] == "volume" else "volume"
            problems.append(Message("Kolom baseline '{ada}' ada tetapi '{hilang}' tidak ada; "
                                    "kriteria {kode} tidak dapat dihitung dari baseline.",
                                    ada=f"{code}_{have[0]}", hilang=f"{code}_{lacking}", kode=code))


_ONE_THOUSANDS_GROUP = re.compile(r"^\d{1,3}[.,]\d{3}$")


def _read_cell(raw, unit: str) -> tuple[float | None, str]:
    """(value, '') or (None, reason). Counts (unit bangunan, KK) cannot be fractional, so
    "1.234" / "1,234" — refused as ambiguous by parse_number — is read as 1234 for them."""
    parsed = parse_number(raw)
    if parsed.ok and parsed.unit not in ("", CELL_UNITS.get(unit, "")):
        return None, f"satuan '{parsed.unit}' tidak sesuai ({unit})"
    if parsed.ok:
        return parsed.value, ""
    text = str(raw).strip()
    if unit in WHOLE_UNITS and _ONE_THOUSANDS_GROUP.match(text):
        return float(re.sub(r"[.,]", "", text)), ""
    return None, parsed.note


def _read_pair(row, row_number: int, code: str, pairs: dict, problems: list) -> Volume | None:
    """The baseline Volume of one criterion in one row (None when its columns are absent)."""
    if (code, "volume") not in pairs or (code, "total") not in pairs:
        return None
    unit, values = BY_CODE[code].unit, []
    for part in ("volume", "total"):
        column = pairs[(code, part)]
        value, reason = _read_cell(row[column], unit)
        if reason:
            problems.append(Message("Baseline baris {baris}, kolom '{kolom}': '{nilai}' tidak "
                                    "terbaca ({alasan}); kriteria {kode} dianggap tidak ada data.",
                                    baris=row_number, kolom=str(column),
                                    nilai=str(row[column]).strip(), alasan=reason, kode=code))
        values.append(value)
    volume, total = values
    reason = unusable_reason(volume, total)
    if reason and reason not in (REASON_EMPTY, REASON_ZERO_TOTAL):
        problems.append(Message("Baseline baris {baris}, kriteria {kode}: {alasan}; kriteria "
                                "dianggap tidak ada data.", baris=row_number, kode=code,
                                alasan=reason))
    return Volume(volume, total, BASELINE, "")


def read_baseline(df) -> BaselineTable:
    """The KOTAKU baseline as one row per RT: ``rt``, optional ``rw``, ``<code>_volume`` and
    ``<code>_total`` per criterion (names forgiving: 'K1a Volume', 'No RT'; numbers as text:
    "1.234", "12,5", "", "-"). Problems (Message, Indonesian) are returned, nothing dropped
    silently: unknown columns, duplicate RTs (first row kept), unreadable or negative values,
    volume above total. A table without an RT column raises PlpbkInputError."""
    table = BaselineTable()
    ids, pairs = _baseline_columns(df.columns, table.problems)
    if RT_COLUMN not in ids:
        raise PlpbkInputError(Message("Tabel baseline tidak memiliki kolom 'rt'. Kolom yang ada: "
                                      "{kolom}.", kolom=", ".join(map(str, df.columns))))
    _report_half_pairs(pairs, table.problems)
    for position in range(len(df)):
        row, row_number = df.iloc[position], position + FIRST_DATA_ROW
        key = rt_key(row[ids[RT_COLUMN]], row[ids[RW_COLUMN]] if RW_COLUMN in ids else None)
        if key is None:
            table.problems.append(Message("Baseline baris {baris}: RT kosong; baris ini tidak "
                                          "dipakai.", baris=row_number))
            continue
        if key in table.rows:
            table.problems.append(Message("Baseline baris {baris}: RT {rt} sudah ada di baris "
                                          "{baris_pertama}; baris ini tidak dipakai.",
                                          baris=row_number, rt=key,
                                          baris_pertama=table.rows[key]))
            continue
        table.rows[key] = row_number
        read = {code: _read_pair(row, row_number, code, pairs, table.problems) for code in CODES}
        table.volumes[key] = {code: volume for code, volume in read.items() if volume is not None}
    return table
