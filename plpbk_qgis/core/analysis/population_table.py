"""Reading a population table per RT/RW for the projection (guideline A1a/A1b), pure.

Counts reach the plugin as BPS "Kecamatan dalam Angka" sheets, kelurahan monograph exports or a
layer's attribute table, and each writes them differently: one row per RT and year (long form)
or one column per year (wide form), sometimes split by 5-year age group and sex, with headers in
Indonesian or English and numbers as text ("1.234" is one thousand two hundred and thirty-four in
Indonesian). The reader is forgiving about spelling but never guesses a value: every record (one
population number) is either used or reported in ``problems`` with its row, so that
``records_used + len(problems) == records_in`` and no RT disappears from a plan silently.

Shapes read
-----------
long:  rt, [rw], tahun, jumlah                     (+ optional kelompok_umur, jenis_kelamin)
wide:  rt, [rw], penduduk_2015, penduduk_2020 ...  (+ the same optional columns)

A record is one population number: a row in the long form, a row x year cell in the wide form;
a completely blank row counts as one record. Sex given as columns (laki_laki, perempuan, jumlah)
is read through its total column. Rows that are sums ("Jumlah", "Total", "L+P") are reported,
not used, because adding them would count people twice. RT codes compare as numbers when they
are numbers ("001", "RT 01", 1.0 are RT 1); RT numbers repeat in every RW, so an RT is
identified by (RW, RT) when the table has a RW column. ``baris`` is the DataFrame's index label,
so a caller that indexes by feature id or file line gets its own numbering in the messages.
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass, field

import pandas as pd

from ..errors import Message, PlpbkInputError
from ..values import is_empty, parse_number

COL_RW, COL_RT, COL_YEAR = "rw", "rt", "tahun"
COL_AGE, COL_SEX, COL_POP, COL_ROW = "kelompok_umur", "jenis_kelamin", "penduduk", "baris"
ROLE_COUNT = "jumlah"                      # role of the count column (its output name is COL_POP)
TIDY_COLUMNS = (COL_RW, COL_RT, COL_YEAR, COL_AGE, COL_SEX, COL_POP, COL_ROW)
ALL = "semua"                              # group and sex of a table without them
MALE, FEMALE = "L", "P"
FORM_LONG, FORM_WIDE = "panjang", "lebar"
MIN_YEAR, MAX_YEAR = 1900, 2100

# Header spellings after column_key(), in order of preference.
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    COL_RT: ("rt", "kode_rt", "no_rt", "nomor_rt", "rt_no", "nama_rt"),
    COL_RW: ("rw", "kode_rw", "no_rw", "nomor_rw", "rw_no", "nama_rw"),
    COL_YEAR: ("tahun", "year", "thn", "tahun_data"),
    ROLE_COUNT: ("jumlah_penduduk", "penduduk", "jumlah", "total", "population", "jml_penduduk",
                 "jumlah_jiwa", "jiwa", "jml", "pop", "total_penduduk"),
    COL_AGE: ("kelompok_umur", "kel_umur", "kelompok_usia", "golongan_umur", "umur", "usia",
              "age_group", "age"),
    COL_SEX: ("jenis_kelamin", "jk", "kelamin", "sex", "gender", "l_p"),
}
_COUNT_WORDS = "jumlah_penduduk|jumlah|jml|penduduk|population|pop|total|jiwa|tahun|thn"
_WIDE_YEAR = re.compile(rf"(?:(?:{_COUNT_WORDS})_?)?((?:19|20)\d\d)(?:_?(?:{_COUNT_WORDS}))?")
SEX_SPELLINGS = {
    **dict.fromkeys(("l", "lk", "laki", "laki_laki", "lakilaki", "pria", "male", "m"), MALE),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "female", "f", "w"), FEMALE),
}
TOTAL_WORDS = {"jumlah", "total", "jml", "semua", "l_p", "lp", "grand_total", "jumlah_total"}
_AGE_WORDS = re.compile(r"\b(?:tahun|thn|th|years?|yrs?)\b\.?")
_AGE_RANGE = re.compile(r"(\d{1,3})\s*(?:-|–|—|s/?d\.?|sampai|to)\s*(\d{1,3})")
_AGE_OPEN = re.compile(r"(?:>=?|≥)\s*(\d{1,3})|(\d{1,3})\s*(?:\+|ke\s*atas|keatas|lebih|plus|and\s+over)")
# One '.' / ',' / space repeated between groups of three digits: a thousands separator in a count.
_GROUPED = re.compile(r"[1-9]\d{0,2}([.,\s])\d{3}(?:\1\d{3})*")
_COUNT_UNIT = re.compile(r"\s*(?:jiwa|orang|org)\.?\s*$", re.IGNORECASE)
_CODE_PREFIX = re.compile(r"^(?:rt|rw)\s*[.:]?\s*(?:no\.?\s*)?(?=\d)", re.IGNORECASE)


@dataclass
class PopulationTable:
    """The records that can be used (tidy, ``TIDY_COLUMNS``) and one problem per record that
    cannot; ``records_used + len(problems) == records_in``."""

    data: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(TIDY_COLUMNS)))
    problems: list[Message] = field(default_factory=list)
    records_in: int = 0
    form: str = FORM_LONG
    has_rw: bool = False
    has_age_groups: bool = False
    has_sex: bool = False

    @property
    def records_used(self) -> int:
        return len(self.data)

    @property
    def years(self) -> list[int]:
        return sorted(int(y) for y in self.data[COL_YEAR].unique())


def column_key(name) -> str:
    """'Kode RT', 'kode_rt', ' KODE-RT ' -> 'kode_rt': names compare without case or punctuation."""
    return re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower()).strip("_")


def _cell(raw):
    """pandas' own missing values (NaN, NA, NaT) as None, so values.is_empty knows them."""
    if raw is None or isinstance(raw, str):
        return raw
    try:
        return None if pd.isna(raw) else raw
    except (TypeError, ValueError):
        return raw


