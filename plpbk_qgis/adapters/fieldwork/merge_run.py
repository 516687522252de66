"""Merge field packages into the master survey GeoPackage (pygeodiff + core.fieldwork).

pygeodiff (Mergin Maps' GeoPackage diff engine) lists what each pokja did: the changeset between
the package's pristine base (``_dasar/``) and the package as it came back, whatever edited it
(the plugin, QField, OGR). Its known limits are handled before it runs: it needs integer primary
keys (every survey table has ``fid``), it cannot diff a changed schema (checked first, the
package refused with the difference), and its rebase leaves its input undefined on failure — so
nothing here touches an input: packages are read from copies, the merge runs in a copy of the
master, and the master is replaced (SQLite backup, one step) only when every package went
through. A package that is refused changes nothing; the others still merge.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ...core.errors import Message
from ...core.fieldwork.edits import DELETE, INSERT, edits_from_changeset
from ...core.fieldwork.package_record import RECORD_NAME, PackageRecord, schema_differences
from ...core.fieldwork.reconcile import ALREADY, OPEN, OUTCOMES, Provenance, Reconciler
from . import gpkg_store, ledger_io
from .package_cut import master_id, replace_contents, snapshot
from .photos import PhotoCopier

SKIPPED_TABLES = ["plpbk_catalog", "plpbk_daftar_nilai", "layer_styles", "plpbk_info",
                  ledger_io.LEDGER, ledger_io.CONFLICTS]


class Joined(str):
    """Messages joined with '; ' that render each one translated (core.errors.render)."""

    def __new__(cls, parts):
        text = super().__new__(cls, "; ".join(str(p) for p in parts))
        text.template = "; ".join("{" + f"p{i}" + "}" for i in range(len(parts)))
        text.arguments = {f"p{i}": p for i, p in enumerate(parts)}
        return text


@dataclass
class PackageResult:
    source: str
    code: str = ""
    package_id: str = ""
    merged: bool = False
    reason: str = ""
    features: int = 0                 # distinct features of the package (base and new)
    edited_features: int = 0
    edits: list = field(default_factory=list)      # (table, kind, package fid, master fid, column, outcome)

    @property
    def outcome_counts(self) -> dict:
        counts = Counter(edit[-1] for edit in self.edits)
        return {name: counts.get(name, 0) for name in OUTCOMES}


@dataclass
class MergeReport:
    master: str
    packages: list = field(default_factory=list)
    open_conflicts: int = 0
    photos_copied: int = 0
    photos_failed: list = field(default_factory=list)
    photos_same: int = 0
    photos_missing: list = field(default_factory=list)
    master_changed: bool = False

    def as_dict(self):
        return {"basis_data_induk": self.master, "induk_diubah": self.master_changed,
                "konflik_terbuka": self.open_conflicts,
                "foto": {"disalin": self.photos_copied, "sudah_ada": self.photos_same,
                         "tidak_ditemukan": self.photos_missing, "gagal_disalin": self.photos_failed},
                "paket": [{"sumber": p.source, "kode_wilayah": p.code, "id_paket": p.package_id,
                           "digabung": p.merged, "alasan": p.reason, "jumlah_fitur": p.features,
                           "fitur_tanpa_edit": p.features - p.edited_features,
                           "fitur_diedit": p.edited_features, "jumlah_edit": len(p.edits),
                           "hasil_edit": p.outcome_counts} for p in self.packages]}

    def write(self, path):
        Path(path).write_text(json.dumps(self.as_dict(), indent=1, ensure_ascii=False), encoding="utf-8")


def find_records(inputs) -> list:
    """(source text, record path or None, reason) for every folder / GeoPackage given."""
    found = []
    for item in inputs:
        path = Path(str(item).strip())
        if path.is_dir():
            records = sorted(path.glob(RECORD_NAME)) or sorted(path.glob(f"*/{RECORD_NAME}"))
            if not records:
                found.append((str(path), None, Message("folder tanpa {name}: bukan paket kerja PLPBK", name=RECORD_NAME)))
            found.extend((str(record.parent), record, "") for record in records)
        elif path.suffix.lower() == ".gpkg" and path.is_file():
            record = path.parent / RECORD_NAME
            found.append((str(path), record if record.is_file() else None,
                          "" if record.is_file() else Message("{name} tidak ada di samping GeoPackage ini",
                                                                  name=RECORD_NAME)))
        else:
            found.append((str(path), None, Message("bukan folder paket atau GeoPackage yang ada")))
    return found


def _provenance(record, row, edited=None):
    """Who made an edit: a new feature's own pokja/surveyor/date; for a changed feature its
    surveyor/date only where this package changed them (the old ones name the first survey), else
    the package's pokja and team."""
    row = row or {}
    if edited is not None:
        row = {k: v for k, v in row.items() if k in edited}
    return Provenance(record.package_id, record.code, pokja=row.get("pokja") or record.pokja or "",
                      surveyor=row.get("surveyor") or record.team or "",
                      date=str(row.get("tgl_survei") or record.created[:10]))


