"""Pokja field work end to end: work areas, packages (QField project, field sheet), edits the way
pokja make them (through OGR, as QField writes a GeoPackage), the merge in every order, the
count identity, idempotence, refused packages with the master unchanged, photos, decisions."""

import hashlib
import json
import shutil
import sqlite3
from itertools import permutations
from pathlib import Path

import pytest
from osgeo import ogr

from plpbk_qgis.adapters.fieldwork.package_cut import snapshot
from plpbk_qgis.core.resources import resource_path

pytest.importorskip("pygeodiff")
SAMPLE = resource_path("sample", "kelurahan_contoh.gpkg")
ORTHO = resource_path("sample", "ortho_contoh.tif")
CODES = ("WK-01", "WK-02", "WK-03")
SURVEY_TABLES = ("bangunan", "jalan", "usaha_ekonomi", "fasilitas", "drainase")


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fingerprint(path):
    """What the master holds (a WAL checkpoint changes the file's bytes, not its content)."""
    from plpbk_qgis.adapters.fieldwork.gpkg_store import content_fingerprint

    return content_fingerprint(path)


def gpkg(folder, code):
    return Path(folder) / code / f"survei_{code}.gpkg"


def fids(path, table):
    source = ogr.Open(str(path))
    return {f.GetFID() for f in source.GetLayerByName(table)}


