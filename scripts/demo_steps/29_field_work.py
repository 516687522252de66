"""Kerja lapangan pokja (S4–S6): paket per wilayah kerja, edit pokja yang disimulasikan (lewat OGR, seperti
QField menulis GeoPackage), penggabungan ke basis data induk, dan daftar konflik tercetak untuk rembug pokja.

Berjalan di salinan basis data survei (survei/lapangan/induk.gpkg) agar langkah berikutnya memakai data contoh
yang tidak berubah."""

import shutil


def _edit(path, action):
    from osgeo import ogr

    source = ogr.Open(str(path), 1)
    action(source)
    source = None  # noqa: F841


def _simulate(packages):
    """Three pokja: two give the same house different conditions, one widens a road another deletes,
    a kiosk gone, a new house with a photo, and the same new house drawn twice."""
    from osgeo import ogr

    def fids(code, table):
        source = ogr.Open(str(packages / code / f"survei_{code}.gpkg"))
        return sorted(f.GetFID() for f in source.GetLayerByName(table))

    def set_value(table, fid, name, value):
        def action(source):
            layer = source.GetLayerByName(table)
            feature = layer.GetFeature(fid)
            feature.SetField(name, value)
            layer.SetFeature(feature)
        return action

    def add_house(x, y, kondisi, photo=None):
        def action(source):
            layer = source.GetLayerByName("bangunan")
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"MULTIPOLYGON((({x} {y},{x + 9} {y},{x + 9} {y + 7},{x} {y + 7},{x} {y})))"))
            feature.SetField("id_bangunan", "BARU-01")
            feature.SetField("kondisi", kondisi)
            if photo:
                feature.SetField("foto", photo)
            layer.CreateFeature(feature)
        return action

    shared = sorted(set(fids("WK-01", "bangunan")) & set(fids("WK-02", "bangunan")))
    road = sorted(set(fids("WK-01", "jalan")) & set(fids("WK-02", "jalan")))
    source = ogr.Open(str(packages / "WK-01" / "survei_WK-01.gpkg"))
    xmin, _xmax, ymin, _ymax = source.GetLayerByName("bangunan").GetExtent()
    source = None
    (packages / "WK-01" / "DCIM").mkdir(exist_ok=True)
    photo = next(iter(sorted((packages.parents[2] / "survei" / "foto").glob("*.jpg"))), None)
    if photo is not None:
        shutil.copy(photo, packages / "WK-01" / "DCIM" / "rumah_baru.jpg")
    wk1 = packages / "WK-01" / "survei_WK-01.gpkg"
    wk2 = packages / "WK-02" / "survei_WK-02.gpkg"
    wk3 = packages / "WK-03" / "survei_WK-03.gpkg"
    if shared:
        _edit(wk1, set_value("bangunan", shared[0], "kondisi", "rusak_ringan"))
        _edit(wk2, set_value("bangunan", shared[0], "kondisi", "rusak_sedang"))
    if road:
        _edit(wk1, set_value("jalan", road[0], "lebar_m", 5.0))
        _edit(wk2, lambda s: s.GetLayerByName("jalan").DeleteFeature(road[0]))
    kiosks = fids("WK-02", "usaha_ekonomi")
    if kiosks:
        _edit(wk2, lambda s: s.GetLayerByName("usaha_ekonomi").DeleteFeature(kiosks[0]))
    _edit(wk1, add_house(xmin - 30, ymin - 30, "baik", "DCIM/rumah_baru.jpg" if photo else None))
    _edit(wk3, add_house(xmin - 29, ymin - 30, "rusak_berat"))
    _edit(wk3, set_value("bangunan", fids("WK-03", "bangunan")[0], "jml_lantai", 2))


def run(ctx):
    survey = ctx.results.get("survey_gpkg")
    try:
        import pygeodiff  # noqa: F401
    except ImportError:
        print("    (dilewati: pygeodiff belum terpasang)")
        return
    if not survey:
        print("    (dilewati: basis data survei belum dibuat di langkah 20)")
        return
    from plpbk_qgis.adapters.fieldwork.package_cut import snapshot

    folder = ctx.out / "survei" / "lapangan"
    if folder.exists():
        shutil.rmtree(folder)
    master = folder / "induk.gpkg"
    snapshot(survey, master)
    packages = folder / "paket"
    params = {"DATABASE": str(master), "WORK_AREAS": "WK-01, WK-02, WK-03", "MARGIN": 10,
              "OUTPUT_FOLDER": str(packages)}
    ortho = ctx.root / "resources" / "sample" / "ortho_contoh.tif"
    if ortho.exists():
        params["BASEMAP"] = str(ortho)
    ctx.run("preparefieldwork", params)
    ctx.made(packages, "paket WK-01..WK-03: GeoPackage, proyek QField, peta dasar, DCIM, lembar lapangan PDF")
    _simulate(packages)
    result = ctx.run("mergefieldwork", {"DATABASE": str(master), "PACKAGES": [str(packages)],
                                        "OUTPUT": str(folder / "hasil_gabung.csv"),
                                        "REPORT": str(folder / "hasil_gabung.json"),
                                        "CONFLICT_LIST": str(folder / "daftar_konflik.pdf")})
    print(f"    {result['CONFLICT_COUNT']} konflik terbuka menunggu rembug pokja")
    ctx.made(folder / "hasil_gabung.json", "laporan penggabungan: setiap fitur dan edit setiap paket terhitung")
    ctx.made(folder / "daftar_konflik.pdf", "daftar konflik tercetak untuk rembug pokja (kolom keputusan)")
