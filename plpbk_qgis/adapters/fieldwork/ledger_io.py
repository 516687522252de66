"""The merge ledger (``riwayat_survei``) and the conflicts (``konflik_survei``) in the master.

Both are read whole at the start of a merge and written whole at its end, in the copy the merge
works on. Exact values travel as JSON (geometry blobs base64, as pygeodiff lists them); the
``nilai`` column repeats them readably for the rembug. What the rembug typed (``keputusan``,
``catatan_rembug``) is read back and written again unchanged.
"""

from __future__ import annotations

import json

from ...core.fieldwork.reconcile import DELETED, MASTER, Conflict, LedgerEntry, Version
from . import gpkg_store

LEDGER, CONFLICTS = "riwayat_survei", "konflik_survei"
PRIOR = "sebelum_survei"           # version 0 of every conflict: the value before the field work


def ensure_tables(path, catalog):
    """Create the two tables (catalog schema) in ``path`` when an older database lacks them."""
    connection = gpkg_store.connect(path, readonly=True)
    try:
        missing = [name for name in (LEDGER, CONFLICTS) if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()]
        crs_table = next((t for t in gpkg_store.feature_tables(connection)
                          if gpkg_store.geometry_column(connection, t)), None)
        srs_id = gpkg_store.srs_id(connection, crs_table) if crs_table else 0
    finally:
        connection.close()
    if not missing:
        return
    from osgeo import ogr, osr

    from ..survey.survey_gpkg import create_catalog_layer

    source = ogr.Open(str(path), 1)
    srs = None
    if crs_table:
        srs = source.GetLayerByName(crs_table).GetSpatialRef()
    if srs is None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(srs_id if srs_id > 0 else 4326)
    for name in missing:
        create_catalog_layer(source, catalog.layer(name), srs)
    source = None  # noqa: F841


def _dump(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text):
    return None if text in (None, "") else json.loads(text)


def readable(value, geometry_column="geom") -> str:
    """How a version looks in the conflict list: 'dihapus', 'kondisi=rusak', '(geometri)'…"""
    if value == DELETED:
        return "dihapus"
    if isinstance(value, dict):
        parts = [f"{k}={'(geometri)' if k == geometry_column else v}" for k, v in sorted(value.items())
                 if v is not None and k != "fid"]
        return "; ".join(parts)[:250]
    return "(kosong)" if value is None else str(value)[:250]


def read_ledger(connection) -> list:
    rows = gpkg_store.SqliteRows(connection)
    entries = []
    for row in rows.all(LEDGER):
        entries.append(LedgerEntry(row["paket"], row["kode_wilayah"], row["lapisan"], row["fid_master"],
                                   row["fid_paket"], row["kolom"] or "", row["jenis_edit"],
                                   _load(row["nilai_dasar"]), _load(row["nilai_baru"]), row["hasil"],
                                   row["pokja"] or "", row["surveyor_edit"] or "", row["tanggal_edit"] or ""))
        entries[-1].merged_at = row["waktu_gabung"] or ""
    return entries


def write_ledger(connection, entries, merged_at):
    connection.execute(f'DELETE FROM "{LEDGER}"')  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
    rows = gpkg_store.SqliteRows(connection)
    for entry in entries:
        rows.insert(LEDGER, {
            "paket": entry.package, "kode_wilayah": entry.code, "lapisan": entry.table,
            "fid_master": entry.master_fid, "fid_paket": entry.package_fid, "kolom": entry.column,
            "jenis_edit": entry.kind, "nilai_dasar": _dump(entry.base), "nilai_baru": _dump(entry.value),
            "hasil": entry.outcome, "pokja": entry.pokja, "surveyor_edit": entry.surveyor,
            "tanggal_edit": entry.date, "waktu_gabung": getattr(entry, "merged_at", "") or merged_at})


def read_conflicts(connection) -> dict:
    rows = gpkg_store.SqliteRows(connection)
    conflicts: dict = {}
    for row in sorted(rows.all(CONFLICTS), key=lambda r: (r["kunci_konflik"], r["versi"] or 0)):
        key = row["kunci_konflik"]
        value = _load(row["nilai_json"])
        if row["versi"] == 0:
            conflicts[key] = Conflict(key, row["jenis_konflik"], row["lapisan"], row["fid_master"],
                                      row["kolom"] or "", value, status=row["status_konflik"] or "terbuka")
            conflicts[key].prior_decision = (row["keputusan"] or "", row["catatan_rembug"] or "")
            continue
        conflict = conflicts.get(key)
        if conflict is None:                   # its version-0 row was deleted by hand: keep going
            conflict = conflicts[key] = Conflict(key, row["jenis_konflik"], row["lapisan"], row["fid_master"],
                                                 row["kolom"] or "", None)
        version = Version(row["sumber"], row["kode_wilayah"] or "", value, row["pokja"] or "",
                          row["surveyor_edit"] or "", row["tanggal_edit"] or "", row["keputusan"] or "",
                          row["catatan_rembug"] or "")
        version.fid = row.get("fid_paket")
        conflict.versions.append(version)
    return conflicts


def _place(conflict, rows, table_geometry):
    """A point for the conflict on the map: the feature's, else the first version's geometry."""
    import shapely

    candidates = []
    if conflict.master_fid is not None:
        current = rows.get(conflict.table, conflict.master_fid)
        if current:
            candidates.append(current.get(table_geometry))
    for value in [conflict.prior] + [v.value for v in conflict.versions]:
        if isinstance(value, dict):
            candidates.append(value.get(table_geometry))
    for blob in candidates:
        shape = gpkg_store.shapely_of(blob)
        if shape is not None and not shape.is_empty:
            return shapely.point_on_surface(shape)
    return None


def write_conflicts(connection, conflicts: dict):
    import shapely

    connection.execute(f'DELETE FROM "{CONFLICTS}"')  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
    rows = gpkg_store.SqliteRows(connection)
    srs = gpkg_store.srs_id(connection, CONFLICTS)
    own_geometry = gpkg_store.geometry_column(connection, CONFLICTS)
    for key in sorted(conflicts):
        conflict = conflicts[key]
        geometry_name = gpkg_store.geometry_column(connection, conflict.table) if conflict.table else None
        point = _place(conflict, rows, geometry_name) if geometry_name else None
        blob = None if point is None else gpkg_store.gpkg_blob(shapely.to_wkb(point), srs)
        prior_text = readable(conflict.prior, geometry_name)
        decision, note = getattr(conflict, "prior_decision", ("", ""))
        base = {"kunci_konflik": key, "jenis_konflik": conflict.kind, "lapisan": conflict.table,
                "fid_master": conflict.master_fid, "kolom": conflict.column, "nilai_sebelum": prior_text,
                "status_konflik": conflict.status}
        versions = [(0, Version(PRIOR, "", conflict.prior, decision=decision, note=note))]
        versions += list(enumerate(conflict.versions, start=1))
        for number, version in versions:
            row = dict(base, versi=number, sumber=version.source if version.source != MASTER else MASTER,
                       kode_wilayah=version.code, pokja=version.pokja, surveyor_edit=version.surveyor,
                       tanggal_edit=version.date, fid_paket=getattr(version, "fid", None), nilai=readable(version.value, geometry_name),
                       nilai_json=_dump(version.value), keputusan=version.decision or None,
                       catatan_rembug=version.note or None)
            if blob is not None and own_geometry:
                row[own_geometry] = blob
            rows.insert(CONFLICTS, row)
