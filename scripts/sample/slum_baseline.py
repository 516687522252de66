"""KOTAKU baseline table of the sample kelurahan for plpbk:slumassessment.

The criteria the sample survey cannot feed (regularity, road coverage, water sufficiency,
ponding, wastewater, waste, fire protection) as a kelurahan facilitator would copy them from the
KOTAKU baseline sheet: one row per RT with <code>_volume and <code>_total, Indonesian number
writing, and the non-physical considerations. Deterministic (from the RT's position).

Run: python scripts/sample/slum_baseline.py  (reads resources/sample/kelurahan_contoh.gpkg)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
# code -> (unit total per RT from the RT table: 'kk' households, 'bangunan' buildings, or metres)
CRITERIA = {"k1a": "bangunan", "k2a": "meter", "k3a": "kk", "k3b": "kk", "k4a": "ha", "k5a": "kk", "k5b": "kk",
            "k6a": "kk", "k6b": "kk", "k7a": "bangunan", "k7b": "bangunan"}


def main() -> Path:
    with sqlite3.connect(SAMPLE / "kelurahan_contoh.gpkg") as db:
        rts = db.execute("SELECT no_rw, no_rt, jml_kk FROM rt ORDER BY no_rw, no_rt").fetchall()
        buildings = dict(((rw, rt), n) for rw, rt, n in db.execute(
            "SELECT no_rw, no_rt, COUNT(*) FROM bangunan GROUP BY no_rw, no_rt"))
    header = ["RW", "RT"] + [f"{code}_{part}" for code in CRITERIA for part in ("volume", "total")] \
        + ["nilai_strategis", "kependudukan", "sosial_ekonomi_budaya", "status_lahan", "kesesuaian_rtr"]
    lines = [";".join(header)]
    for index, (rw, rt, households) in enumerate(rts):
        totals = {"bangunan": buildings.get((rw, rt), 0) or 1, "kk": households or 1, "meter": 400 + 35 * index,
                  "ha": 2.0 + 0.1 * index}
        cells = [rw, rt]
        for position, unit in enumerate(CRITERIA.values()):
            share = ((index * 13 + position * 29) % 100) / 100.0      # 0 % … 99 %, spread over the bands
            total = totals[unit]
            volume = round(total * share, 2) if unit == "ha" else round(total * share)
            text = (lambda v: f"{v:.2f}".replace(".", ",")) if unit == "ha" else str
            cells += [text(volume), text(total)]
        cells += ["ada" if index % 3 == 0 else "tidak", ("rendah", "sedang", "tinggi")[index % 3],
                  "ya" if index % 2 else "tidak", "jelas" if index % 4 else "tidak_jelas",
                  "sesuai" if index % 5 else "tidak_sesuai"]
        lines.append(";".join(cells))
    out = SAMPLE / "baseline_kumuh.csv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(main())
