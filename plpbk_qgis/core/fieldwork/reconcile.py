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

from dataclasses import dataclass, field

from .edits import DELETE, INSERT, UPDATE

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

    # ------------------------------------------------------------------ lookups
    def _entries(self, table, fid, column=None, exclude=None):
        return [e for e in self.ledger if e.table == table and e.master_fid == fid
                and (column is None or e.column == column) and e.package != exclude
                and e.outcome in (APPLIED, DUPLICATE, CONFLICT)]

    def _already(self, prov, edit) -> bool:
        for e in self.ledger:
            if e.package != prov.package or e.table != edit.table or e.kind != edit.kind:
                continue
            if edit.kind == INSERT and e.package_fid == edit.fid:
                return True
            if edit.kind != INSERT and e.package_fid == edit.fid and e.column == edit.column:
                return True
        return False

    def _open(self, table, fid, column):
        for key in (conflict_key(table, fid, column), conflict_key(table, fid, "")):
            found = self.conflicts.get(key)
            if found is not None and found.status == OPEN:
                return found
        return None

    def _record(self, prov, edit, master_fid, outcome, base=None, value=None):
        entry = LedgerEntry(prov.package, prov.code, edit.table, master_fid, edit.fid, edit.column,
                            edit.kind, base, value, outcome, prov.pokja, prov.surveyor, prov.date)
        self.ledger.append(entry)
        return entry

    @staticmethod
    def _version(prov, value):
        return Version(prov.package, prov.code, value, prov.pokja, prov.surveyor, prov.date)

    @staticmethod
    def _version_of(entry, value):
        return Version(entry.package, entry.code, value, entry.pokja, entry.surveyor, entry.date)

    def _join(self, conflict, prov, value):
        if not conflict.has(prov.package):
            conflict.versions.append(self._version(prov, value))

    # ------------------------------------------------------------------ the edits
    def merge(self, prov: Provenance, edits) -> list:
        """(edit, outcome) for every edit, in the order given."""
        return [(edit, self._one(prov, edit)) for edit in edits]

    def _one(self, prov, edit):
        if self._already(prov, edit):
            return ALREADY
        if edit.kind == UPDATE:
            return self._update(prov, edit)
        if edit.kind == DELETE:
            return self._delete(prov, edit)
        return self._insert(prov, edit)

    def _update(self, prov, edit):
        table, fid, column = edit.table, edit.fid, edit.column
        conflict = self._open(table, fid, column)
        if conflict is not None:
            self._join(conflict, prov, {column: edit.new} if conflict.column == "" else edit.new)
            self._record(prov, edit, fid, CONFLICT, edit.old, edit.new)
            return CONFLICT
        current = self.rows.get(table, fid)
        if current is None:
            return self._edit_of_deleted(prov, edit)
        if current.get(column) == edit.new:
            self._record(prov, edit, fid, DUPLICATE, edit.old, edit.new)
            return DUPLICATE
        if current.get(column) == edit.old:
            self.rows.set_value(table, fid, column, edit.new)
            self._record(prov, edit, fid, APPLIED, edit.old, edit.new)
            return APPLIED
        # someone else changed it since this package was cut: a conflict, the prior value stays
        others = self._entries(table, fid, column, exclude=prov.package)
        prior = others[0].base if others else current.get(column)
        conflict = Conflict(conflict_key(table, fid, column), DIFFERENT_VALUES, table, fid, column, prior)
        if others:
            for entry in others:
                conflict.versions.append(self._version_of(entry, entry.value))
                entry.outcome = CONFLICT
            self.rows.set_value(table, fid, column, prior)
        else:
            conflict.versions.append(Version(MASTER, MASTER, current.get(column)))
        conflict.versions.append(self._version(prov, edit.new))
        self.conflicts[conflict.key] = conflict
        self._record(prov, edit, fid, CONFLICT, edit.old, edit.new)
        return CONFLICT

    def _row_conflict(self, table, fid, prior_row):
        conflict = Conflict(conflict_key(table, fid, ""), EDIT_VS_DELETE, table, fid, "", prior_row)
        self.conflicts[conflict.key] = conflict
        return conflict

    def _edit_of_deleted(self, prov, edit):
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
            self.rows.restore(table, dict(prior))
        conflict.versions.append(self._version(prov, {edit.column: edit.new}))
        self._record(prov, edit, fid, CONFLICT, edit.old, edit.new)
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
        for column_conflict in column_conflicts:    # folded into the row conflict
            column_conflict.status = DECIDED
            column_conflict.note = conflict.key
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
                self.rows.set_value(table, fid, name, base_row[name])
        conflict.versions.append(self._version(prov, DELETED))
        self._record(prov, edit, fid, CONFLICT, base=base_row)
        return CONFLICT

    def _comparable(self, row, provenance_columns):
        return {k: v for k, v in row.items() if k not in self.ignore and k not in provenance_columns}

    def _insert(self, prov, edit, provenance_columns=("pokja", "surveyor", "tgl_survei", "catatan")):
        table, row = edit.table, {k: v for k, v in edit.row.items() if k != self.pk}
        for conflict in self.conflicts.values():          # joins an open "same object" conflict
            if conflict.kind == SAME_OBJECT and conflict.table == table and conflict.status == OPEN \
                    and any(self.same_object(table, v.value, row) for v in conflict.versions):
                self._join(conflict, prov, row)
                self._record(prov, edit, None, CONFLICT, value=row)
                return CONFLICT
        for entry in [e for e in self.ledger if e.table == table and e.kind == INSERT
                      and e.outcome in (APPLIED, DUPLICATE) and e.package != prov.package]:
            current = self.rows.get(table, entry.master_fid)
            if current is None:
                continue
            theirs = {k: v for k, v in current.items() if k != self.pk}
            if not self.same_object(table, theirs, row):
                continue
            if self._comparable(theirs, provenance_columns) == self._comparable(row, provenance_columns):
                if prov.code < entry.code:     # whichever order: the first work area's provenance
                    for name in provenance_columns:
                        if name in row:
                            self.rows.set_value(table, entry.master_fid, name, row[name])
                self._record(prov, edit, entry.master_fid, DUPLICATE, value=row)
                return DUPLICATE
            conflict = Conflict(conflict_key(table, f"baru-{entry.code}-{entry.package_fid}", ""), SAME_OBJECT,
                                table, None, "", None)
            master_fid = entry.master_fid
            for other in [e for e in self.ledger if e.table == table and e.kind == INSERT
                          and e.master_fid == master_fid and e.outcome in (APPLIED, DUPLICATE)]:
                conflict.versions.append(self._version_of(other, dict(other.value)))
                other.outcome = CONFLICT
                other.master_fid = None
            self.rows.delete(table, master_fid)            # neither stays until the rembug decides
            conflict.versions.append(self._version(prov, row))
            self.conflicts[conflict.key] = conflict
            self._record(prov, edit, None, CONFLICT, value=row)
            return CONFLICT
        fid = self.rows.insert(table, dict(row))
        self._record(prov, edit, fid, APPLIED, value=row)
        return APPLIED


def decide(rows, conflict: Conflict, chosen: list, pk: str = "fid") -> str:
    """Apply the rembug's choice to ``rows``: ``chosen`` versions (one for a value or a row
    conflict; any number of new objects for a "same object" conflict, none = keep the prior).
    Returns what was done (for the log)."""
    conflict.status = DECIDED
    if conflict.kind == SAME_OBJECT:
        for version in chosen:
            rows.insert(conflict.table, {k: v for k, v in version.value.items() if k != pk})
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
