"""Draf Laporan Rona Kawasan Prioritas (R01–R12): PDF dan DOCX yang dapat disunting."""


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    folder = ctx.out / "dokumen"
    folder.mkdir(parents=True, exist_ok=True)
    pdf, docx = folder / "laporan_rona.pdf", folder / "laporan_rona.docx"
    for path in (pdf, docx):
        if path.exists():
            path.unlink()
    params = {"DATABASE": survey, "OUTPUT": str(pdf), "OUTPUT_DOCX": str(docx)}
    if ctx.results.get("sheet_index"):
        params["SHEET_INDEX"] = ctx.results["sheet_index"]
    ctx.run("ronareport", params)
    ctx.made(pdf, "draf laporan rona R01–R12 (PDF A4, angka dari basis data, peta album)")
    if docx.exists():
        ctx.made(docx, "draf laporan rona (DOCX, untuk dilengkapi TAPP)")
