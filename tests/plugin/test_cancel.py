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


def _cancelled_run(run_alg, alg, params, at):
    """Run ``alg`` with a feedback that cancels at the first progress report above ``at``:
    (message of the exception or "", whether it was cancelled, progress reports after it)."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

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
    return outcome, feedback.isCanceled(), CancelAtFirstProgress.after


def _assert_cancelled(alg, outcome, cancelled, after, outputs):
    if not cancelled:
        pytest.skip(f"{alg} reported no progress on the sample (nothing to cancel): {outcome}")
    assert "Traceback" not in outcome and "tidak terduga" not in outcome, outcome
    assert "batal" in outcome.lower(), f"{alg} did not say it was cancelled: {outcome!r}"
    assert after <= 2, f"{alg} went on for {after} progress steps"
    left = [str(p) for p in outputs if p.exists()]
    assert not left, f"{alg} left partial outputs: {left}"


@pytest.mark.parametrize("at", [0, 50])
@pytest.mark.parametrize("alg", sorted(_cases(__import__("pathlib").Path("/x"))))
def test_cancel_stops_and_leaves_nothing(run_alg, tmp_path, alg, at):
    """``at``: cancel at the first progress report above this percentage."""
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
    _assert_cancelled(alg, *_cancelled_run(run_alg, alg, params, at), outputs)
    assert _tables(database) == before, f"{alg} wrote into the database after the cancel"


COMMENTS = ("lembar;komentar;blok;status;topik\n"
            "R08-A1-20261203;Gang sempit;{0};baru;jalan\n"
            "R08-A1-20261203;Saluran mampet;{1};ditindaklanjuti;drainase\n"
            "R08-A2-20261203;Taman bermain;{2};diterima;rth\n")


@pytest.fixture(scope="module")
def survey_with_packages(plpbk_provider, tmp_path_factory):
    """A survey database made by the plugin (sample content, comments, 3 work areas) and the
    field packages cut from it: what the second-wave algorithms read."""
    import geopandas as gpd
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    def run(alg, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"plpbk:{alg}", params, context=context, feedback=QgsProcessingFeedback())

    root = tmp_path_factory.mktemp("gelombang_2")
    database = root / "survei.gpkg"
    run("createsurveydatabase", {"DATABASE": str(database), "BOUNDARY": LAYER + "batas_kelurahan"})
    fill_from(SAMPLE, database, load_catalog())
    comments = root / "masukan.csv"
    comments.write_text(COMMENTS.format(*gpd.read_file(database, layer="rencana_blok")["id_blok"][:3]), encoding="utf-8")
    run("importcomments", {"DATABASE": str(database), "TABLE": str(comments), "OUTPUT": "TEMPORARY_OUTPUT"})
    run("createworkareas", {"DATABASE": str(database), "METHOD": 2, "COUNT": 3, "OUTPUT": "TEMPORARY_OUTPUT"})
    with sqlite3.connect(database) as db:            # an attribute table: plain SQL is enough
        db.execute("INSERT INTO program_kegiatan (id_kegiatan, nama_kegiatan, lokasi, biaya_rp, tahap) "
                   "VALUES ('K-01', 'Perbaikan jalan gang', 'RT 1', 300000000, 'tahap_1')")
    run("preparefieldwork", {"DATABASE": str(database), "OUTPUT_FOLDER": str(root / "paket")})
    return root


def _second_wave_cases(tmp, root):
    """algorithm -> (parameters, outputs that must not exist after a cancel); ``tmp/survei.gpkg``
    is a copy of the survey database, ``tmp/paket`` of its packages."""
    database = str(tmp / "survei.gpkg")
    return {
        "hazardexposure": ({"DATABASE": database, "OUTPUT": str(tmp / "bahaya.gpkg"),
                            "OUTPUT_BUILDINGS": str(tmp / "bahaya_b.gpkg")}, [tmp / "bahaya.gpkg", tmp / "bahaya_b.gpkg"]),
        "populationprojection": ({"DATABASE": database, "POPULATION": str(resource_path("sample", "penduduk_rt.csv")),
                                  "OUTPUT": str(tmp / "proyeksi.gpkg"), "OUTPUT_TABLE": str(tmp / "proyeksi.csv")},
                                 [tmp / "proyeksi.gpkg", tmp / "proyeksi.csv"]),
        "slumassessment": ({"DATABASE": database, "CITY_SIZE": 1, "OUTPUT": str(tmp / "kumuh.gpkg"),
                            "REPORT": str(tmp / "kumuh.pdf")}, [tmp / "kumuh.gpkg", tmp / "kumuh.pdf"]),
        "comparedraftfinal": ({"DRAFT": LAYER + "rencana_blok", "FINAL": f"{database}|layername=rencana_blok",
                               "DATABASE": database, "OUTPUT": str(tmp / "banding.gpkg"),
                               "OUTPUT_PDF": str(tmp / "banding.pdf")}, [tmp / "banding.gpkg", tmp / "banding.pdf"]),
        "importcomments": ({"DATABASE": database, "TABLE": str(root / "masukan.csv"),
                            "OUTPUT": str(tmp / "masukan.gpkg")}, [tmp / "masukan.gpkg"]),
        "publiccommentsummary": ({"DATABASE": database, "OUTPUT": str(tmp / "rekap.pdf")}, [tmp / "rekap.pdf"]),
        "programmetable": ({"DATABASE": database, "OUTPUT": str(tmp / "program.pdf")}, [tmp / "program.pdf"]),
        "regulationsheet": ({"DATABASE": database, "OUTPUT": str(tmp / "ketentuan.pdf")}, [tmp / "ketentuan.pdf"]),
        "ronareport": ({"DATABASE": database, "MAPS": False, "OUTPUT": str(tmp / "rona.pdf"),
                        "OUTPUT_DOCX": str(tmp / "rona.docx")}, [tmp / "rona.pdf", tmp / "rona.docx"]),
        "createworkareas": ({"DATABASE": database, "METHOD": 2, "COUNT": 4, "REPLACE": True,
                             "OUTPUT": str(tmp / "wilayah.gpkg")},
                            [tmp / "wilayah.gpkg"]),
        "preparefieldwork": ({"DATABASE": database, "OUTPUT_FOLDER": str(tmp / "paket_baru")},
                             [tmp / "paket_baru" / code for code in ("WK-01", "WK-02", "WK-03")]),
        "mergefieldwork": ({"DATABASE": database, "PACKAGES": [str(tmp / "paket")], "OUTPUT": str(tmp / "gabung.gpkg"),
                            "REPORT": str(tmp / "gabung.json")}, [tmp / "gabung.gpkg", tmp / "gabung.json"]),
    }


@pytest.mark.parametrize("at", [0, 50])
@pytest.mark.parametrize("alg", sorted(_second_wave_cases(*[__import__("pathlib").Path("/x")] * 2)))
def test_cancel_second_wave(run_alg, survey_with_packages, tmp_path, alg, at):
    """The same promise for the analyses, documents, uji publik and field-work algorithms,
    on a survey database made by the plugin; the database's content (not only its row counts)
    is unchanged after the cancel."""
    from plpbk_qgis.adapters.fieldwork.gpkg_store import content_fingerprint
    from plpbk_qgis.adapters.fieldwork.package_cut import snapshot

    database = tmp_path / "survei.gpkg"
    snapshot(survey_with_packages / "survei.gpkg", database)
    shutil.copytree(survey_with_packages / "paket", tmp_path / "paket")
    before = content_fingerprint(database)
    params, outputs = _second_wave_cases(tmp_path, survey_with_packages)[alg]
    if alg == "mergefieldwork":                        # something to merge: a house changed in the field
        from plpbk_qgis.adapters.fieldwork.gpkg_store import connect

        package = connect(tmp_path / "paket" / "WK-01" / "survei_WK-01.gpkg")
        package.execute("UPDATE bangunan SET jml_lantai = 4 WHERE fid = (SELECT min(fid) FROM bangunan)")
        package.commit()
        package.close()
    _assert_cancelled(alg, *_cancelled_run(run_alg, alg, params, at), outputs)
    assert content_fingerprint(database) == before, f"{alg} wrote into the database after the cancel"
