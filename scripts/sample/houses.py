"""House footprints on ordinary lots: near-rectangles aligned with the gang the lot fronts.

Why: real kampung footprints (Petogogan, OSM Jakarta) are mostly 4-sided, built flush on the gang
(GSB 0) or a terrace back, fill the lot to the rear or leave a small back yard, share side walls
with the neighbours, and a deep lot often carries a second house behind the first (kontrakan).
The footprint is built as a rectangle in the lot's frontage frame and clipped to the lot, so its
sides follow the lot lines.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import Polygon

from .frontage import WIDE_CLASSES, Frame

MIN_HOUSE_M2 = 12.0
RECTANGULAR = 0.9     # footprint area / its minimum rotated rectangle: below this, shorten the house


def _lot_frame(lot: Polygon) -> Frame:
    """Back lots have no frontage: use the lot's minimum rotated rectangle, u along its short side."""
    xy = np.asarray(lot.minimum_rotated_rectangle.exterior.coords)[:3]
    e1, e2 = xy[1] - xy[0], xy[2] - xy[1]
    if np.linalg.norm(e1) > np.linalg.norm(e2):
        origin, u = xy[1], e2 / np.linalg.norm(e2)
    else:
        origin, u = xy[0], e1 / np.linalg.norm(e1)
    n = np.array([-u[1], u[0]])
    frame = Frame(origin.astype(float), u, n)
    if frame.to_local(np.asarray(lot.exterior.coords))[:, 1].mean() < 0:
        frame.n = -n
    return frame


def _setback(rng, fronts: str | None, back_lot: bool) -> float:
    """Distance of the house front from the road edge (m)."""
    if back_lot:
        return float(rng.uniform(0.0, 1.0))
    if fronts in WIDE_CLASSES:  # terrace / parking in front of shops and houses on wider roads
        return 0.0 if rng.random() < 0.5 else float(rng.uniform(1.0, 4.0))
    return 0.0 if rng.random() < 0.7 else float(rng.uniform(0.4, 2.0))  # GSB 0 to the gang is the rule


def _pieces(rng, a0, a1, b0, b1) -> list:
    """The house rectangle, sometimes split into two/three houses side by side or front/back."""
    width, depth = a1 - a0, b1 - b0
    if width > 14.0 and rng.random() < 0.25:
        count = 3 if width > 16 else 2
        edges = a0 + width * (np.arange(count + 1) + np.r_[0, rng.uniform(-0.12, 0.12, count - 1), 0]) / count
        gap = float(rng.choice([0.0, 0.0, 0.0, 0.8]))
        return [(lo + (gap / 2 if k else 0), hi - (gap / 2 if k < count - 1 else 0), b0, b1)
                for k, (lo, hi) in enumerate(zip(edges[:-1], edges[1:]))]
    if depth > 19.0 and rng.random() < 0.1:
        cut = b0 + depth * float(rng.uniform(0.45, 0.6))
        gap = float(rng.choice([0.0, 0.0, 1.0, 1.5]))
        return [(a0, a1, b0, cut), (a0, a1, cut + gap, b1)]
    return [(a0, a1, b0, b1)]


def house_footprints(rng, lot: Polygon, frame: Frame | None, fronts: str | None, fill: float) -> list:
    """Footprints on one house lot. ``fill`` (0..1) raises the chance of filling the lot to the rear
    (dense priority area)."""
    back_lot = frame is None
    frame = frame or _lot_frame(lot)
    local = frame.to_local(np.asarray(lot.exterior.coords))
    a0, a1 = local[:, 0].min(), local[:, 0].max()
    rear = local[:, 1].max()
    if back_lot:  # no frontage: a house in the middle of the odd-shaped lot, yard around it
        a0, a1, rear = a0 + 0.15 * (a1 - a0), a1 - 0.15 * (a1 - a0), 0.85 * rear
    # front line fully inside the lot even where the gang edge bows (the frame origin is on the edge)
    front_in = float(np.clip(local[:, 1][local[:, 1] < 1.5].max(initial=0.0), 0.0, 1.0))
    b0 = front_in + _setback(rng, fronts, back_lot)
    if rng.random() < 0.7 + 0.25 * fill:
        b1 = rear + 1.0                                         # built to the rear lot line
    else:
        b1 = b0 + max(6.0, (rear - b0) * float(rng.uniform(0.65, 0.9)))   # small back yard
    side_gap = 0.0 if rng.random() < 0.65 else float(rng.uniform(0.2, 0.6))
    base = lot.buffer(-side_gap, join_style="mitre") if side_gap else lot
    out = []
    for lo, hi, front, back in _pieces(rng, a0, a1, b0, b1):
        # outer sides reach past the lot so that the lot lines trim them
        lo, hi = (lo - 1.0 if lo == a0 else lo), (hi + 1.0 if hi == a1 else hi)
        house = _clipped(frame, (lo, hi, front, back), base)
        if house is not None:
            out.append(house)
    return out


def _intersection(a, b):
    """GEOS can fail on the near-degenerate lots some seeds make (non-noded intersection);
    then intersect on a 1 cm grid. The shipped sample never takes this path, so it is unchanged."""
    try:
        return shapely.intersection(a, b)
    except shapely.errors.GEOSException:
        return shapely.intersection(a, shapely.make_valid(b), grid_size=0.01)


def _clipped(frame: Frame, piece, base: Polygon):
    """Rectangle clipped to the lot. Where a lot line is oblique (rear on the medial axis of the
    block, corner lots) the rectangle is pulled back from that side until the house is nearly
    rectangular again: houses are built rectangular, the odd-shaped rest stays yard."""
    lo, hi, front, back = piece
    best = None
    for _ in range(16):
        shape = _intersection(frame.rectangle(lo, hi, front, back), base).simplify(0.2)
        parts = [g for g in shapely.get_parts(shape) if g.geom_type == "Polygon" and g.area > MIN_HOUSE_M2]
        if not parts:
            return best
        best = max(parts, key=lambda g: g.area)
        missing = shapely.difference(best.minimum_rotated_rectangle, best)
        if best.area >= RECTANGULAR * (best.area + missing.area) or missing.is_empty:
            return best
        a, b = frame.to_local(shapely.get_coordinates(missing.centroid))[0]
        local = frame.to_local(shapely.get_coordinates(best))
        left, right, rear = local[:, 0].min(), local[:, 0].max(), local[:, 1].max()
        if b > front + 0.6 * (rear - front) and rear - front > 7.0:
            back = rear - 1.0
        elif a < (left + right) / 2 and right - left > 5.0:
            lo = left + 0.7
        elif right - left > 5.0:
            hi = right - 0.7
        else:
            return best
    return best
