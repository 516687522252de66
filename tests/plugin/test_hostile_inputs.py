"""Hostile input, table-driven: every case ends in a result or in a clear message, never a Python
traceback, and the input files are unchanged (checksums)."""

import hashlib
import shutil

import pytest

from plpbk_qgis.core.resources import resource_path

SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
RULES = resource_path("sample", "rules")


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _memory(definition, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, "uji", "memory")
    features = []
    for wkt, *attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _square(x, y, size=100):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def case_output_under_a_file(tmp):
    blocker = tmp / "bukan_folder"
    blocker.write_text("x", encoding="utf-8")
    return "createsurveydatabase", {"DATABASE": str(blocker / "survei.gpkg")}, "tidak dapat"


def case_empty_boundary(tmp):
    return "createsurveydatabase", {"DATABASE": str(tmp / "a.gpkg"),
                                    "BOUNDARY": _memory("Polygon?crs=EPSG:4326", [])}, None


def case_null_geometry_boundary(tmp):
    return "createsurveydatabase", {"DATABASE": str(tmp / "b.gpkg"),
                                    "BOUNDARY": _memory("Polygon?crs=EPSG:4326&field=n:string", [(None, "x")])}, None


def case_far_offset_boundary(tmp):
    return "createsurveydatabase", {"DATABASE": str(tmp / "c.gpkg"),
                                    "BOUNDARY": _memory("Polygon?crs=EPSG:4326", [(_square(238762.1, 9300000.0),)])}, \
        "CRS"


def case_truncated_raster(tmp):
    raster = tmp / "potong.tif"
    raster.write_bytes(resource_path("sample", "ortho_contoh.tif").read_bytes()[:4000])
    return "importbasemap", {"INPUT": str(raster), "OUTPUT_RASTER": str(tmp / "hasil.tif")}, ""


def case_fake_itbx_workbook(tmp):
    fake = tmp / "itbx.xlsx"
    fake.write_text("ini bukan buku kerja Excel", encoding="utf-8")
    return "importruletables", {"ITBX": str(fake), "OUTPUT_FOLDER": str(tmp / "keluar")}, "itbx"


def case_non_ascii_report(tmp):
    blocks = tmp / "blok.gpkg"
    import processing

    zones = str(tmp / "zona.gpkg")
    processing.run("plpbk:importcityplan", {"INPUT": f"{SAMPLE}|layername=rdtr_contoh", "OUTPUT": zones})
    processing.run("plpbk:checkplanconformance", {"BLOCKS": f"{SAMPLE}|layername=rencana_blok", "ZONES": zones,
                                                  "OUTPUT": str(blocks)})
    return "conformancereport", {"BLOCKS": str(blocks), "AREA_NAME": "Kelurahan Čačak — 🏠 Ñoño 中文",
                                 "CHECKER": "Tim Teknis ✓ «Ü»", "OUTPUT": str(tmp / "laporan.pdf")}, None


def case_absurd_sheet_scale(tmp):
    # Processing refuses it against the parameter's range, naming SCALE
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 50_000_000,
                                "OUTPUT": str(tmp / "lembar.gpkg")}, "SCALE"