class _Merge:
    def __init__(self, master, catalog, same_object, work, feedback=None):
        self.master, self.catalog, self.feedback = Path(master), catalog, feedback
        self.work = work
        self.connection = gpkg_store.connect(work)
        self.rows = gpkg_store.SqliteRows(self.connection)
        self.ledger = ledger_io.read_ledger(self.connection)
        self.conflicts = ledger_io.read_conflicts(self.connection)
        self.merger = Reconciler(self.rows, self.ledger, self.conflicts, same_object)
        self.photos = PhotoCopier(self.master.parent)
        self.photo_columns = {spec.name: {f.name for f in spec.all_fields if f.type == "photo"}
                              for spec in catalog.layers}
        self.master_schema = gpkg_store.schema(self.connection)
        self.seen = {}

    def refuse(self, result, reason):
        result.reason = reason
        return result

    def package(self, source, record_path, temp: Path) -> PackageResult:
        import pygeodiff

        result = PackageResult(source)
        try:
            record = PackageRecord.read(record_path)
        except ValueError as error:
            return self.refuse(result, error.args[0] if error.args else str(error))
        result.code, result.package_id = record.code, record.package_id
        own = master_id(self.master, create=False)
        if own is None:
            return self.refuse(result, Message("basis data ini belum pernah dipakai untuk menyiapkan paket (tidak ada "
                                               "plpbk_info); gabungkan ke basis data induk tempat paket dibuat"))
        if record.master_id != own:
            return self.refuse(result, Message("paket ini dipotong dari basis data survei lain (id basis data "
                                               "berbeda); gabungkan ke basis data induknya"))
        folder = Path(record_path).parent
        package, base = folder / record.gpkg, folder / record.base
        for needed in (package, base):
            if folder.resolve() not in needed.resolve().parents:    # a record edited by hand
                return self.refuse(result, Message("catatan paket menunjuk berkas di luar folder paket: {name}",
                                                   name=str(needed)))
            if not needed.is_file():
                return self.refuse(result, Message("berkas {name} tidak ada di paket; salin ulang seluruh folder paket",
                                                   name=needed.name))
        if record.package_id in self.seen:
            return self.refuse(result, Message("paket dengan ID yang sama sudah ada di penggabungan ini ({other}); "
                                               "satu paket hanya boleh diberikan sekali", other=self.seen[record.package_id]))
        self.seen[record.package_id] = source
        # temporary names by position, never from the record (a hand-edited id could point anywhere)
        number = len(self.seen)
        copy, base_copy = temp / f"paket_{number}.gpkg", temp / f"paket_{number}_dasar.gpkg"
        snapshot(package, copy)
        snapshot(base, base_copy)
        package_connection = gpkg_store.connect(copy, readonly=True)
        try:
            found = gpkg_store.schema(package_connection, list(record.schema))
            found.update({t: c for t, c in gpkg_store.schema(package_connection).items() if t not in found})
            problems = schema_differences(record.schema, found)
            problems += [Message("tabel {table} tidak ada lagi di induk", table=table)
                         for table in record.schema if table not in self.master_schema and table not in SKIPPED_TABLES]
            problems += [Message("di induk: {problem}", problem=p) for p in schema_differences(
                {t: self.master_schema[t] for t in record.schema if t in self.master_schema},
                {t: record.schema[t] for t in record.schema if t in self.master_schema})]
            if problems:
                return self.refuse(result, Message("struktur tabel paket berubah, tidak dapat digabung: {problems}",
                                                   problems=Joined(problems[:8])))
            geodiff = pygeodiff.GeoDiff()
            geodiff.set_tables_to_skip(SKIPPED_TABLES)
            changeset, listing = temp / f"paket_{number}.diff", temp / f"paket_{number}.json"
            try:
                geodiff.create_changeset(str(base_copy), str(copy), str(changeset))
                geodiff.list_changes(str(changeset), str(listing))
            except pygeodiff.GeoDiffLibError as error:
                return self.refuse(result, Message("pygeodiff tidak dapat membaca perubahan paket: {error}",
                                                   error=str(error)))
            names = {t: [c for c, _ in cols] for t, cols in record.schema.items()}
            edits = edits_from_changeset(json.loads(listing.read_text(encoding="utf-8")), names)
            package_rows = gpkg_store.SqliteRows(package_connection)
            result.features = self._feature_count(base_copy, package_connection, record.schema)
            result.edited_features = len({(e.table, e.kind == INSERT, e.fid) for e in edits})
            changed = {}
            for edit in edits:
                changed.setdefault((edit.table, edit.fid), set()).add(edit.column)
            for edit in edits:
                edit = self._with_photos(edit, folder, record.code)
                updated = edit.kind == "update"
                # who deleted is the package, not the pokja named on the deleted feature
                row = package_rows.get(edit.table, edit.fid) if updated else ({} if edit.kind == DELETE else edit.row)
                if edit.kind == INSERT and not edit.row.get("pokja") and "pokja" in names[edit.table] and record.pokja:
                    edit.row["pokja"] = record.pokja           # provenance: the package's pokja
                provenance = _provenance(record, row, changed[(edit.table, edit.fid)] if updated else None)
                [(_, outcome)] = self.merger.merge(provenance, [edit])
                result.edits.append([edit, outcome])
        finally:
            package_connection.close()
        result.merged = True
        return result

    def guarded(self, source, record_path, temp) -> PackageResult:
        """One package in a savepoint: anything it cannot do (a UNIQUE index refusing a row, a
        damaged file, a record edited by hand) undoes that package only and refuses it with the
        reason; the others still merge."""
        ledger, conflicts, photos = copy.deepcopy(self.ledger), copy.deepcopy(self.conflicts), self.photos.mark()
        self.connection.execute("SAVEPOINT paket")
        try:
            result = self.package(source, record_path, temp)
        except (sqlite3.Error, OSError, KeyError, TypeError, ValueError) as error:
            self.connection.execute("ROLLBACK TO paket")
            self.ledger[:] = ledger
            self.conflicts.clear()
            self.conflicts.update(conflicts)
            self.merger.ledger, self.merger.conflicts = self.ledger, self.conflicts
            self.merger.reindex()
            self.photos.restore(photos)
            return PackageResult(source, reason=Message("paket tidak dapat digabung ({error}); paket ini dilewati, "
                                                        "induk tidak berubah olehnya", error=f"{type(error).__name__}: {error}"))
        self.connection.execute("RELEASE paket")
        return result

    def _feature_count(self, base_copy, package_connection, schema):
        base_connection = gpkg_store.connect(base_copy, readonly=True)
        try:
            total = 0
            for table in schema:
                if table in SKIPPED_TABLES:
                    continue
                now = {fid for (fid,) in package_connection.execute(f'SELECT fid FROM "{table}"')}  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                before = {fid for (fid,) in base_connection.execute(f'SELECT fid FROM "{table}"')}  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                total += len(now | before)
            return total
        finally:
            base_connection.close()

    def _with_photos(self, edit, folder, code):
        columns = self.photo_columns.get(edit.table, set())
        if not columns:
            return edit
        if edit.kind == INSERT:
            for name in columns & set(edit.row):
                edit.row[name] = self.photos.bring(edit.row[name], folder, code)
        elif edit.kind != DELETE and edit.column in columns:
            from dataclasses import replace

            return replace(edit, new=self.photos.bring(edit.new, folder, code))
        return edit


