"""Text columns to numbers, parsed once per distinct value (10⁶ rows hold few distinct texts).

The parsing itself is ``plpbk_qgis.core.values`` (shared with the imports): "2", "2 lantai",
"60 %" are read; "4-7", "10+" and other ambiguous text are reported, never guessed.
"""

from __future__ import annotations

import numpy as np


def parsers():
    """(parse_number, parse_floors) from core.values, imported when first needed."""
    from ..values import parse_floors, parse_number

    return parse_number, parse_floors


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def factorize(values):
    """(codes, uniques) with ``values[i] == uniques[codes[i]]``: each distinct value once, NULL
    and NaN as a final None. Hash-based: 10⁶ rows of a few distinct texts take milliseconds,
    where sorting the Python strings (``np.unique``) takes a second."""
    import pandas as pd

    raw = np.empty(len(values), dtype=object)
    raw[:] = values if isinstance(values, np.ndarray) else list(values)
    codes, found = pd.factorize(raw)
    uniques = np.empty(len(found) + 1, dtype=object)
    uniques[:-1] = list(found)
    uniques[-1] = None
    codes = np.where(codes < 0, len(found), codes)
    return codes, uniques


def parse_column(raw_values, parse):
    """Returns (value or NaN, unreadable mask (text given but not readable), raw text).

    Empty/NULL values are NaN and not unreadable: the caller reports them as missing."""
    codes, found = factorize(raw_values)
    uniques = np.array([_text(v) for v in found], dtype=object)
    keys = uniques[codes]
    if len(keys) == 0:
        return np.empty(0), np.empty(0, dtype=bool), keys
    values = np.full(len(uniques), np.nan)
    unreadable = np.zeros(len(uniques), dtype=bool)
    for k, text in enumerate(uniques):
        if text.strip() == "":
            continue
        parsed = parse(text)
        if not parsed.ok:
            unreadable[k] = True
        elif parsed.value is not None:      # ok without a value: an empty spelling such as "-"
            values[k] = float(parsed.value)
    return values[codes], unreadable[codes], keys
