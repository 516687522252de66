"""plpbk:importsheetscans on sheets of the sample album, rendered and photographed synthetically.

Truth is independent of the scanner: residents' pen dots are painted at known *ground*
positions, converted to paper millimetres from the sheet index's bounds and the template's
map item position (the map face prints the sheet at 1:1000 from its top-left corner), before
the synthetic photo (perspective, rotation up to 20°, blur, noise, JPEG). The dots are then
found again in the output GeoTIFF, read back with GDAL, and their pixel centroids converted
with the GeoTIFF's own geotransform.
"""

import json
import subprocess  # nosec B404
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "kelurahan_contoh.gpkg"
DPI = 200
FLOOR_M = 1.5                                    # 1.5 mm on paper at 1:1000

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="sample GeoPackage not generated")


def _page(pdf: Path, number: int, folder: Path) -> np.ndarray:
    stem = folder / f"halaman_{number}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(number), "-l", str(number), "-png", "-singlefile",  # nosec
                    str(pdf), str(stem)], check=True)
    return cv2.cvtColor(cv2.imread(f"{stem}.png"), cv2.COLOR_BGR2RGB)


def _template_boxes():
    """Map face and QR positions (mm) as the shipped template holds them."""
    from qgis.core import QgsProject

    from plpbk_qgis.layouts.builder import load_template
    from plpbk_qgis.layouts.template_maker import template_path

    layout = load_template(template_path("A3", "landscape", "uji_publik"), QgsProject())
    face, qr = layout.itemById("peta"), layout.itemById("qr")
    return ((face.pos().x(), face.pos().y(), face.rect().width(), face.rect().height()),
            (qr.pos().x(), qr.pos().y(), qr.rect().width()))


def _ground_points(bounds):
    xmin, ymin, xmax, ymax = bounds
    return [(xmin + a * (xmax - xmin), ymin + b * (ymax - ymin)) for a in (0.04, 0.5, 0.96) for b in (0.05, 0.5, 0.95)]


def _to_paper(points, bounds, face, scale=1000):
    xmin, _ymin, _xmax, ymax = bounds
    return [(face[0] + (x - xmin) * 1000 / scale, face[1] + (ymax - y) * 1000 / scale) for x, y in points]


def _photo(page, path: Path, seed: int, rotation: float):
    from plpbk_qgis.core.publicreview.synthetic_photo import photograph

    jpeg = photograph(page, np.random.default_rng(seed), rotation_deg=rotation, tilt=0.08, blur_sigma=1.2,
                      noise_sigma=4.0, jpeg_quality=80, photo_long_side=4000)
    if path.suffix == ".png":
        cv2.imwrite(str(path), cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR))
    else:
        path.write_bytes(jpeg)
    return path


def _paint_qr(page, text, qr_box):
    from plpbk_qgis.core.publicreview.sheet_markers import QR_QUIET_MODULES
    from plpbk_qgis.layouts.qr_code import qr_matrix

    matrix = np.pad(np.array(qr_matrix(text)), QR_QUIET_MODULES, constant_values=False)
    px = DPI / 25.4
    size = int(round(qr_box[2] * px))
    image = cv2.resize(np.where(matrix, 0, 255).astype(np.uint8), (size, size), interpolation=cv2.INTER_NEAREST)
    out = page.copy()
    x, y = int(round(qr_box[0] * px)), int(round(qr_box[1] * px))
    out[y:y + size, x:x + size] = image[..., None]
    return out


