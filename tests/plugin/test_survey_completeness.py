"""plpbk:datacompleteness on a real survey GeoPackage: counts per RT computed by hand."""

from osgeo import ogr
from test_survey_validation import GOOD, add, square


def test_checklist_per_rt_and_html(tmp_path, run_alg):
    path = tmp_path / "survei.gpkg"
    run_alg("createsurveydatabase", {"OUTPUT": str(path)})
    source = ogr.Open(str(path), 1)
    add(source, "rt", square(0, 0, 100), no_rt="01", no_rw="02", jml_jiwa=120)
    add(source, "rt", square(100, 0, 100), no_rt="02", no_rw="02", jml_jiwa=None)
    add(source, "bangunan", square(10, 10), id_bangunan="B1", **GOOD)
    add(source, "bangunan", square(30, 10), id_bangunan="B2", **{**GOOD, "kondisi": None})
    add(source, "bangunan", square(150, 10), id_bangunan="B3", **GOOD)
    source = None
    html = tmp_path / "cek.html"
    result = run_alg("datacompleteness", {"INPUT": str(path), "OUTPUT": "memory:",
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
