"""Population table of the sample kelurahan for plpbk:populationprojection (A1a/A1b).

Written the way a kelurahan monograph export comes: ';' separated (Indonesian-locale
spreadsheet), thousands with '.', two census years per RT (2020 and 2025, the RT table's
jml_jiwa), and a 'Jumlah' row at the bottom that the reader must report and not add. Each RT
grew at its own rate between 0.4 % and 2.6 % a year (deterministic, from its number).

Run: python scripts/sample/population.py  (reads resources/sample/kelurahan_contoh.gpkg)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def main() -> Path:
    with sqlite3.connect(SAMPLE / "kelurahan_contoh.gpkg") as db:
        rts = db.execute("SELECT no_rw, no_rt, jml_jiwa FROM rt ORDER BY no_rw, no_rt").fetchall()
    lines = ["No. RW;No. RT;Penduduk 2020;Penduduk 2025"]
    totals = [0, 0]
    for index, (rw, rt, people) in enumerate(rts):
        rate = 0.004 + 0.022 * ((index * 7) % 11) / 10.0
        before = round(people / (1.0 + rate) ** 5)
        totals[0] += before
        totals[1] += people
        lines.append(f"{rw};{rt};{thousands(before)};{thousands(people)}")
    lines.append(f"Jumlah;;{thousands(totals[0])};{thousands(totals[1])}")
    out = SAMPLE / "penduduk_rt.csv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(main())
