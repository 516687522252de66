"""Coordinate reference systems for Indonesian planning data (pure, no QGIS).

Decides whether a layer's coordinates are in metres and fit what its CRS declares.
"""

from __future__ import annotations

import math

from .errors import Message

# Plausible projected coordinates for Indonesia (UTM / TM-3, any false origin in use).
MAX_PROJECTED_ABS = 20_000_000.0


def extent_problem(extent, is_geographic: bool, has_crs: bool = True, degrees_ok: bool = False) -> str | None:
    """Return a short Indonesian diagnosis when the extent does not fit the declared CRS.

    ``extent`` is (xmin, ymin, xmax, ymax). Returns None when it looks right. ``degrees_ok``:
    the caller reprojects, so a geographic CRS holding degrees is fine (metres declared as
    degrees never are).
    """
    if not has_crs:
        return Message("tidak memiliki sistem koordinat (CRS). Tetapkan CRS yang benar lewat "
                       "Properti Lapisan > Sumber (mis. EPSG:23834 TM-3 zona 48.2 atau UTM SRGI2013).")
    xmin, ymin, xmax, ymax = extent
    if not all(math.isfinite(v) for v in extent) or xmin > xmax or ymin > ymax:
        # QGIS gives an inverted "null" extent when no feature has a geometry
        return Message("tidak memiliki geometri yang terisi (semua fitur kosong atau tanpa geometri). "
                       "Gambar ulang geometrinya atau pilih lapisan lain.")
    looks_like_degrees = -180.0 <= xmin <= xmax <= 180.0 and -90.0 <= ymin <= ymax <= 90.0
    if is_geographic:
        if not looks_like_degrees:
            return Message("dinyatakan dalam derajat (CRS geografis) tetapi koordinatnya bernilai meter "
                           "(mis. x={x}). CRS lapisan kemungkinan salah: tetapkan CRS metrik "
                           "aslinya (TM-3 atau UTM), jangan memproyeksikan ulang.", x=f"{xmin:.0f}")
        if degrees_ok:
            return None
        return Message("memakai derajat (CRS geografis), padahal perhitungan luas dan jarak butuh meter. "
                "Proyeksikan ulang ke CRS metrik (TM-3 BPN atau UTM SRGI2013), misalnya dengan "
                "algoritma 'Reproject layer'.")
    width = max(xmax - xmin, ymax - ymin)
    if looks_like_degrees and width < 5.0 and (abs(xmin) > 90 or abs(ymin) < 12):
        # Indonesian longitudes are 95..141 and latitudes -11..6: a metric CRS holding such
        # small numbers almost certainly holds degrees.
        return Message("dinyatakan dalam meter tetapi koordinatnya tampak dalam derajat "
                       "(x={x}, y={y}). Tetapkan CRS geografis aslinya (EPSG:4326 atau "
                       "EPSG:9470), lalu proyeksikan ulang ke CRS metrik.", x=f"{xmin:.4f}", y=f"{ymin:.4f}")
    if max(abs(xmin), abs(xmax), abs(ymin), abs(ymax)) > MAX_PROJECTED_ABS:
        return Message("memiliki koordinat di luar jangkauan CRS yang dinyatakan; periksa CRS lapisan.")
    return None


def looks_like_degrees(extent) -> bool:
    xmin, ymin, xmax, ymax = extent
    return -180.0 <= xmin <= xmax <= 180.0 and -90.0 <= ymin <= ymax <= 90.0


def import_problem(extent, is_geographic: bool, has_crs: bool = True) -> str | None:
    """Like :func:`extent_problem` for inputs that will be reprojected: a layer correctly in
    degrees is fine; no CRS or coordinates that do not fit the declared CRS are not."""
    if has_crs and is_geographic and looks_like_degrees(extent):
        return None
    return extent_problem(extent, is_geographic, has_crs)
