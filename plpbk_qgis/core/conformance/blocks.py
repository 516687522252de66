"""Spatial blocks: groups of features that lie together, so big layers are worked a block at a
time (only one block's geometries decoded, one block's road pieces cut) instead of all at once."""

from __future__ import annotations

import numpy as np


def spatial_blocks(bounds, size):
    """Row groups of about ``size`` envelopes (rows of ``bounds``: xmin, ymin, xmax, ymax) that
    lie together: strips of equal count by envelope centre x, each cut by y. Rows whose
    envelope is NaN (missing geometry) are left out. Returns a list of row arrays."""
    bounds = np.asarray(bounds, dtype=float).reshape(-1, 4)
    rows = np.flatnonzero(~np.isnan(bounds).any(axis=1))
    n = len(rows)
    if not n:
        return []
    x = bounds[rows, 0] + bounds[rows, 2]
    y = bounds[rows, 1] + bounds[rows, 3]
    count = max(1, -(-n // size))
    strips = max(1, int(np.ceil(np.sqrt(count))))
    strip = np.empty(n, dtype=np.int64)
    strip[np.argsort(x, kind="stable")] = np.arange(n) * strips // n
    order = np.lexsort((y, strip))
    cuts = np.flatnonzero(np.diff(strip[order])) + 1
    blocks = []
    for group in np.split(order, cuts):
        blocks.extend(np.array_split(group, max(1, -(-len(group) // size))))
    return [rows[group] for group in blocks if len(group)]


def envelope(bounds) -> tuple:
    """The envelope (xmin, ymin, xmax, ymax) of rows of ``bounds``."""
    return (float(np.min(bounds[:, 0])), float(np.min(bounds[:, 1])),
            float(np.max(bounds[:, 2])), float(np.max(bounds[:, 3])))


def meeting(bounds, window) -> np.ndarray:
    """Rows of ``bounds`` whose envelope meets ``window`` (NaN envelopes never do)."""
    return np.flatnonzero((bounds[:, 0] <= window[2]) & (bounds[:, 2] >= window[0])
                          & (bounds[:, 1] <= window[3]) & (bounds[:, 3] >= window[1]))
