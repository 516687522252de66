"""Photos and scans of uji publik sheets read into images (BGR uint8 arrays, OpenCV's order).

JPEG and PNG through OpenCV (from bytes: ``cv2.imread`` cannot open a non-ASCII path on
Windows; it applies the photo's EXIF orientation). PDF (a scanner's or a multi-page one):
every page rasterised at ``PDF_DPI`` with GDAL's PDF driver, which QGIS ships on every
platform; where GDAL was built without it, ``pdftoppm`` (poppler-utils) when on the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess  # nosec B404 - pdftoppm only, fixed arguments
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...core.errors import Message

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
SCAN_SUFFIXES = IMAGE_SUFFIXES + (".pdf",)
PDF_DPI = 300                            # 0.085 mm per pixel: 6 px per QR module on A3


@dataclass
class ScanPage:
    label: str                           # file name, with "halaman n" for a PDF page
    image: np.ndarray | None
    problem: Message | None = None


def scan_files(folder: str | None, files=()) -> list:
    """Scan files of ``folder`` (not its sub-folders) and the ``files`` given, sorted, once each."""
    found = []
    if folder:
        found += [p for p in sorted(Path(folder).iterdir()) if p.is_file() and p.suffix.lower() in SCAN_SUFFIXES]
    found += [Path(f) for f in files if f]
    unique, seen = [], set()
    for path in found:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def read_scan(path: Path) -> list:
    """The pages of one file as ScanPages (a problem instead of an image when unreadable)."""
    suffix = path.suffix.lower()
    if suffix not in SCAN_SUFFIXES:
        return [ScanPage(path.name, None, Message("jenis berkas {suffix} tidak didukung; simpan foto/pindaian sebagai "
                                                  "JPEG, PNG, atau PDF.", suffix=suffix or "(tanpa akhiran)"))]
    if suffix == ".pdf":
        return _pdf_pages(path)
    import cv2

    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError as error:
        return [ScanPage(path.name, None, Message("berkas tidak dapat dibaca ({reason}).", reason=str(error)))]
    image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
    if image is None:
        return [ScanPage(path.name, None, Message("berkas bukan gambar JPEG/PNG yang dapat dibuka (rusak atau "
                                                  "terpotong?). Salin ulang dari ponsel/pemindai."))]
    return [ScanPage(path.name, image)]


def _pdf_pages(path: Path) -> list:
    from osgeo import gdal

    if gdal.GetDriverByName("PDF") is None:
        return _pdftoppm_pages(path)
    # exceptions for this reading only: the switch is global to QGIS' Python (other plugins)
    raised = gdal.GetUseExceptions()
    gdal.UseExceptions()
    previous = gdal.GetConfigOption("GDAL_PDF_DPI")
    gdal.SetConfigOption("GDAL_PDF_DPI", str(PDF_DPI))
    try:
        dataset = gdal.Open(str(path))
        names = [v for k, v in sorted((dataset.GetMetadata("SUBDATASETS") or {}).items(),
                                      key=lambda kv: _page_number(kv[0])) if k.endswith("_NAME")]
        pages = []
        for number, name in enumerate(names or [None], start=1):
            page = dataset if name is None else gdal.Open(name)
            pages.append(ScanPage(_pdf_label(path, number, len(names)), _bgr(page.ReadAsArray())))
        return pages
    except RuntimeError as error:
        return [ScanPage(path.name, None, Message("PDF tidak dapat dibuka ({reason}). Simpan ulang pindaian sebagai "
                                                  "PDF atau JPEG.", reason=str(error)))]
    finally:
        gdal.SetConfigOption("GDAL_PDF_DPI", previous)
        if not raised:
            gdal.DontUseExceptions()


def _page_number(key: str) -> int:
    digits = "".join(ch for ch in key.split("_")[1] if ch.isdigit()) if "_" in key else ""
    return int(digits or 0)


def _pdf_label(path: Path, number: int, count: int) -> str:
    return f"{path.name} (halaman {number})" if count > 1 else path.name


def _bgr(array) -> np.ndarray:
    """GDAL's band-first array (grey, RGB or RGBA) as an OpenCV BGR image."""
    if array.ndim == 2:
        array = np.stack([array] * 3)
    return np.ascontiguousarray(np.stack([array[2], array[1], array[0]], axis=-1)).astype(np.uint8)


def _pdftoppm_pages(path: Path) -> list:
    import cv2

    program = shutil.which("pdftoppm")
    if program is None:
        return [ScanPage(path.name, None, Message("PDF tidak dapat dibuka: GDAL tanpa pembaca PDF dan pdftoppm "
                                                  "(poppler-utils) tidak terpasang. Simpan pindaian sebagai JPEG/PNG."))]
    with tempfile.TemporaryDirectory(prefix="plpbk_pdf_") as folder:
        done = subprocess.run([program, "-r", str(PDF_DPI), "-png", str(path), os.path.join(folder, "p")],  # nosec B603
                              capture_output=True, text=True, timeout=600, check=False)
        images = sorted(Path(folder).glob("p*.png"), key=lambda p: int(p.stem.split("-")[-1] or 0))
        if done.returncode != 0 or not images:
            return [ScanPage(path.name, None, Message("PDF tidak dapat dibuka ({reason}).",
                                                      reason=done.stderr.strip()[:200] or done.returncode))]
        return [ScanPage(_pdf_label(path, n, len(images)), cv2.imread(str(p), cv2.IMREAD_COLOR))
                for n, p in enumerate(images, start=1)]
