"""Read a photo or scan of an uji publik sheet: its corner markers, the paper→photo homography
and the QR code (pure: numpy + cv2, imported inside the functions since OpenCV is optional).

``read_sheet`` never raises for a bad photo: it returns a :class:`SheetReading` whose
``problem`` (a :class:`core.errors.Message`) says what is missing and what to do; the
Processing algorithm adds the file name and goes on with the next file.

Homography: fitted in *A3 millimetres* from every detected marker corner (4 per marker, up to
20) with RANSAC, then by least squares on the inliers. A1 is A3 enlarged twice, so the same
fit serves both papers before the QR says which one it is (``paper_homography``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import Message
from . import sheet_markers as layout
from .qr_reading import read_qr_text
from .sheet_qr import SheetCode, SheetCodeError, parse_sheet_code

MIN_MARKERS = 4                        # three leave the perspective undetermined (see sheet_markers)
RESIDUAL_WARN_MM = 1.0                 # a fit this bad on paper: folded or curled sheet
# where each marker sits, for "not seen: …" (Messages, so that the adapter translates them)
CORNER_NAMES = {"landscape": {0: Message("kanan atas"), 1: Message("kanan bawah"), 2: Message("kiri bawah"),
                              3: Message("tengah bawah"), 4: Message("tengah kanan")},
                "portrait": {5: Message("kiri atas"), 6: Message("kanan atas"), 7: Message("kanan bawah"),
                             8: Message("kiri bawah")}}


@dataclass
class SheetReading:
    orientation: str = ""
    markers: dict = field(default_factory=dict)      # marker id -> 4 × 2 photo pixel corners
    homography: np.ndarray | None = None             # A3 millimetres -> photo pixels
    residual_mm: float | None = None                 # RMS of the marker corners after the fit, paper mm
    max_residual_mm: float | None = None
    code: SheetCode | None = None
    qr_text: str = ""
    problem: Message | None = None                   # None: the sheet can be georeferenced
    warnings: list = field(default_factory=list)


def _cv2():
    import cv2

    return cv2


def detect_markers(gray: np.ndarray) -> tuple[dict, list]:
    """{marker id: 4 × 2 corners (photo pixels, ArUco order)}, and the ids seen more than once."""
    cv2 = _cv2()
    dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, layout.ARUCO_DICTIONARY))
    parameters = cv2.aruco.DetectorParameters()
    # sub-pixel corners: the homography is only as good as the corners it is fitted to
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    parameters.cornerRefinementWinSize = 5
    detector = cv2.aruco.ArucoDetector(dictionary, parameters)
    corners, ids, _rejected = detector.detectMarkers(gray)
    found, doubled = {}, []
    if ids is None:
        return found, doubled
    for marker_id, quad in zip(ids.ravel().tolist(), corners):
        if marker_id in found:
            doubled.append(marker_id)
        found[marker_id] = np.asarray(quad, dtype=np.float64).reshape(4, 2)
    return found, doubled


def fit_homography(markers: dict, orientation: str) -> tuple:
    """(A3 mm -> photo px homography, RMS residual mm, max residual mm, inlier marker ids)."""
    cv2 = _cv2()
    table = {m.id: m for m in layout.sheet_markers("A3", orientation)}
    paper, photo, owner = [], [], []
    for marker_id, quad in markers.items():
        if marker_id in table:
            paper += table[marker_id].corners()
            photo += quad.tolist()
            owner += [marker_id] * 4
    paper, photo = np.asarray(paper, np.float64), np.asarray(photo, np.float64)
    side_px = float(np.median([np.linalg.norm(q[1] - q[0]) for q in markers.values()]))
    # RANSAC threshold relative to the marker's size in the photo (5 % of a side, ≥ 2 px)
    threshold = max(2.0, 0.05 * side_px)
    matrix, mask = cv2.findHomography(paper, photo, cv2.RANSAC, threshold)
    if matrix is None:
        return None, None, None, []
    inliers = mask.ravel().astype(bool)
    if inliers.sum() >= 8:
        refined, _ = cv2.findHomography(paper[inliers], photo[inliers], 0)
        matrix = refined if refined is not None else matrix
    back = cv2.perspectiveTransform(photo[inliers].reshape(-1, 1, 2), np.linalg.inv(matrix)).reshape(-1, 2)
    errors = np.linalg.norm(back - paper[inliers], axis=1)
    good = sorted({owner[i] for i in np.flatnonzero(inliers)})
    return matrix, float(np.sqrt(np.mean(errors ** 2))), float(errors.max()), good


def paper_homography(reading: SheetReading, paper: str) -> np.ndarray:
    """The reading's homography from ``paper``'s own millimetres (A1: twice A3's)."""
    k = layout.SCALE_FACTOR[paper]
    return reading.homography @ np.diag([1.0 / k, 1.0 / k, 1.0])


def _orientation(markers: dict) -> str:
    counts = {}
    for marker_id in markers:
        orientation = layout.orientation_of_marker(marker_id)
        if orientation:
            counts[orientation] = counts.get(orientation, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def _missing_names(orientation: str, seen) -> Message:
    names = CORNER_NAMES.get(orientation, {})
    missing = [names[i] for i in sorted(names) if i not in seen]
    # a list, not a sentence: its template is only placeholders, each name translated
    return Message(", ".join(f"{{m{n}}}" for n in range(len(missing))),
                   **{f"m{n}": name for n, name in enumerate(missing)})


def read_sheet(image: np.ndarray) -> SheetReading:
    """Markers, homography and QR code of one photo (BGR or grey uint8 array)."""
    cv2 = _cv2()
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    reading = SheetReading()
    markers, doubled = detect_markers(gray)
    reading.orientation = _orientation(markers)
    reading.markers = {i: q for i, q in markers.items()
                       if layout.orientation_of_marker(i) == reading.orientation}
    if doubled:
        reading.problem = Message("penanda sudut {ids} terlihat lebih dari sekali: foto memuat lebih dari satu "
                                  "lembar. Foto setiap lembar sendiri-sendiri.",
                                  ids=", ".join(str(i) for i in sorted(set(doubled))))
    expected = len(layout.sheet_markers("A3", reading.orientation or "landscape"))
    if reading.problem is None and len(reading.markers) >= MIN_MARKERS:
        matrix, rms, worst, good = fit_homography(reading.markers, reading.orientation)
        if matrix is not None and len(good) >= MIN_MARKERS:
            reading.homography, reading.residual_mm, reading.max_residual_mm = matrix, rms, worst
        else:
            reading.problem = Message("penanda sudut tidak cocok dengan tata letak lembar uji publik. Foto ulang "
                                      "seluruh lembar yang rata, keempat sudut terlihat.")
    elif reading.problem is None:
        if not reading.markers:
            reading.problem = Message(
                "penanda sudut lembar (kotak hitam-putih di sudut) tidak ditemukan. Foto ulang seluruh lembar, "
                "semua sudut terlihat, cukup terang dan tajam; lembar harus dicetak dari album varian uji publik "
                "versi ini (cetak ulang lembar lama).")
        else:
            reading.problem = Message(
                "hanya {n} dari {total} penanda sudut ditemukan (tidak terlihat: {missing}); perlu paling sedikit "
                "{needed}. Foto ulang seluruh lembar tanpa tertutup tangan, bayangan, atau lipatan.",
                n=len(reading.markers), total=expected, needed=MIN_MARKERS,
                missing=_missing_names(reading.orientation, reading.markers))
    reading.qr_text = read_qr_text(image, reading.homography, reading.orientation)
    if reading.qr_text:
        try:
            reading.code = parse_sheet_code(reading.qr_text)
        except SheetCodeError as error:
            reading.problem = reading.problem or error.message
            return reading
    if reading.code is not None and reading.code.version < 2:
        # an album printed before the scan-back: no markers either, and reprinting is the fix
        reading.problem = Message("lembar {sheet} dicetak dengan kode QR lama yang tidak memuat georeferensi. "
                                  "Cetak ulang album uji publik dengan versi plugin ini.", sheet=reading.code.sheet_id)
    if reading.problem is not None:
        return reading
    if reading.code is None:
        reading.problem = Message("kode QR lembar (di kotak catatan warga) tidak terbaca atau tertutup. Foto ulang "
                                  "dengan kode QR terlihat utuh dan tajam, tanpa coretan di atasnya.")
    elif reading.code.orientation != reading.orientation:
        reading.problem = Message("kode QR menyebut lembar {expected} tetapi penanda sudutnya milik lembar {found}: "
                                  "templat lembar diubah? Cetak ulang dari templat bawaan.",
                                  expected=reading.code.orientation, found=reading.orientation)
    else:
        # fitted in A3 millimetres: on A1 paper a millimetre of misfit is twice as many
        k = layout.SCALE_FACTOR[reading.code.paper]
        reading.residual_mm, reading.max_residual_mm = reading.residual_mm * k, reading.max_residual_mm * k
        if reading.max_residual_mm > RESIDUAL_WARN_MM:
            reading.warnings.append(Message(
                "penanda sudut tidak sebidang (selisih hingga {mm} mm di kertas): lembar terlipat atau "
                "melengkung? Ratakan lembar dan foto ulang bila gambar tidak pas dengan peta.",
                mm=f"{reading.max_residual_mm:.1f}"))
    return reading


def album_problem(code: SheetCode, manifest: dict | None) -> Message | None:
    """Why the sheet does not belong to the album of ``manifest`` (None when it does)."""
    if not manifest:
        return None
    from .sheet_qr import short_kelurahan

    album_kelurahan = str(manifest.get("kelurahan", ""))
    ids = {str(p.get("id_lembar")) for p in manifest.get("halaman", [])}
    # the QR holds the name cut to fit (sheet_qr.short_kelurahan, shorter still for a long
    # non-ASCII name): compare what it kept
    same_place = bool(code.kelurahan) and short_kelurahan(album_kelurahan).startswith(code.kelurahan)
    if same_place and code.sheet_id in ids:
        return None
    dates = sorted({i.rsplit("-", 1)[-1] for i in ids if "-" in i})
    return Message("lembar {sheet} ({kelurahan}) bukan dari album ini ({album}, tanggal cetak {dates}). Pilih "
                   "manifest.json album lembar ini, atau impor foto album lain secara terpisah.",
                   sheet=code.sheet_id, kelurahan=code.kelurahan, album=album_kelurahan,
                   dates=", ".join(dates) or "-")
