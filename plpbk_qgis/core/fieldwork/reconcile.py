"""Merge decisions for pokja edits, the same whatever order the packages come in (pure).

The master keeps the value it had before the field work wherever pokja disagree; every
package's version is kept in a conflict for the rembug pokja (SEED_MAP S6). To make the result
independent of the merge order, every edit a package brings is written to a ledger
(``riwayat_survei``), also when it only agrees with what is there. When a later package
disagrees, the ledger tells which packages already set the value and what the value was before
(their base): those packages join the conflict and the value goes back to that base. So
"A then B" and "B then A" leave the same master and the same conflict versions.

Outcomes of one edit: ``diterapkan`` (applied), ``ganda`` (the master already holds exactly
this: another pokja did the same), ``sudah`` (this package's edit was merged before: merging a
package twice changes nothing) and ``konflik``.

An edit of a feature deleted elsewhere, or a delete of a feature another pokja changed, is a
row conflict (column ``""``): the feature stays as it was before. Two new features that are the
same object (``same_object``: the adapter compares the geometries) are a conflict unless they
are identical; the master keeps neither until the rembug decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .edits import DELETE, INSERT, UPDATE, Edit
from .ledger_index import LedgerIndex

APPLIED, DUPLICATE, ALREADY, CONFLICT = "diterapkan", "ganda", "sudah", "konflik"
OUTCOMES = (APPLIED, DUPLICATE, ALREADY, CONFLICT)
DIFFERENT_VALUES, EDIT_VS_DELETE, SAME_OBJECT = "nilai_berbeda", "ubah_vs_hapus", "objek_ganda"
OPEN, DECIDED = "terbuka", "diputuskan"
DELETED = {"__dihapus__": True}          # a version that deletes the feature
MASTER = "master"                         # a version that is the master's own (planner's) value


@dataclass
class Provenance:
    package: str            # package id (uuid)
    code: str               # kode_wilayah of the package
    pokja: str = ""
    surveyor: str = ""
    date: str = ""


@dataclass
class LedgerEntry:
    package: str
    code: str
    table: str
    master_fid: int
    package_fid: int
    column: str
    kind: str
    base: object            # value (update) / row (delete) before; None for inserts
    value: object           # value (update) / row (insert); None for deletes
    outcome: str
    pokja: str = ""
    surveyor: str = ""
    date: str = ""


@dataclass
class Version:
    source: str             # package id, or MASTER
    code: str
    value: object           # a value, a row (dict), or DELETED
    pokja: str = ""
    surveyor: str = ""
    date: str = ""
    decision: str = ""      # "pakai" when the rembug chose this version, "tolak" when not
    note: str = ""          # the rembug's notes on this version


@dataclass
class Conflict:
    key: str
    kind: str
    table: str
    master_fid: int | None
    column: str
    prior: object           # what the master keeps until decided (value / row / None)
    versions: list = field(default_factory=list)
    status: str = OPEN
    note: str = ""

    def has(self, source: str) -> bool:
        return any(v.source == source for v in self.versions)


def conflict_key(table: str, fid, column: str) -> str:
    return f"{table}:{fid}:{column or '*'}"


class Reconciler:
    """Applies edits to ``rows`` (the master copy: ``get(table, fid)`` -> dict or None,
    ``set_value``, ``insert(table, row) -> fid``, ``restore(table, row)``, ``delete``) and keeps
    ``ledger`` (list of LedgerEntry) and ``conflicts`` (dict key -> Conflict) up to date."""

    def __init__(self, rows, ledger: list, conflicts: dict, same_object=None,
                 ignore_columns=("fid",), pk: str = "fid"):
        self.rows = rows
        self.ledger = ledger
        self.conflicts = conflicts
        self.same_object = same_object or (lambda table, a, b: False)
        self.ignore = set(ignore_columns)
        self.pk = pk
        self.reindex()

    # the index (ledger_index.py) must follow every change of the master's rows and the ledger
    def reindex(self):
        """Rebuild the index after the ledger or conflicts were changed from outside (a package undone)."""
        self.index = LedgerIndex(getattr(self.same_object, "cells", None), self.rows.get)
        self.index.rebuild(self.ledger, [c for c in self.conflicts.values() if c.kind == SAME_OBJECT])

    def _add(self, entry):
        self.ledger.append(entry)
        self.index.add(entry)

    def _drop(self, entry):
        self.ledger[:] = [e for e in self.ledger if e is not entry]
        self.index.drop(entry)

    def _set_value(self, table, fid, column, value):
        self.rows.set_value(table, fid, column, value)
        self.index.moved(table, fid)

    def _restore(self, table, row):
        self.rows.restore(table, row)
        self.index.moved(table, row[self.pk])

    # ------------------------------------------------------------------ lookups
    def _entries(self, table, fid, column=None, exclude=None):
        return [e for e in self.index.of_feature(table, fid) if e.table == table and e.master_fid == fid
                and (column is None or e.column == column) and e.package != exclude
                and e.outcome in (APPLIED, DUPLICATE, CONFLICT)]

    def _previous(self, prov, edit):
        """This package's earlier entry for the same thing (a package merged before)."""
        return self.entry_of(prov.package, edit)

    def entry_of(self, package, edit):
        """The ledger's (latest) entry for ``package``'s ``edit``, or None: where it ended up."""
        for e in reversed(self.index.of_edit(package, edit.table, edit.kind, edit.fid)):
            if e.package == package and e.table == edit.table and e.kind == edit.kind \
                    and e.package_fid == edit.fid and (edit.kind != UPDATE or e.column == edit.column):
                return e
        return None

    def _conflict_at(self, table, fid, column, status=None):
        for key in (conflict_key(table, fid, column), conflict_key(table, fid, "")):
            found = self.conflicts.get(key)
            if found is not None and (status is None or found.status == status):
                return found
        return None

    def _open(self, table, fid, column):
        return self._conflict_at(table, fid, column, OPEN)

    def _record(self, prov, edit, master_fid, outcome, base=None, value=None):
        entry = LedgerEntry(prov.package, prov.code, edit.table, master_fid, edit.fid, edit.column,
                            edit.kind, base, value, outcome, prov.pokja, prov.surveyor, prov.date)
        self._add(entry)
        return entry

    @staticmethod
    def _version(prov, value, fid=None):
        version = Version(prov.package, prov.code, value, prov.pokja, prov.surveyor, prov.date)
        version.fid = fid
        return version

    @staticmethod
    def _version_of(entry, value):
        version = Version(entry.package, entry.code, value, entry.pokja, entry.surveyor, entry.date)
        version.fid = entry.package_fid
        return version

    def _join(self, conflict, prov, value, fid=None):
        """Add this package's version; a package already in a row conflict adds its other
        changed values to the same version (one version per package)."""
        mine = next((v for v in conflict.versions if v.source == prov.package), None)
        if mine is None:
            conflict.versions.append(self._version(prov, value, fid))
        elif isinstance(mine.value, dict) and isinstance(value, dict) and mine.value != DELETED \
                and value != DELETED and conflict.kind != SAME_OBJECT:
            mine.value = dict(mine.value, **value)
        else:
            mine.value = value

    # ------------------------------------------------------------------ the edits
    def merge(self, prov: Provenance, edits) -> list:
        """(edit, outcome) for every edit, in the order given."""
        return [(edit, self._one(prov, edit)) for edit in edits]

    def _one(self, prov, edit):
        previous = self._previous(prov, edit)
        if previous is not None:
            if edit.kind == DELETE or (edit.kind == UPDATE and previous.value == edit.new) \
                    or (edit.kind == INSERT and previous.value == {k: v for k, v in edit.row.items() if k != self.pk}):
                return ALREADY
            return self._again(prov, edit, previous)
        if edit.kind == UPDATE:
            return self._update(prov, edit)
        if edit.kind == DELETE:
            return self._delete(prov, edit)
        return self._insert(prov, edit)

    def _again(self, prov, edit, previous):
        """A package merged before brings a newer value (the pokja went on editing): it replaces
        the package's earlier edit, which is taken out of the ledger."""
        self._drop(previous)
        if edit.kind == UPDATE:
            if previous.outcome == CONFLICT:
                conflict = self._open(edit.table, edit.fid, edit.column)
                if conflict is not None:
                    self._join(conflict, prov, {edit.column: edit.new} if conflict.column == "" else edit.new)
                    self._record(prov, edit, edit.fid, CONFLICT, previous.base, edit.new)
                    return CONFLICT
            return self._update(prov, replace(edit, old=previous.value), base=previous.base)
        # a new feature merged before, changed since: its changed values update the merged feature
        row = {k: v for k, v in edit.row.items() if k != self.pk}
        if previous.master_fid is None:            # waiting in a "same object" conflict
            for conflict in self.conflicts.values():
                for version in conflict.versions:
                    if version.source == prov.package and getattr(version, "fid", None) == edit.fid:
                        version.value = row
                        self.index.add_group(conflict)
            self._add(replace(previous, value=row))
            return CONFLICT
        outcomes = [self._update(prov, Edit(edit.table, UPDATE, previous.master_fid, name, (previous.value or {}).get(name),
                                            value)) for name, value in row.items()
                    if (previous.value or {}).get(name) != value]
        self._add(replace(previous, value=row))
        return CONFLICT if CONFLICT in outcomes else APPLIED

    def _reopen(self, table, fid, column, prov, value):
        """A package arriving after the rembug decided: the conflict opens again with its versions
        and decisions; the master keeps what was decided until the rembug looks again."""
        decided = self._conflict_at(table, fid, column, DECIDED)
        if decided is None or decided.note:          # a folded conflict is no decision
            return False
        decided.status = OPEN
        current = self.rows.get(table, fid)
        if decided.column:
            decided.prior = None if current is None else current.get(decided.column)
        self._join(decided, prov, value)
        return True

    def _update(self, prov, edit, base=None):
        table, fid, column = edit.table, edit.fid, edit.column
        base = edit.old if base is None else base
        conflict = self._open(table, fid, column)
        if conflict is not None:
            self._join(conflict, prov, {column: edit.new} if conflict.column == "" else edit.new)
            self._record(prov, edit, fid, CONFLICT, base, edit.new)
            return CONFLICT
        current = self.rows.get(table, fid)
        decided = self._conflict_at(table, fid, column, DECIDED)
        if current is not None and decided is not None and current.get(column) != edit.new and \
                self._reopen(table, fid, column, prov, edit.new if decided.column else {column: edit.new}):
            self._record(prov, edit, fid, CONFLICT, base, edit.new)
            return CONFLICT
        if current is None:
            if self._reopen(table, fid, "", prov, {column: edit.new}):
                self._record(prov, edit, fid, CONFLICT, base, edit.new)
                return CONFLICT
            return self._edit_of_deleted(prov, edit, base)
        if current.get(column) == edit.new:
            self._record(prov, edit, fid, DUPLICATE, base, edit.new)
            return DUPLICATE
        if current.get(column) == edit.old:
            self._set_value(table, fid, column, edit.new)
            self._record(prov, edit, fid, APPLIED, base, edit.new)
            return APPLIED
        # someone else changed it since this package was cut: a conflict, the prior value stays.
        # The prior is the value before the first package that set it; a value that agreeing
        # packages found already there (the planner's) stays, with its own version.
        others = self._entries(table, fid, column, exclude=prov.package)
        applied = [e for e in others if e.outcome == APPLIED]
        prior = applied[0].base if applied else current.get(column)
        conflict = Conflict(conflict_key(table, fid, column), DIFFERENT_VALUES, table, fid, column, prior)
        if not applied:
            conflict.versions.append(Version(MASTER, MASTER, current.get(column)))
        for entry in others:
            conflict.versions.append(self._version_of(entry, entry.value))
            entry.outcome = CONFLICT
        if applied:
            self._set_value(table, fid, column, prior)
        conflict.versions.append(self._version(prov, edit.new))
        self.conflicts[conflict.key] = conflict
        self._record(prov, edit, fid, CONFLICT, base, edit.new)
        return CONFLICT

    def _row_conflict(self, table, fid, prior_row):
        conflict = Conflict(conflict_key(table, fid, ""), EDIT_VS_DELETE, table, fid, "", prior_row)
        self.conflicts[conflict.key] = conflict
        return conflict

    def _edit_of_deleted(self, prov, edit, base):
        table, fid = edit.table, edit.fid
        deletes = [e for e in self._entries(table, fid, "", exclude=prov.package) if e.kind == DELETE]
        prior = deletes[0].base if deletes else None
        conflict = self._row_conflict(table, fid, prior)
        for entry in deletes:
            conflict.versions.append(self._version_of(entry, DELETED))
            entry.outcome = CONFLICT
        if not deletes:                         # deleted in the master by the planner
            conflict.versions.append(Version(MASTER, MASTER, DELETED))
        if prior is not None:
            self._restore(table, dict(prior))
        conflict.versions.append(self._version(prov, {edit.column: edit.new}))
        self._record(prov, edit, fid, CONFLICT, base, edit.new)
        return CONFLICT

    def _delete(self, prov, edit):
        table, fid, base_row = edit.table, edit.fid, edit.row
        conflict = self._open(table, fid, "")
        if conflict is not None:
            self._join(conflict, prov, DELETED)
            self._record(prov, edit, fid, CONFLICT, base=base_row)
            return CONFLICT
        column_conflicts = [c for c in self.conflicts.values() if c.table == table
                            and c.master_fid == fid and c.status == OPEN and c.column]
        current = self.rows.get(table, fid)
        if current is None:
            self._record(prov, edit, fid, DUPLICATE, base=base_row)
            return DUPLICATE
        if self._reopen(table, fid, "", prov, DELETED):
            self._record(prov, edit, fid, CONFLICT, base=base_row)
            return CONFLICT
        changed = [name for name, value in base_row.items()
                   if name not in self.ignore and current.get(name) != value]
        if not changed and not column_conflicts:
            self.rows.delete(table, fid)
            self._record(prov, edit, fid, APPLIED, base=base_row)
            return APPLIED
        # another pokja changed this feature: it stays as it was before the field work
        conflict = self._row_conflict(table, fid, base_row)
        by_package: dict = {}
        for entry in self._entries(table, fid, exclude=prov.package):
            if entry.kind == UPDATE:
                by_package.setdefault(entry.package, (entry, {}))[1][entry.column] = entry.value
                entry.outcome = CONFLICT
        for column_conflict in column_conflicts:    # folded into the row conflict, then gone
            del self.conflicts[column_conflict.key]
            for version in column_conflict.versions:
                if version.source != MASTER:
                    by_package.setdefault(version.source, (version, {}))[1][column_conflict.column] = version.value
        for entry, values in by_package.values():
            conflict.versions.append(Version(entry.package if isinstance(entry, LedgerEntry) else entry.source,
                                             entry.code, values, entry.pokja, entry.surveyor, entry.date))
        planner = [name for name in changed if not any(name in values for _, values in by_package.values())]
        if planner:
            conflict.versions.append(Version(MASTER, MASTER, {name: current.get(name) for name in planner}))
        for name in changed:
            if name not in planner:
                self._set_value(table, fid, name, base_row[name])
        conflict.versions.append(self._version(prov, DELETED))
        self._record(prov, edit, fid, CONFLICT, base=base_row)
        return CONFLICT

    def _comparable(self, row, provenance_columns):
        return {k: v for k, v in row.items() if k not in self.ignore and k not in provenance_columns}

    def _insert(self, prov, edit, provenance_columns=("pokja", "surveyor", "tgl_survei")):
        """A new feature. It joins every open "same object" conflict and every feature other
        packages added that it matches (so a chain A~B~C ends in one conflict in any order)."""
        table, row = edit.table, {k: v for k, v in edit.row.items() if k != self.pk}
        keys = self.index.group_keys_near(table, row)
        groups = [c for key, c in self.conflicts.items() if (keys is None or key in keys)
                  and c.kind == SAME_OBJECT and c.table == table
                  and c.status == OPEN and any(self.same_object(table, v.value, row) for v in c.versions)]
        matched = []
        for entry in [e for e in self.index.inserts_near(table, row) if e.table == table and e.kind == INSERT
                      and e.outcome in (APPLIED, DUPLICATE) and e.package != prov.package and e.master_fid is not None]:
            current = self.rows.get(table, entry.master_fid)
            if current is not None and self.same_object(table, {k: v for k, v in current.items() if k != self.pk}, row):
                matched.append((entry, {k: v for k, v in current.items() if k != self.pk}))
        if not groups and not matched:
            fid = self.rows.insert(table, dict(row))
            self._record(prov, edit, fid, APPLIED, value=row)
            return APPLIED
        fids = {entry.master_fid for entry, _ in matched}
        if not groups and len(fids) == 1:
            entry, theirs = matched[0]
            if self._comparable(theirs, provenance_columns) == self._comparable(row, provenance_columns):
                if prov.code < entry.code:     # whichever order: the first work area's provenance
                    for name in provenance_columns:
                        if name in row:
                            self._set_value(table, entry.master_fid, name, row[name])
                self._record(prov, edit, entry.master_fid, DUPLICATE, value=row)
                return DUPLICATE
        conflict = Conflict("", SAME_OBJECT, table, None, "", None)
        for group in groups:                       # merged into one conflict
            conflict.versions += group.versions
            del self.conflicts[group.key]
        for master_fid in sorted(fids):
            for other in [e for e in self.index.of_feature(table, master_fid) if e.kind == INSERT
                          and e.master_fid == master_fid and e.outcome in (APPLIED, DUPLICATE)]:
                conflict.versions.append(self._version_of(other, dict(other.value)))
                other.outcome = CONFLICT
                other.master_fid = None
            self.rows.delete(table, master_fid)    # neither stays until the rembug decides
        conflict.versions.append(self._version(prov, row, edit.fid))
        conflict.key = same_object_key(conflict)
        self.conflicts[conflict.key] = conflict
        self.index.add_group(conflict)
        self._record(prov, edit, None, CONFLICT, value=row)
        return CONFLICT


