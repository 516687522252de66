"""Comments typed from meeting forms or a spreadsheet, placed on the map (pure).

A row says where it means in one of four ways, tried in this order: coordinates (``x``/``y`` in
the survey's metric CRS, or ``bujur``/``lintang`` in degrees, converted by the caller), a plan
block code (the block's representative point), an RT (its polygon's representative point), or
a sheet grid cell (``sel`` such as "C4" on the sheet named by ``id_lembar``: the printed sheet
is read as 10 columns A–J from the left and 10 rows 1–10 from the top, the cell's centre is the
point). A row that cannot be placed is still kept, without a point, and says why; a row without
a comment text is reported and not imported. ``cara_penempatan`` records how each point came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
import shapely

from ..errors import Message
from ..values import parse_number

COLUMN_NAMES = {
    "id_lembar": ("id_lembar", "lembar", "sheet", "sheet_id", "id_sheet"),
    "isi_masukan": ("isi_masukan", "masukan", "komentar", "isi", "comment", "usulan", "catatan"),
    "x": ("x", "easting", "timur"),
    "y": ("y", "northing", "utara"),
    "bujur": ("bujur", "lon", "longitude", "lng"),
    "lintang": ("lintang", "lat", "latitude"),
    "blok": ("blok", "id_blok", "blok_terkait", "kode_blok"),
    "rt": ("rt", "no_rt"), "rw": ("rw", "no_rw"),
    "sel": ("sel", "cell", "kotak", "grid"),
    "topik": ("topik", "topic", "tema"),
    "kelompok": ("kelompok", "kelompok_warga", "group", "dari"),
    "tgl_pertemuan": ("tgl_pertemuan", "tanggal", "tanggal_pertemuan", "date"),
    "tempat_pertemuan": ("tempat_pertemuan", "lokasi_pertemuan", "pertemuan"),
    "tempat": ("tempat", "lokasi", "place"),
    "status": ("status",),
    "tanggapan": ("tanggapan", "jawaban", "response"),
}
CELL = re.compile(r"^\s*([A-Ja-j])\s*-?\s*(10|[1-9])\s*$")
GRID = 10


@dataclass
class PlacedComments:
    rows: list = field(default_factory=list)          # dicts with the masukan_warga fields
    geometries: list = field(default_factory=list)    # shapely Point or None
    problems: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)        # how placed -> rows

    @property
    def placed(self) -> int:
        return sum(1 for g in self.geometries if g is not None)


def value_choices(items) -> dict:
    """{normalised code or label: code} of a value list's items (objects with code, label_id, label_en)."""
    out = {}
    for item in items:
        for text in (item.code, item.label_id, item.label_en):
            out[_key(text)] = item.code
    return out


def _key(name) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower()).strip("_")


def resolve_columns(columns) -> dict:
    keys = {_key(c): c for c in columns}
    found = {}
    for role, names in COLUMN_NAMES.items():
        for name in names:
            if name in keys:
                found[role] = keys[name]
                break
    return found


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def _number(value):
    parsed = parse_number(_text(value))
    return parsed.value if parsed.ok and parsed.value is not None else None


def _code(value) -> str:
    return re.sub(r"\s+", "", _text(value)).upper()


def _rt_code(value) -> str:
    text = re.sub(r"^(rt|rw)\s*\.?\s*", "", _text(value), flags=re.IGNORECASE)
    return str(int(text)) if text.isdigit() else text.upper()


def cell_point(bounds, cell: str):
    """Centre of cell 'C4' of a sheet with ``bounds`` (xmin, ymin, xmax, ymax); None if not a cell."""
    match = CELL.match(cell or "")
    if not match:
        return None
    column = "abcdefghij".index(match.group(1).lower())
    row = int(match.group(2)) - 1
    xmin, ymin, xmax, ymax = bounds
    width, height = (xmax - xmin) / GRID, (ymax - ymin) / GRID
    return shapely.Point(xmin + (column + 0.5) * width, ymax - (row + 0.5) * height)


def sheet_number(sheet_id: str) -> str:
    """'R08-A1-20261203' -> 'A1' (the album's sheet ID: map code, sheet number, print date)."""
    parts = _text(sheet_id).split("-")
    return parts[1] if len(parts) >= 3 else _text(sheet_id)


def coded(value, choices: dict, role: str, row, problems: list):
    """A typed value as its value-list code (matched on code or label, without case); kept as
    typed, and said, when it matches none."""
    text = _text(value)
    if not text:
        return None
    found = choices.get(_key(text))
    if found is None and choices:
        problems.append(Message("Baris {row}: {role} '{value}' tidak ada di daftar nilai; disimpan seperti "
                                "tertulis.", row=row, role=role, value=text))
        return text
    return found or text


