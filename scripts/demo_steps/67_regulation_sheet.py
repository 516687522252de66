"""Lembar ketentuan teknis blok rencana dan Aturan Bersama (P1b, P6), A4 dan A3."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    import sqlite3

    with sqlite3.connect(survey) as db:
        if not db.execute("SELECT COUNT(*) FROM aturan_bersama").fetchone()[0]:
            db.executemany("INSERT INTO aturan_bersama (no_pasal, aspek, isi_aturan, sanksi) VALUES (?,?,?,?)", [
                ("1", "tata_bangunan", "Bangunan baru atau yang dibangun ulang mundur 1 m dari tepi gang (contoh).",
                 "Teguran RT, lalu pembongkaran bagian yang melanggar"),
                ("2", "tata_bangunan", "Teras dan tangga tidak menutup saluran drainase (contoh).", "Teguran RT"),
                ("3", "prasarana", "Warga menjaga saluran bebas sampah; kerja bakti setiap bulan (contoh).", None)])
            print("    3 aturan bersama contoh ditambahkan")
    folder = ctx.out / "dokumen"
    folder.mkdir(parents=True, exist_ok=True)
    for paper, name in ((0, "ketentuan_teknis_a4.pdf"), (1, "ketentuan_teknis_a3.pdf")):
        target = folder / name
        if target.exists():
            target.unlink()
        ctx.run("regulationsheet", {"DATABASE": survey, "PAPER": paper, "OUTPUT": str(target)})
        ctx.made(target, f"ketentuan teknis per blok rencana + Aturan Bersama ({name[-6:-4].upper()})")
