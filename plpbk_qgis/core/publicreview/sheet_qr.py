"""The text of an uji publik sheet's QR code: which sheet it is and how to georeference it.

Format 2 (from this version on), fields separated by ``|``::

    PLPBK2|<kelurahan>|<map id>|<sheet>|<yyyymmdd>|<crs>|<scale>|<paper><L/P>|<centre x>|<centre y>

e.g. ``PLPBK2|Kelurahan Contoh|R08|B2|20261203|23834|1000|A3L|238750|9312345``.

Decisions:

* Self-describing: a photo of the sheet alone is enough to georeference it (no database or
  album needed): the map face is printed at a fixed scale centred on the sheet's bounding-box
  centre, so centre, scale, paper and orientation give the face's ground extent exactly.
* Short, so that the code stays at QR version ≤ 6 (41 modules; 0.5 mm each in the 20 mm QR
  on A3) and decodes from a phone photo: the CRS is written as the bare EPSG number when it is
  an EPSG code, as ``AUTHORITY:CODE`` otherwise, and as ``-`` for a CRS without an authority
  code (a user-defined SRGI2013 TM-3 in some set-ups): such a sheet is georeferenced with the
  CRS WKT that ``manifest.json`` of the album keeps (``crs_wkt``). The kelurahan name is cut to
  fit (``KELURAHAN_CHARS``; the album check compares the same cut). Coordinates in metres,
  at most two decimals.
* Format 1 (``PLPBK|kelurahan|map|sheet|date``, albums printed before) names the sheet but
  cannot be georeferenced: it parses, and the scanner says to reprint the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Message

PREFIX_V1 = "PLPBK"
PREFIX = "PLPBK2"
KELURAHAN_CHARS = 24
MAX_BYTES = 106                        # byte capacity of QR version 6 at level M
CUSTOM_CRS = "-"


@dataclass(frozen=True)
class SheetCode:
    kelurahan: str
    map_id: str
    sheet: str
    date: str                          # yyyymmdd, the album's print date
    crs: str = ""                      # "EPSG:23834", "ESRI:…", or "" (custom: see manifest)
    scale: int = 0
    paper: str = ""
    orientation: str = ""
    centre: tuple = ()                 # map face centre (x, y), metres in ``crs``
    version: int = 2

    @property
    def sheet_id(self) -> str:
        """The printed sheet ID, e.g. R08-B2-20261203 (``id_lembar`` of the manifest)."""
        return f"{self.map_id}-{self.sheet}-{self.date}"

    @property
    def georeferenced(self) -> bool:
        return self.version >= 2 and bool(self.scale and self.paper and self.centre)


class SheetCodeError(ValueError):
    """The QR text is not a PLPBK sheet code (``message`` says what it is instead)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def short_kelurahan(name: str) -> str:
    return str(name).replace("|", "/").strip()[:KELURAHAN_CHARS].strip()


def _number(value: float) -> str:
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def crs_field(authid: str) -> str:
    authid = (authid or "").strip()
    if not authid:
        return CUSTOM_CRS
    if authid.upper().startswith("EPSG:"):
        return authid.split(":", 1)[1]
    return authid


def format_sheet_code(kelurahan, map_id, sheet, date, crs_authid, scale, paper, orientation,
                      centre) -> str:
    """The QR text of one sheet (format 2)."""
    fields = [PREFIX, short_kelurahan(kelurahan), str(map_id), str(sheet), str(date),
              crs_field(crs_authid), str(int(scale)), f"{paper}{orientation[:1].upper()}",
              _number(centre[0]), _number(centre[1])]
    if any("|" in f for f in fields[2:]):
        raise ValueError(f"'|' in a sheet code field: {fields}")
    text = "|".join(fields)
    while len(text.encode("utf-8")) > MAX_BYTES and fields[1]:
        fields[1] = fields[1][:-1]     # an odd long non-ASCII name: keep the code small
        text = "|".join(fields)
    return text


def parse_sheet_code(text: str) -> SheetCode:
    """A SheetCode from a QR text (format 2, or format 1 without georeference)."""
    parts = str(text or "").strip().split("|")
    if parts[0] == PREFIX_V1 and len(parts) == 5:
        return SheetCode(parts[1], parts[2], parts[3], parts[4], version=1)
    if parts[0] != PREFIX or len(parts) != 10:
        raise SheetCodeError(Message("kode QR '{text}' bukan kode lembar PLPBK", text=str(text)[:60]))
    _, kelurahan, map_id, sheet, date, crs, scale, layout, x, y = parts
    papers = {"A3": "A3", "A1": "A1"}
    orientations = {"L": "landscape", "P": "portrait"}
    try:
        code = SheetCode(kelurahan, map_id, sheet, date,
                         "" if crs == CUSTOM_CRS else (f"EPSG:{crs}" if crs.isdigit() else crs),
                         int(scale), papers[layout[:2]], orientations[layout[2:]],
                         (float(x), float(y)))
    except (KeyError, ValueError) as error:
        raise SheetCodeError(Message("kode QR lembar PLPBK rusak ({detail})", detail=str(error))) from error
    if code.scale < 100 or not (len(date) == 8 and date.isdigit()):
        raise SheetCodeError(Message("kode QR lembar PLPBK rusak (skala {scale}, tanggal {date})",
                                     scale=scale, date=date))
    return code
