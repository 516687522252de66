"""A phone photo of a printed sheet, simulated from the sheet's rendered page (pure: numpy + cv2).

For the tests and ``make demo`` (step 72), and for anyone checking the scan-back without a
printer: residents' pen marks are painted at known paper positions first (``paint_dots``),
then the page is laid on a table and "photographed" (``photograph``): perspective from a tilted
camera, rotation, uneven light, defocus blur, sensor noise and JPEG compression. What the
scanner gets back can then be compared with where the marks really are.
"""

from __future__ import annotations

import math

import numpy as np

MM_PER_INCH = 25.4


def paper_to_pixel(dpi: float, x_mm, y_mm) -> tuple:
    """Pixel coordinates (centres at integers, OpenCV's convention) of paper millimetres on a
    page rendered at ``dpi`` (pixel i covers [i, i+1) × 25.4 / dpi mm)."""
    scale = dpi / MM_PER_INCH
    return np.asarray(x_mm) * scale - 0.5, np.asarray(y_mm) * scale - 0.5


def paint_dots(page: np.ndarray, dpi: float, points_mm, radius_mm: float = 1.5,
               colour=(255, 0, 255), halo_mm: float = 2.5) -> np.ndarray:
    """``page`` (RGB) with a filled dot at each (x, y) paper millimetre, on a white halo (a
    resident's marker pen on a sticker: its colour never touches the map's own colours)."""
    import cv2

    out = page.copy()
    shift = 4                                            # sub-pixel centres for cv2.circle
    scale = dpi / MM_PER_INCH
    for x_mm, y_mm in points_mm:
        px, py = paper_to_pixel(dpi, x_mm, y_mm)
        centre = (int(round(px * 2 ** shift)), int(round(py * 2 ** shift)))
        cv2.circle(out, centre, int(round(halo_mm * scale * 2 ** shift)), (255, 255, 255), -1,
                   cv2.LINE_AA, shift)
        cv2.circle(out, centre, int(round(radius_mm * scale * 2 ** shift)), tuple(int(c) for c in colour), -1,
                   cv2.LINE_AA, shift)
    return out


def cover(page: np.ndarray, dpi: float, box_mm, colour=(40, 60, 160)) -> np.ndarray:
    """``page`` with the (x, y, w, h) paper-millimetre box painted over (a thumb, a coffee cup)."""
    out = page.copy()
    scale = dpi / MM_PER_INCH
    x, y, w, h = (int(round(v * scale)) for v in box_mm)
    out[y:y + h, x:x + w] = colour
    return out


def photograph(page: np.ndarray, rng: np.random.Generator, rotation_deg: float = 15.0,
               tilt: float = 0.08, blur_sigma: float = 1.2, noise_sigma: float = 4.0,
               jpeg_quality: int = 80, photo_long_side: int = 2600) -> bytes:
    """JPEG bytes of ``page`` (RGB) photographed on a table.

    ``tilt``: how far (share of the page's size) each page corner moves towards or away from
    the camera's centre, i.e. a camera held at an angle; ``rotation_deg``: the page turned in
    the picture."""
    import cv2

    height, width = page.shape[:2]
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float64)
    centred = corners - [width / 2, height / 2]
    angle = math.radians(rotation_deg)
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    moved = centred @ rotation.T
    moved += rng.uniform(-tilt, tilt, size=(4, 2)) * [width, height]
    # the page fills ~85 % of the photo, as when someone frames a sheet on a table
    span = moved.max(axis=0) - moved.min(axis=0)
    long_side = photo_long_side
    size = (long_side, int(long_side * 0.75)) if span[0] >= span[1] else (int(long_side * 0.75), long_side)
    zoom = 0.85 * min(size[0] / span[0], size[1] / span[1])
    placed = (moved - (moved.max(axis=0) + moved.min(axis=0)) / 2) * zoom + [size[0] / 2, size[1] / 2]
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), placed.astype(np.float32))
    table = np.empty((size[1], size[0], 3), np.uint8)
    table[:] = (112, 92, 70)                             # a wooden table (RGB)
    photo = cv2.warpPerspective(page, matrix, size, dst=table, flags=cv2.INTER_AREA if zoom < 1 else cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_TRANSPARENT)
    # light falling off from one side of the room
    yy, xx = np.mgrid[0:size[1], 0:size[0]].astype(np.float32)
    light = 1.0 - 0.18 * (xx / size[0]) - 0.08 * (yy / size[1])
    photo = photo.astype(np.float32) * light[..., None]
    if blur_sigma > 0:
        photo = cv2.GaussianBlur(photo, (0, 0), blur_sigma)
    photo += rng.normal(0.0, noise_sigma, photo.shape).astype(np.float32)
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    ok, encoded = cv2.imencode(".jpg", cv2.cvtColor(photo, cv2.COLOR_RGB2BGR),
                               [cv2.IMWRITE_JPEG_QUALITY, int(jpeg_quality)])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return encoded.tobytes()


def find_dots(rgb: np.ndarray, colour=(255, 0, 255), min_pixels: int = 4) -> list:
    """Centroids (col, row; pixel centres at integers) of the blobs of ``colour`` in an RGB
    raster — the painted dots found again in a scan's output."""
    import cv2

    pixels = rgb[..., :3].astype(np.int16)
    distance = np.abs(pixels - np.array(colour, np.int16)).max(axis=2)
    mask = (distance < 90).astype(np.uint8)
    count, _labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [tuple(centroids[i]) for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= min_pixels]