@pytest.fixture(scope="module")
def scans(tmp_path_factory, plpbk_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    from plpbk_qgis.core.publicreview.sheet_markers import sheet_markers
    from plpbk_qgis.core.publicreview.sheet_qr import format_sheet_code
    from plpbk_qgis.core.publicreview.synthetic_photo import cover, paint_dots
    from plpbk_qgis.processing.algorithms.printing.render_thematic_maps import catalog_map_ids

    out = tmp_path_factory.mktemp("scans")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    sheets = processing.run("plpbk:createsheetindex", {
        "PRIORITY_AREA": f"{SAMPLE}|layername=kawasan_prioritas", "SCALE": 1000, "PAPER": 0,
        "ORIENTATION": 0, "OUTPUT": str(out / "lembar.gpkg")}, context=context, feedback=QgsProcessingFeedback())["OUTPUT"]
    album = processing.run("plpbk:renderthematicmaps", {
        "DATABASE": str(SAMPLE), "SHEET_INDEX": sheets, "MAPS": [catalog_map_ids().index("R08")], "VARIANT": 1,
        "OUTPUT_FOLDER": str(out / "album")}, context=context, feedback=QgsProcessingFeedback())
    manifest = json.loads(Path(album["MANIFEST"]).read_text(encoding="utf-8"))
    layer = QgsVectorLayer(sheets, "lembar", "ogr")
    bounds = {}
    for feature in layer.getFeatures():
        box = feature.geometry().boundingBox()
        bounds[feature["nomor_lembar"]] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    pages = manifest["halaman"]
    pdf = out / "album" / pages[0]["berkas"]
    face, qr_box = _template_boxes()
    photos = out / "foto"
    photos.mkdir()
    truth, chosen = {}, (pages[0], pages[-1])
    images = {}
    for entry, seed, rotation, name in zip(chosen, (11, 12), (20.0, -17.0), ("lembar_1.jpg", "lembar_2.png")):
        sheet = entry["nomor_lembar"]
        page = _page(pdf, entry["halaman"], out)
        images[sheet] = page
        points = _ground_points(bounds[sheet])
        truth[entry["id_lembar"]] = points
        _photo(paint_dots(page, DPI, _to_paper(points, bounds[sheet], face)), photos / name, seed, rotation)
    first = images[chosen[0]["nomor_lembar"]]
    x, y, s = qr_box
    _photo(cover(first, DPI, (x - 1, y - 1, s + 2, s + 2)), photos / "qr_tertutup.jpg", 13, 9.0)
    blank = first
    for marker in sheet_markers("A3", "landscape"):
        blank = cover(blank, DPI, (marker.x - 0.5, marker.y - 0.5, marker.size + 1, marker.size + 1), (255, 255, 255))
    _photo(blank, photos / "tanpa_penanda.jpg", 14, -6.0)
    centre = ((bounds[chosen[0]["nomor_lembar"]][0] + bounds[chosen[0]["nomor_lembar"]][2]) / 2,
              (bounds[chosen[0]["nomor_lembar"]][1] + bounds[chosen[0]["nomor_lembar"]][3]) / 2)
    foreign = format_sheet_code("Kelurahan Lain", "R08", chosen[0]["nomor_lembar"], "20250101", "EPSG:23834", 1000,
                                "A3", "landscape", centre)
    _photo(_paint_qr(first, foreign, qr_box), photos / "album_lain.jpg", 15, 4.0)
    return {"out": out, "photos": photos, "manifest": manifest, "album": Path(album["MANIFEST"]), "truth": truth,
            "pdf": pdf, "crs": layer.crs().authid(), "bounds": bounds}


def _read_geotiff(path):
    from osgeo import gdal, osr

    dataset = gdal.Open(str(path))
    rgba = np.dstack([dataset.GetRasterBand(b).ReadAsArray() for b in range(1, dataset.RasterCount + 1)])
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    srs.AutoIdentifyEPSG()
    return rgba, dataset.GetGeoTransform(), f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}"


def _dot_errors(path, points):
    from plpbk_qgis.core.publicreview.synthetic_photo import find_dots

    rgba, (x0, dx, _, y0, _, dy), _crs = _read_geotiff(path)
    found = [(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy) for c, r in find_dots(rgba, min_pixels=10)]
    assert len(found) == len(points), (path, found)
    return [min(np.hypot(fx - tx, fy - ty) for fx, fy in found) for tx, ty in points]


