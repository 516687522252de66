"""The map face of a photographed sheet cut out straight, as a north-up raster with a GDAL
geotransform in the sheet's CRS (pure: numpy + cv2).

The face is printed at a fixed scale centred on the sheet's centre (``layouts.builder``), so
face millimetres and ground metres are related by a shift and the scale; composed with the
photo's homography that is one homography from output pixels to photo pixels, and the photo is
resampled once (``cv2.warpPerspective``).

Pixel convention: OpenCV puts pixel centres at integer coordinates and GDAL's geotransform
gives the outer corner of pixel (0, 0), so output pixel (col, row) has its centre at
ground (x0 + (col + 0.5)·res, y0 − (row + 0.5)·res).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import sheet_markers as layout
from .sheet_qr import SheetCode

PAPER_MM_PER_PIXEL = 0.25              # automatic resolution: 0.25 mm of paper (0.25 m at 1:1000)


@dataclass
class FaceRaster:
    rgba: np.ndarray                   # rows × cols × 4 uint8, RGB + alpha (0 = not on the photo)
    geotransform: tuple                # GDAL: (x0, res, 0, y0, 0, -res)
    crs: str                           # authid, or "" (custom: WKT from the album manifest)
    resolution: float                  # metres per pixel


def face_extent(code: SheetCode) -> tuple:
    """(xmin, ymin, xmax, ymax) of the map face on the ground."""
    _x, _y, width_mm, height_mm = layout.map_face_box_mm(code.paper, code.orientation)
    width, height = width_mm * code.scale / 1000.0, height_mm * code.scale / 1000.0
    cx, cy = code.centre
    return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2


def ground_to_paper_mm(code: SheetCode, x, y) -> tuple:
    """Paper millimetres (from the page's top-left corner, y down) of ground coordinates."""
    fx, fy, _w, _h = layout.map_face_box_mm(code.paper, code.orientation)
    xmin, _ymin, _xmax, ymax = face_extent(code)
    factor = 1000.0 / code.scale
    return fx + (np.asarray(x) - xmin) * factor, fy + (ymax - np.asarray(y)) * factor


def resolution_for(code: SheetCode, metres_per_pixel: float | None) -> float:
    """The output resolution: the given one, or 0.25 mm of paper at the sheet's scale."""
    if metres_per_pixel and metres_per_pixel > 0:
        return float(metres_per_pixel)
    return PAPER_MM_PER_PIXEL * code.scale / 1000.0


def rectify_face(image: np.ndarray, homography_paper: np.ndarray, code: SheetCode,
                 metres_per_pixel: float | None = None) -> FaceRaster:
    """The map face of ``image`` (BGR uint8) resampled to a north-up grid.

    ``homography_paper``: the sheet's paper millimetres (its own paper, see
    ``sheet_scan.paper_homography``) -> photo pixels."""
    import cv2

    res = resolution_for(code, metres_per_pixel)
    xmin, ymin, xmax, ymax = face_extent(code)
    cols = max(1, int(math.ceil((xmax - xmin) / res - 1e-9)))
    rows = max(1, int(math.ceil((ymax - ymin) / res - 1e-9)))
    fx, fy, _w, _h = layout.map_face_box_mm(code.paper, code.orientation)
    step = res * 1000.0 / code.scale                    # paper mm per output pixel
    to_paper = np.array([[step, 0.0, fx + 0.5 * step], [0.0, step, fy + 0.5 * step], [0.0, 0.0, 1.0]])
    to_photo = homography_paper @ to_paper
    # an output pixel much larger than a photo pixel would alias (warpPerspective samples,
    # it does not average): blur the photo to the output's footprint first
    footprint = _photo_pixels_per_output_pixel(to_photo, cols, rows)
    source = image
    if footprint > 1.5:
        source = cv2.GaussianBlur(image, (0, 0), 0.45 * footprint)
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    face = cv2.warpPerspective(source, to_photo, (cols, rows), flags=flags, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=(255, 255, 255))
    inside = cv2.warpPerspective(np.full(image.shape[:2], 255, np.uint8), to_photo, (cols, rows),
                                 flags=cv2.INTER_NEAREST | cv2.WARP_INVERSE_MAP,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    rgb = cv2.cvtColor(face, cv2.COLOR_GRAY2RGB) if face.ndim == 2 else cv2.cvtColor(face, cv2.COLOR_BGR2RGB)
    rgba = np.dstack([rgb, inside])
    return FaceRaster(rgba, (xmin, res, 0.0, ymax, 0.0, -res), code.crs, res)


def _photo_pixels_per_output_pixel(to_photo: np.ndarray, cols: int, rows: int) -> float:
    """Median length, in photo pixels, of one output pixel step (sampled over the face)."""
    points = np.array([[c, r] for c in np.linspace(0, cols - 1, 5) for r in np.linspace(0, rows - 1, 5)])
    ones = np.ones((len(points), 1))
    here = np.hstack([points, ones]) @ to_photo.T
    right = np.hstack([points + [1, 0], ones]) @ to_photo.T
    here, right = here[:, :2] / here[:, 2:], right[:, :2] / right[:, 2:]
    return float(np.median(np.linalg.norm(right - here, axis=1)))