def case_points_as_buildings(tmp):
    points = _memory("Point?crs=EPSG:23834", [("POINT(700000 9300000)",)])
    return "checkbuildingrules", {"BUILDINGS": points, "ZONES": f"{SAMPLE}|layername=rdtr_contoh",
                                  "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}, ""


def case_metres_declared_as_degrees(tmp):
    buildings = _memory("Polygon?crs=EPSG:4326", [(_square(700000, 9300000, 10),)])
    return "checkbuildingrules", {"BUILDINGS": buildings, "ZONES": f"{SAMPLE}|layername=rdtr_contoh",
                                  "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}, ""


def case_semicolon_csv_with_bom(tmp):
    table = tmp / "intensitas.csv"
    table.write_bytes("\ufeffkode_zona;kdb_maks;klb_maks;kdh_min\nR-2;60;1,2;20\n".encode("utf-8"))
    return "importcityplan", {"INPUT": f"{SAMPLE}|layername=rdtr_contoh", "INTENSITAS": str(table),
                              "OUTPUT": str(tmp / "rk.gpkg")}, None     # the ';' is detected


def case_text_in_numeric_rule_fields(tmp):
    zones = _memory("Polygon?crs=EPSG:23834&field=kode_zona:string&field=kdb_maks:string&field=klb_maks:string",
                    [(_square(699000, 9299000, 5000), "R-2", "enam puluh", "-1")])
    buildings = _memory("Polygon?crs=EPSG:23834&field=jml_lantai:string", [(_square(700000, 9300000, 10), "dua")])
    return "checkbuildingrules", {"BUILDINGS": buildings, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT",
                                  "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}, None


def case_non_ascii_and_long_field_names(tmp):
    long_name = "jumlah_lantai_bangunan_menurut_survei_pokja_permukiman_dan_lingkungan_tahun_2026"
    buildings = _memory(f"Polygon?crs=EPSG:23834&field=nama_pemilik_é_ñ:string&field={long_name}:string",
                        [(_square(700000, 9300000, 10), "Bu Siti Ñ", "2")])
    zones = _memory("Polygon?crs=EPSG:23834&field=kode_zona:string&field=kdb_maks:string",
                    [(_square(699000, 9299000, 5000), "R-2", "60")])
    return "checkbuildingrules", {"BUILDINGS": buildings, "ZONES": zones, "FLOORS_FIELD": long_name,
                                  "OUTPUT": str(tmp / "p.gpkg"), "OUTPUT_BUILDINGS": str(tmp / "b.shp")}, None


def case_truncated_geopackage(tmp):
    broken = tmp / "rusak.gpkg"
    broken.write_bytes(SAMPLE.read_bytes()[:50_000])
    return "validatesurvey", {"DATABASE": str(broken), "OUTPUT": "TEMPORARY_OUTPUT"}, ""


def case_csv_missing_required_column(tmp):
    table = tmp / "intensitas.csv"
    table.write_text("kode_zona,kdb_maks\nR-2,60\n", encoding="utf-8")
    return "importcityplan", {"INPUT": f"{SAMPLE}|layername=rdtr_contoh", "INTENSITAS": str(table),
                              "OUTPUT": str(tmp / "rk.gpkg")}, "klb_maks"


def case_output_in_a_missing_folder(tmp):
    # a missing folder is made, as QGIS does for its own outputs
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas",
                                "OUTPUT": str(tmp / "belum" / "ada" / "lembar.gpkg")}, None


def case_twenty_thousand_slivers(tmp):
    rows = [(f"POLYGON(({700000 + i * 0.01} 9300000,{700000 + i * 0.01 + 0.001} 9300000,"
             f"{700000 + i * 0.01} 9300010,{700000 + i * 0.01} 9300000))",) for i in range(20_000)]
    slivers = _memory("Polygon?crs=EPSG:23834", rows)
    zones = _memory("Polygon?crs=EPSG:23834&field=kode_zona:string&field=kdb_maks:string",
                    [(_square(699000, 9299000, 5000), "R-2", "60")])
    # plots not estimated: the case is about 20 000 degenerate buildings, not tessellation speed
    return "checkbuildingrules", {"BUILDINGS": slivers, "ZONES": zones, "ESTIMATE_PARCELS": False,
                                  "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT"}, None


def case_unknown_target_crs(tmp):
    return "importbasemap", {"INPUT": f"{SAMPLE}|layername=bangunan", "TARGET_CRS": "EPSG:999999",
                             "OUTPUT_VECTOR": "TEMPORARY_OUTPUT"}, "EPSG:999999"


def case_unknown_target_crs_city_plan(tmp):
    return "importcityplan", {"INPUT": f"{SAMPLE}|layername=rdtr_contoh", "FIELD_MAP": "kode_zona=KODSZN",
                              "TARGET_CRS": "EPSG:999999", "OUTPUT": "TEMPORARY_OUTPUT"}, "EPSG:999999"


def case_missing_unit_field(tmp):
    return "datacompleteness", {"DATABASE": str(SAMPLE), "UNITS": f"{SAMPLE}|layername=rw",
                                "UNIT_FIELD": "tidak_ada", "OUTPUT": "TEMPORARY_OUTPUT"}, "tidak_ada"


def case_absurd_base_map_scale(tmp):
    return "importbasemap", {"INPUT": str(resource_path("sample", "ortho_contoh.tif")), "SCALE": 10 ** 12,
                             "OUTPUT_RASTER": str(tmp / "o.tif")}, "SCALE"


def case_zero_sheet_scale(tmp):
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 0,
                                "OUTPUT": "TEMPORARY_OUTPUT"}, "SCALE"


def case_negative_sheet_scale(tmp):
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": -1000,
                                "OUTPUT": "TEMPORARY_OUTPUT"}, "SCALE"


