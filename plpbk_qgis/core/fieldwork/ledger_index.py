"""Where the reconciler finds earlier ledger entries and open "same object" conflicts (pure).

Every edit of a merge looks up the earlier entries of its feature and of its own package, and
every new feature the new features and "same object" conflicts it could match: scanning the
whole ledger for each made a merge quadratic in its edits (~40 s for a full kelurahan).

- Entries by feature (table, master fid) and by package edit (package, table, kind, package
  fid), in ledger order. Callers still check each entry against their full condition, so an
  entry whose master fid changed later stays harmless in its old bucket.
- New features by place. ``cells(row)`` (the same-object test's, optional) names the grid cells
  in which a feature can match another: two features can only be the same object when they
  share a cell. ``None`` means "anywhere" (no geometry test by place is possible: compare with
  everything). A new feature is filed under the cells of the row it was added with *and* of
  its current row in the master (``moved`` after every change: a later package or the planner
  may move it), so a lookup finds it wherever it has been; a superset is harmless.
- Open "same object" conflicts by the cells of their versions, the same way.
"""

from __future__ import annotations

import itertools

from .edits import INSERT

ANYWHERE = ("*",)                           # the bucket of features that match anywhere


class LedgerIndex:
    def __init__(self, cells=None, current=None):
        """``cells(row)``: cells or None; ``current(table, fid)``: the master's row or None."""
        self.cells_of = cells
        self.current = current or (lambda table, fid: None)
        self.rebuild([], {})

    def rebuild(self, ledger, conflicts):
        """From the ledger and the "same object" conflicts."""
        self.by_feature, self.by_edit = {}, {}
        self.inserts, self.every_insert, self.placed = {}, {}, {}
        self.groups = {}
        self.order, self.counter = {}, itertools.count()
        for entry in ledger:
            self.add(entry)
        for conflict in conflicts:
            self.add_group(conflict)

    # ---------------------------------------------------------------- places
    def _cells(self, row):
        """Cells of ``row``: a tuple (maybe empty: no geometry, matches nothing) or None (anywhere)."""
        if self.cells_of is None:
            return None
        return self.cells_of(row) if isinstance(row, dict) else ()

    def _file(self, entry, row):
        cells = self._cells(row)
        for cell in ANYWHERE if cells is None else cells:
            key = (entry.table, cell)
            if key not in self.placed[id(entry)]:
                self.placed[id(entry)].add(key)
                self.inserts.setdefault(key, {})[id(entry)] = entry

    # ---------------------------------------------------------------- entries
    def add(self, entry):
        self.order[id(entry)] = next(self.counter)
        self.by_feature.setdefault((entry.table, entry.master_fid), []).append(entry)
        self.by_edit.setdefault((entry.package, entry.table, entry.kind, entry.package_fid), []).append(entry)
        if entry.kind == INSERT:
            self.every_insert.setdefault(entry.table, {})[id(entry)] = entry
            self.placed[id(entry)] = set()
            self._file(entry, entry.value)
            if entry.master_fid is not None:
                self._file(entry, self.current(entry.table, entry.master_fid))

    def drop(self, entry):
        for bucket in (self.by_feature.get((entry.table, entry.master_fid), []),
                       self.by_edit.get((entry.package, entry.table, entry.kind, entry.package_fid), [])):
            bucket[:] = [e for e in bucket if e is not entry]
        for key in self.placed.pop(id(entry), ()):
            self.inserts[key].pop(id(entry), None)
        self.every_insert.get(entry.table, {}).pop(id(entry), None)
        self.order.pop(id(entry), None)

    def moved(self, table, fid):
        """The master's feature ``fid`` changed: file its new features under where it is now."""
        for entry in self.by_feature.get((table, fid), ()):
            if entry.kind == INSERT and entry.master_fid == fid and id(entry) in self.placed:
                self._file(entry, self.current(table, fid))

    def of_feature(self, table, fid):
        return self.by_feature.get((table, fid), ())

    def of_edit(self, package, table, kind, package_fid):
        return self.by_edit.get((package, table, kind, package_fid), ())

    def inserts_near(self, table, row):
        """Entries of new features that could be the same object as ``row``, in ledger order."""
        cells = self._cells(row)
        if cells is None:
            found = dict(self.every_insert.get(table, {}))
        else:
            found = {}
            for cell in (*cells, *ANYWHERE):
                found.update(self.inserts.get((table, cell), {}))
        return sorted(found.values(), key=lambda e: self.order[id(e)])

    # ---------------------------------------------------------------- conflicts
    def add_group(self, conflict):
        """File an open "same object" conflict under the cells of its versions (again after its
        versions change; stale keys are harmless: a key found is looked up and checked again)."""
        for version in conflict.versions:
            cells = self._cells(version.value)
            for cell in ANYWHERE if cells is None else cells:
                self.groups.setdefault((conflict.table, cell), set()).add(conflict.key)

    def group_keys_near(self, table, row):
        """Keys of "same object" conflicts ``row`` could join, or None: any of them."""
        cells = self._cells(row)
        if cells is None:
            return None
        return {key for cell in (*cells, *ANYWHERE) for key in self.groups.get((table, cell), ())}