def _text(raw) -> str:
    raw = _cell(raw)
    return "" if raw is None else str(raw).strip()


def normalise_code(raw) -> str:
    """An RT/RW code as compared across tables: '001', 1, 1.0, 'RT 01', 'RT.001' -> '1'; other
    text ('1A') is kept upper-cased; empty -> ''."""
    raw = _cell(raw)
    if is_empty(raw):
        return ""
    if isinstance(raw, numbers.Real) and not isinstance(raw, bool) and float(raw).is_integer():
        return str(int(raw))
    text = _CODE_PREFIX.sub("", str(raw).strip()).strip()
    if re.fullmatch(r"\d+(?:[.,]0+)?", text):
        return str(int(re.split(r"[.,]", text)[0]))
    return text.upper()


def rt_label(rw: str, rt: str) -> str:
    """How an RT is named in messages ('RT {rt}' with this filled in)."""
    return f"{rt}/RW {rw}" if rw else rt


def age_group_label(raw) -> str | None:
    """'0-4', '0 - 4', '00-04', '0–4 tahun' -> '0-4'; '75+', '75 +', '>75', '≥ 75',
    '75 ke atas' -> '75+'. None unless a 5-year group (lower bound a multiple of 5) or an open
    top group. '>75' is read as 75+ because that is how BPS tables write the open group."""
    text = _AGE_WORDS.sub(" ", _text(raw).lower()).strip()
    match = _AGE_RANGE.fullmatch(text)
    if match:
        low, high = int(match[1]), int(match[2])
        return f"{low}-{high}" if low % 5 == 0 and high == low + 4 else None
    match = _AGE_OPEN.fullmatch(text)
    if match:
        low = int(match[1] or match[2])
        return f"{low}+" if low % 5 == 0 and low > 0 else None
    return None


def age_group_lower(label: str) -> int:
    """Lower bound of a canonical group label, for ordering ('semua' first)."""
    return -1 if label == ALL else int(label.rstrip("+").split("-")[0])


def sex_label(raw) -> str | None:
    """'L', 'Laki-laki', 'pria', 'male' -> 'L'; 'P', 'Perempuan', 'wanita', 'female' -> 'P'."""
    return SEX_SPELLINGS.get(column_key(_text(raw)))


def is_total(raw) -> bool:
    """A sum row: 'Jumlah', 'Total', 'L+P', 'Jumlah RW 01'."""
    key = column_key(_text(raw))
    return key in TOTAL_WORDS or key.startswith(("jumlah_", "total_"))


def read_count(raw) -> tuple[float | None, str]:
    """A number of people: ``(value, '')`` or ``(None, why)`` (Indonesian).

    The text is read by :func:`values.parse_number`, after one step it must refuse for rule
    values but not here: a population is a count, so one '.' or ',' followed by exactly three
    digits is a thousands separator ("1.234" and "1,234" are 1234). "jiwa"/"orang" after the
    number is allowed; other units, negative numbers and unreadable text are not.
    """
    raw = _cell(raw)
    if isinstance(raw, str):
        text = _COUNT_UNIT.sub("", raw.replace("\u00a0", " ").replace("\u202f", " ").strip())
        raw = re.sub(r"[.,\s]", "", text) if _GROUPED.fullmatch(text) else text
    parsed = parse_number(raw)
    if parsed.empty:
        return None, "kosong"
    if not parsed.ok:
        return None, parsed.note
    if parsed.unit:
        return None, f"satuan '{parsed.unit}' bukan jumlah jiwa"
    if parsed.value < 0:
        return None, "negatif"
    return parsed.value, ""