def test_photos_become_georeferenced_sheets(scans, run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    messages = []

    from qgis.core import QgsProcessingFeedback

    class Listen(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            messages.append(error)
            super().reportError(error, fatalError)

    result = run_alg("importsheetscans", {
        "INPUT_FOLDER": str(scans["photos"]), "ALBUM": str(scans["album"]), "OUTPUT_FOLDER": str(tmp_path / "tif"),
        "REPORT": str(tmp_path / "laporan.csv")}, Listen())
    assert (result["IMPORTED"], result["FAILED"]) == (2, 3)
    report = {f["berkas"]: f for f in QgsVectorLayer(str(tmp_path / "laporan.csv"), "r", "ogr").getFeatures()}
    assert set(report) == {"lembar_1.jpg", "lembar_2.png", "qr_tertutup.jpg", "tanpa_penanda.jpg", "album_lain.jpg"}
    # the right sheet, georeferenced within the floor
    written = {Path(p).stem: p for p in result["GEOTIFFS"]}
    assert set(written) == set(scans["truth"])
    worst = 0.0
    for sheet_id, points in scans["truth"].items():
        rgba, transform, crs = _read_geotiff(written[sheet_id])
        assert crs == scans["crs"]
        sheet = sheet_id.split("-")[1]
        xmin, ymin, xmax, ymax = scans["bounds"][sheet]
        assert (transform[0], transform[3]) == pytest.approx((xmin, ymax), abs=0.01)
        assert (rgba.shape[1] * transform[1], -rgba.shape[0] * transform[5]) == pytest.approx(
            (xmax - xmin, ymax - ymin), abs=transform[1])
        assert rgba[..., 3].mean() > 250                          # the whole face was on the photo
        errors = _dot_errors(written[sheet_id], points)
        worst = max(worst, max(errors))
    assert worst < FLOOR_M
    assert worst < 0.6                                            # what the method achieves here
    assert report["lembar_1.jpg"]["status"] == "diimpor" and float(report["lembar_1.jpg"]["selisih_mm"]) < 0.5
    # each failure named, with its reason and what to do
    assert report["qr_tertutup.jpg"]["status"] == "gagal" and "QR" in report["qr_tertutup.jpg"]["pesan"]
    assert "Penanda sudut lembar" in report["tanpa_penanda.jpg"]["pesan"]
    assert "bukan dari album ini" in report["album_lain.jpg"]["pesan"]
    assert "Kelurahan Lain" in report["album_lain.jpg"]["pesan"]
    for name in ("qr_tertutup.jpg", "tanpa_penanda.jpg", "album_lain.jpg"):
        assert any(m.startswith(f"{name}: ") for m in messages), name
    assert not any("Traceback" in m for m in messages)


def test_without_album_any_sheet_is_imported(scans, run_alg, tmp_path):
    result = run_alg("importsheetscans", {
        "FILES": str(scans["photos"] / "album_lain.jpg"), "OUTPUT_FOLDER": str(tmp_path / "tif"),
        "REPORT": "TEMPORARY_OUTPUT"})
    assert result["IMPORTED"] == 1
    assert Path(result["GEOTIFFS"][0]).name == f"R08-{scans['manifest']['halaman'][0]['nomor_lembar']}-20250101.tif"


def test_album_pdf_pages_import_as_their_sheets(scans, run_alg, tmp_path):
    """The album's own PDF as a 'scan': every page is read (GDAL's PDF driver) as its sheet, and
    lands exactly (no photo, no blur: the markers fit to a few hundredths of a millimetre)."""
    from qgis.core import QgsVectorLayer

    result = run_alg("importsheetscans", {"FILES": str(scans["pdf"]), "ALBUM": str(scans["album"]),
                                          "OUTPUT_FOLDER": str(tmp_path / "tif"), "REPORT": str(tmp_path / "r.csv")})
    expected = {p["id_lembar"] for p in scans["manifest"]["halaman"]}
    assert {Path(p).stem for p in result["GEOTIFFS"]} == expected and result["FAILED"] == 0
    residuals = [float(f["selisih_mm"]) for f in QgsVectorLayer(str(tmp_path / "r.csv"), "r", "ogr").getFeatures()]
    assert max(residuals) < 0.1


def test_bad_inputs_say_what_to_do(scans, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    empty = tmp_path / "kosong"
    empty.mkdir()
    with pytest.raises(QgsProcessingException, match="tidak ada foto"):
        run_alg("importsheetscans", {"INPUT_FOLDER": str(empty), "OUTPUT_FOLDER": str(tmp_path / "o1"),
                                     "REPORT": "TEMPORARY_OUTPUT"})
    not_manifest = tmp_path / "bukan.json"
    not_manifest.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="manifest"):
        run_alg("importsheetscans", {"FILES": str(scans["photos"] / "lembar_1.jpg"), "ALBUM": str(not_manifest),
                                     "OUTPUT_FOLDER": str(tmp_path / "o2"), "REPORT": "TEMPORARY_OUTPUT"})
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"bukan gambar")
    result = run_alg("importsheetscans", {"FILES": str(broken), "OUTPUT_FOLDER": str(tmp_path / "o3"),
                                          "REPORT": "TEMPORARY_OUTPUT"})
    assert (result["IMPORTED"], result["FAILED"]) == (0, 1)


def test_cancel_after_the_first_file_removes_what_was_written(scans, run_alg, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelAfterFirstFile(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            super().pushInfo(info)
            if info.startswith("lembar_1.jpg:"):
                self.cancel()

    target = tmp_path / "tif"
    with pytest.raises(QgsProcessingException, match="(?i)dibatalkan"):
        run_alg("importsheetscans", {"INPUT_FOLDER": str(scans["photos"]), "OUTPUT_FOLDER": str(target),
                                     "REPORT": str(tmp_path / "r.csv")}, CancelAfterFirstFile())
    assert not target.exists() or not list(target.glob("*.tif"))        # the two GeoTIFFs written are gone
