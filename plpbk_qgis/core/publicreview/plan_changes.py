"""The plan before and after the uji publik (U2): blocks added, removed and changed, each tied
to the residents' comments that concern it (pure).

Blocks are matched by their code. A block is changed when an attribute differs (numbers
compared as numbers: 60 and "60.0" are the same) or its outline moved by more than
``tolerance_m2`` (area of the symmetric difference). A comment concerns a block when it names
it in ``blok_terkait`` or its point lies in the block (draft or final outline).
"""

from __future__ import annotations

import re

import shapely

from ..values import parse_number


def _same(a, b) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    pa, pb = parse_number(a), parse_number(b)
    if pa.ok and pb.ok and pa.value is not None and pb.value is not None:
        return abs(pa.value - pb.value) < 1e-9
    return str(a).strip() == str(b).strip()


def _named(text) -> set:
    return {t.strip().upper() for t in re.split(r"[,;/ ]+", str(text or "")) if t.strip()}


def compare_plans(draft: dict, final: dict, fields, comments=(), tolerance_m2: float = 1.0) -> list:
    """``draft``/``final``: block code -> (geometry, {field: value}); ``comments``: (id,
    blok_terkait, point) tuples. Rows (dicts) for every block added, removed or changed."""
    rows = []
    for code in sorted(set(draft) | set(final), key=lambda c: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", c)]):
        before, after = draft.get(code), final.get(code)
        if before is None:
            kind, changed, moved, delta = "ditambah", [], True, after[0].area if after[0] is not None else 0.0
        elif after is None:
            kind, changed, moved, delta = "dihapus", [], True, -(before[0].area if before[0] is not None else 0.0)
        else:
            changed = [f"{f}: {before[1].get(f)} → {after[1].get(f)}" for f in fields
                       if not _same(before[1].get(f), after[1].get(f))]
            geometry_a, geometry_b = before[0], after[0]
            difference = shapely.symmetric_difference(shapely.make_valid(geometry_a), shapely.make_valid(geometry_b)).area \
                if geometry_a is not None and geometry_b is not None else 0.0
            moved = difference > tolerance_m2
            if not changed and not moved:
                continue
            kind = "diubah"
            delta = (geometry_b.area if geometry_b is not None else 0.0) - (geometry_a.area if geometry_a is not None else 0.0)
        outlines = [g for g in ((before or (None,))[0], (after or (None,))[0]) if g is not None]
        related = [cid for cid, named, point in comments
                   if code.upper() in _named(named) or
                   (point is not None and any(shapely.covers(shapely.make_valid(g), point) for g in outlines))]
        rows.append({"id_blok": code, "perubahan": kind, "atribut_berubah": "; ".join(changed) or None,
                     "geometri_berubah": bool(moved), "selisih_luas_m2": round(float(delta), 1),
                     "masukan_terkait": ", ".join(related) or None,
                     "geometry": (after or before)[0]})
    return rows
