"""``checkbuildingrules`` engine: existing buildings and their parcels against the zone rules.

Pure and vectorised; the Processing algorithm only reads layers into :class:`BuildingCheckInput`
and writes :class:`CheckResult` columns back. Per-rule logic lives in ``rule_checks``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

import numpy as np

from ..cityplan.rule_values import read_number
from . import rule_checks
from .columns import parse_column, parsers
from .geometry import clean_polygons, dissolve
from .measures import measures_from_pairs
from .overlays import overlay_blocks, zones_of
from .parallel import release_freed_memory
from .polygon_store import PolygonStore, as_store
from .rules import Reasons, finish_overall, status_categories
from .setbacks import RoadSearch, road_space
from .zone_rules import read_zone_rules
from .zoning import RULE_FIELDS


@dataclass
class BuildingCheckInput:
    buildings: object                      # polygon array or PolygonStore
    zones: np.ndarray
    zone_codes: list                       # kode_zona per zone
    zone_columns: dict                     # rule field -> raw values per zone (fields present)
    parcels: object = None                 # polygon array or PolygonStore; None: estimated
    floors: list | None = None             # raw values per building, None = not supplied
    heights: list | None = None
    uses: list | None = None
    roads: np.ndarray | None = None
    road_widths: list | None = None
    road_classes: list | None = None
    green: np.ndarray | None = None
    itbx: object = None                    # ItbxTable
    floor_height: float = 4.0
    min_zone_share: float = 80.0
    road_max_distance: float = 50.0
    zone_lot_rules: list | None = None     # ``aturan_kelas`` JSON per zone (importcityplan)
    rule_units: str = "auto"               # how KDB/KDH/KTB are written (core.rule_values)
    alternative: int = 0                   # 0: each parcel takes the alternative it meets


@dataclass
class CheckResult:
    parcels: dict                           # field -> array per parcel
    buildings: dict                         # field -> array per building
    parcel_geometries: np.ndarray | None = None   # only when estimated
    estimated: bool = False
    reason_counts: dict = field(default_factory=dict)
    #: (road index, raw text) of the road widths that could not be used (unreadable, implausible)
    unusable_road_widths: list = field(default_factory=list)


def _gather(values, index, fill=np.nan):
    """values[index] with ``fill`` where index is -1."""
    values = np.asarray(values)
    out = np.full(len(index), fill, dtype=values.dtype if fill is not np.nan else float)
    found = index >= 0
    if len(values):
        out[found] = values[index[found]]
    return out


def check_buildings(data: BuildingCheckInput, progress=None) -> CheckResult:
    step = progress or (lambda _fraction, _text="": None)
    parse_floors = parsers()[1]
    buildings = as_store(data.buildings)
    nb = len(buildings)
    estimated = data.parcels is None
    # widths arrive as text in real data ("6 m"): read once, for the plots and for GSB
    # an implausible width (1e12 m, -50 m) is no width: measured from the centreline, flagged
    widths, width_unreadable, width_raw = (parse_column(data.road_widths, partial(read_number, "lebar_m"))
                                           if data.road_widths is not None else (None, None, None))
    step(0.05, "persil")
    if estimated:
        from .tessellation import tessellate

        parcels = PolygonStore.from_geometries(
            tessellate(buildings.all(), roads=data.roads, road_widths=widths,
                       progress=lambda fraction: step(0.05 + 0.1 * fraction)))
        # an estimated plot is never "repaired" or "empty" input: it is made by the check
        parcels.repaired[:] = parcels.empty[:] = False
    else:
        parcels = as_store(data.parcels)
    np_ = len(parcels)

    floors = parse_column(data.floors, parse_floors) if data.floors is not None else None
    heights = (parse_column(data.heights, partial(read_number, "tinggi_m"))
               if data.heights is not None else None)
    zones, _, _ = clean_polygons(data.zones)
    rules = read_zone_rules(data.zone_columns, RULE_FIELDS, data.rule_units,
                                          data.zone_lot_rules)
    zone_codes = np.array(["" if c is None else str(c).strip() for c in data.zone_codes], dtype=object)
    green = None if data.green is None else dissolve(clean_polygons(data.green)[0])
    search = None
    if data.roads is not None:
        search = RoadSearch(road_space(data.roads, widths, data.road_classes), data.road_max_distance)
    step(0.15, "KDB/KLB/KDH, zona, GSB")
    overlays = overlay_blocks(buildings, parcels, zones, data.min_zone_share, green_pieces=green,
                              roads=search, own_plots=estimated,
                              progress=lambda fraction: step(0.15 + 0.6 * fraction))
    measures = measures_from_pairs(overlays.parcel_area, overlays.pairs, nb,
                                   None if floors is None else floors[0], overlays.green)
    p_zone = overlays.parcel_zone
    # buildings follow their parcel's zone; buildings without parcel get their own
    b_parcel = measures.building_parcel
    b_zone = _gather(p_zone.zone, b_parcel, fill=-1).astype(np.int64)
    b_share = _gather(p_zone.share, b_parcel)
    b_ambiguous = _gather(p_zone.ambiguous, b_parcel, fill=False).astype(bool)
    orphans = np.flatnonzero(b_parcel < 0)
    if len(orphans):
        b_zone[orphans], b_share[orphans], b_ambiguous[orphans] = zones_of(
            buildings, orphans, zones, data.min_zone_share)
    setbacks = None if search is None else search.setbacks(overlays.road, overlays.distance)
    b_repaired, b_empty = buildings.repaired, buildings.empty
    p_repaired, p_empty = parcels.repaired, parcels.empty
    parcel_geometries = parcels.all() if estimated else None
    del overlays, search, buildings, parcels
    # what GEOS and the stages above freed goes back to the system before the rule columns
    release_freed_memory()

    step(0.75, "aturan")
    b = rule_checks.ZoneContext(zone=b_zone, share=b_share, ambiguous=b_ambiguous,
                                codes=zone_codes, rules=rules)
    p = rule_checks.ZoneContext(zone=p_zone.zone, share=p_zone.share, ambiguous=p_zone.ambiguous,
                                codes=zone_codes, rules=rules)
    b_reasons, p_reasons = Reasons(nb), Reasons(np_)
    given = {"floors_given": floors is not None, "green_given": data.green is not None,
             "alternative": data.alternative}
    p_out = rule_checks.parcel_intensity(p, p_reasons, measures, **given)
    # a building's tata-bangunan rules follow its parcel's lot class and alternative
    b_area = _gather(measures.area, b_parcel)
    b_alternative = np.nan_to_num(_gather(p_out["alternatif"], b_parcel)).astype(np.int64)
    b_alternative[b_alternative == 0] = data.alternative
    width_problem = None
    if setbacks is not None and width_unreadable is not None and width_unreadable.any():
        # the nearest road's width was written but cannot be true: the building says which value
        nearest = np.where(setbacks.road >= 0, setbacks.road, 0)
        width_problem = ((setbacks.road >= 0) & width_unreadable[nearest], width_raw[nearest])
    b_out = rule_checks.building_rules(b, b_reasons, floors=floors, heights=heights,
                                       road_width_problem=width_problem,
                                       setbacks=setbacks, floor_height=data.floor_height,
                                       uses=data.uses, itbx=data.itbx, area=b_area,
                                       alternative=b_alternative)
    rule_checks.building_intensity(b, b_out, b_reasons, p_out, b_parcel, measures.area, **given)
    rule_checks.parcel_from_buildings(p_out, p_reasons, b_out, measures.pairs)
    if estimated:
        p_reasons.add(np.ones(np_, dtype=bool), "PERSIL_ESTIMASI")
    for out, reasons, repaired, empty in ((b_out, b_reasons, b_repaired, b_empty),
                                          (p_out, p_reasons, p_repaired, p_empty)):
        status = finish_overall(out, reasons, repaired, empty)
        out["persil_estimasi"] = np.full(len(status), estimated)
    for out in (b_out, p_out):
        for key in [k for k in out if k.startswith("status")]:
            out[key] = status_categories(out[key])
    counts = {"bangunan": dict(b_reasons.codes), "persil": dict(p_reasons.codes)}
    del b_reasons, p_reasons, b, p, measures, setbacks
    release_freed_memory()
    step(1.0, "selesai")
    unusable = ([] if width_unreadable is None else
                [(int(i), str(width_raw[i])) for i in np.flatnonzero(width_unreadable)])
    return CheckResult(parcels=p_out, buildings=b_out,
                       parcel_geometries=parcel_geometries,
                       estimated=estimated, reason_counts=counts, unusable_road_widths=unusable)
