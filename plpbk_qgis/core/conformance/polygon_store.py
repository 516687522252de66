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
    def __init__(self, bounds, repaired, empty, geometries=None, wkb=None, fixed=None):
        self.bounds = bounds          # (n, 4) envelopes, NaN where empty
        self.repaired = repaired      # repaired by make_valid (reason GEOMETRI_DIPERBAIKI)
        self.empty = empty            # missing, empty or not polygonal (GEOMETRI_KOSONG)
        self._geometries = geometries
        self._wkb = wkb
        self._fixed = fixed or {}     # row -> repaired polygon (WKB stores)

    def __len__(self):
        return len(self.bounds)

    @classmethod
    def from_geometries(cls, geometries) -> PolygonStore:
        geoms, repaired, empty = clean_polygons(geometries)
        return cls(shapely.bounds(geoms).reshape(-1, 4), repaired, empty, geometries=geoms)

    @classmethod
    def from_wkb(cls, wkb) -> PolygonStore:
        """``wkb``: a numpy array of WKB bytes (None where missing) or a pyarrow binary
        (chunked) array. Decoded and checked a chunk at a time, then let go."""
        n = len(wkb)
        bounds = np.empty((n, 4))
        repaired = np.zeros(n, dtype=bool)
        empty = np.zeros(n, dtype=bool)
        fixed = {}

        def check(lo):
            hi = min(n, lo + MAX_CHUNK)
            geoms, rep, emp = clean_polygons(shapely.from_wkb(_wkb_rows(wkb, slice(lo, hi))))
            return lo, hi, shapely.bounds(geoms).reshape(-1, 4), rep, emp, {
                lo + int(k): geoms[k] for k in np.flatnonzero(rep)}

        # chunks on both cores: decoding holds the GIL, the validity test does not, so one
        # worker decodes while the other tests
        for lo, hi, box, rep, emp, mended in map_blocks(check, range(0, n, MAX_CHUNK)):
            bounds[lo:hi], repaired[lo:hi], empty[lo:hi] = box, rep, emp
            fixed.update(mended)
        return cls(bounds, repaired, empty, wkb=wkb, fixed=fixed)

    def take(self, rows) -> np.ndarray:
        """Clean polygons of ``rows`` (None where empty)."""
        rows = np.asarray(rows, dtype=np.int64)
        if self._geometries is not None:
            return self._geometries[rows]
        geoms = shapely.from_wkb(_wkb_rows(self._wkb, rows))
        geoms[self.empty[rows]] = None
        if self._fixed:
            for position in np.flatnonzero(self.repaired[rows]):
                geoms[position] = self._fixed[int(rows[position])]
        return geoms

    def all(self) -> np.ndarray:
        return self.take(np.arange(len(self)))


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
