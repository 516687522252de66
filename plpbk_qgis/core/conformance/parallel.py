"""Run a vectorised shapely call over chunks on every core.

shapely 2 releases the GIL inside its array functions, so plain threads share the work
without copying geometries between processes (the 4 GB budget at 10⁶ features matters).
Small inputs run in the calling thread: splitting costs more than it saves.
"""

from __future__ import annotations

import ctypes
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

MIN_CHUNK = 20_000
MAX_CHUNK = 100_000   # rows per task: bounds what one task holds (prepared indexes) at once


def workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _bounds(n: int, count: int, key) -> np.ndarray:
    bounds = np.linspace(0, n, count + 1).astype(np.int64)
    if key is not None:
        # move each cut to the start of a key run, so one key (one prepared geometry, whose
        # lazily built indexes GEOS does not guard) is only ever used by one thread
        cuts = np.searchsorted(key, key[np.minimum(bounds[1:-1], n - 1)], side="left")
        bounds[1:-1] = cuts
    return np.unique(bounds)


def chunked(function, *arrays, key=None):
    """``function(*[a[chunk] for a in arrays])`` over the rows of ``arrays`` split across the
    cores; ``key`` (sorted, optional) keeps rows of equal key in one chunk. The results
    (arrays, or tuples of arrays) are concatenated in order."""
    n = len(arrays[0])
    threads = min(workers(), max(1, n // MIN_CHUNK))
    count = max(threads, -(-n // MAX_CHUNK))
    if count <= 1:
        return function(*arrays)
    bounds = _bounds(n, count, key)
    parts = [tuple(a[lo:hi] for a in arrays) for lo, hi in zip(bounds[:-1], bounds[1:])]
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda args: function(*args), parts))
    if isinstance(results[0], tuple):
        return tuple(np.concatenate(column) for column in zip(*results))
    return np.concatenate(results)


def release_freed_memory() -> None:
    """Hand memory freed by GEOS back to the system (glibc keeps it per thread arena
    otherwise, and the next stages then start from a higher resident size)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
