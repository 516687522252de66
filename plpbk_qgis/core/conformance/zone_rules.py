"""The zones' rule values, and the allowed value for each feature (vectorised).

Each rule field of the zone layer is read once per zone with :func:`core.rule_values.read_rule`
(the same reading as the imports). A zone's value is either one number or lot-size classes with
alternatives (from the polygon's own text, or from the ``aturan_kelas`` column that
``importcityplan`` writes). :meth:`ZoneRule.resolve` gives every feature its allowed value for
its zone, its lot area and one alternative: one pass over the features per distinct class text,
no per-feature Python loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..cityplan.rule_values import RuleValue, read_rule, rules_from_json
from ..values import is_empty

_BROKEN = "\0tidak terbaca"     # key of a zone whose aturan_kelas is unreadable


@dataclass
class ZoneRule:
    column: str
    value: np.ndarray          # per zone; NaN when empty, unreadable or by lot
    unreadable: np.ndarray     # per zone: text given but not readable
    problem: np.ndarray        # per zone: "'raw': why" where unreadable
    note: np.ndarray           # per zone: how the value was read ("pecahan dibaca …"), or ""
    lots: list = field(default_factory=list)     # distinct by-lot RuleValues
    lot_of_zone: np.ndarray = None               # per zone: index into ``lots``, -1 none
    read: list = field(default_factory=list)     # per zone: its RuleValue

    def rule_of(self, z: int) -> RuleValue | None:
        """Zone ``z``'s rule as read, None when the zone leaves it empty."""
        rule = self.read[z]
        return None if rule.empty else rule

    def has_alternatives(self) -> np.ndarray:
        """Per zone: its rule has numbered alternatives."""
        with_alts = np.array([bool(rule.alternatives) for rule in self.lots] + [False])
        return with_alts[self.lot_of_zone]

    def alternatives(self) -> set:
        return {k for rule in self.lots for k in rule.alternatives}

    def resolve(self, zone, area, alternative=0) -> Allowed:
        """Allowed value per feature for its zone (-1: none), lot area and ``alternative``
        (one number or one per feature; 0: none chosen, k: alternative k where a class has
        alternatives)."""
        n = len(zone)
        alternative = np.broadcast_to(np.asarray(alternative, dtype=np.int64), (n,))
        found = zone >= 0
        out = Allowed.empty(n)
        out.value[found] = self.value[zone[found]]
        out.unreadable[found] = self.unreadable[zone[found]]
        out.detail[found] = self.problem[zone[found]]
        out.note[found] = self.note[zone[found]]
        if not self.lots:
            return out
        lot = np.full(n, -1, dtype=np.int64)
        lot[found] = self.lot_of_zone[zone[found]]
        order = np.argsort(lot, kind="stable")
        starts = np.searchsorted(lot[order], np.arange(len(self.lots) + 1))
        area = np.round(np.asarray(area, dtype=float), 2)    # the area the reader sees
        for index, rule in enumerate(self.lots):
            members = order[starts[index]:starts[index + 1]]
            if len(members):
                _resolve_lot_rule(self.column, rule, members, area[members], alternative[members], out)
        return out


@dataclass
class Allowed:
    """Per feature: allowed value and why it may be missing."""
    value: np.ndarray
    unreadable: np.ndarray     # the zone's text could not be read
    detail: np.ndarray         # raw text and reason where unreadable / cut / no class
    note: np.ndarray           # how a readable value was read, or ""
    cut: np.ndarray            # the lot falls in the cut or lost part of a cut-off text
    no_class: np.ndarray       # the lot is in none of the classes of a complete text
    no_alternative: np.ndarray  # the class has alternatives, but not the one asked for
    label: np.ndarray          # lot-size class applied, or None
    alternative: np.ndarray    # alternative applied (0: none)

    @classmethod
    def empty(cls, n: int) -> Allowed:
        def objects(fill):
            return np.full(n, fill, dtype=object)

        return cls(np.full(n, np.nan), np.zeros(n, dtype=bool), objects(""), objects(""),
                   np.zeros(n, dtype=bool), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool),
                   objects(None), np.zeros(n, dtype=np.int64))

    @property
    def missing(self) -> np.ndarray:
        """No usable value although the zone has the rule (for PERLU_CEK)."""
        return self.unreadable | self.cut | self.no_class | self.no_alternative

    def take(self, mask, other: Allowed):
        """Where ``mask``: use ``other``'s values (a road-class rule over the general one)."""
        for name in self.__dataclass_fields__:
            getattr(self, name)[mask] = getattr(other, name)[mask]


