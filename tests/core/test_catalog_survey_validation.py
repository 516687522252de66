"""Survey checks on arrays: each planted problem is found, clean data gives nothing."""

import numpy as np
import pytest
from shapely import Point, box, from_wkt

from plpbk_qgis.core.survey import validation as sv
from plpbk_qgis.core.survey.catalog import load_catalog

AREA = box(0, 0, 100, 100)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def clean_buildings(n=3):
    """n side-by-side 10x10 m buildings sharing walls (touching is not overlapping)."""
    geoms = np.array([box(10 * i, 0, 10 * i + 10, 10) for i in range(n)], dtype=object)
    columns = {
        "id_bangunan": [f"B{i}" for i in range(n)], "fungsi": ["rumah_tinggal"] * n,
        "jml_lantai": [2] * n, "tinggi_m": [7.0] * n, "kondisi": ["baik"] * n,
        "status_bangunan": ["milik_sendiri"] * n,
    }
    spec = load_catalog().layer("bangunan")
    for field in spec.all_fields:
        columns.setdefault(field.name, [None] * n)
    columns["tgl_survei"] = ["2024-05-01"] * n
    return list(range(1, n + 1)), geoms, columns


def test_clean_buildings_have_no_problem(catalog):
    ids, geoms, columns = clean_buildings()
    assert sv.check_layer(catalog.layer("bangunan"), catalog, ids, geoms, columns, AREA) == []


@pytest.mark.parametrize("plant,code,fid", [
    (lambda g, c: g.__setitem__(1, None), sv.GEOMETRI_KOSONG, 2),
    (lambda g, c: g.__setitem__(1, from_wkt("POLYGON((10 0,20 10,20 0,10 10,10 0))")),
     sv.GEOMETRI_TIDAK_VALID, 2),                                   # bow-tie
    (lambda g, c: g.__setitem__(2, Point(25, 5)), sv.TIPE_GEOMETRI_SALAH, 3),
    (lambda g, c: g.__setitem__(2, box(15, 0, 25, 10)), sv.BANGUNAN_TUMPANG_TINDIH, 2),
    (lambda g, c: c["fungsi"].__setitem__(0, "istana"), sv.NILAI_DI_LUAR_DAFTAR, 1),
    (lambda g, c: c["kondisi"].__setitem__(1, None), sv.WAJIB_KOSONG, 2),
    (lambda g, c: c["id_bangunan"].__setitem__(1, "   "), sv.WAJIB_KOSONG, 2),
    (lambda g, c: c["jml_lantai"].__setitem__(0, 0), sv.DI_LUAR_RENTANG, 1),
    (lambda g, c: g.__setitem__(2, box(500, 500, 510, 510)), sv.DI_LUAR_KAWASAN, 3),
    (lambda g, c: c["id_bangunan"].__setitem__(2, "B0"), sv.ID_GANDA, 3),
])
def test_each_planted_problem_is_found(catalog, plant, code, fid):
    ids, geoms, columns = clean_buildings()
    plant(geoms, columns)
    problems = sv.check_layer(catalog.layer("bangunan"), catalog, ids, geoms, columns, AREA,
                              rona_in_area=True)
    assert {p.code for p in problems} == {code}
    assert fid in [p.feature_id for p in problems]
    assert all(p.message for p in problems)


def test_overlap_reports_shared_area_and_both_ids(catalog):
    ids, geoms, columns = clean_buildings()
    geoms[2] = box(15, 0, 25, 10)     # overlaps building 2 by 5 x 10 = 50 m2
    [problem] = sv.overlap_problems("bangunan", ids, geoms)
    assert problem.feature_id == 2 and problem.value == 3
    assert problem.geometry.area == pytest.approx(50.0)
    assert "50.0 m²" in problem.message


def test_duplicate_id_flags_every_holder(catalog):
    ids, geoms, columns = clean_buildings()
    columns["id_bangunan"][2] = "B0"
    found = [p.feature_id for p in sv.check_layer(catalog.layer("bangunan"), catalog, ids, geoms,
                                                 columns, AREA) if p.code == sv.ID_GANDA]
    assert sorted(found) == [1, 3]


