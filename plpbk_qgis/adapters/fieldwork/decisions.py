"""Apply the rembug's decisions (``keputusan`` in konflik_survei) to the master, in a copy that
replaces the master in one step. The ledger learns the chosen version (outcome ``diterapkan``),
so merging the same packages again does not reopen the conflict."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ...core.fieldwork.reconcile import APPLIED, OPEN, SAME_OBJECT, decide
from ...i18n import tr
from . import gpkg_store, ledger_io
from .package_cut import replace_contents, snapshot

USE, REJECT = "pakai", "tolak"


def _entries_of(ledger, conflict, version):
    """The ledger entries behind one version: the package's new feature (same object), or its
    edits of that feature (of that value, or of any value for a row conflict)."""
    if conflict.kind == SAME_OBJECT:
        return [e for e in ledger if e.package == version.source and e.table == conflict.table
                and e.kind == "insert" and e.package_fid == getattr(version, "fid", None)]
    return [e for e in ledger if e.package == version.source and e.table == conflict.table
            and e.master_fid == conflict.master_fid and (not conflict.column or e.column == conflict.column)]


def apply_decisions(master, catalog):
    """([(conflict key, what was done)], open conflicts left, problems)."""
    decided, problems = [], []
    with tempfile.TemporaryDirectory(prefix="plpbk_rembug_") as folder:
        work = Path(folder) / "induk.gpkg"
        snapshot(master, work)
        ledger_io.ensure_tables(work, catalog)
        connection = gpkg_store.connect(work)
        try:
            connection.execute("BEGIN")
            rows = gpkg_store.SqliteRows(connection)
            ledger = ledger_io.read_ledger(connection)
            conflicts = ledger_io.read_conflicts(connection)
            for key, conflict in sorted(conflicts.items()):
                if conflict.status != OPEN:
                    continue
                for version in conflict.versions:          # 'Pakai ' typed at the meeting is 'pakai'
                    version.decision = (version.decision or "").strip().lower()
                chosen = [v for v in conflict.versions if v.decision == USE]
                prior_chosen = getattr(conflict, "prior_decision", ("", ""))[0].strip().lower() == USE
                rejected_all = conflict.versions and all(v.decision == REJECT for v in conflict.versions)
                if not chosen and not prior_chosen and not rejected_all:
                    continue
                if (len(chosen) > 1 or (chosen and prior_chosen)) and conflict.kind != SAME_OBJECT:
                    problems.append(tr("{key}: lebih dari satu versi 'pakai'; pilih satu. Konflik ini tidak diubah.")
                                    .format(key=key))
                    continue
                decided.append((key, decide(rows, conflict, chosen)))
                for version in chosen:
                    for entry in _entries_of(ledger, conflict, version):
                        entry.outcome = APPLIED
                        if conflict.kind == SAME_OBJECT:     # the new feature's fid in the master
                            entry.master_fid = getattr(version, "master_fid", None)
            ledger_io.write_ledger(connection, ledger, "")
            ledger_io.write_conflicts(connection, conflicts)
            connection.execute("COMMIT")
        finally:
            connection.close()
        if decided:
            replace_contents(work, master)
    return decided, sum(1 for c in conflicts.values() if c.status == OPEN), problems
