"""An output that names an input is refused before anything is written, for every algorithm
that reads a file; a GeoPackage output with a layer name of its own adds that layer."""

import hashlib
import shutil

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
RULES = resource_path("sample", "rules")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copies(tmp_path):
    survey = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, survey)
    rules = tmp_path / "aturan"
    shutil.copytree(RULES, rules)
    ortho = tmp_path / "ortho.tif"
    shutil.copy(resource_path("sample", "ortho_contoh.tif"), ortho)
    return survey, rules, ortho


CASES = {
    "validatesurvey": lambda s, r, o: ({"DATABASE": str(s), "OUTPUT": str(s)}, s),
    "datacompleteness": lambda s, r, o: ({"DATABASE": str(s), "OUTPUT": str(s)}, s),
    "importcityplan": lambda s, r, o: ({"INPUT": f"{s}|layername=rdtr_contoh", "OUTPUT": str(s)}, s),
    "createsheetindex": lambda s, r, o: ({"PRIORITY_AREA": f"{s}|layername=kawasan_prioritas",
                                          "OUTPUT": str(s)}, s),
    "checkbuildingrules": lambda s, r, o: ({"BUILDINGS": f"{s}|layername=bangunan", "ZONES": f"{s}|layername=rdtr_contoh",
                                            "ZONE_CODE_FIELD": "KODSZN", "OUTPUT": "TEMPORARY_OUTPUT",
                                            "OUTPUT_BUILDINGS": f"ogr:dbname='{s}' table=\"bangunan\""}, s),
    "checkplanconformance": lambda s, r, o: ({"BLOCKS": f"{s}|layername=rencana_blok",
                                              "ZONES": f"{s}|layername=rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                              "OUTPUT": str(s)}, s),
    "importruletables": lambda s, r, o: ({"INTENSITAS": str(r / "intensitas.csv"), "OUTPUT_FOLDER": str(r)},
                                         r / "intensitas.csv"),
    "importbasemap": lambda s, r, o: ({"INPUT": str(o), "OUTPUT_RASTER": str(o)}, o),
}


@pytest.mark.parametrize("alg", sorted(CASES))
def test_output_naming_an_input_is_refused(run_alg, copies, alg):
    from qgis.core import QgsProcessingException

    params, guarded = CASES[alg](*copies)
    before = _digest(guarded)
    with pytest.raises(QgsProcessingException, match="akan menimpa masukan"):
        run_alg(alg, params)
    assert _digest(guarded) == before


def test_geopackage_output_beside_other_layers_adds_a_layer(run_alg, copies):
    from osgeo import ogr

    survey = copies[0]

    def counts():
        source = ogr.Open(str(survey))        # kept alive while its layers are read
        found = {}
        for i in range(source.GetLayerCount()):
            layer = source.GetLayer(i)
            found[layer.GetName()] = layer.GetFeatureCount()
        source = None
        return found

    before = counts()
    run_alg("checkplanconformance", {"BLOCKS": f"{survey}|layername=rencana_blok",
                                     "ZONES": f"{survey}|layername=rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                     "OUTPUT": f"ogr:dbname='{survey}' table=\"cek_rencana\""})
    after = counts()
    assert set(after) == set(before) | {"cek_rencana"}
    assert after["cek_rencana"] == before["rencana_blok"]
    assert {n: after[n] for n in before} == before       # every other layer left alone
