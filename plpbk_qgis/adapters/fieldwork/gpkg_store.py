"""The survey GeoPackage seen through SQLite: rows as pygeodiff lists them, written back with
the GeoPackage's own triggers working.

Plain ``sqlite3`` is used (not OGR) so values stay exactly as stored — the same text, numbers and
geometry blobs that pygeodiff's changesets carry — and compare without conversion. The R-tree
triggers of a GeoPackage call ``ST_IsEmpty``/``ST_MinX``…; GDAL registers those in its own
connections only, so they are registered here from the geometry blob header (GeoPackage 1.3
§2.1.3) with shapely as the fallback when a blob has no envelope.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import struct
from pathlib import Path

INTERNAL_TABLES = ("konflik_survei", "riwayat_survei", "layer_styles", "plpbk_info")
ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def _header(blob):
    """(envelope (minx, maxx, miny, maxy) or None, empty flag, header length)."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None, True, 0
    flags = blob[3]
    indicator = (flags >> 1) & 0x07
    empty = bool(flags & 0x10)
    doubles = ENVELOPE_DOUBLES.get(indicator, 0)
    order = "<" if flags & 0x01 else ">"
    length = 8 + 8 * doubles
    envelope = struct.unpack(order + "4d", blob[8:40]) if doubles else None
    return envelope, empty, length


def wkb_of(blob) -> bytes | None:
    envelope, empty, length = _header(blob)
    return None if blob is None or length == 0 else bytes(blob[length:])


def _bounds(blob):
    envelope, empty, length = _header(blob)
    if envelope is not None:
        return envelope
    import shapely

    geometry = shapely.from_wkb(bytes(blob[length:]))
    minx, miny, maxx, maxy = geometry.bounds
    return minx, maxx, miny, maxy


def _is_empty(blob):
    if blob is None:
        return 1
    envelope, empty, _ = _header(blob)
    return 1 if empty else 0


def connect(path, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{Path(path).as_posix()}?mode={'ro' if readonly else 'rw'}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, lambda blob, i=index: None if blob is None else _bounds(blob)[i],
                                   deterministic=True)
    return connection


def feature_tables(connection) -> list:
    """Tables of the survey (features and attributes), internal bookkeeping left out."""
    rows = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type IN "
                              "('features', 'attributes') ORDER BY table_name").fetchall()
    return [name for (name,) in rows if name not in INTERNAL_TABLES]


def columns(connection, table) -> list:
    """(name, declared type, is primary key) in table order (pygeodiff numbers them so)."""
    return [(row[1], (row[2] or "").upper(), bool(row[5]))
            for row in connection.execute(f'PRAGMA table_info("{table}")')]


def geometry_column(connection, table):
    row = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?",
                             (table,)).fetchone()
    return row[0] if row else None


def schema(connection, tables=None) -> dict:
    """table -> [[column, type], …]: what a package must still have to be merged."""
    return {table: [[name, kind] for name, kind, _ in columns(connection, table)]
            for table in (tables if tables is not None else feature_tables(connection))}


def file_checksum(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def content_fingerprint(path) -> str:
    """SHA-256 of every table's rows (by primary key): what the database holds, unlike the file's
    bytes, which change when SQLite moves a WAL into the main file."""
    connection = connect(path, readonly=True)
    try:
        digest = hashlib.sha256()
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'rtree_%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def quoted(name: str) -> str:
    """An SQL identifier (a table or column name from a file) safely quoted."""
    return '"' + str(name).replace('"', '""') + '"'


class SqliteRows:
    """The ``rows`` of ``core.fieldwork.reconcile`` over one GeoPackage connection. Geometry
    blobs are shown base64-encoded, as pygeodiff lists them."""

    def __init__(self, connection, pk: str = "fid"):
        self.connection = connection
        self.pk = pk
        self._columns, self._blobs = {}, {}

    def names(self, table):
        if table not in self._columns:
            self._columns[table] = [name for name, _, _ in columns(self.connection, table)]
            self._blobs[table] = {geometry_column(self.connection, table)} - {None}
        return self._columns[table]

    def _out(self, table, name, value):
        if isinstance(value, bytes):
            return base64.b64encode(value).decode("ascii")
        return value

    def _in(self, table, name, value):
        self.names(table)
        if name in self._blobs[table] and isinstance(value, str):
            return base64.b64decode(value)
        return value

    def get(self, table, fid):
        names = self.names(table)
        selected = ", ".join(quoted(n) for n in names)
        row = self.connection.execute(f'SELECT {selected} FROM {quoted(table)} WHERE {quoted(self.pk)} = ?',  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                                      (fid,)).fetchone()
        return None if row is None else {n: self._out(table, n, v) for n, v in zip(names, row)}

    def all(self, table):
        names = self.names(table)
        selected = ", ".join(quoted(n) for n in names)
        for row in self.connection.execute(f'SELECT {selected} FROM {quoted(table)}'):  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
            yield {n: self._out(table, n, v) for n, v in zip(names, row)}

    def set_value(self, table, fid, column, value):
        self.connection.execute(f'UPDATE {quoted(table)} SET {quoted(column)} = ? WHERE {quoted(self.pk)} = ?',  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                                (self._in(table, column, value), fid))

    def _write(self, table, row):
        known = [n for n in self.names(table) if n in row]
        names = ", ".join(quoted(n) for n in known)
        marks = ", ".join("?" for _ in known)
        cursor = self.connection.execute(f'INSERT INTO {quoted(table)} ({names}) VALUES ({marks})',  # nosec B608 - identifiers of the GeoPackage's own tables, quoted
                                         [self._in(table, n, row[n]) for n in known])
        return cursor.lastrowid

    def insert(self, table, row):
        return self._write(table, {k: v for k, v in row.items() if k != self.pk})

    def restore(self, table, row):
        if self.get(table, row[self.pk]) is None:
            self._write(table, row)

    def delete(self, table, fid):
        self.connection.execute(f'DELETE FROM {quoted(table)} WHERE {quoted(self.pk)} = ?', (fid,))  # nosec B608 - identifiers of the GeoPackage's own tables, quoted


def gpkg_blob(wkb: bytes, srs_id: int) -> bytes:
    """A GeoPackage geometry blob without envelope (little-endian header)."""
    return b"GP" + bytes([0, 0x01]) + struct.pack("<i", int(srs_id)) + wkb


def srs_id(connection, table) -> int:
    row = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    return int(row[0]) if row else 0


def shapely_of(value):
    """shapely geometry of a blob as SqliteRows/pygeodiff show it (base64 text) or None."""
    import shapely

    if value is None:
        return None
    blob = base64.b64decode(value) if isinstance(value, str) else value
    wkb = wkb_of(blob)
    try:
        return shapely.from_wkb(wkb) if wkb else None
    except shapely.errors.GEOSException:
        return None
