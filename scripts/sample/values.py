"""Drawing realistic Indonesian survey values (with realistic gaps) for the sample.

Codes come from resources/catalog.yaml (read through plpbk_qgis.core.survey.catalog); ``check_codes``
fails loudly if the generator draws a code the catalog does not know.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

SURVEYORS = {  # one field team per RW, as in a real PLPBK survey (names are invented)
    "01": ("Siti Aminah", "Rudi Hartono"),
    "02": ("Dewi Lestari", "Agus Setiawan"),
    "03": ("Nur Hasanah", "Bambang Sutrisno"),
    "04": ("Yuliani", "Hendra Wijaya"),
    "05": ("Sri Wahyuni", "Joko Prasetyo"),
}
SURVEY_START = {"01": dt.date(2024, 7, 8), "02": dt.date(2024, 7, 15), "03": dt.date(2024, 7, 22),
                "04": dt.date(2024, 7, 29), "05": dt.date(2024, 8, 5)}


def pick(rng, shares: dict, null_share: float = 0.0):
    """One code drawn with the given shares; None with probability ``null_share`` (survey gap)."""
    if null_share and rng.random() < null_share:
        return None
    codes = list(shares)
    weights = np.asarray([shares[c] for c in codes], dtype=float)
    return codes[int(rng.choice(len(codes), p=weights / weights.sum()))]


def maybe(rng, value, null_share: float):
    return None if rng.random() < null_share else value


def survey_meta(rng, no_rw, pokja: str, note_choices=(), note_share: float = 0.0) -> dict:
    """Common catalog fields: survey date within the RW's survey week, pokja, surveyor, note."""
    key = no_rw if no_rw in SURVEYORS else "01"
    date = SURVEY_START[key] + dt.timedelta(days=int(rng.integers(0, 6)))
    note = None
    if note_choices and rng.random() < note_share:
        note = note_choices[int(rng.integers(len(note_choices)))]
    return {"tgl_survei": date.isoformat(), "pokja": pokja,
            "surveyor": maybe(rng, SURVEYORS[key][int(rng.integers(2))], 0.04), "catatan": note}


def check_codes(layers: dict, catalog) -> list:
    """Problems: values outside the catalog's value list, per layer and field."""
    problems = []
    for name, layer in layers.items():
        if name not in catalog.layer_names:
            continue
        cat_layer = catalog.layer(name)
        for fld in cat_layer.all_fields:
            if not fld.values:
                continue
            allowed = set(catalog.value_list(fld.values).codes)
            bad = {row.get(fld.name) for row in layer.rows} - allowed - {None}
            if bad:
                problems.append(f"{name}.{fld.name}: {sorted(bad)}")
    return problems
