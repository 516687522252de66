"""Hostile survey databases for every algorithm that opens one (``DATABASE``): a truncated
GeoPackage, a text file named .gpkg, a GeoPackage with none of the survey's layers, and the
survey database with its buildings and priority area removed. Each ends in a result or a clear
message naming the database (never a traceback or the 'unexpected problem' safety net), and the
file given is never modified."""

import hashlib
import shutil
import sqlite3

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


def _truncated(tmp):
    path = tmp / "terpotong.gpkg"
    path.write_bytes(SAMPLE.read_bytes()[:60_000])
    return path


def _text_file(tmp):
    path = tmp / "bukan_gpkg.gpkg"
    path.write_text("ini bukan GeoPackage\n", encoding="utf-8")
    return path


def _foreign(tmp):
    """A valid GeoPackage holding only a layer that has nothing to do with the survey."""
    from osgeo import ogr, osr

    path = tmp / "lain.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(23834)
    layer = source.CreateLayer("sungai", srs, ogr.wkbLineString)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING(700000 9300000,700100 9300100)"))
    layer.CreateFeature(feature)
    source = None
    return path


def _without_buildings(tmp):
    """The sample survey with its buildings and priority area gone (a pokja that has not yet
    mapped them): tables dropped, as a user deleting the layers in the DB manager would."""
    path = tmp / "tanpa_bangunan.gpkg"
    shutil.copy(SAMPLE, path)
    with sqlite3.connect(path) as db:
        for table in ("bangunan", "kawasan_prioritas"):
            db.execute(f"DROP TABLE IF EXISTS {table}")  # nosec B608 - fixed names
            db.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
            db.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
    return path


DATABASES = {"truncated": _truncated, "text_file": _text_file, "foreign": _foreign,
             "without_buildings": _without_buildings}

def _map_index(code):
    from plpbk_qgis.core.survey.catalog import load_catalog

    return [m.id for m in load_catalog().maps].index(code)


def _sheet_index(tmp):
    """Two sheets of the sample's priority area (the album prints every sheet of the index)."""
    from tests.plugin.test_hostile_inputs import _memory

    return _memory("Polygon?crs=EPSG:23834&field=nomor_lembar:string",
                   [("POLYGON((700200 9300200,700600 9300200,700600 9300480,700200 9300480,700200 9300200))", "A1"),
                    ("POLYGON((700600 9300200,701000 9300200,701000 9300480,700600 9300480,700600 9300200))", "A2")])


ALGORITHMS = {
    "validatesurvey": lambda tmp: {"OUTPUT": "TEMPORARY_OUTPUT"},
    "datacompleteness": lambda tmp: {"OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_HTML": str(tmp / "lengkap.html")},
    "renderthematicmaps": lambda tmp: {"MAPS": [_map_index("R08")], "SHEET_INDEX": _sheet_index(tmp),
                                       "OUTPUT_FOLDER": str(tmp / "album")},
    "createworkareas": lambda tmp: {"METHOD": 2, "COUNT": 3, "OUTPUT": "TEMPORARY_OUTPUT"},
    "preparefieldwork": lambda tmp: {"OUTPUT_FOLDER": str(tmp / "paket")},
    "mergefieldwork": lambda tmp: {"PACKAGES": [str(tmp / "paket_tidak_ada")], "OUTPUT": "TEMPORARY_OUTPUT"},
    "applyconflictdecisions": lambda tmp: {},
}
# what a database without buildings may lack besides them: the work areas drawn from them
EMPTY_LAYERS = ("bangunan", "kawasan_prioritas", "wilayah_kerja")


@pytest.mark.parametrize("database", sorted(DATABASES))
@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_hostile_database(run_alg, tmp_path, alg, database):
    from qgis.core import QgsProcessingException

    path = DATABASES[database](tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    params = {"DATABASE": str(path), **ALGORITHMS[alg](tmp_path)}
    try:
        results = run_alg(alg, params)
    except QgsProcessingException as error:
        message = str(error)
        assert "Traceback" not in message and "tidak terduga" not in message, message
        assert path.name in message or any(name in message for name in EMPTY_LAYERS), message
    else:
        # a run that goes through must say what it could not do, not pretend (R08 with no buildings)
        assert database == "without_buildings", (alg, results)
        if alg == "renderthematicmaps":
            import json

            manifest = json.loads((tmp_path / "album" / "manifest.json").read_text(encoding="utf-8"))
            assert manifest["halaman"]
            for page in manifest["halaman"]:
                assert {"bangunan", "kawasan_prioritas"} <= set(page["lapisan_tanpa_data"]), page
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