def read_year(raw) -> int | None:
    parsed = parse_number(_cell(raw))
    value = parsed.value
    if parsed.ok and value is not None and not parsed.unit and float(value).is_integer() \
            and MIN_YEAR <= value <= MAX_YEAR:
        return int(value)
    return None


def _resolve(columns: list, role: str, override, layer) -> object | None:
    keys: dict[str, object] = {}
    for column in columns:
        keys.setdefault(column_key(column), column)
    if override is not None:
        found = keys.get(column_key(override))
        if found is None:
            raise PlpbkInputError("Kolom '{name}' tidak ada di tabel penduduk. Kolom yang ada: {found}.",
                                  layer=layer, field=str(override), name=override,
                                  found=", ".join(map(str, columns)))
        return found
    return next((keys[s] for s in COLUMN_SYNONYMS[role] if s in keys), None)


def _wide_columns(columns: list, taken: set, layer) -> list[tuple[object, int]]:
    found: dict[int, object] = {}
    for column in columns:
        match = _WIDE_YEAR.fullmatch(column_key(column))
        if column in taken or not match:
            continue
        year = int(match[1])
        if year in found:
            raise PlpbkInputError("Tabel penduduk punya dua kolom untuk tahun {year}: '{a}' dan '{b}'.",
                                  layer=layer, year=year, a=found[year], b=column)
        found[year] = column
    return [(column, year) for year, column in sorted(found.items())]


def population_table(rows, *, rt=None, rw=None, year=None, count=None, age_group=None, sex=None,
                     layer: str | None = None) -> PopulationTable:
    """Read a population table (a DataFrame as read from CSV/XLSX or a layer's attributes, or a
    list of dicts). ``rt`` … ``sex`` name a column when its header is not one of
    ``COLUMN_SYNONYMS``; ``layer`` names the source in errors. Raises PlpbkInputError only for
    the shape (no RT column, no year/count columns); bad cells are reported in ``problems``."""
    if not isinstance(rows, pd.DataFrame):
        rows = pd.DataFrame(list(rows))
    columns = list(rows.columns)
    col = {role: _resolve(columns, role, override, layer) for role, override in (
        (COL_RT, rt), (COL_RW, rw), (COL_YEAR, year), (ROLE_COUNT, count), (COL_AGE, age_group),
        (COL_SEX, sex))}
    found = ", ".join(map(str, columns)) or "-"
    if col[COL_RT] is None:
        raise PlpbkInputError("Tabel penduduk tidak punya kolom RT (rt, kode_rt, no_rt). Kolom yang ada: "
                              "{found}.", layer=layer, found=found)
    long_form = col[COL_YEAR] is not None and col[ROLE_COUNT] is not None
    wide = [] if long_form else _wide_columns(columns, {c for c in col.values() if c is not None}, layer)
    if not long_form and not wide:
        raise PlpbkInputError("Tabel penduduk perlu kolom tahun dan jumlah (bentuk panjang) atau satu kolom "
                              "per tahun seperti 'penduduk_2020' (bentuk lebar). Kolom yang ada: {found}.",
                              layer=layer, found=found)
    table = PopulationTable(form=FORM_WIDE if wide else FORM_LONG, has_rw=col[COL_RW] is not None,
                            has_age_groups=col[COL_AGE] is not None, has_sex=col[COL_SEX] is not None)
    candidates: list[dict] = []
    for row, record in zip(rows.index, rows.to_dict("records")):
        if all(is_empty(_cell(v)) for v in record.values()):
            table.records_in += 1
            table.problems.append(Message("Baris {row}: baris kosong; tidak dipakai.", row=row))
            continue
        cells = [(y, record[c]) for c, y in wide] if wide else \
            [(record[col[COL_YEAR]], record[col[ROLE_COUNT]])]
        table.records_in += len(cells)
        for year_raw, count_raw in cells:
            got = _read_record(row, record, col, year_raw, count_raw)
            (candidates if isinstance(got, dict) else table.problems).append(got)
    table.data = _without_duplicates(candidates, table.problems)
    return table


