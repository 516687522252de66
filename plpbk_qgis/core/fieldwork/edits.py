"""Edits of a field package, read from a pygeodiff changeset (its JSON listing).

pygeodiff lists, per table, inserted rows (new values), deleted rows (old values of every
column) and updated rows (primary key plus old/new of the columns that changed). One *edit* here
is what a surveyor did to one thing: a new feature, a deleted feature, or one changed value of a
feature. Counting by value lets two pokja change different fields of the same house without a
conflict, as geodiff's own rebase does.

Values stay as SQLite stores them (text, integer, real, NULL, geometry blobs base64-encoded by
pygeodiff) so they compare exactly with what the master holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

INSERT, UPDATE, DELETE = "insert", "update", "delete"
KINDS = (INSERT, UPDATE, DELETE)


@dataclass(frozen=True)
class Edit:
    table: str
    kind: str                 # insert / update / delete
    fid: int                  # the package's fid (= the master's for update/delete)
    column: str = ""          # the changed column (updates only)
    old: object = None        # value before (updates)
    new: object = None        # value after (updates)
    row: dict = field(default_factory=dict)   # all columns: new row (insert) / base row (delete)

    @property
    def key(self) -> tuple:
        return (self.table, self.fid, self.column)


def edits_from_changeset(listing: dict, columns: dict, primary_keys: dict | None = None) -> list:
    """Edits from pygeodiff's ``list_changes`` JSON. ``columns``: table -> column names in
    table order (pygeodiff numbers columns); ``primary_keys``: table -> pk column (``fid``)."""
    edits = []
    for entry in listing.get("geodiff", []):
        table = entry["table"]
        names = columns[table]
        pk = (primary_keys or {}).get(table, "fid")
        old, new = {}, {}
        for change in entry.get("changes", []):
            name = names[change["column"]]
            if "old" in change:
                old[name] = change["old"]
            if "new" in change:
                new[name] = change["new"]
        kind = entry["type"]
        if kind == INSERT:
            edits.append(Edit(table, INSERT, int(new[pk]), row=new))
        elif kind == DELETE:
            edits.append(Edit(table, DELETE, int(old[pk]), row=old))
        elif kind == UPDATE:
            fid = int(old.get(pk, new.get(pk)))
            for name in names:
                if name == pk or name not in new:
                    continue
                edits.append(Edit(table, UPDATE, fid, name, old.get(name), new[name]))
        else:                                   # pragma: no cover - pygeodiff knows three
            raise ValueError(f"unknown change type {kind!r} in table {table}")
    return edits
