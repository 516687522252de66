"""plpbk:conformancereport end to end on the sample: checks run, report printed, read back.

Expected numbers are recounted from the result GeoPackages with pyogrio (not through QGIS nor
through the report's own counting code).
"""

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"
RULES = ROOT / "resources" / "sample" / "rules"
STATUS_ORDER = ("SESUAI", "PERLU_CEK", "MELANGGAR", "TIDAK_DICEK")
LABELS = {"kdb": "KDB", "klb": "KLB", "kdh": "KDH", "gsb": "GSB", "tinggi": "Tinggi",
          "lantai": "Lantai", "itbx": "ITBX"}
CAP = 300

import pyogrio  # noqa: E402
import pypdf  # noqa: E402


def _run(alg_id, params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(f"plpbk:{alg_id}", params, context=context, feedback=QgsProcessingFeedback())


def _count(n):
    return f"{n:,}".replace(",", ".")


def _number(value):
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


@pytest.fixture(scope="module")
def checked(plpbk_provider, tmp_path_factory):
    if not SAMPLE.is_file():
        pytest.skip("data contoh belum dibuat")
    folder = tmp_path_factory.mktemp("laporan")
    zones = _run("importcityplan", {
        "INPUT": f"{SAMPLE}|layername=rdtr_contoh", "INTENSITAS": str(RULES / "intensitas.csv"),
        "TATA_BANGUNAN": str(RULES / "tata_bangunan.csv"), "OUTPUT": str(folder / "rencana_kota.gpkg")})["OUTPUT"]
    zones = f"{zones}|layername=rencana_kota"
    itbx = str(RULES / "itbx.csv")
    _run("checkbuildingrules", {
        "BUILDINGS": f"{SAMPLE}|layername=bangunan", "FLOORS_FIELD": "jml_lantai", "HEIGHT_FIELD": "tinggi_m",
        "USE_FIELD": "fungsi", "PARCELS": f"{SAMPLE}|layername=persil", "ZONES": zones,
        "ROADS": f"{SAMPLE}|layername=jalan", "ROAD_WIDTH_FIELD": "lebar_m", "ROAD_CLASS_FIELD": "kelas_jalan",
        "ITBX": itbx, "REPORT": str(folder / "cek_bangunan.json"),
        "OUTPUT": str(folder / "cek_persil.gpkg"), "OUTPUT_BUILDINGS": str(folder / "cek_bangunan.gpkg")})
    _run("checkplanconformance", {
        "BLOCKS": f"{SAMPLE}|layername=rencana_blok", "ZONES": zones, "ITBX": itbx,
        "REPORT": str(folder / "cek_rencana_blok.json"), "OUTPUT": str(folder / "cek_rencana_blok.gpkg")})
    pdf, table = folder / "laporan.pdf", folder / "pelanggaran.csv"
    # JSON reports left empty on purpose: they are found next to the layers
    result = _run("conformancereport", {
        "BUILDINGS": str(folder / "cek_bangunan.gpkg"), "PARCELS": str(folder / "cek_persil.gpkg"),
        "BLOCKS": str(folder / "cek_rencana_blok.gpkg"), "AREA_NAME": "Kelurahan Contoh",
        "CHECKER": "Pemeriksa Uji", "MAX_ROWS": CAP, "OUTPUT": str(pdf), "CSV": str(table)})
    reader = pypdf.PdfReader(str(pdf))
    pages = [page.extract_text() or "" for page in reader.pages]
    frames = {kind: pyogrio.read_dataframe(str(folder / f"cek_{kind}.gpkg"), read_geometry=False)
              for kind in ("bangunan", "persil", "rencana_blok")}
    return {"result": result, "reader": reader, "pages": pages, "frames": frames, "csv": table,
            "text": re.sub(r"\s+", " ", " ".join(pages)), "folder": folder}


def test_report_has_pages_counts_per_rule_from_the_layers(checked):
    text, frames = checked["text"], checked["frames"]
    assert len(checked["reader"].pages) > 1
    assert checked["result"]["PAGE_COUNT"] == len(checked["reader"].pages)
    assert "DATA CONTOH" in text and "Pemeriksa Uji" in text
    for kind in ("bangunan", "persil"):
        frame = frames[kind]
        for rule, label in LABELS.items():
            counts = frame[f"status_{rule}"].fillna("TIDAK_DICEK").value_counts()
            row = " ".join(_count(counts.get(s, 0)) for s in STATUS_ORDER) + " " + _count(len(frame))
            assert f"{label} {row}" in text, (kind, rule, row)
    # the JSON found next to the layers: its parameters are printed
    assert "Parameter ROAD_WIDTH_FIELD lebar_m" in text
    assert "Parameter BLOCKS kelurahan_contoh.gpkg › rencana_blok" in text


def test_zone_counts_and_violation_rows(checked):
    text, frame = checked["text"], checked["frames"]["bangunan"]
    per_zone = frame.groupby(frame["kode_zona"].fillna("(tanpa zona)"))["status"].value_counts()
    for zone in ("R-2", "K-1"):
        row = " ".join(_count(per_zone[zone].get(s, 0)) for s in STATUS_ORDER)
        assert f"{zone} {row}" in text
    bad = frame[frame["status"] == "MELANGGAR"]
    assert checked["result"]["VIOLATION_COUNT"] == len(bad) + sum(
        (checked["frames"][k]["status"] == "MELANGGAR").sum() for k in ("persil", "rencana_blok"))
    # the first rows of the list: zone K-1 sorts before R-2; a KDB violation shows both values
    kdb = bad[(bad["status_kdb"] == "MELANGGAR") & (bad["kode_zona"] == "K-1")].sort_values("id_bangunan")
    for _, item in kdb.head(3).iterrows():
        expected = f"{item['id_bangunan']} K-1 KDB {_number(item['kdb'])} % (maks {_number(item['kdb_maks'])} %)"
        assert expected in text
    hidden = len(bad) - CAP
    assert f"… dan {_count(hidden)} bangunan melanggar lainnya tidak dicetak" in text


def _hex_rgb(colour):
    return tuple(int(colour[k:k + 2], 16) for k in (1, 3, 5))


def test_overview_map_shows_each_status_in_proportion_to_its_area(checked):
    """The overview's pixels, counted per status colour, against the building areas per
    status computed with shapely from the result layer (a different route than QGIS' render)."""
    import numpy as np
    import shapely

    from plpbk_qgis.adapters.styles.status_style import STATUS_COLOURS

    pages, reader = checked["pages"], checked["reader"]
    index = next(i for i, page in enumerate(pages) if "Peta ikhtisar status" in page)
    image = np.asarray(reader.pages[index].images[0].image.convert("RGB")).astype(int)

    def interior(colour):
        """Pixels of that colour whose four neighbours are too: fills, not the grey of
        anti-aliased outline edges."""
        match = np.abs(image - _hex_rgb(colour)).max(axis=2) <= 8
        inner = match[1:-1, 1:-1] & match[:-2, 1:-1] & match[2:, 1:-1] & match[1:-1, :-2] & match[1:-1, 2:]
        return int(inner.sum())

    pixels = {status: interior(colour) for status, colour, _ in STATUS_COLOURS}
    frame = pyogrio.read_dataframe(str(checked["folder"] / "cek_bangunan.gpkg"))
    area = shapely.area(np.asarray(frame.geometry.array))
    total_area, total_pixels = area.sum(), sum(pixels.values())
    assert total_pixels > 1000
    for status, _, _ in STATUS_COLOURS:
        share = area[frame["status"].to_numpy() == status].sum() / total_area
        if share == 0:
            assert pixels[status] == 0, status
        else:
            # outlines and anti-aliasing eat a similar fraction of every house
            assert pixels[status] / total_pixels == pytest.approx(share, abs=0.08), status


def test_csv_has_every_broken_rule_and_map_is_an_image(checked):
    frame = checked["frames"]["bangunan"]
    broken = sum(int((frame[f"status_{rule}"] == "MELANGGAR").sum()) for rule in LABELS)
    with Path(checked["csv"]).open(encoding="utf-8-sig") as handle:
        rows = [row for row in csv.DictReader(handle) if row["lapisan"] == "bangunan"]
    assert len(rows) == broken
    pages, reader = checked["pages"], checked["reader"]
    index = next(i for i, page in enumerate(pages) if "Peta ikhtisar status" in page)
    images = [x for x in reader.pages[index]["/Resources"]["/XObject"].values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert images


def test_layer_without_status_fields_is_refused(plpbk_provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        _run("conformancereport", {"BUILDINGS": f"{SAMPLE}|layername=bangunan",
                                   "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(error.value)
    assert "bukan hasil pemeriksaan kesesuaian" in message and "'status'" in message
    with pytest.raises(QgsProcessingException, match="paling sedikit satu lapisan hasil"):
        _run("conformancereport", {"OUTPUT": "TEMPORARY_OUTPUT"})
