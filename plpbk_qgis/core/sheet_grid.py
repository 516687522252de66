"""Map sheets (lembar peta) over an area for a scale, paper and orientation (pure, no QGIS).

The map face of every layout template is fixed in millimetres (``MAP_FACE_MM``), so a sheet's
ground size is simply face × scale: an A3 landscape sheet at 1:1000 shows 300 m × 250 m, an A1
sheet (twice A3 in each direction) 600 m × 500 m. The layouts in ``plpbk_qgis/layouts`` use the
same table, so a sheet prints at exactly its scale.

Numbering: rows are lettered from the north (A, B, …, Z, AA, …), columns numbered from the
west (1, 2, …), so ``nomor_lembar`` is ``B3``-like — readable on a wall and stable: it depends
only on the sheet's place in the grid, never on which other sheets were dropped or on the order
of the input features. The grid is centred on the area's extent (fewest sheets), its origin
snapped to round coordinates (``scale / 100`` m: 10 m at 1:1000).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import box

PAPER_MM = {"A3": (420.0, 297.0), "A1": (841.0, 594.0)}          # landscape width, height
# Map face (width, height) in mm for each paper in landscape; portrait swaps the two.
MAP_FACE_MM = {"A3": (300.0, 250.0), "A1": (600.0, 500.0)}
ORIENTATIONS = ("landscape", "portrait")
# neighbour key -> (row offset, column offset); rows grow southwards
DIRECTIONS = {"u": (-1, 0), "tl": (-1, 1), "t": (0, 1), "tg": (1, 1),
              "s": (1, 0), "bd": (1, -1), "b": (0, -1), "bl": (-1, -1)}
DIRECTION_NAMES = {"u": "utara", "tl": "timur laut", "t": "timur", "tg": "tenggara",
                   "s": "selatan", "bd": "barat daya", "b": "barat", "bl": "barat laut"}


def paper_size_mm(paper: str, orientation: str = "landscape") -> tuple:
    width, height = PAPER_MM[paper]
    return (width, height) if orientation == "landscape" else (height, width)


def map_face_mm(paper: str, orientation: str = "landscape") -> tuple:
    width, height = MAP_FACE_MM[paper]
    return (width, height) if orientation == "landscape" else (height, width)


@dataclass(frozen=True)
class SheetSpec:
    scale: int = 1000
    paper: str = "A3"
    orientation: str = "landscape"
    overlap_m: float = 0.0

    def __post_init__(self):
        if self.paper not in PAPER_MM:
            raise ValueError(f"kertas {self.paper!r} tidak dikenal (pilih A3 atau A1)")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientasi {self.orientation!r} tidak dikenal")
        if self.scale < 100:
            raise ValueError(f"skala 1:{self.scale} tidak masuk akal")
        width, height = self.ground_size
        if self.overlap_m < 0 or self.overlap_m >= min(width, height) / 2:
            raise ValueError(f"tumpang tindih {self.overlap_m} m harus 0 sampai "
                             f"< {min(width, height) / 2:g} m")

    @property
    def ground_size(self) -> tuple:
        """(width, height) in metres on the ground that one sheet's map face shows."""
        width, height = map_face_mm(self.paper, self.orientation)
        return width * self.scale / 1000.0, height * self.scale / 1000.0

    @property
    def snap_m(self) -> float:
        return self.scale / 100.0


@dataclass(frozen=True)
class Sheet:
    nomor_lembar: str
    row: int                           # 0 = northernmost row of the grid
    col: int                           # 0 = westernmost column
    bounds: tuple                      # xmin, ymin, xmax, ymax in the area's CRS (metres)
    order: int = 0                     # 1-based reading order among kept sheets
    neighbours: dict = field(default_factory=dict)   # direction key -> nomor_lembar

    @property
    def geometry(self):
        return box(*self.bounds)


def row_label(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (spreadsheet style)."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def sheet_number(row: int, col: int) -> str:
    return f"{row_label(row)}{col + 1}"


def _count(length: float, size: float, step: float) -> int:
    return max(1, math.ceil((length - (size - step)) / step - 1e-9))


def _axis(low: float, high: float, size: float, step: float, snap: float, descending: bool):
    """Start coordinate and sheet count along one axis covering [low, high]."""
    count = _count(high - low, size, step)
    total = count * step + (size - step)
    pad = (total - (high - low)) / 2
    if descending:                     # rows start at the top edge and run south
        start = math.ceil((high + pad) / snap) * snap
        while start - total > low:     # rounding pushed the last row off the area
            count, total = count + 1, total + step
    else:
        start = math.floor((low - pad) / snap) * snap
        while start + total < high:
            count, total = count + 1, total + step
    return start, count


class GridCancelledError(Exception):
    """``cancelled()`` turned true while the grid was being cut."""


def sheet_grid(area, spec: SheetSpec, cancelled=None) -> list:
    """Sheets of ``spec`` touching ``area`` (a shapely geometry, metric CRS), reading order.
    ``cancelled``: a callable looked at between blocks of cells (a large kelurahan at 1:500
    has thousands); raises :class:`GridCancelledError`."""
    if area is None or area.is_empty:
        raise ValueError("area kosong: tidak ada lembar yang dapat dibuat")
    xmin, ymin, xmax, ymax = area.bounds
    width, height = spec.ground_size
    step_x, step_y = width - spec.overlap_m, height - spec.overlap_m
    x0, cols = _axis(xmin, xmax, width, step_x, spec.snap_m, descending=False)
    y0, rows = _axis(ymin, ymax, height, step_y, spec.snap_m, descending=True)
    cells = []
    for row in range(rows):
        top = y0 - row * step_y
        for col in range(cols):
            left = x0 + col * step_x
            cells.append((row, col, (left, top - height, left + width, top)))
    boxes = shapely.box(*zip(*[c[2] for c in cells])) if cells else []
    polygonal = area.geom_type in ("Polygon", "MultiPolygon")
    shapely.prepare(area)
    hits = np.zeros(len(cells), dtype=bool)
    for start in range(0, len(cells), 500):
        if cancelled is not None and cancelled():
            raise GridCancelledError()
        block = boxes[start:start + 500]
        found = shapely.intersects(area, block)
        if polygonal:                  # a sheet only sharing an edge with the area is useless
            found &= shapely.area(shapely.intersection(area, block)) > 1e-6 * width * height
        hits[start:start + 500] = found
    kept = {(row, col): bounds for (row, col, bounds), hit in zip(cells, hits) if hit}
    sheets = []
    for order, ((row, col), bounds) in enumerate(sorted(kept.items()), start=1):
        neighbours = {key: sheet_number(row + dr, col + dc) for key, (dr, dc) in DIRECTIONS.items()
                      if (row + dr, col + dc) in kept}
        sheets.append(Sheet(sheet_number(row, col), row, col, tuple(float(v) for v in bounds),
                            order, neighbours))
    return sheets


def neighbour_diagram(sheet: Sheet) -> list:
    """3×3 rows of sheet numbers around ``sheet`` (centre = itself, '' = no sheet)."""
    layout = [["bl", "u", "tl"], ["b", None, "t"], ["bd", "s", "tg"]]
    return [[sheet.nomor_lembar if key is None else sheet.neighbours.get(key, "")
             for key in line] for line in layout]
