"""Which city-plan zone governs a feature: the zone holding the largest share of its area.

When that share is below ``min_share`` (percent) the zone is ambiguous and every zone-dependent
rule of the feature becomes PERLU_CEK (reason ZONA_GANDA); outside every zone: DI_LUAR_ZONA.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .columns import parse_column
from .geometry import dominant, overlap_areas

# Rule columns of the normalised city-plan layer (CONTRACTS.md) read as numbers.
RULE_FIELDS = ("kdb_maks", "klb_maks", "kdh_min", "gsb_min", "tinggi_maks", "lantai_maks",
               "gsb_min_arteri", "gsb_min_kolektor", "gsb_min_lokal",
               "tinggi_maks_arteri", "tinggi_maks_kolektor", "tinggi_maks_lokal",
               "lantai_maks_arteri", "lantai_maks_kolektor", "lantai_maks_lokal")


@dataclass
class ZoneAssignment:
    zone: np.ndarray      # index into the zone layer, -1 outside every zone
    share: np.ndarray     # percent of the feature's area in that zone
    ambiguous: np.ndarray  # share below the minimum
    outside: np.ndarray
    pairs: tuple          # (feature index, zone index, overlap area); empty from overlay_blocks


def assign_zones(features, zones, min_share: float = 80.0, tree=None, zones_core=None) -> ZoneAssignment:
    """``tree``/``zones_core``: see ``overlap_areas`` (for many calls against the same zones)."""
    features = np.asarray(features, dtype=object)
    n = len(features)
    fi, zj, area = overlap_areas(features, zones, tree=tree, large_core=zones_core)
    zone, zone_area = dominant(fi, zj, area, n)
    own = shapely.area(features)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(own > 0, zone_area / own * 100.0, 0.0)
    share = np.minimum(np.nan_to_num(share), 100.0)
    outside = zone < 0
    # same rounding as the written share, so "79.996 %" shown as 80.00 is not called ambiguous
    ambiguous = ~outside & (np.round(share, 2) < min_share)
    return ZoneAssignment(zone=zone, share=share, ambiguous=ambiguous, outside=outside,
                          pairs=(fi, zj, area))


def zone_rules(columns: dict, parse) -> dict:
    """``columns``: field name -> raw values per zone (only the fields the layer has).
    Returns name -> (values, unreadable, raw) for each rule field present."""
    return {name: parse_column(columns[name], parse) for name in RULE_FIELDS
            if name in columns}


def by_class(rules: dict, base: str, road_class) -> tuple[np.ndarray, np.ndarray]:
    """Allowed value per feature: the road-class column (``base_arteri`` …) where the zone has
    one for the feature's road class, else the general ``base`` column.

    ``rules`` here are already gathered per feature (arrays aligned with ``road_class``).
    Returns (allowed values, unreadable mask)."""
    n = len(road_class) if road_class is not None else len(next(iter(rules.values()))[0])
    if base in rules:
        value, unreadable = rules[base][0].copy(), rules[base][1].copy()
    else:
        value, unreadable = np.full(n, np.nan), np.zeros(n, dtype=bool)
    if road_class is None:
        return value, unreadable
    for cls in ("arteri", "kolektor", "lokal"):
        key = f"{base}_{cls}"
        if key not in rules:
            continue
        cls_value, cls_bad = rules[key][0], rules[key][1]
        use = (road_class == cls) & (~np.isnan(cls_value) | cls_bad)
        value[use] = cls_value[use]
        unreadable[use] = cls_bad[use]
    return value, unreadable