def place_comments(table: pd.DataFrame, blocks: dict, rts: dict, sheets: dict, to_metric=None,
                   id_prefix: str = "M", choices: dict | None = None) -> PlacedComments:
    """``blocks``: block code -> geometry; ``rts``: (rw, rt) and ('', rt) -> geometry; ``sheets``:
    sheet number -> (xmin, ymin, xmax, ymax); ``to_metric(lon, lat)`` -> (x, y) or None;
    ``choices``: role (topik, kelompok, status) -> {normalised code or label: code}."""
    choices = choices or {}
    columns = resolve_columns(table.columns)
    out = PlacedComments()
    if "isi_masukan" not in columns:
        from ..errors import PlpbkInputError

        raise PlpbkInputError("tabel masukan tidak punya kolom isi masukan (isi_masukan, komentar, masukan). Kolom yang "
                              "ada: {found}.", found=", ".join(map(str, table.columns)))
    blocks_upper = {_code(k): v for k, v in blocks.items()}
    for number, (label, record) in enumerate(table.iterrows(), start=1):
        def get(role, record=record):
            return record[columns[role]] if role in columns else None

        text = _text(get("isi_masukan"))
        if not text:
            out.problems.append(Message("Baris {row}: isi masukan kosong; baris tidak diimpor.", row=label))
            out.counts["tanpa_isi"] = out.counts.get("tanpa_isi", 0) + 1
            continue
        point, how, why = None, "", []
        x, y = _number(get("x")), _number(get("y"))
        lon, lat = _number(get("bujur")), _number(get("lintang"))
        if x is not None and y is not None:
            point, how = shapely.Point(x, y), "koordinat"
        elif lon is not None and lat is not None and to_metric is not None:
            converted = to_metric(lon, lat)
            if converted is not None:
                point, how = shapely.Point(*converted), "koordinat_derajat"
        block_text = _text(get("blok"))
        if point is None and block_text:
            codes = [c for c in re.split(r"[,;/ ]+", block_text) if c]
            hit = next((blocks_upper[_code(c)] for c in codes if _code(c) in blocks_upper), None)
            if hit is not None:
                point, how = shapely.point_on_surface(hit), "blok"
            else:
                why.append(f"blok '{block_text}' tidak ada di rencana")
        rt_text = _text(get("rt"))
        if point is None and rt_text:
            key = (_rt_code(get("rw")) if _text(get("rw")) else "", _rt_code(rt_text))
            hit = rts.get(key)
            if hit is not None:
                point, how = shapely.point_on_surface(hit), "rt"
            else:
                why.append(f"RT '{rt_text}' tidak ada poligonnya (atau nomornya ada di beberapa RW: beri rw)")
        sheet_id, cell = _text(get("id_lembar")), _text(get("sel"))
        if point is None and cell:
            bounds = sheets.get(sheet_number(sheet_id))
            hit = cell_point(bounds, cell) if bounds else None
            if hit is not None:
                point, how = hit, "sel_lembar"
            else:
                why.append(f"sel '{cell}' pada lembar '{sheet_id}' tidak dapat dibaca")
        if point is None:
            how = "tidak_ditempatkan"
            out.problems.append(Message("Baris {row}: masukan disimpan tanpa titik ({why}); tempatkan titiknya di "
                                        "peta.", row=label, why="; ".join(why) or "tidak ada koordinat, blok, RT "
                                                                                 "atau sel lembar"))
        out.counts[how] = out.counts.get(how, 0) + 1
        out.geometries.append(point)
        parts = sheet_id.split("-")
        out.rows.append({"id_masukan": f"{id_prefix}-{number:04d}", "id_lembar": sheet_id or None,
                         "kode_peta": parts[0] if len(parts) >= 3 else None, "tempat": _text(get("tempat")) or None,
                         "isi_masukan": text,
                         "topik": coded(get("topik"), choices.get("topik", {}), "topik", label, out.problems),
                         "kelompok": coded(get("kelompok"), choices.get("kelompok", {}), "kelompok", label,
                                           out.problems),
                         "tgl_pertemuan": _text(get("tgl_pertemuan")) or None,
                         "tempat_pertemuan": _text(get("tempat_pertemuan")) or None,
                         "status": coded(get("status"), choices.get("status", {}), "status", label,
                                         out.problems) or "baru", "tanggapan": _text(get("tanggapan")) or None,
                         "blok_terkait": block_text or None, "cara_penempatan": how})
    return out