def test_surroundings_layer_may_lie_outside(catalog):
    spec = catalog.layer("kegiatan_sekitar")
    columns = {f.name: [None] for f in spec.all_fields}
    columns.update(jenis_kegiatan=["pasar"], dampak=["negatif"])
    far = np.array([box(500, 500, 600, 600)], dtype=object)
    assert sv.check_layer(spec, catalog, [1], far, columns, AREA) == []
    assert sv.check_layer(spec, catalog, [1], far, columns, AREA, rona_in_area=True) == []


def test_rona_outside_the_area_is_reported_only_on_request(catalog):
    """Kelurahan-wide rona data (group B) is legitimate: not a problem unless asked."""
    ids, geoms, columns = clean_buildings()
    geoms[2] = box(500, 500, 510, 510)
    spec = catalog.layer("bangunan")
    assert sv.check_layer(spec, catalog, ids, geoms, columns, AREA) == []
    asked = sv.check_layer(spec, catalog, ids, geoms, columns, AREA, rona_in_area=True)
    assert [(p.code, p.feature_id) for p in asked] == [(sv.DI_LUAR_KAWASAN, 3)]


def test_plan_outside_the_area_is_always_reported(catalog):
    """The RTPLP plan (group P) is drawn for the priority area: outside is always an error."""
    spec = catalog.layer("rencana_blok")
    columns = {f.name: [None, None] for f in spec.all_fields}
    columns.update(id_blok=["BL1", "BL2"], guna_rencana=["perumahan", "perumahan"])
    geoms = np.array([box(10, 10, 50, 50), box(300, 300, 350, 350)], dtype=object)
    for asked in (False, True):
        problems = sv.check_layer(spec, catalog, [1, 2], geoms, columns, AREA, rona_in_area=asked)
        assert [(p.code, p.feature_id) for p in problems] == [(sv.DI_LUAR_KAWASAN, 2)]


def test_which_layers_are_checked_against_the_area(catalog):
    always = {s.name for s in catalog.layers if s.priority_area_check == "always"}
    on_request = {s.name for s in catalog.layers if s.priority_area_check == "on_request"}
    assert always == {"rencana_blok", "rencana_jaringan", "rencana_prasarana"}
    assert {"bangunan", "persil", "jalan", "kk_miskin"} <= on_request
    assert not on_request & {"kegiatan_sekitar", "rt", "rawan_bencana", "foto_survei"}


def test_missing_column_and_table_level_problems(catalog):
    ids, geoms, columns = clean_buildings()
    del columns["kondisi"]
    problems = sv.check_layer(catalog.layer("bangunan"), catalog, ids, geoms, columns, AREA)
    assert [p.code for p in problems] == [sv.KOLOM_TIDAK_ADA]
    assert sv.missing_table(catalog.layer("persil")).code == sv.TABEL_TIDAK_ADA


def test_attribute_only_table(catalog):
    spec = catalog.layer("program_kegiatan")
    columns = {f.name: [None, None] for f in spec.all_fields}
    columns.update(id_kegiatan=["K1", "K2"], nama_kegiatan=["Paving gang", "MCK"],
                   sumber_dana=["swadaya", "apbd_kota"], tahap=["tahap_1", "tahap_9"])
    problems = sv.check_layer(spec, catalog, [1, 2], None, columns, AREA)
    assert [(p.code, p.feature_id) for p in problems] == [(sv.NILAI_DI_LUAR_DAFTAR, 2)]


def test_counts(catalog):
    ids, geoms, columns = clean_buildings()
    columns["fungsi"][0] = "istana"
    columns["kondisi"][1] = None
    counts = sv.counts_by_code(sv.check_layer(catalog.layer("bangunan"), catalog, ids, geoms,
                                              columns, AREA))
    assert counts[sv.NILAI_DI_LUAR_DAFTAR] == 1 and counts[sv.WAJIB_KOSONG] == 1
    assert sum(counts.values()) == 2
