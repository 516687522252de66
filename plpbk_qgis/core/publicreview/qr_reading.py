"""The text of a sheet's QR code in a photo (pure: numpy + cv2, imported inside the functions).

Three tries, cheapest first to most robust:

1. OpenCV's QR detector on the whole photo (a sharp scan or a close-up);
2. the QR region cut out straight through the markers' homography (an angled phone photo
   shrinks the modules along one axis, which the detector handles badly);
3. the modules read one by one: the homography is accurate to ~0.1 mm and a module is 0.5 mm
   (20 mm QR on A3, version ≤ 6), so each module's centre is sampled directly, for each
   possible version. Blur makes a lone module look grey (its neighbours bleed into it); a
   small least-squares model of that bleeding (value = level + own ± neighbours) is fitted and
   the bits re-decided a few times. The clean bits are drawn large and decoded. On synthetic
   phone photos at ~2.7 px per module with blur this turns ~5 % wrong modules (undecodable)
   into none.
"""

from __future__ import annotations

import numpy as np

from . import sheet_markers as layout

MAX_VERSION = 6                        # sheet_qr keeps the text within version 6 at level M


def _detectors(cv2) -> list:
    """OpenCV's classic detector, then its ArUco-based one (OpenCV ≥ 4.8): the classic one
    looks for the three finder patterns by run-length ratios and misses codes whose data
    happen to hold similar runs, the ArUco-based one finds them as contours."""
    detectors = [cv2.QRCodeDetector()]
    if hasattr(cv2, "QRCodeDetectorAruco"):
        detectors.append(cv2.QRCodeDetectorAruco())
    return detectors


def _decode(cv2, image) -> str:
    for detector in _detectors(cv2):
        try:
            text, _points, _ = detector.detectAndDecode(image)
        except cv2.error:
            continue
        if text:
            return text
    return ""


def _qr_box_a3(orientation: str) -> tuple:
    return layout.qr_box_mm("A3", orientation)


def _rectified_patch(cv2, gray, homography, orientation, px_per_mm=16.0, margin=4.0):
    x, y, size = _qr_box_a3(orientation)
    side = int(round((size + 2 * margin) * px_per_mm))
    to_paper = np.array([[1 / px_per_mm, 0, x - margin], [0, 1 / px_per_mm, y - margin], [0, 0, 1]])
    return cv2.warpPerspective(gray, homography @ to_paper, (side, side),
                               flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def _module_values(cv2, gray, homography, orientation, version) -> np.ndarray:
    """Grey value at each module centre (n × n) for a code of ``version``."""
    x, y, size = _qr_box_a3(orientation)
    count = 17 + 4 * version
    module = size / (count + 2 * layout.QR_QUIET_MODULES)
    centres = (np.arange(count) + layout.QR_QUIET_MODULES + 0.5) * module
    gx, gy = np.meshgrid(x + centres, y + centres)
    points = np.stack([gx.ravel(), gy.ravel()], axis=1).reshape(-1, 1, 2)
    photo = cv2.perspectiveTransform(points, homography).reshape(count, count, 2).astype(np.float32)
    return cv2.remap(gray.astype(np.float32), photo[..., 0], photo[..., 1], cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)


def _bits(cv2, values: np.ndarray, rounds: int = 8) -> np.ndarray:
    """Dark modules (True) from sampled values: Otsu, then re-decided against a fitted model
    of the blur: value ≈ level + a·own + b·(4 side neighbours) + c·(4 diagonal ones), ±1 each
    (the quiet zone around the code counts as light)."""
    scaled = cv2.normalize(values, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    threshold, _ = cv2.threshold(scaled, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    signs = np.where(scaled < threshold, -1.0, 1.0)
    for _ in range(rounds):
        padded = np.pad(signs, 1, constant_values=1.0)
        sides = padded[:-2, 1:-1] + padded[2:, 1:-1] + padded[1:-1, :-2] + padded[1:-1, 2:]
        corners = padded[:-2, :-2] + padded[:-2, 2:] + padded[2:, :-2] + padded[2:, 2:]
        design = np.stack([np.ones(signs.size), signs.ravel(), sides.ravel(), corners.ravel()], axis=1)
        (level, own, side, corner), *_ = np.linalg.lstsq(design, values.ravel(), rcond=None)
        if own <= 0:
            break
        decided = np.where(values - level - side * sides - corner * corners < 0, -1.0, 1.0)
        if (decided == signs).all():
            break
        signs = decided
    return signs < 0


def _draw(bits: np.ndarray, pixels: int = 8) -> np.ndarray:
    image = np.pad(np.where(bits, 0, 255).astype(np.uint8), 4, constant_values=255)
    return np.kron(image, np.ones((pixels, pixels), np.uint8))


def read_qr_text(image: np.ndarray, homography: np.ndarray | None = None, orientation: str = "") -> str:
    """The sheet's QR text ('' when unreadable). ``homography``: A3 millimetres -> photo pixels
    (``sheet_scan``), without it only the whole photo is tried."""
    import cv2

    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    text = _decode(cv2, gray)
    if text or homography is None or not orientation:
        return text
    for version in range(1, MAX_VERSION + 1):
        text = _decode(cv2, _draw(_bits(cv2, _module_values(cv2, gray, homography, orientation, version))))
        if text:
            return text
    patch = _rectified_patch(cv2, gray, homography, orientation)
    sharp = cv2.addWeighted(patch, 2.0, cv2.GaussianBlur(patch, (0, 0), 2.0), -1.0, 0)
    return _decode(cv2, sharp)