def case_unknown_paper(tmp):
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "PAPER": "A0",
                                "OUTPUT": "TEMPORARY_OUTPUT"}, "PAPER"


def case_unknown_orientation(tmp):
    return "createsheetindex", {"PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "ORIENTATION": "diagonal",
                                "OUTPUT": "TEMPORARY_OUTPUT"}, "ORIENTATION"


def case_album_pdf_cannot_be_written(tmp):
    """The PDF's name is taken by a folder (as a read-only file would be, for root too)."""
    from plpbk_qgis.core.survey.catalog import load_catalog

    album = tmp / "album"
    thematic = [m for m in load_catalog().maps if m.id == "R08"][0]
    from plpbk_qgis.layouts.album import slug

    (album / f"R08_{slug(thematic.title_id)}.pdf").mkdir(parents=True)
    sheets = _memory("Polygon?crs=EPSG:23834&field=nomor_lembar:string",
                     [("POLYGON((700200 9300200,700600 9300200,700600 9300480,700200 9300480,700200 9300200))", "A1")])
    index = [m.id for m in load_catalog().maps].index("R08")
    return "renderthematicmaps", {"DATABASE": str(SAMPLE), "SHEET_INDEX": sheets, "MAPS": [index],
                                  "OUTPUT_FOLDER": str(album)}, "dapat ditulis"


CASES = [case_non_ascii_and_long_field_names, case_truncated_geopackage, case_csv_missing_required_column,
         case_output_in_a_missing_folder, case_twenty_thousand_slivers, case_output_under_a_file, case_empty_boundary, case_null_geometry_boundary, case_far_offset_boundary,
         case_truncated_raster, case_fake_itbx_workbook, case_non_ascii_report, case_absurd_sheet_scale,
         case_points_as_buildings, case_metres_declared_as_degrees, case_semicolon_csv_with_bom,
         case_text_in_numeric_rule_fields, case_unknown_target_crs, case_unknown_target_crs_city_plan,
         case_missing_unit_field, case_absurd_base_map_scale, case_zero_sheet_scale, case_negative_sheet_scale,
         case_unknown_paper, case_unknown_orientation, case_album_pdf_cannot_be_written]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__[5:])
def test_hostile_input(run_alg, tmp_path, case):
    """``expected``: None = must succeed; '' = a clear refusal; text = a refusal mentioning it."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatal=False):  # noqa: N802
            self.errors.append(error)

    sample_copy = tmp_path / "contoh.gpkg"
    shutil.copy(SAMPLE, sample_copy)
    before = _digest(SAMPLE)
    alg, params, expected = case(tmp_path)
    feedback = Feedback()
    try:
        run_alg(alg, params, feedback)
        outcome = None
    except QgsProcessingException as error:
        outcome = str(error)
    said = "\n".join(Feedback.errors + [outcome or ""])
    assert "Traceback" not in said and 'File "' not in said, said
    assert "berhenti karena masalah yang tidak terduga" not in said, said     # the safety net: a defect
    if outcome:
        message = outcome.splitlines()[-1]
        assert message[:1].isupper() or not message[:1].isalpha(), message      # a capital letter first
        assert ".." not in message.replace("...", "") and "::" not in message, message
    if expected is None:
        assert outcome is None, outcome
    else:
        assert outcome, "a refusal was expected"
        assert expected.lower() in outcome.lower(), outcome
    assert _digest(SAMPLE) == before
