"""Cut a field package from the master survey GeoPackage: same schema, the features of one work
area (and a margin), a pristine base copy and the record of the master state.

The copy is made with SQLite's backup API (a consistent snapshot even while QGIS has the master
open in WAL mode). Features are kept when they intersect the work area grown by the margin; a
kelurahan boundary or an RT polygon reaching into the area is kept whole, so the pokja sees its
context. Attribute tables (programme, rules, projections) are kept whole. The master's merge
bookkeeping (``konflik_survei``, ``riwayat_survei``) starts empty in every package.
"""

from __future__ import annotations

import datetime
import shutil
import sqlite3
import uuid
from pathlib import Path

from ...core.fieldwork.package_record import BASE_FOLDER, PackageRecord
from . import gpkg_store

INFO_TABLE = "plpbk_info"
# emptied in every package: the master's merge bookkeeping, and its saved styles (the package
# project saves them again; QGIS 3.22 hangs saving a style over an existing row of the same name)
BOOKKEEPING = ("konflik_survei", "riwayat_survei", "layer_styles")


def master_id(path, create: bool = True) -> str | None:
    """The master's id (``plpbk_info``), created on first use: packages name it, and a package of
    another database is refused by it."""
    connection = gpkg_store.connect(path, readonly=not create)
    try:
        exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                    (INFO_TABLE,)).fetchone()
        if exists:
            row = connection.execute(f"SELECT nilai FROM {INFO_TABLE} WHERE kunci='id_basis_data'").fetchone()  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
            if row:
                return row[0]
        if not create:
            return None
    finally:
        connection.close()
    from osgeo import ogr

    source = ogr.Open(str(path), 1)
    if not exists:
        table = source.CreateLayer(INFO_TABLE, None, ogr.wkbNone,
                                   options=["FID=fid", "IDENTIFIER=Identitas basis data PLPBK"])
        table.CreateField(ogr.FieldDefn("kunci", ogr.OFTString))
        table.CreateField(ogr.FieldDefn("nilai", ogr.OFTString))
    table = source.GetLayerByName(INFO_TABLE)
    feature = ogr.Feature(table.GetLayerDefn())
    new_id = str(uuid.uuid4())
    feature.SetField("kunci", "id_basis_data")
    feature.SetField("nilai", new_id)
    table.CreateFeature(feature)
    source = None  # noqa: F841 — closes and flushes
    return new_id


def snapshot(source_path, target_path):
    """Copy a GeoPackage with SQLite's backup API (WAL content included)."""
    target_path = Path(target_path)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    for sidecar in (target_path, Path(f"{target_path}-wal"), Path(f"{target_path}-shm")):
        if sidecar.exists():
            sidecar.unlink()
    replace_contents(source_path, target_path)


def replace_contents(source_path, target_path):
    """Write ``source_path`` over the existing ``target_path`` in one step (SQLite backup into
    the open file: the same inode, so a QGIS holding the master open sees the new content)."""
    source = sqlite3.connect(f"file:{Path(source_path).as_posix()}?mode=ro", uri=True)
    target = sqlite3.connect(str(target_path))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _keep_inside(connection, table, area, margin):
    """Delete the features of ``table`` that miss the area grown by ``margin``; returns kept."""
    import shapely

    geometry = gpkg_store.geometry_column(connection, table)
    if geometry is None:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
    grown = shapely.buffer(area, margin) if margin > 0 else area
    shapely.prepare(grown)
    drop = []
    for fid, blob in connection.execute(f'SELECT fid, "{geometry}" FROM "{table}"'):  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
        shape = gpkg_store.shapely_of(blob)
        if shape is None or shape.is_empty or not grown.intersects(shape):
            drop.append((fid,))
    connection.executemany(f'DELETE FROM "{table}" WHERE fid = ?', drop)  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
    return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # nosec B608 - identifiers of the GeoPackage's own tables, quoted


def cut_package(master, folder, area, record: PackageRecord, margin: float) -> PackageRecord:
    """Write ``folder/<gpkg>`` and ``folder/_dasar/<gpkg>`` for ``area`` (shapely, master CRS);
    fills and writes ``record`` (package id, schema, counts) and returns it."""
    folder = Path(folder)
    name = f"survei_{record.code}.gpkg"
    package = folder / name
    snapshot(master, package)
    connection = gpkg_store.connect(package)
    try:
        connection.execute("BEGIN")
        tables = gpkg_store.feature_tables(connection)
        counts = {table: _keep_inside(connection, table, area, margin) for table in tables}
        for table in BOOKKEEPING:
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name=?", (table,)).fetchone():
                connection.execute(f'DELETE FROM "{table}"')  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
        connection.execute("COMMIT")
        connection.execute("VACUUM")
        # WAL while the plugin builds the project (QGIS's own mode for GeoPackages); see
        # ``single_file`` for the phone
        connection.execute("PRAGMA journal_mode=WAL")
        record.schema = gpkg_store.schema(connection, tables)
    finally:
        connection.close()
    base = folder / BASE_FOLDER / name
    base.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(package, base)
    record.package_id = record.package_id or str(uuid.uuid4())
    record.gpkg, record.base = name, f"{BASE_FOLDER}/{name}"
    record.counts, record.margin_m = counts, float(margin)
    record.created = record.created or datetime.datetime.now().isoformat(timespec="seconds")
    record.master_checksum = gpkg_store.file_checksum(master)
    record.write(folder)
    return record


class WalKeeper:
    """Holds one connection to a WAL GeoPackage while QGIS opens its layers: GDAL's read-only
    handles fail on a WAL file whose -shm another connection is not keeping ("unable to open
    database file"), and a handle opened before QGIS switches the file to WAL fails likewise."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.connection = sqlite3.connect(str(self.path))
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("SELECT count(*) FROM gpkg_contents").fetchone()
        return self

    def __exit__(self, *exc):
        self.connection.close()
        return False


def single_file(path) -> bool:
    """Back to rollback journaling (no -wal/-shm beside the file for the phone or a copy by hand);
    False when a connection still holds the file (then it stays WAL, which QField reads too)."""
    import gc

    gc.collect()
    try:
        connection = sqlite3.connect(str(path), timeout=2)
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            connection.close()
        return mode == "delete"
    except sqlite3.OperationalError:
        return False
