"""plpbk:datacompleteness on a real survey GeoPackage: counts per RT and per custom work area
(S4, another GeoPackage in another CRS) computed by hand; inputs are left untouched."""

import hashlib

from osgeo import ogr, osr
from pyproj import Transformer
from test_survey_validation import GOOD, X0, Y0, add, square

from plpbk_qgis.core.survey.catalog import load_catalog


def test_checklist_per_rt_and_html(tmp_path, run_alg):
    path = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(path)})
    source = ogr.Open(str(path), 1)
    add(source, "rt", square(0, 0, 100), no_rt="01", no_rw="02", jml_jiwa=120)
    add(source, "rt", square(100, 0, 100), no_rt="02", no_rw="02", jml_jiwa=None)
    add(source, "bangunan", square(10, 10), id_bangunan="B1", **GOOD)
    add(source, "bangunan", square(30, 10), id_bangunan="B2", **{**GOOD, "kondisi": None})
    add(source, "bangunan", square(150, 10), id_bangunan="B3", **GOOD)
    source = None
    html = tmp_path / "cek.html"
    result = run_alg("datacompleteness", {"DATABASE": str(path), "OUTPUT": "memory:",
                                          "OUTPUT_HTML": str(html)})
    rows = {(f["lapisan"], f["wilayah"]): f for f in result["OUTPUT"].getFeatures()}
    rt01 = rows[("bangunan", "RW 02 / RT 01")]
    assert rt01["jml_fitur"] == 2 and rt01["terisi_pct"] == 90.0     # 9 of 10 required cells
    assert rt01["kolom_kurang"] == "kondisi" and rt01["status"] == "SEBAGIAN"
    assert rows[("bangunan", "RW 02 / RT 02")]["status"] == "LENGKAP"
    assert rows[("bangunan", "SEMUA")]["jml_fitur"] == 3
    assert rows[("rt", "SEMUA")]["terisi_pct"] == round(100 * 5 / 6, 1)
    assert rows[("persil", "SEMUA")]["status"] == "BELUM ADA DATA"
    text = html.read_text(encoding="utf-8")
    assert "RW 02 / RT 01" in text and "Daftar periksa" in text
    assert 0 < result["PERCENT"] < 100


def _work_areas_wgs84(path):
    """Two pokja work areas (S4) in their own GeoPackage, in EPSG:4326 (as drawn on a phone):
    west = survey x 0..100 m, east = x 100..200 m (survey CRS EPSG:23834)."""
    to_wgs84 = Transformer.from_crs(23834, 4326, always_xy=True)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer("wilayah_pokja", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("nama_wilayah", ogr.OFTString))
    for name, x in (("Pokja Barat", 0), ("Pokja Timur", 100)):
        corners = [(X0 + x + dx, Y0 + dy) for dx, dy in
                   ((0, 0), (100, 0), (100, 100), (0, 100), (0, 0))]
        ring = ",".join("{:.10f} {:.10f}".format(*to_wgs84.transform(*c)) for c in corners)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("nama_wilayah", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))"))
        layer.CreateFeature(feature)
    source = None


def test_checklist_per_custom_work_area_and_inputs_untouched(tmp_path, run_alg):
    path = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"DATABASE": str(path)})
    source = ogr.Open(str(path), 1)
    # an RT exists but must NOT be used when a work-area layer is given
    add(source, "rt", square(0, 0, 200), no_rt="01", no_rw="01", jml_jiwa=50)
    add(source, "bangunan", square(10, 10), id_bangunan="B1", **GOOD)              # west 5/5
    add(source, "bangunan", square(30, 10), id_bangunan="B2",
        **{**GOOD, "kondisi": None, "jml_lantai": None})                           # west 3/5
    add(source, "bangunan", square(150, 10), id_bangunan="B3", **GOOD)             # east 5/5
    add(source, "bangunan", square(170, 10), id_bangunan="B4",
        **{**GOOD, "fungsi": None})                                                # east 4/5
    add(source, "bangunan", square(500, 500), id_bangunan="B5", **GOOD)            # no area
    add(source, "kk_miskin", f"POINT({X0 + 50} {Y0 + 50})", id_kk="K1", kategori="miskin",
        no_rt="01", no_rw="01")                                                    # west 4/4
    add(source, "kk_miskin", f"POINT({X0 + 150} {Y0 + 50})", id_kk="K2", kategori=None,
        no_rt="01", no_rw="01")                                                    # east 3/4
    source = None
    areas = tmp_path / "wilayah.gpkg"
    _work_areas_wgs84(areas)
    digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, areas)}

    result = run_alg("datacompleteness", {
        "DATABASE": str(path), "UNITS": f"{areas}|layername=wilayah_pokja",
        "UNIT_FIELD": "nama_wilayah", "OUTPUT": "memory:", "OUTPUT_HTML": str(tmp_path / "c.html")})

    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (path, areas)} == digests
    rows = {(f["lapisan"], f["wilayah"]): f for f in result["OUTPUT"].getFeatures()}
    from plpbk_qgis.core.survey.completeness import NO_UNIT

    assert {unit for _layer, unit in rows} == {"SEMUA", "Pokja Barat", "Pokja Timur", NO_UNIT}
    assert rows[("bangunan", NO_UNIT)]["jml_fitur"] == 1                         # B5, in no area
    west, east = rows[("bangunan", "Pokja Barat")], rows[("bangunan", "Pokja Timur")]
    assert (west["jml_fitur"], west["terisi_pct"], west["kolom_kurang"]) == (2, 80.0,
                                                                            "jml_lantai,kondisi")
    assert (east["jml_fitur"], east["terisi_pct"], east["kolom_kurang"]) == (2, 90.0, "fungsi")
    everything = rows[("bangunan", "SEMUA")]
    assert (everything["jml_fitur"], everything["terisi_pct"]) == (5, 88.0)      # 22 of 25
    assert rows[("kk_miskin", "Pokja Barat")]["status"] == "LENGKAP"
    assert rows[("kk_miskin", "Pokja Timur")]["terisi_pct"] == 75.0             # 3 of 4
    assert rows[("kk_miskin", "SEMUA")]["terisi_pct"] == 87.5                   # 7 of 8
    assert rows[("persil", "Pokja Barat")]["status"] == "BELUM ADA DATA"
    # mean over every catalog layer, kelurahan-wide, empty layers 0 %: rt 100, bangunan 88,
    # kk_miskin 87.5
    surveyed = [layer for layer in load_catalog().layers if not layer.derived]
    assert result["PERCENT"] == round((100 + 88 + 87.5) / len(surveyed), 1)
