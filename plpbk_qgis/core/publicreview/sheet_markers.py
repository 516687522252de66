"""Where the uji publik sheet carries what a scan is read by: ArUco corner markers, the QR code
and the map face, in paper millimetres (pure: no QGIS; cv2 only to draw a marker).

One table for the two users: ``layouts.template_maker`` places the marker pictures at these
positions and ``core.publicreview.sheet_scan`` fits the photo's homography to them, so a
template and the scanner can never disagree.

Decisions:

* Markers are ArUco ``DICT_4X4_50`` (OpenCV's smallest dictionary: the largest cells for a
  given printed size, and 50 ids are plenty), 10 mm on A3 (1.7 mm cells, ~15 px in a phone
  photo of the whole sheet), 20 mm on A1 — A1 is A3 enlarged twice, like everything else.
* Landscape ids 0–4, portrait ids 5–8: the ids found in a photo tell the orientation before
  the QR is read (the QR region is then found through the markers' homography).
* Portrait has room beside the map face, so its four markers sit at the four corners of the
  page. Landscape has none: the map face (fixed size and place, the sheet prints at exact
  scale) fills the top-left corner up to the frame's coordinate labels. Its markers follow the
  free "L" (right panel and footer): three page corners, one in the footer's middle and one on
  the panel's left edge. Three markers alone leave the perspective poorly determined (error up
  to ~2 mm at the far corner of the map face in a simulation with 0.2 px corner noise); the
  two extra ones bring the 95th percentile down to ~0.2 mm.
* Nothing else is printed within 1.25 mm of a marker (white quiet zone for the detector);
  ``tests/plugin/test_album_templates.py`` checks that against the real templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..sheet_grid import paper_size_mm

ARUCO_DICTIONARY = "DICT_4X4_50"
MARKER_CELLS = 6                        # 4 × 4 data bits inside a one-cell black border
MARKER_MM = 10.0                        # on A3; times SCALE_FACTOR on A1
QUIET_MM = 1.25                         # white around each marker (≥ 9 px in a phone photo), A3 mm
SCALE_FACTOR = {"A3": 1.0, "A1": 2.0}

# (id, x, y) of each marker's top-left corner, A3 millimetres from the page's top-left corner
_MARKERS_A3 = {
    "landscape": ((0, 400.0, 8.0),      # top right, beside the map code box
                  (1, 400.0, 278.0),    # bottom right, beside the approval box
                  (2, 8.0, 277.0),      # bottom left, start of the footer
                  (3, 212.0, 277.0),    # footer, between data sources and maker
                  (4, 325.0, 165.0)),   # right panel's left edge, beside the insets
    "portrait": ((5, 7.75, 8.0),        # the four page corners, left and right of the map face
                 (6, 279.0, 8.0),
                 (7, 279.0, 300.0),
                 (8, 7.75, 300.0)),
}
# QR picture of the uji publik notes box (x, y, size), A3 millimetres; template_maker's
# notes block puts it there (a template test compares the two)
_QR_A3 = {"landscape": (389.5, 193.5, 20.0), "portrait": (170.5, 381.5, 20.0)}
# modules of white around the code inside the QR picture (layouts.qr_code draws them)
QR_QUIET_MODULES = 2
# map face (x, y, width, height), A3 millimetres: the ``peta`` item of the templates
_FACE_A3 = {"landscape": (15.0, 12.0, 300.0, 250.0), "portrait": (23.5, 12.0, 250.0, 300.0)}


@dataclass(frozen=True)
class Marker:
    id: int
    x: float                            # top-left corner, paper millimetres
    y: float
    size: float

    def corners(self) -> list:
        """The four corners in ArUco's order (top-left, top-right, bottom-right, bottom-left)."""
        x, y, s = self.x, self.y, self.size
        return [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]


def _factor(paper: str) -> float:
    if paper not in SCALE_FACTOR:
        raise ValueError(f"kertas {paper!r} tidak dikenal (A3 atau A1)")
    return SCALE_FACTOR[paper]


def sheet_markers(paper: str, orientation: str) -> list:
    """Markers of an uji publik sheet, in that paper's millimetres."""
    k = _factor(paper)
    return [Marker(i, x * k, y * k, MARKER_MM * k) for i, x, y in _MARKERS_A3[orientation]]


def orientation_of_marker(marker_id: int) -> str | None:
    for orientation, markers in _MARKERS_A3.items():
        if any(marker_id == m[0] for m in markers):
            return orientation
    return None


def qr_box_mm(paper: str, orientation: str) -> tuple:
    """(x, y, size) of the QR picture in paper millimetres."""
    k = _factor(paper)
    return tuple(v * k for v in _QR_A3[orientation])


def map_face_box_mm(paper: str, orientation: str) -> tuple:
    """(x, y, width, height) of the map face in paper millimetres."""
    k = _factor(paper)
    return tuple(v * k for v in _FACE_A3[orientation])


def page_mm(paper: str, orientation: str) -> tuple:
    return paper_size_mm(paper, orientation)


def marker_bits(marker_id: int) -> list:
    """Rows of booleans (True = black) of the marker, border included (6 × 6)."""
    import cv2

    dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY))
    image = cv2.aruco.generateImageMarker(dictionary, marker_id, MARKER_CELLS)
    return [[bool(value < 128) for value in row] for row in image]


def marker_svg(marker_id: int) -> str:
    """Vector SVG of one marker (one unit per cell, crisp edges; sharp at any print size)."""
    bits = marker_bits(marker_id)
    cells = "".join(f'<rect x="{c}" y="{r}" width="1" height="1"/>'
                    for r, row in enumerate(bits) for c, dark in enumerate(row) if dark)
    size = len(bits)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'width="{size * 10}" height="{size * 10}" shape-rendering="crispEdges">'
            f'<rect width="{size}" height="{size}" fill="#ffffff"/><g fill="#000000">{cells}</g></svg>\n')


def marker_file_name(marker_id: int) -> str:
    return f"penanda_aruco_{marker_id}.svg"


def marker_item_id(marker_id: int) -> str:
    """Layout item id of a marker picture (``penanda_<id>``)."""
    return f"penanda_{marker_id}"
