"""Hostile layers for every algorithm that reads a vector layer: empty, NULL geometries, no CRS,
points where polygons are expected, metres declared as WGS84, self-intersecting polygons, text in
numeric fields. Each ends in a result or a clear message (never a traceback or the
'unexpected problem' safety net), and the sample file is never modified."""

import hashlib

import pytest

from plpbk_qgis.core.resources import resource_path
from tests.plugin.test_hostile_inputs import _memory, _square

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
X, Y = 700000, 9300000


def _layer(kind, crs="EPSG:23834", fields="&field=id:string&field=jml_lantai:string&field=kode_zona:string", rows=()):
    return _memory(f"{kind}?{'crs=' + crs if crs else ''}{fields}", rows)


BOWTIE = f"POLYGON(({X} {Y},{X + 10} {Y + 10},{X + 10} {Y},{X} {Y + 10},{X} {Y}))"

LAYERS = {
    "empty": lambda: _layer("Polygon"),
    "null_geometry": lambda: _layer("Polygon", rows=[(None, "a", "2", "R-2")]),
    "no_crs": lambda: _layer("Polygon", crs="", rows=[(_square(X, Y, 10), "a", "2", "R-2")]),
    "points": lambda: _layer("Point", rows=[(f"POINT({X} {Y})", "a", "2", "R-2")]),
    "metres_as_wgs84": lambda: _layer("Polygon", crs="EPSG:4326", rows=[(_square(X, Y, 10), "a", "2", "R-2")]),
    "self_intersecting": lambda: _layer("Polygon", rows=[(BOWTIE, "a", "dua", "R-2"), (_square(X + 20, Y, 10), "b", "2", "R-2")]),
}

# algorithm -> (key of the hostile layer, the other parameters)
ALGORITHMS = {
    "checkbuildingrules": ("BUILDINGS", {"ZONES": f"{SAMPLE}|layername=rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}),
    "checkbuildingrules_zones": ("ZONES", {"BUILDINGS": f"{SAMPLE}|layername=bangunan",
                                           "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}),
    "checkplanconformance": ("BLOCKS", {"ZONES": f"{SAMPLE}|layername=rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                        "OUTPUT": "TEMPORARY_OUTPUT"}),
    "importcityplan": ("INPUT", {"FIELD_MAP": "kode_zona=kode_zona", "OUTPUT": "TEMPORARY_OUTPUT"}),
    "createsheetindex": ("PRIORITY_AREA", {"OUTPUT": "TEMPORARY_OUTPUT"}),
    "createsurveydatabase": ("BOUNDARY", {}),
    "importbasemap": ("INPUT", {"TARGET_CRS": "EPSG:23834", "OUTPUT_VECTOR": "TEMPORARY_OUTPUT"}),
    "validatesurvey": ("PRIORITY_AREA", {"DATABASE": str(SAMPLE), "OUTPUT": "TEMPORARY_OUTPUT"}),
    "datacompleteness": ("UNITS", {"DATABASE": str(SAMPLE), "OUTPUT": "TEMPORARY_OUTPUT"}),
    "hazardexposure": ("BUILDINGS", {"DATABASE": "", "HAZARDS": [f"{SAMPLE}|layername=rawan_bencana"],
                                     "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}),
    "comparedraftfinal": ("DRAFT", {"FINAL": f"{SAMPLE}|layername=rencana_blok", "DATABASE": "",
                                    "OUTPUT": "TEMPORARY_OUTPUT"}),
}


@pytest.mark.parametrize("layer", sorted(LAYERS))
@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_hostile_layer(run_alg, tmp_path, alg, layer):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    key, params = ALGORITHMS[alg]
    params = dict(params)
    if alg == "createsurveydatabase":
        params["DATABASE"] = str(tmp_path / "survei.gpkg")
    errors = []

    class Feedback(QgsProcessingFeedback):
        def reportError(self, error, fatal=False):  # noqa: N802
            errors.append(error)

    before = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    try:
        run_alg(alg.split("_")[0], {**params, key: LAYERS[layer]()}, Feedback())
        outcome = ""
    except QgsProcessingException as error:
        outcome = str(error)
    said = "\n".join(errors + [outcome])
    assert "Traceback" not in said and 'File "' not in said, said
    assert "berhenti karena masalah yang tidak terduga" not in said, said
    if outcome:
        message = outcome.splitlines()[-1]
        if layer == "null_geometry":
            assert "tanpa geometri" in message, message        # said as it is, not "out of range"
        if layer in ("empty", "null_geometry"):
            assert "di luar jangkauan" not in message, message
        assert len(message) > 20 and (message[:1].isupper() or not message[:1].isalpha()), message
    if layer in ("metres_as_wgs84", "no_crs"):
        # a layer whose CRS does not fit its coordinates is refused by every algorithm using it
        assert outcome and "CRS" in outcome, (alg, said)
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == before
