"""The catalog covers the guideline (SEED_MAP A, B, P) and is internally consistent."""

import copy

import pytest
import yaml

from plpbk_qgis.core.resources import resource_path
from plpbk_qgis.core.survey.catalog import CatalogError, load_catalog, parse_catalog

# Written out by hand from ../shared/SEED_MAP.md so that a code dropped from the catalog fails.
SEED_MAP_A = ["A1a", "A1b", "A2a", "A2b", "A2c", "A2d", "A3a", "A3b", "A3c", "A3d"]
SEED_MAP_B = ["B1a", "B1b", "B1c", "B2a", "B2b", "B2c", "B2d", "B2e", "B3a", "B3b", "B3c",
              "B4a", "B4b", "B4c", "B5a", "B5b", "B5c", "B5d", "B5e", "B5f", "B5g", "B5h", "B5i",
              "B5j", "B6a", "B6b", "B6c", "B6d", "B6e"]
SEED_MAP_P = ["P1a", "P1b", "P2a", "P2b", "P2c", "P2d", "P2e", "P2f", "P3", "P4", "P6"]
RONA_MAPS = ["R01", "R02", "R04", "R05", "R06", "R07", "R08", "R09", "R12"]   # "— map" rows

# CONTRACTS.md: names other parts code against.
CONTRACT_FIELDS = {
    "batas_kelurahan": ["nama_kel", "kecamatan", "kota"],
    "kawasan_prioritas": ["nama_kawasan"],
    "rw": ["no_rw"],
    "rt": ["no_rt", "no_rw"],
    "persil": ["id_persil", "status_lahan", "luas_m2"],
    "bangunan": ["id_bangunan", "jml_lantai", "tinggi_m", "fungsi", "kondisi", "status_bangunan",
                 "no_rt", "no_rw"],
    "jalan": ["nama_jalan", "lebar_m", "kelas_jalan", "perkerasan", "kondisi"],
    "drainase": [], "rth_ruang_publik": [], "rawan_bencana": [], "kk_miskin": [], "fasilitas": [],
    "foto_survei": ["foto"],
    "rencana_blok": ["id_blok", "guna_rencana", "kdb_rencana", "klb_rencana", "kdh_rencana",
                     "gsb_rencana", "tinggi_rencana", "lantai_rencana"],
}
GEOMETRY = {"batas_kelurahan": "polygon", "rt": "polygon", "persil": "polygon",
            "bangunan": "polygon", "jalan": "line", "drainase": "line", "kk_miskin": "point",
            "fasilitas": "point", "foto_survei": "point", "rencana_blok": "polygon"}
BUILDING_USES = ["rumah_tinggal", "rumah_kos", "rumah_toko", "warung", "toko", "industri_rumahan",
                 "gudang", "ibadah", "pendidikan", "kesehatan", "kantor", "balai_warga",
                 "fasilitas_umum_lain", "kosong"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def raw_catalog():
    with open(resource_path("catalog.yaml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.mark.parametrize("code", SEED_MAP_A + SEED_MAP_B + SEED_MAP_P)
def test_every_map_item_has_a_layer(catalog, code):
    assert catalog.layers_for_code(code), f"no catalog layer serves {code}"


@pytest.mark.parametrize("code", SEED_MAP_A + SEED_MAP_B + SEED_MAP_P + RONA_MAPS)
def test_every_map_item_is_on_a_thematic_map_or_table(catalog, code):
    on_map = any(code in m.codes for m in catalog.maps)
    tables = [layer for layer in catalog.layers_for_code(code) if not layer.has_geometry]
    assert on_map or tables, f"{code} is neither on a thematic map nor a table"


def test_section_a_is_1_5000_and_b_p_are_1_1000(catalog):
    for layer in catalog.layers:
        sections = {code[0] for code in layer.codes}
        if sections == {"A"}:
            assert layer.scale == 5000, layer.name
        if sections & {"B", "P"}:
            assert layer.scale == 1000, layer.name


@pytest.mark.parametrize("layer_name", sorted(CONTRACT_FIELDS))
def test_contract_layers_and_fields(catalog, layer_name):
    layer = catalog.layer(layer_name)
    for name in CONTRACT_FIELDS[layer_name]:
        assert name in layer.field_names
    if layer_name in GEOMETRY:
        assert layer.geometry == GEOMETRY[layer_name]


def test_value_lists_the_others_rely_on(catalog):
    assert catalog.field_codes("bangunan", "fungsi") == BUILDING_USES
    assert catalog.field_codes("jalan", "kelas_jalan") == ["arteri", "kolektor", "lokal",
                                                           "lingkungan", "gang"]
    tenure = catalog.field_codes("persil", "status_lahan")
    for code in ("shm", "hgb", "hak_pakai", "girik", "tanah_negara", "sewa", "tidak_jelas"):
        assert code in tenure
    assert catalog.value_list("status_lahan").label("girik") == "Girik / Letter C"
    assert catalog.field_codes("bangunan", "no_rt") is None


def test_admin_units_persil_and_photos_present(catalog):
    for name in ("batas_kelurahan", "kawasan_prioritas", "rw", "rt", "persil", "foto_survei"):
        assert catalog.layer(name)
    assert catalog.layer("foto_survei").field("foto").is_photo


def test_common_survey_fields_on_every_layer(catalog):
    """Every surveyed layer carries the survey metadata; a derived (computed) layer none."""
    for layer in catalog.layers:
        if layer.derived:
            assert not {"tgl_survei", "surveyor"} & {f.name for f in layer.all_fields}, layer.name
            continue
        for name, default in (("tgl_survei", "$today"), ("pokja", "$pokja"),
                              ("surveyor", "$surveyor")):
            assert layer.field(name).default == default


def test_every_value_list_has_indonesian_and_english_labels(catalog):
    for values in catalog.value_lists.values():
        assert values.items
        for item in values.items:
            assert item.label_id.strip() and item.label_en.strip()


def test_maps_have_the_schema_layouts_need(catalog):
    ids = [m.id for m in catalog.maps]
    assert "R08" in ids and "P1a" in ids and "R01" in ids
    r08 = catalog.map("R08")
    assert r08.scale == 1000 and r08.layer_names[0] == "bangunan"
    assert r08.layers[0].style_field == "status_bangunan"
    assert r08.layers[0].style_kind == "categorized"
    assert catalog.map("A1").layers[1].style_kind == "graduated"
    assert all(m.scale == 5000 for m in catalog.maps if m.id.startswith("A"))


def test_catalog_consistency_checks_fire():
    data = raw_catalog()
    broken = copy.deepcopy(data)
    broken["layers"][0]["fields"][0]["values"] = "no_such_list"
    with pytest.raises(CatalogError, match="unknown value list"):
        parse_catalog(broken)
    broken = copy.deepcopy(data)
    broken["maps"][0]["layers"][0]["layer"] = "no_such_layer"
    with pytest.raises(CatalogError, match="unknown layer"):
        parse_catalog(broken)
    broken = copy.deepcopy(data)
    broken["layers"][1]["pokja"] = "nobody"
    with pytest.raises(CatalogError, match="pokja"):
        parse_catalog(broken)
