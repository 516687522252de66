"""The polygons of a big layer, cleaned once and decoded a block at a time.

10⁶ decoded polygons hold about 0.7 GB (a Python object and several GEOS objects each); their
WKB, as read from the file, a fifth of that. A store built from WKB keeps only the WKB, every
envelope, the validity flags and the few polygons ``make_valid`` repaired; ``take`` decodes
the rows a block needs. A store built from shapely geometries just keeps them.
"""

from __future__ import annotations

import numpy as np
import shapely

from .geometry import clean_polygons
from .parallel import MAX_CHUNK, map_blocks


class PolygonStore:
    def __init__(self, bounds, repaired, empty, geometries=None, wkb=None, fixed=None, checked=None):
        self.bounds = bounds          # (n, 4) envelopes, NaN where empty
        self._repaired = repaired     # repaired by make_valid (reason GEOMETRI_DIPERBAIKI)
        self._empty = empty           # missing, empty or not polygonal (GEOMETRI_KOSONG)
        self._geometries = geometries
        self._wkb = wkb
        self._fixed = fixed or {}     # row -> repaired polygon (WKB stores)
        # rows whose validity is known; with envelopes given up front (``from_wkb``) each row
        # is checked when a block first decodes it, so nothing is decoded twice for that
        self._checked = checked

    def __len__(self):
        return len(self.bounds)

    @property
    def repaired(self) -> np.ndarray:
        self.finish()
        return self._repaired

    @property
    def empty(self) -> np.ndarray:
        self.finish()
        return self._empty

    @classmethod
    def from_geometries(cls, geometries) -> PolygonStore:
        geoms, repaired, empty = clean_polygons(geometries)
        return cls(shapely.bounds(geoms).reshape(-1, 4), repaired, empty, geometries=geoms)

    @classmethod
    def from_wkb(cls, wkb, bounds=None) -> PolygonStore:
        """``wkb``: a numpy array of WKB bytes (None where missing) or a pyarrow binary array.
        ``bounds``: the envelopes when the file had them (a GeoPackage keeps one per
        geometry), else every polygon is decoded here once for its envelope and checked then."""
        n = len(wkb)
        if bounds is not None:
            return cls(np.asarray(bounds, dtype=float).reshape(-1, 4), np.zeros(n, dtype=bool),
                       np.zeros(n, dtype=bool), wkb=wkb, checked=np.zeros(n, dtype=bool))
        bounds = np.empty((n, 4))
        repaired = np.zeros(n, dtype=bool)
        empty = np.zeros(n, dtype=bool)
        fixed = {}

        def check(lo):
            hi = min(n, lo + MAX_CHUNK)
            geoms, rep, emp = clean_polygons(_decode(_wkb_rows(wkb, slice(lo, hi))))
            return lo, hi, shapely.bounds(geoms).reshape(-1, 4), rep, emp, {
                lo + int(k): geoms[k] for k in np.flatnonzero(rep)}

        # chunks on both cores: decoding holds the GIL, the validity test does not, so one
        # worker decodes while the other tests
        for lo, hi, box, rep, emp, mended in map_blocks(check, range(0, n, MAX_CHUNK)):
            bounds[lo:hi], repaired[lo:hi], empty[lo:hi] = box, rep, emp
            fixed.update(mended)
        return cls(bounds, repaired, empty, wkb=wkb, fixed=fixed)

    def take(self, rows) -> np.ndarray:
        """Clean polygons of ``rows`` (None where empty). Block workers may call this at the
        same time: rows checked by two of them get the same answer twice."""
        rows = np.asarray(rows, dtype=np.int64)
        if self._geometries is not None:
            return self._geometries[rows]
        geoms = _decode(_wkb_rows(self._wkb, rows))
        if self._checked is not None:
            new = np.flatnonzero(~self._checked[rows])
            if len(new):
                cleaned, rep, emp = clean_polygons(geoms[new])
                self._fixed.update((int(rows[k]), g) for k, g in zip(new[rep], cleaned[rep]))
                self._repaired[rows[new]], self._empty[rows[new]] = rep, emp
                self._checked[rows[new]] = True
        geoms[self._empty[rows]] = None
        if self._fixed:
            for position in np.flatnonzero(self._repaired[rows]):
                geoms[position] = self._fixed[int(rows[position])]
        return geoms

    def finish(self) -> None:
        """Check the rows no block has decoded (features far from every block, empty ones)."""
        if self._checked is None or self._checked.all():
            return
        rest = np.flatnonzero(~self._checked)
        for lo in range(0, len(rest), MAX_CHUNK):
            self.take(rest[lo:lo + MAX_CHUNK])

    def all(self) -> np.ndarray:
        return self.take(np.arange(len(self)))


def _decode(wkb):
    """Shapely geometries of WKB values; a value GEOS cannot read becomes None (reported as
    an empty geometry), as the generic QGIS reader does."""
    return shapely.from_wkb(wkb, on_invalid="ignore")


def _wkb_rows(wkb, rows):
    """WKB values of ``rows`` (a slice or an index array) as a numpy object array."""
    if isinstance(wkb, np.ndarray):
        return wkb[rows]
    if isinstance(rows, slice):
        part = wkb.slice(rows.start, rows.stop - rows.start)
    else:
        # only reached with Arrow input, where pyarrow is present
        import pyarrow as pa

        part = wkb.take(pa.array(rows, type=pa.int64()))
    return part.to_numpy(zero_copy_only=False)


def as_store(polygons) -> PolygonStore:
    return polygons if isinstance(polygons, PolygonStore) else PolygonStore.from_geometries(polygons)