def _read_record(row, record: dict, col: dict, year_raw, count_raw) -> dict | Message:
    """One population number with its place, or the first reason it cannot be used."""
    rt_raw = record[col[COL_RT]]
    rw_raw = record[col[COL_RW]] if col[COL_RW] is not None else None
    if is_total(rt_raw) or is_total(rw_raw):
        return Message("Baris {row}: baris jumlah ('{raw}'), tidak dipakai agar tidak terhitung dua kali.",
                       row=row, raw=_text(rt_raw) or _text(rw_raw))
    year = read_year(year_raw)
    if year is None:
        return Message("Baris {row}: tahun '{raw}' kosong atau tidak terbaca; tidak dipakai.",
                       row=row, raw=_text(year_raw))
    rt, rw = normalise_code(rt_raw), normalise_code(rw_raw)
    if not rt:
        return Message("Baris {row}, tahun {year}: RT kosong; tidak dipakai.", row=row, year=year)
    if col[COL_RW] is not None and not rw:
        # the same RT number exists in every RW: without its RW the row belongs to no one
        return Message("Baris {row}, RT {rt} tahun {year}: RW kosong; tidak dipakai.", row=row, rt=rt, year=year)
    place = rt_label(rw, rt)
    group = sex = ALL
    if col[COL_AGE] is not None:
        raw = record[col[COL_AGE]]
        if is_total(raw):
            return Message("Baris {row}: baris jumlah ('{raw}'), tidak dipakai agar tidak terhitung dua kali.",
                           row=row, raw=_text(raw))
        group = age_group_label(raw)
        if group is None:
            return Message("Baris {row}, RT {rt} tahun {year}: kelompok umur '{raw}' tidak dikenal (tulis 0-4, "
                           "5-9, ..., 75+); tidak dipakai.", row=row, rt=place, year=year, raw=_text(raw))
    if col[COL_SEX] is not None:
        raw = record[col[COL_SEX]]
        if is_total(raw):
            return Message("Baris {row}: baris jumlah ('{raw}'), tidak dipakai agar tidak terhitung dua kali.",
                           row=row, raw=_text(raw))
        sex = sex_label(raw)
        if sex is None:
            return Message("Baris {row}, RT {rt} tahun {year}: jenis kelamin '{raw}' tidak dikenal (tulis L "
                           "atau P); tidak dipakai.", row=row, rt=place, year=year, raw=_text(raw))
    value, why = read_count(count_raw)
    if value is None:
        return Message("Baris {row}, RT {rt} tahun {year}: jumlah penduduk '{raw}' tidak dipakai ({why}).",
                       row=row, rt=place, year=year, raw=_text(count_raw), why=why)
    return {COL_RW: rw, COL_RT: rt, COL_YEAR: year, COL_AGE: group, COL_SEX: sex, COL_POP: value,
            COL_ROW: row}


def _cell_label(record: dict) -> str:
    parts = [p for p in (record[COL_AGE], record[COL_SEX]) if p != ALL]
    return f" ({' '.join(parts)})" if parts else ""


def _code_order(code: str) -> tuple:
    return (0, int(code), "") if code.isdigit() else (1, 0, code)


def _without_duplicates(candidates: list[dict], problems: list[Message]) -> pd.DataFrame:
    """One number per RT+year(+group+sex). Identical repeats (a pasted row) keep the first;
    different numbers for the same cell are all refused: picking one would be a guess."""
    by_key: dict[tuple, list[dict]] = {}
    for record in candidates:
        key = tuple(record[c] for c in (COL_RW, COL_RT, COL_YEAR, COL_AGE, COL_SEX))
        by_key.setdefault(key, []).append(record)
    kept = []
    for same in by_key.values():
        first = same[0]
        args = {"rt": rt_label(first[COL_RW], first[COL_RT]), "year": first[COL_YEAR],
                "cell": _cell_label(first)}
        if all(r[COL_POP] == first[COL_POP] for r in same):
            kept.append(first)
            problems.extend(Message("Baris {row}: duplikat RT {rt} tahun {year}{cell} dari baris {first} dengan "
                                    "jumlah sama; tidak dipakai.", row=r[COL_ROW], first=first[COL_ROW], **args)
                            for r in same[1:])
            continue
        rows = ", ".join(str(r[COL_ROW]) for r in same)
        values = ", ".join(f"{r[COL_POP]:g}" for r in same)
        problems.extend(Message("Baris {row}: RT {rt} tahun {year}{cell} tertulis di baris {rows} dengan jumlah "
                                "berbeda ({values}); tidak ada yang dipakai, perbaiki tabel.",
                                row=r[COL_ROW], rows=rows, values=values, **args) for r in same)
    kept.sort(key=lambda r: (_code_order(r[COL_RW]), _code_order(r[COL_RT]), r[COL_YEAR],
                             age_group_lower(r[COL_AGE]), r[COL_SEX]))
    frame = pd.DataFrame(kept, columns=list(TIDY_COLUMNS))
    return frame.astype({COL_YEAR: "int64", COL_POP: "float64"})
