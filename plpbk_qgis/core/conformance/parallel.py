"""Run a vectorised shapely call over chunks on every core.

shapely 2 releases the GIL inside its array functions, so plain threads share the work
without copying geometries between processes (the 4 GB budget at 10⁶ features matters).
Small inputs run in the calling thread: splitting costs more than it saves.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np

MIN_CHUNK = 20_000
MAX_CHUNK = 100_000   # rows per task: bounds what one task holds (prepared indexes) at once
_local = threading.local()   # .serial: this thread already is one of several block workers


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
    threads = 1 if getattr(_local, "serial", False) else min(workers(), max(1, n // MIN_CHUNK))
    count = max(threads, -(-n // MAX_CHUNK))
    if count <= 1:
        return function(*arrays)
    bounds = _bounds(n, count, key)
    parts = [tuple(a[lo:hi] for a in arrays) for lo, hi in zip(bounds[:-1], bounds[1:])]
    if threads == 1:
        results = [function(*args) for args in parts]
    else:
        with ThreadPoolExecutor(threads) as pool:
            results = list(pool.map(lambda args: function(*args), parts))
    if isinstance(results[0], tuple):
        return tuple(np.concatenate(column) for column in zip(*results))
    return np.concatenate(results)


def map_blocks(function, items):
    """``function(item)`` for each item, yielded in order, the items worked on by one thread
    per core at a time. Whole blocks in parallel keep both cores busy through the parts that
    hold the GIL (decoding WKB, numpy bookkeeping), which splitting each shapely call cannot.
    Inside a block ``chunked`` runs serially. At most two items per core are in flight, so
    memory holds two blocks per core, not all; an exception (a cancel) stops the rest."""
    threads = workers()
    if threads <= 1 or len(items) <= 1:
        yield from map(function, items)
        return

    def run(item):
        _local.serial = True
        try:
            return function(item)
        finally:
            _local.serial = False

    pending = deque()
    pool = ThreadPoolExecutor(threads)
    try:
        for item in items:
            pending.append(pool.submit(run, item))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)


def release_freed_memory() -> None:
    """Hand memory freed by GEOS back to the system (glibc keeps it per thread arena
    otherwise, and the next stages then start from a higher resident size)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
