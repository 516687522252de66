"""Cancel that cancels (issue: hostile input): every algorithm, cancelled at its first progress
report (or past half-way), stops (at most a couple of progress reports later), says it was cancelled, leaves no
output file behind and never writes into the target database after that."""

import shutil
import sqlite3

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
RULES = resource_path("sample", "rules")
ORTHO = resource_path("sample", "ortho_contoh.tif")
LAYER = f"{SAMPLE}|layername="


def _cases(tmp):
    """algorithm -> (parameters, output paths that must not exist after a cancel)."""
    album = tmp / "album"
    return {
        "createsurveydatabase": ({"DATABASE": str(tmp / "baru.gpkg"), "BOUNDARY": LAYER + "batas_kelurahan"},
                                 [tmp / "baru.gpkg"]),
        "validatesurvey": ({"DATABASE": str(tmp / "survei.gpkg"), "OUTPUT": str(tmp / "masalah.gpkg")},
                           [tmp / "masalah.gpkg"]),
        "datacompleteness": ({"DATABASE": str(tmp / "survei.gpkg"), "OUTPUT": str(tmp / "lengkap.csv"),
                              "OUTPUT_HTML": str(tmp / "lengkap.html")}, [tmp / "lengkap.csv", tmp / "lengkap.html"]),
        "importbasemap": ({"INPUT": LAYER + "bangunan", "TARGET_CRS": "EPSG:23834",
                           "DATABASE": str(tmp / "survei.gpkg"), "OUTPUT_VECTOR": str(tmp / "peta_dasar.gpkg")},
                          [tmp / "peta_dasar.gpkg"]),
        "importruletables": ({"INTENSITAS": str(RULES / "intensitas.csv"), "OUTPUT_FOLDER": str(tmp / "aturan")},
                             [tmp / "aturan" / "intensitas.csv"]),
        "importcityplan": ({"INPUT": LAYER + "rdtr_contoh", "FIELD_MAP": "kode_zona=KODSZN",
                            "OUTPUT": str(tmp / "rencana_kota.gpkg")}, [tmp / "rencana_kota.gpkg"]),
        "checkbuildingrules": ({"BUILDINGS": LAYER + "bangunan", "PARCELS": LAYER + "persil",
                                "ZONES": LAYER + "rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                "OUTPUT": str(tmp / "cek_persil.gpkg"), "OUTPUT_BUILDINGS": str(tmp / "cek_b.gpkg")},
                               [tmp / "cek_persil.gpkg", tmp / "cek_b.gpkg"]),
        "checkplanconformance": ({"BLOCKS": LAYER + "rencana_blok", "ZONES": LAYER + "rdtr_contoh",
                                  "ZONE_CODE_FIELD": "KODSZN", "OUTPUT": str(tmp / "cek_rencana.gpkg")},
                                 [tmp / "cek_rencana.gpkg"]),
        "createsheetindex": ({"PRIORITY_AREA": LAYER + "kawasan_prioritas", "OUTPUT": str(tmp / "lembar.gpkg")},
                             [tmp / "lembar.gpkg"]),
        "renderthematicmaps": ({"DATABASE": str(tmp / "survei.gpkg"), "SHEET_INDEX": "SHEETS",
                                "MAPS": [0, 1, 2], "OUTPUT_FOLDER": str(album)}, [album / "manifest.json"]),
        "conformancereport": ({"BUILDINGS": "CHECKED", "PARCELS": "CHECKED_PARCELS",
                               "OUTPUT": str(tmp / "laporan.pdf"), "CSV": str(tmp / "pelanggaran.csv")},
                              [tmp / "laporan.pdf", tmp / "pelanggaran.csv"]),
    }


def _tables(path):
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        return {n: db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}  # nosec B608


@pytest.mark.parametrize("at", [0, 50])
@pytest.mark.parametrize("alg", sorted(_cases(__import__("pathlib").Path("/x"))))
def test_cancel_stops_and_leaves_nothing(run_alg, tmp_path, alg, at):
    """``at``: cancel at the first progress report above this percentage."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    database = tmp_path / "survei.gpkg"
    shutil.copy(SAMPLE, database)
    before = _tables(database)
    params, outputs = _cases(tmp_path)[alg]
    if params.get("SHEET_INDEX") == "SHEETS":
        from tests.plugin.test_hostile_databases import _sheet_index

        params["SHEET_INDEX"] = _sheet_index(tmp_path)
    if params.get("BUILDINGS") == "CHECKED":
        checked = run_alg("checkbuildingrules", {"BUILDINGS": LAYER + "bangunan", "PARCELS": LAYER + "persil",
                                                 "ZONES": LAYER + "rdtr_contoh", "ZONE_CODE_FIELD": "KODSZN",
                                                 "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"})
        params["BUILDINGS"], params["PARCELS"] = checked["OUTPUT_BUILDINGS"], checked["OUTPUT"]

    class CancelAtFirstProgress(QgsProcessingFeedback):
        after = 0

        def setProgress(self, progress):  # noqa: N802
            if self.isCanceled():
                CancelAtFirstProgress.after += 1
            elif progress > at:
                self.cancel()
            super().setProgress(progress)

    feedback = CancelAtFirstProgress()
    try:
        run_alg(alg, params, feedback)
        outcome = ""
    except QgsProcessingException as error:
        outcome = str(error)
    if not feedback.isCanceled():
        pytest.skip(f"{alg} reported no progress on the sample (nothing to cancel): {outcome}")
    assert "Traceback" not in outcome and "tidak terduga" not in outcome, outcome
    assert "batal" in outcome.lower(), f"{alg} did not say it was cancelled: {outcome!r}"
    assert CancelAtFirstProgress.after <= 2, f"{alg} went on for {CancelAtFirstProgress.after} progress steps"
    left = [str(p) for p in outputs if p.exists()]
    assert not left, f"{alg} left partial outputs: {left}"
    assert _tables(database) == before, f"{alg} wrote into the database after the cancel"
