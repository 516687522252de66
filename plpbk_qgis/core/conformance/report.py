"""Machine-readable summary of a conformance run (the ``REPORT`` JSON)."""

from __future__ import annotations

import json
import platform
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .rules import STATUS_NAMES


def _counts(values) -> dict:
    names, counts = np.unique(np.asarray(values, dtype=object).astype(str), return_counts=True)
    return {str(n): int(c) for n, c in zip(names, counts)}


def summarise(columns: dict) -> dict:
    """Counts per rule and status, overall status, and overall status per zone."""
    rules = {key[len("status_"):]: _counts(columns[key]) for key in columns if key.startswith("status_")}
    per_zone: dict = {}
    if "kode_zona" in columns and len(columns["status"]):
        zones = np.array(["(tanpa zona)" if z is None else str(z) for z in columns["kode_zona"]], dtype=object)
        status = np.asarray(columns["status"], dtype=object)
        for zone in np.unique(zones):
            per_zone[str(zone)] = _counts(status[zones == zone])
    return {"jumlah": int(len(columns.get("status", []))), "status": _counts(columns.get("status", [])),
            "per_aturan": rules, "per_zona": per_zone}


def build_report(check: str, layers: dict, parameters: dict, summaries: dict, reasons: dict) -> dict:
    return {
        "pemeriksaan": check,
        "waktu": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "status_yang_dipakai": list(STATUS_NAMES),
        "masukan": layers,
        "parameter": parameters,
        "ringkasan": summaries,
        "alasan": reasons,
        "python": platform.python_version(),
    }


def write_report(path, report: dict) -> str:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return str(target)
