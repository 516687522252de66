"""The record a field package carries of the master state it was cut from (``paket_plpbk.json``).

The record names the master (its ``plpbk_info`` id), the work area, the schema of every table
and the pristine copy (``_dasar/``) the pokja's edits are diffed against, so edits are told apart
from what was already there, and a package from another database or with a changed schema is
refused before anything is touched.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import Message

RECORD_NAME = "paket_plpbk.json"
BASE_FOLDER = "_dasar"
FORMAT_VERSION = 1


@dataclass
class PackageRecord:
    package_id: str
    master_id: str
    code: str                      # kode_wilayah
    name: str = ""
    pokja: str = ""
    team: str = ""
    created: str = ""
    gpkg: str = ""                 # package GeoPackage, relative to the record's folder
    base: str = ""                 # pristine copy, relative to the record's folder
    margin_m: float = 0.0
    master_checksum: str = ""
    schema: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    format: int = FORMAT_VERSION

    def write(self, folder) -> Path:
        path = Path(folder) / RECORD_NAME
        path.write_text(json.dumps(asdict(self), indent=1, ensure_ascii=False), encoding="utf-8")
        return path

    @classmethod
    def read(cls, path) -> PackageRecord:
        """Raises ValueError with the reason when the file is not a package record."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(Message("catatan paket tidak terbaca ({error})", error=str(error))) from error
        if not isinstance(data, dict) or not data.get("package_id") or not data.get("master_id"):
            raise ValueError(Message("berkas bukan catatan paket kerja PLPBK"))
        if int(data.get("format", 0)) > FORMAT_VERSION:
            raise ValueError(Message("catatan paket dibuat oleh versi plugin yang lebih baru"))
        known = {name for name in cls.__dataclass_fields__}
        record = cls(**{k: v for k, v in data.items() if k in known})
        texts = ("package_id", "master_id", "code", "gpkg", "base", "created", "pokja", "team", "name")
        if any(not isinstance(getattr(record, name), str) for name in texts) or not isinstance(record.schema, dict) \
                or not record.code or not record.gpkg or not record.base:
            raise ValueError(Message("catatan paket rusak (kolom wajib kosong atau salah tipe); salin ulang folder "
                                     "paket dari yang dibuat plugin"))
        return record


def schema_differences(expected: dict, found: dict) -> list:
    """Readable differences between two ``table -> [[column, type]]`` schemas."""
    problems = []
    for table in sorted(set(expected) | set(found)):
        if table not in found:
            problems.append(Message("tabel {table} tidak ada", table=table))
            continue
        if table not in expected:
            problems.append(Message("tabel {table} ditambahkan", table=table))
            continue
        before = {name: kind for name, kind in expected[table]}
        after = {name: kind for name, kind in found[table]}
        for name in sorted(set(before) - set(after)):
            problems.append(Message("{table}: kolom {name} dihapus", table=table, name=name))
        for name in sorted(set(after) - set(before)):
            problems.append(Message("{table}: kolom {name} ditambahkan", table=table, name=name))
        for name in sorted(set(before) & set(after)):
            if before[name] != after[name]:
                problems.append(Message("{table}: tipe kolom {name} berubah ({old} → {new})", table=table, name=name,
                                        old=before[name], new=after[name]))
    return problems
