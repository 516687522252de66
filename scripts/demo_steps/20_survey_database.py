"""Basis data survei: GeoPackage + proyek QGIS dari katalog, diisi dari data contoh."""

import shutil

SKIP = "    (dilewati: {path} belum ada — jalankan langkah 10_sample dulu)"


def run(ctx):
    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    if not ctx.sample.exists():
        print(SKIP.format(path=ctx.sample))
        return
    folder = ctx.out / "survei"
    target = folder / "survei_contoh.gpkg"
    result = ctx.run("createsurveydatabase", {
        "DATABASE": str(target), "BOUNDARY": f"{ctx.sample}|layername=batas_kelurahan",
        "KELURAHAN": "Contoh (data contoh)", "SURVEYOR": "Pokja contoh", "OVERWRITE": True})
    print(f"    CRS {result['CRS_AUTHID']}, {result['LAYER_COUNT']} lapisan")
    report = fill_from(ctx.sample, target, load_catalog())
    total = sum(report.copied.values())
    print(f"    disalin {total} fitur dari {len(report.copied)} tabel contoh")
    for table, names in report.unmatched_fields.items():
        print(f"    PERHATIAN {table}: kolom tidak ada di katalog, tidak disalin: {', '.join(names)}")
    for table in report.unknown_tables:
        print(f"    catatan: tabel '{table}' bukan lapisan katalog (tidak disalin)")
    for table, error in report.failed.items():
        raise RuntimeError(f"{table}: gagal menyalin: {error}")
    photos = ctx.sample.parent / "foto"
    if photos.is_dir():  # photo paths are relative to the project: bring the photos along
        shutil.copytree(photos, folder / "foto", dirs_exist_ok=True)
    ctx.results["survey_gpkg"] = str(target)
    ctx.results["survey_project"] = result["PROJECT"]
    ctx.made(target, "basis data survei (GeoPackage) berisi data contoh")
    ctx.made(result["PROJECT"], "proyek QGIS/QField: grup, gaya, tema peta, formulir")
