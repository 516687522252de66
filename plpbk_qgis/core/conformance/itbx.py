"""ITBX: is an activity permitted in a sub-zone? (I, T, B, X with subclasses T1–T3, B1–B3).

The table is activities × sub-zones (CSV format in CONTRACTS.md: ``kode_kegiatan,
nama_kegiatan,<kode_zona>...``). Cells may hold combinations as real RDTR annexes do
("B1,B3", "T3,B1"). I -> SESUAI; X -> MELANGGAR; T/B -> PERLU_CEK naming the condition;
empty cell, unknown activity or unknown zone -> PERLU_CEK.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .columns import factorize
from .rules import MELANGGAR, PERLU_CEK, SESUAI

# Usual meaning of the subclasses in RDTR annexes (Permen ATR/BPN 11/2021 practice); a city's
# own technical provisions (ketentuan teknis) decide the details.
SUBCLASS_TEXT = {
    "T": "terbatas",
    "T1": "terbatas waktu operasional",
    "T2": "terbatas intensitas/luas",
    "T3": "terbatas jumlah pemanfaatan",
    "B": "bersyarat",
    "B1": "wajib kajian/rekomendasi khusus",
    "B2": "wajib menyediakan prasarana/sarana tambahan",
    "B3": "wajib persetujuan masyarakat sekitar",
}
KEY_COLUMNS = ("kode_kegiatan", "nama_kegiatan", "fid", "id")
LONG_CELL_COLUMNS = ("ketentuan", "itbx", "nilai", "kelas_itbx")
_CODE = re.compile(r"^(I|X|[TB][1-9]?)$")


def _key(text) -> str:
    return "" if text is None else str(text).strip().lower()


@dataclass
class ItbxTable:
    cells: dict = field(default_factory=dict)   # (activity, zone) -> cell text (upper case)
    activities: set = field(default_factory=set)
    zones: set = field(default_factory=set)

    @classmethod
    def from_rows(cls, rows) -> ItbxTable:
        """``rows``: dicts with kode_kegiatan and either one key per sub-zone code (the matrix
        of the RDTR annex and of the CSV template) or, one row per activity and sub-zone,
        ``kode_zona`` and a cell column (``ketentuan``/``itbx``/``nilai``) as a database table
        from the city-plan import holds it."""
        rows = list(rows)
        names = {str(k).strip().lower() for row in rows[:1] for k in row if k is not None}
        cell_column = next((c for c in LONG_CELL_COLUMNS if c in names), None)
        if "kode_zona" in names and cell_column:
            return cls._from_long_rows(rows, cell_column)
        table = cls()
        for row in rows:
            activity = _key(row.get("kode_kegiatan"))
            if not activity:
                continue
            table.activities.add(activity)
            for column, value in row.items():
                if column is None or column.strip().lower() in KEY_COLUMNS:
                    continue
                zone = _key(column)
                table.zones.add(zone)
                text = "" if value is None else str(value).strip().upper().replace(" ", "")
                table.cells[(activity, zone)] = text
        return table

    @classmethod
    def _from_long_rows(cls, rows, cell_column) -> ItbxTable:
        table = cls()
        for row in rows:
            row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
            activity, zone = _key(row.get("kode_kegiatan")), _key(row.get("kode_zona"))
            if not activity or not zone:
                continue
            table.activities.add(activity)
            table.zones.add(zone)
            value = row.get(cell_column)
            table.cells[(activity, zone)] = "" if value is None else str(value).strip().upper().replace(" ", "")
        return table

    @classmethod
    def from_csv(cls, path) -> ItbxTable:
        from ..cityplan.rule_tables import itbx_zone_columns

        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            # a zone column twice would silently keep only the last one
            itbx_zone_columns([h.strip() for h in reader.fieldnames or []], Path(path).name)
            return cls.from_rows(reader)

    def judge(self, activity, zone) -> tuple[int, str, str]:
        """(status, reason code, detail) for one activity in one sub-zone."""
        activity, zone = _key(activity), _key(zone)
        if not activity:
            return PERLU_CEK, "GUNA_KOSONG", ""
        if activity not in self.activities:
            return PERLU_CEK, "KEGIATAN_TIDAK_DIKENAL", activity
        if zone not in self.zones:
            return PERLU_CEK, "ZONA_TIDAK_DIKENAL", zone
        cell = self.cells.get((activity, zone), "")
        codes = [c for c in re.split(r"[,;/+]", cell) if c]
        if not codes or not all(_CODE.match(c) for c in codes):
            return PERLU_CEK, "ITBX_KOSONG", cell
        if "X" in codes:
            return MELANGGAR, "ITBX_X", cell
        conditions = [c for c in codes if c != "I"]
        if not conditions:
            return SESUAI, "", "I"
        detail = ", ".join(f"{c} {SUBCLASS_TEXT.get(c, '')}".strip() for c in conditions)
        code = "ITBX_B" if any(c.startswith("B") for c in conditions) else "ITBX_T"
        return PERLU_CEK, code, detail

    def judge_many(self, activities, zones):
        """Vectorised over features: judged once per distinct (activity, zone) pair.

        Returns (cell text, status, reason code, detail) arrays."""
        a_codes, a_found = factorize(activities)
        z_codes, z_found = factorize(zones)
        n = len(a_codes)
        if n == 0:
            empty = np.empty(0, dtype=object)
            return empty, np.empty(0, dtype=np.int8), empty, empty
        # one integer per (activity, zone) pair: distinct pairs without a string per feature
        uniques, inverse = np.unique(a_codes.astype(np.int64) * len(z_found) + z_codes, return_inverse=True)
        cell = np.empty(len(uniques), dtype=object)
        status = np.empty(len(uniques), dtype=np.int8)
        code = np.empty(len(uniques), dtype=object)
        detail = np.empty(len(uniques), dtype=object)
        for k, pair in enumerate(uniques.tolist()):
            activity, zone = _key(a_found[pair // len(z_found)]), _key(z_found[pair % len(z_found)])
            status[k], code[k], detail[k] = self.judge(activity, zone)
            cell[k] = self.cells.get((activity, zone), None)
        return cell[inverse], status[inverse], code[inverse], detail[inverse]