def same_object_key(conflict) -> str:
    """The same key whatever order the versions came in: the smallest work area and fid."""
    # the package too: two packages of one work area (a second round) may number new features alike
    code, package, fid = min((v.code, v.source, getattr(v, "fid", None) or 0) for v in conflict.versions)
    return f"{conflict.table}:baru-{code}-{package[:8]}-{fid}:*"


def decide(rows, conflict: Conflict, chosen: list, pk: str = "fid") -> str:
    """Apply the rembug's choice to ``rows``: ``chosen`` versions (one for a value or a row
    conflict; any number of new objects for a "same object" conflict, none = keep the prior).
    Returns what was done (for the log)."""
    conflict.status = DECIDED
    if conflict.kind == SAME_OBJECT:
        for version in chosen:
            version.master_fid = rows.insert(conflict.table, {k: v for k, v in version.value.items() if k != pk})
        return f"{len(chosen)} objek baru"
    if not chosen or chosen[0].source == MASTER:
        return "nilai sebelum dipertahankan"
    value = chosen[0].value
    if conflict.kind == DIFFERENT_VALUES:
        rows.set_value(conflict.table, conflict.master_fid, conflict.column, value)
        return "nilai versi terpilih"
    if value == DELETED:
        if rows.get(conflict.table, conflict.master_fid) is not None:
            rows.delete(conflict.table, conflict.master_fid)
        return "fitur dihapus"
    if rows.get(conflict.table, conflict.master_fid) is None and isinstance(conflict.prior, dict):
        rows.restore(conflict.table, dict(conflict.prior))
    for column, column_value in value.items():
        rows.set_value(conflict.table, conflict.master_fid, column, column_value)
    return "perubahan versi terpilih"
