"""Which city-plan zone governs a feature: the zone holding the largest share of its area.

When that share is below ``min_share`` (percent) the zone is ambiguous and every zone-dependent
rule of the feature becomes PERLU_CEK (reason ZONA_GANDA); outside every zone: DI_LUAR_ZONA.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import dominant, overlap_areas

# Rule columns of the normalised city-plan layer that the checks read.
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
