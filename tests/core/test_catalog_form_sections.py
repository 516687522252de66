"""Form tabs per catalog field: derived rules, explicit overrides, catalog check."""

import copy

import pytest
import yaml

from plpbk_qgis.core.survey.catalog import CatalogError, default_path, load_catalog, parse_catalog
from plpbk_qgis.forms.sections import field_section, form_sections


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def names(spec, catalog):
    return {section.code: [f.name for f in fields] for section, fields in form_sections(spec, catalog)}


def test_bangunan_sections(catalog):
    assert names(catalog.layer("bangunan"), catalog) == {
        "identitas": ["id_bangunan", "id_persil", "no_rt", "no_rw"],
        "uraian": ["fungsi", "tipe_bangunan", "jml_lantai", "tinggi_m", "jml_kk"],
        "kondisi": ["kondisi", "material_atap", "material_dinding", "material_lantai",
                    "status_bangunan"],
        "foto": ["foto"],
        "survei": ["tgl_survei", "pokja", "surveyor", "catatan"],
    }


def test_explicit_section_wins_and_empty_tabs_are_left_out(catalog):
    photos = names(catalog.layer("foto_survei"), catalog)
    assert photos["identitas"][0] == "foto" and "foto" not in photos       # photo first
    program = catalog.layer("program_kegiatan")
    assert field_section(program, program.field("dokumen_ded")) == "uraian"
    assert list(names(catalog.layer("rw"), catalog)) == ["identitas", "uraian", "survei"]


def test_every_field_is_placed_once(catalog):
    for spec in catalog.layers:
        placed = [f for _s, fields in form_sections(spec, catalog) for f in fields]
        assert sorted(f.name for f in placed) == sorted(spec.field_names), spec.name


def test_unknown_section_is_a_catalog_error():
    with open(default_path(), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    broken = copy.deepcopy(data)
    broken["layers"][0]["fields"][0]["section"] = "tidak_ada"
    with pytest.raises(CatalogError, match="unknown form section"):
        parse_catalog(broken)
