"""The printed conflict list for the rembug pokja (S6): one block per open conflict with the
value before the survey and each pokja's version, and an empty 'keputusan' column to fill in
at the meeting (then typed into konflik_survei and applied with plpbk:applyconflictdecisions)."""

from __future__ import annotations

import datetime

from ...core.report.pdf_style import Writer, build_document
from ...i18n import tr, tr_noop
from . import gpkg_store, ledger_io

KINDS = {"nilai_berbeda": tr_noop("Nilai berbeda antar-pokja"),
         "ubah_vs_hapus": tr_noop("Diubah satu pokja, dihapus pokja lain"),
         "objek_ganda": tr_noop("Objek baru yang sama dari dua pokja")}


def conflict_rows(master) -> list:
    connection = gpkg_store.connect(master, readonly=True)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name=?", (ledger_io.CONFLICTS,)).fetchone():
            return []
        return connection.execute(
            "SELECT kunci_konflik, jenis_konflik, lapisan, fid_master, kolom, versi, kode_wilayah, pokja, surveyor_edit, "
            "tanggal_edit, nilai FROM konflik_survei WHERE status_konflik = 'terbuka' "
            "ORDER BY lapisan, kunci_konflik, versi").fetchall()
    finally:
        connection.close()


def write_conflict_list(path, master, area: str, cancelled=None) -> int:
    from reportlab.lib.pagesizes import A4, landscape

    writer = Writer()
    rows = conflict_rows(master)
    keys = sorted({row[0] for row in rows})
    story = [writer.markup(f"<b>{tr('Daftar konflik survei untuk rembug pokja')}</b>", "body"),
             writer.para(tr("{n} konflik terbuka. Tulis keputusan (pakai / tolak) pada versi yang dipilih.").format(
                 n=len(keys)))]
    table = [[tr("No."), tr("Lapisan / fitur / kolom"), tr("Jenis"), tr("Versi"), tr("Wilayah · pokja · surveyor"),
              tr("Nilai"), tr("Keputusan")]]
    for number, key in enumerate(keys, start=1):
        for row in (r for r in rows if r[0] == key):
            _, kind, layer, fid, column, version, code, pokja, surveyor, date, value = row
            first = version == 0
            where = f"{layer} #{fid if fid is not None else tr('baru')}" + (f" · {column}" if column else "")
            who = tr("sebelum survei") if first else " · ".join(str(v) for v in (code, pokja, surveyor, date) if v)
            table.append([str(number) if first else "", where if first else "", tr(KINDS.get(kind, kind)) if first else "",
                          str(version), who, value or "", ""])
    if len(table) == 1:
        table.append(["", tr("(tidak ada konflik terbuka)"), "", "", "", "", ""])
    story.append(writer.table(table, [12, 55, 45, 14, 60, 65, 25]))
    return build_document(path, story, writer, pagesize=landscape(A4), title=tr("Konflik survei (rembug pokja)"),
                          area=area, day=datetime.date.today(), sample=False, codes="S6", cancelled=cancelled)