MAX_CELLS = 64                                      # of the place grid per feature


def same_object_test(overlap: float = 0.5, distance: float = 2.0, geometry: str = "geom"):
    """Two new features are the same object when their polygons overlap by ``overlap`` (IoU),
    their points lie within ``distance`` m, or their lines do within a ``distance`` m band;
    features without geometry never are.

    Every new feature is compared with every other package's new features, so each geometry is
    decoded and made valid once (kept by its stored value) and pairs whose boxes, widened by
    ``distance``, do not touch are told apart without any geometry operation."""
    import shapely

    prepared = {}
    cell = max(50.0, 4 * distance)                 # metres of the grid cells; a house is ~10 m

    def shape(value):
        """(is a point, geometry to compare, its box, its cells) of a stored geometry, or None."""
        if value not in prepared:
            if len(prepared) > 50_000:             # one merge run's new features; never unbounded
                prepared.clear()
            found = gpkg_store.shapely_of(value)
            if found is None or found.is_empty:
                prepared[value] = None
            else:
                kind = shapely.get_type_id(found)
                if kind in (1, 2, 5):               # lines: compare bands around them
                    found = found.buffer(distance / 2)
                elif kind not in (0, 4):
                    found = shapely.make_valid(found)
                points = kind in (0, 4)
                prepared[value] = (points, found, found.bounds, _cells(found.bounds, points))
        return prepared[value]

    def same(table, first, second):
        a, b = first.get(geometry), second.get(geometry)
        if a is None or b is None:
            return False
        a, b = shape(a), shape(b)
        if a is None or b is None:
            return False
        (points, a, box_a, _), (_, b, box_b, _) = a, b
        if (overlap > 0 or points) and (box_a[0] > box_b[2] + distance or box_b[0] > box_a[2] + distance
                                        or box_a[1] > box_b[3] + distance or box_b[1] > box_a[3] + distance):
            return False
        if points:
            return a.distance(b) <= distance
        union = a.union(b).area
        return union > 0 and a.intersection(b).area / union >= overlap

    def _cells(bounds, points):
        """Grid cells the box (widened by ``distance``) covers, or None: compare with every
        feature (polygons with ``overlap`` ≤ 0 match anything; a box over MAX_CELLS cells, say a
        stray vertex kilometres away). Coordinates that are not numbers match nothing."""
        minx, miny, maxx, maxy = bounds
        if not all(math.isfinite(v) for v in bounds):
            return ()
        if overlap <= 0 and not points:
            return None
        columns = range(int((minx - distance) // cell), int((maxx + distance) // cell) + 1)
        rows = range(int((miny - distance) // cell), int((maxy + distance) // cell) + 1)
        if len(columns) * len(rows) > MAX_CELLS:
            return None
        return tuple((i, j) for i in columns for j in rows)

    def cells(row):
        """The Reconciler's place index: features can only be the same object when they share a cell."""
        value = row.get(geometry)
        found = None if value is None else shape(value)
        return () if found is None else found[3]

    same.cells = cells
    return same


def merge_packages(master, inputs, catalog, same_object, feedback=None, on_commit=None) -> MergeReport:
    """Merge every package of ``inputs`` (folders or GeoPackages, any order) into ``master``;
    ``on_commit()`` is called right before the master is replaced (no cancel after it)."""
    master = Path(master)
    report = MergeReport(str(master))
    before = gpkg_store.content_fingerprint(master)
    records = find_records(inputs)
    with tempfile.TemporaryDirectory(prefix="plpbk_gabung_") as temp_name:
        temp = Path(temp_name)
        work = temp / "induk.gpkg"
        snapshot(master, work)
        ledger_io.ensure_tables(work, catalog)
        merge = _Merge(master, catalog, same_object, work, feedback)
        try:
            merge.connection.execute("BEGIN")
            readable = []
            for source, record_path, reason in records:
                if record_path is None:
                    report.packages.append(PackageResult(source, reason=reason))
                    continue
                readable.append((PackageRecord.read(record_path) if _readable(record_path) else None,
                                 source, record_path))
            # codes then ids: the log reads in work-area order; the result does not depend on it
            readable.sort(key=lambda item: (item[0].code, item[0].package_id) if item[0] else ("", ""))
            for index, (_, source, record_path) in enumerate(readable):
                if _cancelled(feedback):
                    merge.connection.execute("ROLLBACK")
                    return report
                if feedback is not None:
                    feedback.setProgress(90.0 * index / max(len(readable), 1))
                report.packages.append(merge.guarded(source, record_path, temp))
            changed = any(outcome != "sudah" for p in report.packages for *_, outcome in p.edits)
            stamp = datetime.datetime.now().isoformat(timespec="seconds")
            ledger_io.write_ledger(merge.connection, merge.ledger, stamp)
            ledger_io.write_conflicts(merge.connection, merge.conflicts)
            if _cancelled(feedback):
                merge.connection.execute("ROLLBACK")
                return report
            merge.connection.execute("COMMIT")
        finally:
            merge.connection.close()
        # a later package of the same run can turn an applied edit into a conflict: report where
        # every edit ended, as the ledger holds it
        for package in report.packages:
            # looked up at the end (not kept from the time of the edit): a refused package later
            # in the run restores the ledger from copies
            package.edits = [(edit.table, edit.kind, edit.fid, master_fid, edit.column, final)
                             for edit, outcome in package.edits
                             for master_fid, final in [_where(merge.merger.entry_of(package.package_id, edit), outcome)]]
        report.open_conflicts = len({c.key for c in merge.conflicts.values() if c.status == OPEN})
        report.photos_copied, report.photos_same = len(merge.photos.copied), len(merge.photos.same)
        report.photos_missing = merge.photos.missing
        report.photos_failed = merge.photos.failed
        if changed:
            if gpkg_store.content_fingerprint(master) != before:
                raise RuntimeError(Message("basis data induk berubah selama penggabungan; simpan atau batalkan "
                                           "penyuntingan di QGIS lalu ulangi"))
            if _cancelled(feedback):             # the last moment a cancel leaves the master as it was
                return report
            if on_commit is not None:
                on_commit()
            replace_contents(work, master)
            merge.photos.write()
            report.master_changed = True
    return report


def _where(entry, outcome):
    """(master fid, outcome) of an edit: as the ledger ends; an edit already merged before stays 'sudah'."""
    if entry is None or outcome == ALREADY:
        return (entry.master_fid if entry is not None else None), outcome
    return entry.master_fid, entry.outcome


def _cancelled(feedback) -> bool:
    return feedback is not None and feedback.isCanceled()


def _readable(path) -> bool:
    try:
        PackageRecord.read(path)
        return True
    except ValueError:
        return False