@pytest.fixture(scope="module")
def prepared(plpbk_provider, tmp_path_factory):
    """A master with 3 balanced work areas and their packages (made once, copied per test)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from plpbk_qgis.adapters.survey.survey_fill import fill_from
    from plpbk_qgis.core.survey.catalog import load_catalog

    def run(alg, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(f"plpbk:{alg}", params, context=context, feedback=QgsProcessingFeedback())

    root = tmp_path_factory.mktemp("lapangan")
    master = root / "induk" / "survei.gpkg"
    master.parent.mkdir()
    run("createsurveydatabase", {"DATABASE": str(master), "BOUNDARY": f"{SAMPLE}|layername=batas_kelurahan"})
    fill_from(SAMPLE, master, load_catalog())
    run("createworkareas", {"DATABASE": str(master), "METHOD": 2, "COUNT": 3, "OUTPUT": "TEMPORARY_OUTPUT"})
    result = run("preparefieldwork", {"DATABASE": str(master), "BASEMAP": str(ORTHO), "MARGIN": 10,
                                      "OUTPUT_FOLDER": str(root / "paket")})
    assert result["PACKAGES"] == 3
    return root


@pytest.fixture
def field(prepared, tmp_path):
    """A fresh copy of master + packages, edited the way three pokja did."""
    shutil.copytree(prepared, tmp_path / "w")
    root = tmp_path / "w"
    packages = root / "paket"
    both = sorted(fids(gpkg(packages, "WK-01"), "bangunan") & fids(gpkg(packages, "WK-02"), "bangunan"))
    house, road = both[0], sorted(fids(gpkg(packages, "WK-01"), "jalan") & fids(gpkg(packages, "WK-02"), "jalan"))[0]
    only3 = sorted(fids(gpkg(packages, "WK-03"), "bangunan") - fids(gpkg(packages, "WK-01"), "bangunan")
                   - fids(gpkg(packages, "WK-02"), "bangunan"))[0]
    kiosk = sorted(fids(gpkg(packages, "WK-02"), "usaha_ekonomi"))[0]

    def edit(code, action):
        source = ogr.Open(str(gpkg(packages, code)), 1)
        action(source)
        source = None  # noqa: F841

    def set_field(table, fid, name, value):
        def action(source):
            layer = source.GetLayerByName(table)
            feature = layer.GetFeature(fid)
            feature.SetField(name, value)
            assert layer.SetFeature(feature) == 0
        return action

    def delete(table, fid):
        return lambda source: source.GetLayerByName(table).DeleteFeature(fid)

    def new_house(kondisi, dx, photo=None):
        def action(source):
            layer = source.GetLayerByName("bangunan")
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"MULTIPOLYGON((({x0 + dx} {y0},{x0 + dx + 8} {y0},{x0 + dx + 8} {y0 + 6},{x0 + dx} {y0 + 6},{x0 + dx} {y0})))"))
            feature.SetField("kondisi", kondisi)
            feature.SetField("id_bangunan", "BARU-1")
            if photo:
                feature.SetField("foto", photo)
            layer.CreateFeature(feature)
        return action

    source = ogr.Open(str(gpkg(packages, "WK-01")))
    x0, _, y0, _ = source.GetLayerByName("batas_kelurahan").GetExtent()
    x0, y0 = x0 - 40, y0 - 40               # outside every building: a house nobody mapped yet
    source = None
    (packages / "WK-01" / "DCIM").mkdir(exist_ok=True)
    shutil.copy(resource_path("sample", "foto", "contoh_01.jpg"), packages / "WK-01" / "DCIM" / "rumah_baru.jpg")
    source = ogr.Open(str(gpkg(packages, "WK-01")))
    before = source.GetLayerByName("bangunan").GetFeature(house).GetField("kondisi")
    source = None
    others = [v for v in ("baik", "rusak_ringan", "rusak_sedang", "rusak_berat") if v != before]
    condition = {"WK-01": others[0], "WK-02": others[1]}        # two pokja, two different views
    edit("WK-01", set_field("bangunan", house, "kondisi", condition["WK-01"]))
    edit("WK-01", set_field("jalan", road, "lebar_m", 4.5))
    edit("WK-01", new_house("baik", 0, "DCIM/rumah_baru.jpg"))
    edit("WK-02", set_field("bangunan", house, "kondisi", condition["WK-02"]))
    edit("WK-02", delete("jalan", road))
    edit("WK-02", delete("usaha_ekonomi", kiosk))
    edit("WK-03", set_field("bangunan", only3, "jml_lantai", 3))
    edit("WK-03", new_house("rusak_berat", 1.0))          # the same new house, another condition
    return {"root": root, "master": root / "induk" / "survei.gpkg", "packages": packages, "house": house,
            "road": road, "only3": only3, "kiosk": kiosk, "condition": condition}


def merge(run_alg, master, packages, report=None):
    result = run_alg("mergefieldwork", {"DATABASE": str(master), "PACKAGES": [str(p) for p in packages],
                                        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(report or master.with_suffix(".json"))})
    return result, json.loads(Path(result["REPORT"]).read_text(encoding="utf-8"))


def content(master):
    """Survey tables as sets of rows without fid (new features get order-dependent fids)."""
    connection = sqlite3.connect(master)
    view = {}
    for table in SURVEY_TABLES:
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        view[table] = sorted(repr([v for n, v in zip(names, row) if n != "fid"]) for row in cursor)
    return view


def conflicts(master):
    connection = sqlite3.connect(master)
    rows = connection.execute("SELECT kunci_konflik, jenis_konflik, lapisan, kolom, kode_wilayah, nilai_json, status_konflik "
                              "FROM konflik_survei").fetchall()
    groups = {}
    for key, kind, table, column, code, value, status in rows:
        groups.setdefault(key, [kind, table, column, status, set()])[4].add((code, value))
    return {(key, kind, table, column, status, frozenset(versions))
            for key, (kind, table, column, status, versions) in groups.items()}


def test_every_order_gives_the_same_master_and_conflicts(run_alg, field):
    masters, conflict_sets = set(), set()
    for order in permutations(CODES):
        master = field["root"] / f"induk_{'_'.join(order)}.gpkg"
        snapshot(field["master"], master)         # the master is in WAL mode: copy it with SQLite
        for code in order:                      # one run per package: the hardest case
            _, report = merge(run_alg, master, [field["packages"] / code])
            assert report["paket"][0]["digabung"], report["paket"][0]["alasan"]
        masters.add(repr(content(master)))
        conflict_sets.add(frozenset(conflicts(master)))
    assert len(masters) == 1 and len(conflict_sets) == 1
    found = next(iter(conflict_sets))
    assert sorted((kind, table, column) for _, kind, table, column, _, _ in found) == [
        ("nilai_berbeda", "bangunan", "kondisi"), ("objek_ganda", "bangunan", ""), ("ubah_vs_hapus", "jalan", "")]
    connection = sqlite3.connect(master)
    before = sqlite3.connect(field["master"])
    one = "SELECT kondisi FROM bangunan WHERE fid = ?"
    assert connection.execute(one, (field["house"],)).fetchone() == before.execute(one, (field["house"],)).fetchone()
    assert connection.execute("SELECT lebar_m FROM jalan WHERE fid = ?", (field["road"],)).fetchone() == \
        before.execute("SELECT lebar_m FROM jalan WHERE fid = ?", (field["road"],)).fetchone()
    assert connection.execute("SELECT count(*) FROM usaha_ekonomi WHERE fid = ?", (field["kiosk"],)).fetchone()[0] == 0
    assert connection.execute("SELECT jml_lantai FROM bangunan WHERE fid = ?", (field["only3"],)).fetchone()[0] == 3
    assert connection.execute("SELECT count(*) FROM bangunan WHERE id_bangunan = 'BARU-1'").fetchone()[0] == 0


def independent_counts(package_folder):
    """(features, edits) of a package counted with SQL against its base copy, not with pygeodiff."""
    record = json.loads((package_folder / "paket_plpbk.json").read_text(encoding="utf-8"))
    now, base = sqlite3.connect(package_folder / record["gpkg"]), sqlite3.connect(package_folder / record["base"])
    features = edits = 0
    skipped = {"plpbk_catalog", "plpbk_daftar_nilai", "layer_styles", "plpbk_info", "konflik_survei", "riwayat_survei"}
    for table in record["schema"]:
        if table in skipped:
            continue
        names = [c for c, _ in record["schema"][table]]
        rows_now = {r[0]: r for r in now.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{table}"')}
        rows_base = {r[0]: r for r in base.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{table}"')}
        features += len(set(rows_now) | set(rows_base))
        edits += len(set(rows_now) ^ set(rows_base))
        edits += sum(a != b for fid in set(rows_now) & set(rows_base) for a, b in zip(rows_now[fid], rows_base[fid]))
    return features, edits


def test_every_feature_and_edit_is_accounted_for(run_alg, field):
    _, report = merge(run_alg, field["master"], [field["packages"]])
    assert {p["kode_wilayah"] for p in report["paket"]} == set(CODES)
    for package in report["paket"]:
        features, edits = independent_counts(field["packages"] / package["kode_wilayah"])
        assert package["jumlah_fitur"] == features
        assert package["fitur_tanpa_edit"] + package["fitur_diedit"] == features
        assert package["jumlah_edit"] == edits == sum(package["hasil_edit"].values())
    assert report["konflik_terbuka"] == 3
    totals = {}
    for package in report["paket"]:
        for name, n in package["hasil_edit"].items():
            totals[name] = totals.get(name, 0) + n
    assert totals["konflik"] == 6          # house ×2, road ×2, new house ×2
    assert totals["diterapkan"] == 2       # kiosk deleted, WK-03's floors


def test_merging_twice_changes_nothing(run_alg, field):
    merge(run_alg, field["master"], [field["packages"]])
    checksum = fingerprint(field["master"])
    result, report = merge(run_alg, field["master"], [field["packages"] / c for c in reversed(CODES)])
    assert fingerprint(field["master"]) == checksum and report["induk_diubah"] is False
    assert all(p["hasil_edit"]["sudah"] == p["jumlah_edit"] for p in report["paket"])


def test_photos_come_with_their_features_once(run_alg, field):
    merge(run_alg, field["master"], [field["packages"] / "WK-01"])
    photo = field["master"].parent / "DCIM" / "rumah_baru.jpg"
    assert photo.is_file() and sha(photo) == sha(resource_path("sample", "foto", "contoh_01.jpg"))
    connection = sqlite3.connect(field["master"])
    assert connection.execute("SELECT foto FROM bangunan WHERE id_bangunan = 'BARU-1'").fetchone() == ("DCIM/rumah_baru.jpg",)
    _, report = merge(run_alg, field["master"], [field["packages"] / "WK-01"])
    assert report["foto"]["disalin"] == 0 and sorted(p.name for p in photo.parent.iterdir()) == ["rumah_baru.jpg"]


def test_a_changed_schema_is_refused_and_the_master_is_unchanged(run_alg, field):
    source = ogr.Open(str(gpkg(field["packages"], "WK-02")), 1)
    source.GetLayerByName("bangunan").CreateField(ogr.FieldDefn("kolom_baru", ogr.OFTString))
    source = None
    checksum = fingerprint(field["master"])
    _, report = merge(run_alg, field["master"], [field["packages"] / "WK-02"])
    [package] = report["paket"]
    assert not package["digabung"] and "bangunan: kolom kolom_baru ditambahkan" in package["alasan"]
    assert fingerprint(field["master"]) == checksum


def test_a_package_of_another_database_is_refused(run_alg, field, tmp_path):
    other = tmp_path / "lain.gpkg"
    snapshot(field["master"], other)
    connection = sqlite3.connect(other)
    connection.execute("UPDATE plpbk_info SET nilai = 'basis-data-lain' WHERE kunci = 'id_basis_data'")
    connection.commit()
    connection.close()
    checksum = fingerprint(other)
    _, report = merge(run_alg, other, [field["packages"] / "WK-03"])
    assert not report["paket"][0]["digabung"] and "basis data survei lain" in report["paket"][0]["alasan"]
    assert fingerprint(other) == checksum


def test_the_rembug_decides_and_a_second_merge_does_not_reopen(run_alg, field):
    from plpbk_qgis.adapters.fieldwork.gpkg_store import connect

    merge(run_alg, field["master"], [field["packages"]])
    connection = connect(field["master"])           # GeoPackage triggers need the ST_ functions
    key = f"bangunan:{field['house']}:kondisi"
    connection.execute("UPDATE konflik_survei SET keputusan = 'pakai' WHERE kunci_konflik = ? AND kode_wilayah = 'WK-02'", (key,))
    connection.close()
    result = run_alg("applyconflictdecisions", {"DATABASE": str(field["master"])})
    assert result["DECIDED_COUNT"] == 1 and result["OPEN_COUNT"] == 2
    connection = sqlite3.connect(field["master"])
    assert connection.execute("SELECT kondisi FROM bangunan WHERE fid = ?", (field["house"],)).fetchone() == \
        (field["condition"]["WK-02"],)
    connection.close()
    _, report = merge(run_alg, field["master"], [field["packages"]])
    assert report["konflik_terbuka"] == 2 and report["induk_diubah"] is False


def test_packages_are_ready_for_qfield(prepared):
    from qgis.core import QgsProject, QgsRasterLayer

    from plpbk_qgis.adapters.fieldwork.field_project import project_problems

    for code in CODES:
        folder = prepared / "paket" / code
        project_path = folder / f"survei_{code}.qgs"
        assert project_problems(project_path) == []
        project = QgsProject()
        assert project.read(str(project_path))
        layers = list(project.mapLayers().values())
        assert all(layer.isValid() for layer in layers)
        assert {layer.customProperty("QFieldSync/action") for layer in layers} == {"copy"}
        assert 'source="./' in project_path.read_text(encoding="utf-8") or "./survei_" in project_path.read_text(encoding="utf-8")
        rasters = [layer for layer in layers if isinstance(layer, QgsRasterLayer)]
        assert len(rasters) == 1 and Path(rasters[0].source()).parent == folder
        assert (folder / "DCIM").is_dir() and (folder / "_dasar" / f"survei_{code}.gpkg").is_file()
        assert (folder / f"lembar_lapangan_{code}.pdf").stat().st_size > 10_000


def test_libqfieldsync_checker_finds_no_error(prepared):
    """QFieldSync's own checker (libqfieldsync is not on PyPI: runs where LIBQFIELDSYNC_PATH or an
    installed copy provides it)."""
    import os
    import sys

    if os.environ.get("LIBQFIELDSYNC_PATH"):
        sys.path.insert(0, os.environ["LIBQFIELDSYNC_PATH"])
    checker = pytest.importorskip("libqfieldsync.project_checker")
    from libqfieldsync.offline_converter import ExportType
    from qgis.core import QgsProject

    project = QgsProject.instance()
    try:
        assert project.read(str(prepared / "paket" / "WK-01" / "survei_WK-01.qgs"))
        feedback = checker.ProjectChecker(project).check(ExportType.Cable)
        assert [f.message for f in feedback.error_feedbacks] == []
    finally:
        project.clear()


def test_libqfieldsync_packager_copies_the_package(prepared, tmp_path):
    """QFieldSync's cable export of a package: the GeoPackage travels unchanged ('copy') and the
    packaged project opens with every layer valid."""
    import os
    import sys

    if os.environ.get("LIBQFIELDSYNC_PATH"):
        sys.path.insert(0, os.environ["LIBQFIELDSYNC_PATH"])
    converter_module = pytest.importorskip("libqfieldsync.offline_converter")
    from libqfieldsync.offliners import QgisCoreOffliner
    from qgis.core import QgsProject

    project = QgsProject.instance()
    target = tmp_path / "qfield"
    target.mkdir()
    try:
        assert project.read(str(prepared / "paket" / "WK-02" / "survei_WK-02.qgs"))
        extent = project.viewSettings().defaultViewExtent()
        converter = converter_module.OfflineConverter(
            project, str(target / "survei_WK-02.qgs"), extent.asWktPolygon(), project.crs().authid() or "EPSG:4326",
            ["DCIM"], QgisCoreOffliner(), converter_module.ExportType.Cable, create_basemap=False)
        converter.convert()
    finally:
        project.clear()
    assert (target / "survei_WK-02.gpkg").is_file() and (target / "peta_dasar.tif").is_file()
    assert fids(target / "survei_WK-02.gpkg", "bangunan") == fids(gpkg(prepared / "paket", "WK-02"), "bangunan")
    packaged = QgsProject()
    assert packaged.read(str(target / "survei_WK-02.qgs"))
    assert all(layer.isValid() for layer in packaged.mapLayers().values())
    packaged.clear()


def test_checklist_and_validation_per_work_area(run_alg, prepared, tmp_path):
    """datacompleteness and validatesurvey report per work area; counts checked with geopandas."""
    import geopandas as gpd

    master = tmp_path / "induk.gpkg"
    snapshot(prepared / "induk" / "survei.gpkg", master)
    result = run_alg("datacompleteness", {"DATABASE": str(master), "BY_WORK_AREA": True,
                                          "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_HTML": str(tmp_path / "c.html")})
    areas = gpd.read_file(master, layer="wilayah_kerja")
    buildings = gpd.read_file(master, layer="bangunan")
    points = gpd.GeoDataFrame(geometry=buildings.geometry.representative_point(), crs=buildings.crs)
    joined = gpd.sjoin(points, areas[["kode_wilayah", "nama_tim", "geometry"]], predicate="within")
    expected = joined.groupby("kode_wilayah").size().to_dict()
    found = {f["wilayah"].split(" · ")[0]: f["jml_fitur"] for f in result["OUTPUT"].getFeatures()
             if f["lapisan"] == "bangunan" and f["wilayah"].startswith("WK-")}
    assert found == expected and set(found) == set(CODES)
    validated = run_alg("validatesurvey", {"DATABASE": str(master), "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = validated["OUTPUT"]
    assert "wilayah_kerja" in layer.fields().names()
    problems = [f for f in layer.getFeatures() if f.hasGeometry() and f["wilayah_kerja"]]
    assert problems, "the sample has located problems"
    frame = gpd.GeoDataFrame({"code": [f["wilayah_kerja"] for f in problems]},
                             geometry=gpd.GeoSeries.from_wkt([f.geometry().asWkt() for f in problems]), crs=areas.crs)
    check = gpd.sjoin(frame, areas[["kode_wilayah", "geometry"]], predicate="intersects")
    assert (check["code"] == check["kode_wilayah"]).mean() > 0.99


def test_a_package_the_master_cannot_take_is_refused_and_the_others_merge(run_alg, field):
    """A UNIQUE index in the master (a city's own constraint) refuses WK-03's edit that gives a house
    another house's id: that package is undone and reported, the others are merged."""
    from plpbk_qgis.adapters.fieldwork.gpkg_store import connect

    connection = connect(field["master"])
    connection.execute("CREATE UNIQUE INDEX unik_id_bangunan ON bangunan (id_bangunan)")
    taken = connection.execute("SELECT id_bangunan FROM bangunan WHERE fid <> ? AND id_bangunan IS NOT NULL "
                               "ORDER BY fid LIMIT 1", (field["only3"],)).fetchone()[0]
    connection.close()
    source = ogr.Open(str(gpkg(field["packages"], "WK-03")), 1)
    layer = source.GetLayerByName("bangunan")
    feature = layer.GetFeature(field["only3"])
    feature.SetField("id_bangunan", taken)                # another house's id: the index refuses it
    layer.SetFeature(feature)
    source = None
    _, report = merge(run_alg, field["master"], [field["packages"]])
    by_code = {p["kode_wilayah"] or p["sumber"]: p for p in report["paket"]}
    refused = [p for p in report["paket"] if not p["digabung"]]
    assert len(refused) == 1 and "IntegrityError" in refused[0]["alasan"]
    assert by_code["WK-01"]["digabung"] and by_code["WK-02"]["digabung"]
    connection = sqlite3.connect(field["master"])
    assert connection.execute("SELECT jml_lantai FROM bangunan WHERE fid = ?", (field["only3"],)).fetchone()[0] != 3


def test_a_record_pointing_outside_its_folder_is_refused(run_alg, field):
    record_path = field["packages"] / "WK-02" / "paket_plpbk.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record["gpkg"] = "../../induk/survei.gpkg"
    record["package_id"] = "../../induk/survei"
    record_path.write_text(json.dumps(record), encoding="utf-8")
    checksum = fingerprint(field["master"])
    _, report = merge(run_alg, field["master"], [field["packages"] / "WK-02"])
    assert not report["paket"][0]["digabung"] and "di luar folder paket" in report["paket"][0]["alasan"]
    assert field["master"].is_file() and fingerprint(field["master"]) == checksum


def test_a_chosen_new_object_is_not_added_twice_by_a_later_merge(run_alg, field):
    from plpbk_qgis.adapters.fieldwork.gpkg_store import connect

    merge(run_alg, field["master"], [field["packages"]])
    connection = connect(field["master"])
    key = connection.execute("SELECT kunci_konflik FROM konflik_survei WHERE jenis_konflik = 'objek_ganda'").fetchone()[0]
    connection.execute("UPDATE konflik_survei SET keputusan = 'Pakai ' WHERE kunci_konflik = ? AND kode_wilayah = 'WK-01'",
                       (key,))                          # as typed at the meeting
    connection.close()
    assert run_alg("applyconflictdecisions", {"DATABASE": str(field["master"])})["DECIDED_COUNT"] == 1
    count = "SELECT count(*) FROM bangunan WHERE id_bangunan = 'BARU-1'"
    assert sqlite3.connect(field["master"]).execute(count).fetchone()[0] == 1
    _, report = merge(run_alg, field["master"], [field["packages"]])
    assert report["induk_diubah"] is False
    assert sqlite3.connect(field["master"]).execute(count).fetchone()[0] == 1


def test_a_cancel_after_the_master_was_replaced_says_so(run_alg, field):
    """Cancel pressed once the merged master is in place: the merge stands (the master changed),
    the unfinished report is removed, and the message says the database was written, instead of
    'cancelled, inputs unchanged'."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelAfterTheMerge(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            super().pushInfo(info)
            if "konflik terbuka" in info:       # said once the master has been replaced
                self.cancel()

    checksum = fingerprint(field["master"])
    report = field["root"] / "gabung.json"
    with pytest.raises(QgsProcessingException, match="setelah basis data survei mulai ditulis") as raised:
        run_alg("mergefieldwork", {"DATABASE": str(field["master"]), "PACKAGES": [str(field["packages"])],
                                   "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": str(report)}, CancelAfterTheMerge())
    assert "masukan tidak diubah" not in str(raised.value)
    assert fingerprint(field["master"]) != checksum and not report.exists()
    _, again = merge(run_alg, field["master"], [field["packages"]])       # nothing left to merge
    assert again["induk_diubah"] is False
