"""Every algorithm with a feature sink writes every feature to every destination Processing
offers: the dialog's temporary layer, a GeoPackage and a Shapefile (same count, same values)."""

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")


def _zones(run_alg, tmp):
    return run_alg("importcityplan", {"INPUT": f"{SAMPLE}|layername=rdtr_contoh", "OUTPUT": str(tmp / "z.gpkg")})["OUTPUT"]


# algorithm, key of the sink, parameters (given tmp folder and a run_alg), field compared
SINKS = {
    "validatesurvey": ("OUTPUT", lambda run, tmp: {"DATABASE": str(SAMPLE)}, "kode_masalah"),
    "datacompleteness": ("OUTPUT", lambda run, tmp: {"DATABASE": str(SAMPLE)}, "lapisan"),
    "importcityplan": ("OUTPUT", lambda run, tmp: {"INPUT": f"{SAMPLE}|layername=rdtr_contoh"}, "kode_zona"),
    "importbasemap": ("OUTPUT_VECTOR", lambda run, tmp: {"INPUT": f"{SAMPLE}|layername=jalan",
                                                         "TARGET_CRS": "EPSG:23834"}, "kelas_jalan"),
    "createsheetindex": ("OUTPUT", lambda run, tmp: {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas"},
                         "nomor_lembar"),
    "checkplanconformance": ("OUTPUT", lambda run, tmp: {"BLOCKS": f"{SAMPLE}|layername=rencana_blok",
                                                         "ZONES": _zones(run, tmp)}, "status"),
}


def _values(value, field):
    from pathlib import Path

    from qgis.core import QgsVectorLayer

    if isinstance(value, str) and value.endswith(".shp") and not Path(value).exists():
        value = value[:-4] + ".dbf"          # a table without geometry: the Shapefile's .dbf
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)
    assert layer.isValid()
    names = layer.fields().names()
    # a Shapefile keeps 10 characters of a field name
    name = field if field in names else next(n for n in names if field.startswith(n))
    return sorted(str(f[name]) for f in layer.getFeatures())


@pytest.mark.parametrize("alg", sorted(SINKS))
def test_every_destination_keeps_every_feature(run_alg, tmp_path, alg):
    key, params, field = SINKS[alg]
    found = {}
    for destination in ("TEMPORARY_OUTPUT", str(tmp_path / f"{alg}.gpkg"), str(tmp_path / f"{alg}.shp")):
        result = run_alg(alg, {**params(run_alg, tmp_path), key: destination})
        found[destination] = _values(result[key], field)
    counts = {d: len(v) for d, v in found.items()}
    assert len(set(counts.values())) == 1 and next(iter(counts.values())) > 0, counts
    first = next(iter(found.values()))
    assert all(values == first for values in found.values())