def _resolve_lot_rule(column: str, rule: RuleValue, members, area, alternative, out: Allowed):
    """``alternative``: per member, the alternative asked for (0: none chosen)."""
    raw = "" if rule.raw is None else str(rule.raw)
    placed = np.zeros(len(members), dtype=bool)
    for lot_class in rule.classes:
        inside = lot_class.contains(area) & ~placed
        placed |= inside
        rows, wanted = members[inside], alternative[inside]
        value, used = np.full(len(rows), np.nan), np.zeros(len(rows), dtype=np.int64)
        if lot_class.values.keys() == {0}:
            value[:] = lot_class.values[0]
        else:
            for number, allowed in lot_class.values.items():
                value[wanted == number], used[wanted == number] = allowed, number
            lacking = np.isnan(value)
            out.no_alternative[rows[lacking]] = True
            out.detail[rows[lacking]] = [
                f"{lot_class.label}: " + (f"alternatif {k} tidak ada" if k else "aturan beralternatif")
                for k in wanted[lacking]]
        out.value[rows], out.alternative[rows] = value, used
        out.label[rows] = lot_class.label
        out.note[rows] = f"{column}: {rule.note}" if rule.note and not rule.truncated else ""
    rest = members[~placed]
    out.value[rest] = np.nan
    if rule.truncated:
        out.cut[rest] = True
        out.detail[rest] = f"teks aturan terpotong saat ekspor: '{raw}'"
    else:
        out.no_class[rest] = True
        out.detail[rest] = f"luas persil (luas_persil) tidak termasuk kelas mana pun: '{raw}'"


def _zone_rule(column: str, raws, lot_rules, units: str) -> ZoneRule:
    n = len(raws)
    value = np.full(n, np.nan)
    unreadable = np.zeros(n, dtype=bool)
    problem = np.full(n, "", dtype=object)
    note = np.full(n, "", dtype=object)
    lots, lot_of_zone = [], np.full(n, -1, dtype=np.int64)
    read, lot_index, per_zone = {}, {}, []          # each distinct text is read once
    for z in range(n):
        rule = lot_rules[z].get(column) if lot_rules is not None else None
        if rule is None and lot_rules is not None and _BROKEN in lot_rules[z] and is_empty(raws[z]):
            # the import left this field empty for its classes, which cannot be read back
            rule = RuleValue(lot_rules[z][_BROKEN][0], ok=False, note=lot_rules[z][_BROKEN][1])
        if rule is None:
            key = repr(raws[z])
            if key not in read:
                read[key] = read_rule(column, raws[z], units)
            rule = read[key]
        per_zone.append(rule)
        if not rule.ok:
            unreadable[z], problem[z] = True, f"{column}: {rule.problem}"
        elif rule.by_lot:
            key = rule.describe() + repr(rule.raw)
            if key not in lot_index:
                lot_index[key] = len(lots)
                lots.append(rule)
            lot_of_zone[z] = lot_index[key]
        elif rule.value is not None:
            value[z] = rule.value
            note[z] = f"{column}: {rule.note}" if rule.note else ""
    return ZoneRule(column, value, unreadable, problem, note, lots, lot_of_zone, per_zone)


def read_zone_rules(columns: dict, fields, units: str = "auto", lot_text=None) -> dict:
    """``columns``: rule field -> raw values per zone (fields the layer has); ``lot_text``: the
    ``aturan_kelas`` JSON per zone, or None. A rule in ``aturan_kelas`` stands for the zone's
    plain column (which the import leaves empty for it); a zone whose ``aturan_kelas`` cannot be
    read has every empty rule unreadable (PERLU_CEK with the text), never silently empty.
    Returns {field: ZoneRule}."""
    lot_rules = None
    if lot_text is not None:
        lot_rules = []
        for text in lot_text:
            rules, problem = rules_from_json(text)
            lot_rules.append({_BROKEN: (text, problem)} if problem else rules)
    n = len(next(iter(columns.values()))) if columns else len(lot_text or ())
    out = {}
    for name in fields:
        if name in columns or (lot_rules and any(name in r or _BROKEN in r for r in lot_rules)):
            out[name] = _zone_rule(name, list(columns.get(name, [None] * n)), lot_rules, units)
    return out
