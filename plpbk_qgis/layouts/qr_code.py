"""QR codes as small vector SVG files (reportlab's pure-Python QR encoder, no extra package).

Vector rather than PNG: the code stays sharp at any print size and the PDF stays small.
"""

from __future__ import annotations

from pathlib import Path

from ..core.publicreview.sheet_markers import QR_QUIET_MODULES


def qr_matrix(text: str) -> list:
    """Rows of booleans (True = dark module), error correction level M.

    One fixed mask pattern instead of trying all eight (any mask is valid QR; the search cost
    10 ms per code, a tenth of a page's rendering time)."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    size = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(size)] for row in range(size)]


def qr_svg(text: str, quiet: int = QR_QUIET_MODULES) -> str:
    """SVG document of the QR code; dark runs of a row are merged into one rectangle."""
    matrix = qr_matrix(text)
    size = len(matrix) + 2 * quiet
    rects = []
    for row, line in enumerate(matrix):
        col = 0
        while col < len(line):
            if line[col]:
                start = col
                while col < len(line) and line[col]:
                    col += 1
                rects.append(f'<rect x="{start + quiet}" y="{row + quiet}" '
                             f'width="{col - start}" height="1"/>')
            else:
                col += 1
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
            f'width="{size * 4}" height="{size * 4}" shape-rendering="crispEdges">'
            f'<rect width="{size}" height="{size}" fill="#ffffff"/><g fill="#000000">'
            + "".join(rects) + "</g></svg>\n")


def write_qr_svg(text: str, path) -> Path:
    path = Path(path)
    path.write_text(qr_svg(text), encoding="utf-8")
    return path
