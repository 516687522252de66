"""The printable slum-score summary (A4 landscape) in the house style of the check report (pure).

One row per RT with the 16 criterion scores, the total and the class; a missing criterion is a
dash, never a 0, and an undecided class shows its range. A second table names each criterion,
its unit and where its numbers came from (survey, baseline, none) over all RTs.
"""

from __future__ import annotations

import datetime

from ..analysis.slum_criteria import CLASS_LABELS, CODES, CONSIDERATIONS, CRITERIA, REGULATION
from .inputs import indonesian_date
from .pdf_style import Writer, build_document

TITLE = "Ringkasan Penilaian Kekumuhan per RT"
SOURCE_LABELS = {"survei": "survei", "baseline": "baseline", "tidak_ada_data": "tidak ada data"}


def _class_text(row: dict) -> str:
    if row.get("tingkat_kumuh"):
        return CLASS_LABELS.get(row["tingkat_kumuh"], row["tingkat_kumuh"])
    low, high = row.get("tingkat_kumuh_min"), row.get("tingkat_kumuh_maks")
    return f"{CLASS_LABELS.get(low, low)} – {CLASS_LABELS.get(high, high)} (belum pasti)"


def _rt_text(row: dict) -> str:
    return f"RW {row['no_rw']} / RT {row['no_rt']}" if row.get("no_rw") else f"RT {row['no_rt']}"


def build_slum_summary(path, rows: list, area_name: str = "", sample: bool = False,
                       day: datetime.date | None = None, cancelled=None) -> int:
    """Write the PDF; returns its page count."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak

    writer = Writer()
    day = day or datetime.date.today()
    area = area_name or ("Kelurahan Contoh" if sample else "(nama kelurahan belum diisi)")
    story = [writer.para(TITLE, "h1"), writer.para(f"{area} · {indonesian_date(day)} · kriteria {REGULATION}",
                                                   "small")]
    if sample:
        story.append(writer.para("DATA CONTOH — dibuat dari data contoh untuk peragaan plugin; bukan keadaan "
                                 "kelurahan mana pun.", "warning"))
    head = ["RT"] + [code.upper() for code in CODES] + ["Total", "Tingkat kekumuhan"]
    body = [head]
    for row in rows:
        scores = ["–" if row.get(f"skor_{code}") is None else str(row[f"skor_{code}"]) for code in CODES]
        total = str(row["total_skor"]) + ("" if row.get("lengkap") else f" (maks {row['skor_maks_mungkin']})")
        body.append([_rt_text(row)] + scores + [total, _class_text(row)])
    widths = (30,) + (9.5,) * len(CODES) + (22, 52)
    story.append(writer.table(body, widths, right=tuple(range(1, len(CODES) + 2))))
    story.append(writer.para(
        "Skor per kriteria dari persentase yang tidak memenuhi: 76–100 % → 5, 51–75 % → 3, 25–50 % → 1, "
        "di bawah 25 % → 0; persentase masuk ke pita sejak batas bawah yang tertulis (75,5 % → 3). Total "
        "60–80 kumuh berat, 38–59 sedang, 16–37 ringan, di bawah 16 tidak kumuh. '–' = kriteria tanpa data "
        "(bukan 0): total dihitung dari kriteria yang ada data, 'maks' adalah total bila semua kriteria "
        "tanpa data bernilai 5, dan tingkat kekumuhan ditulis sebagai rentang sampai datanya lengkap.",
        "small"))
    story += [PageBreak(), writer.para("Kriteria dan sumber datanya", "h2")]
    legend = [["Kode", "Aspek", "Kriteria", "Satuan", "RT dari survei", "RT dari baseline", "RT tanpa data"]]
    for item in CRITERIA:
        counts = {source: sum(1 for row in rows if row.get(f"sumber_{item.code}") == source) for source in SOURCE_LABELS}
        legend.append([item.code.upper(), item.aspect.name_id, item.name_id, item.unit, str(counts["survei"]),
                       str(counts["baseline"]), str(counts["tidak_ada_data"])])
    story.append(writer.table(legend, (14, 42, 110, 24, 22, 24, 22), right=(4, 5, 6)))
    if any(row.get(f"pilihan_{item.code}") for row in rows for item in CONSIDERATIONS):
        story += [writer.para("Pertimbangan non-fisik (dicatat terpisah, tidak masuk skor fisik)", "h2")]
        table = [["RT"] + [item.name_id for item in CONSIDERATIONS]]
        for row in rows:
            table.append([_rt_text(row)] + [
                "–" if not row.get(f"pilihan_{item.code}") else
                f"{row[f'pilihan_{item.code}'].replace('_', ' ')} ({row[f'nilai_{item.code}']})"
                for item in CONSIDERATIONS])
        story.append(writer.table(table, (30,) + (48,) * len(CONSIDERATIONS)))
    return build_document(path, story, writer, pagesize=landscape(A4), title=TITLE, area=area, day=day,
                          sample=sample, codes=f"Kode pedoman R05 · R10 · R12 · {REGULATION}", margin_mm=12,
                          cancelled=cancelled)
