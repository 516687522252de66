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


def _texts(raw_values) -> np.ndarray:
    """``_text`` of every value; a column of text and NULLs (the usual case) without a Python
    call per value."""
    raw = np.empty(len(raw_values), dtype=object)
    raw[:] = list(raw_values) if not isinstance(raw_values, np.ndarray) else raw_values
    if len(raw):
        import pandas as pd

        if pd.api.types.infer_dtype(raw, skipna=True) in ("string", "empty"):
            missing = pd.isna(raw)
            raw[missing] = ""
            return raw
    return np.array([_text(v) for v in raw], dtype=object)


def parse_column(raw_values, parse):
    """Returns (value or NaN, unreadable mask (text given but not readable), raw text).

    Empty/NULL values are NaN and not unreadable: the caller reports them as missing."""
    keys = _texts(raw_values)
    if len(keys) == 0:
        return np.empty(0), np.empty(0, dtype=bool), keys
    uniques, inverse = np.unique(keys, return_inverse=True)
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
    return values[inverse], unreadable[inverse], keys
