"""Uji publik scan-back: foto sintetis dua lembar album uji publik (miring, diputar, buram, JPEG) menjadi GeoTIFF."""

import json
from pathlib import Path


def _album(ctx):
    """The uji publik album of step 65, or a small one (R08 only) made here."""
    manifest = ctx.results.get("album_manifest")
    if manifest and Path(manifest).exists():
        return Path(manifest)
    data = ctx.results.get("survey_gpkg") or str(ctx.sample)
    folder = ctx.out / "scan_back"
    sheets = ctx.results.get("sheet_index") or ctx.run("createsheetindex", {
        "PRIORITY_AREA": f"{data}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": 0, "ORIENTATION": 0,
        "OUTPUT": str(folder / "indeks_lembar.gpkg")})["OUTPUT"]
    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    result = ctx.run("renderthematicmaps", {"DATABASE": data, "SHEET_INDEX": sheets,
                                            "MAPS": [catalog_map_ids().index("R08")], "VARIANT": 1,
                                            "OUTPUT_FOLDER": str(folder / "album_uji_publik")})
    return Path(result["MANIFEST"])


def run(ctx):
    import cv2
    import numpy as np

    from plpbk_qgis.adapters.sources.scan_files import PDF_DPI, read_scan
    from plpbk_qgis.core.publicreview.sheet_markers import map_face_box_mm
    from plpbk_qgis.core.publicreview.synthetic_photo import paint_dots, photograph

    manifest_path = _album(ctx)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    sheets_1000 = [p for p in manifest["halaman"] if p["skala"] == 1000]
    pages = [p for p in sheets_1000 if p["berkas"] == sheets_1000[0]["berkas"]][:2] if sheets_1000 else []
    if manifest.get("varian") != "uji_publik" or len(pages) < 2:
        print("    (dilewati: album uji publik 1:1000 dengan dua lembar belum ada)")
        return
    photos = ctx.out / "scan_back" / "foto"
    photos.mkdir(parents=True, exist_ok=True)
    fx, fy, fw, fh = map_face_box_mm(manifest["kertas"], manifest["orientasi"])
    # residents' pen marks, as they would circle a house or a path on the sheet
    marks = [(fx + a * fw, fy + b * fh) for a in (0.1, 0.5, 0.9) for b in (0.15, 0.85)]
    rendered = read_scan(manifest_path.parent / pages[0]["berkas"])
    for number, (entry, rotation) in enumerate(zip(pages, (18.0, -12.0)), start=1):
        page = cv2.cvtColor(rendered[entry["halaman"] - 1].image, cv2.COLOR_BGR2RGB)
        jpeg = photograph(paint_dots(page, PDF_DPI, marks), np.random.default_rng(number), rotation_deg=rotation,
                          tilt=0.08, blur_sigma=1.2, noise_sigma=4.0, jpeg_quality=80, photo_long_side=4000)
        (photos / f"foto_lembar_{number}.jpg").write_bytes(jpeg)
    out = ctx.out / "scan_back" / "geotiff"
    report = ctx.out / "scan_back" / "laporan_pindaian.csv"
    if report.exists():
        report.unlink()
    result = ctx.run("importsheetscans", {"INPUT_FOLDER": str(photos), "ALBUM": str(manifest_path),
                                          "OUTPUT_FOLDER": str(out), "REPORT": str(report)})
    print(f"    {result['IMPORTED']} lembar diimpor, {result['FAILED']} gagal")
    for path in result["GEOTIFFS"]:
        ctx.made(path, "muka peta lembar dari foto, bergeoreferensi (coretan warga untuk masukan_warga)")
    ctx.made(report, "laporan impor: berkas, ID lembar, status, pesan, selisih penanda (mm)")
