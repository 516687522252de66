"""How mergefieldwork's reconciliation grows with the size of the field work.

In one invocation, for a master of N buildings and three pokja packages that each change three
columns of their third of the buildings, delete a few and add new houses (a third of them the
same house another pokja also added), it times:

- baseline: the same edits written straight into the in-memory master (no reconciliation);
- reconcile: ``core.fieldwork.reconcile.Reconciler`` with the real same-object test
  (``adapters.fieldwork.merge_run.same_object_test`` on GeoPackage geometry blobs).

and prints reconcile/baseline at each size and how reconcile time grows when the work grows 4×
(4 = linear, 16 = quadratic; the floor is under 8). Before the ledger index and the box test,
a full-kelurahan survey (2 400 buildings × 3 columns, 400 new houses) took ~40 s; now ~1 s.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import shapely  # noqa: E402

from plpbk_qgis.adapters.fieldwork.gpkg_store import gpkg_blob  # noqa: E402
from plpbk_qgis.adapters.fieldwork.merge_run import same_object_test  # noqa: E402
from plpbk_qgis.core.fieldwork.edits import DELETE, INSERT, UPDATE, Edit  # noqa: E402
from plpbk_qgis.core.fieldwork.reconcile import Provenance, Reconciler  # noqa: E402

COLUMNS = {"kondisi": ("baik", "rusak_ringan"), "jml_lantai": (1, 2), "material_atap": ("genteng", "seng")}


class Rows:
    """The master as the reconciler sees it (table -> fid -> row), in memory."""

    def __init__(self, rows):
        self.rows, self.next = {k: dict(v) for k, v in rows.items()}, max(rows) + 1

    def get(self, table, fid):
        row = self.rows.get(fid)
        return None if row is None else dict(row, fid=fid)

    def set_value(self, table, fid, column, value):
        self.rows[fid][column] = value

    def insert(self, table, row):
        self.rows[self.next], self.next = dict(row), self.next + 1
        return self.next - 1

    def restore(self, table, row):
        self.rows[row["fid"]] = {k: v for k, v in row.items() if k != "fid"}

    def delete(self, table, fid):
        self.rows.pop(fid, None)


def house(x, y):
    return gpkg_blob(shapely.box(x, y, x + 8, y + 6).wkb, 23834)


def field_work(n, new):
    master = {i: {"kondisi": "baik", "jml_lantai": 1, "material_atap": "genteng", "geom": house(i % 60 * 12.0, i // 60 * 10.0)}
              for i in range(1, n + 1)}
    packages = []
    for p in range(3):
        own = range(1 + p * n // 3, 1 + (p + 1) * n // 3)
        edits = [Edit("bangunan", UPDATE, i, c, old, new_value) for i in own for c, (old, new_value) in COLUMNS.items()]
        edits += [Edit("bangunan", DELETE, i, row=dict(master[i], fid=i)) for i in list(own)[-3:]]
        for j in range(new):
            shared = j % 3 == 0                    # the same house another pokja found too
            x = j * 12.0 + (0.3 * p if shared else 4000.0 * (p + 1))
            edits.append(Edit("bangunan", INSERT, 10 ** 6 + j, row={"kondisi": "baik", "geom": house(x, -50.0)}))
        packages.append((Provenance(f"paket-{p}", f"WK-0{p + 1}"), edits))
    return master, packages


def baseline(master, packages):
    rows = Rows(master)
    start = time.perf_counter()
    for _, edits in packages:
        for edit in edits:
            if edit.kind == UPDATE:
                rows.set_value(edit.table, edit.fid, edit.column, edit.new)
            elif edit.kind == DELETE:
                rows.delete(edit.table, edit.fid)
            else:
                rows.insert(edit.table, edit.row)
    return time.perf_counter() - start


def reconcile(master, packages):
    merger = Reconciler(Rows(master), [], {}, same_object_test())
    start = time.perf_counter()
    for provenance, edits in packages:
        merger.merge(provenance, edits)
    return time.perf_counter() - start


if __name__ == "__main__":
    times = {}
    for scale in (1, 4):
        master, packages = field_work(600 * scale, 100 * scale)
        edits = sum(len(e) for _, e in packages)
        base, merged = min(baseline(master, packages) for _ in range(3)), reconcile(master, packages)
        times[scale] = merged
        print(f"{600 * scale} buildings, {edits} edits: reconcile {merged:.2f} s = {merged / base:.0f}× the "
              f"straight writes ({base * 1000:.1f} ms)")
    growth = times[4] / times[1]
    print(f"work ×4 → reconcile time ×{growth:.1f} (4 linear, 16 quadratic; floor < 8): "
          f"{'OK' if growth < 8 else 'TOO SLOW'}")
    sys.exit(0 if growth < 8 else 1)
