"""Shipped sheet templates: page and map-face sizes match core.sheet_grid, item ids present."""

import pytest

from plpbk_qgis.core.sheet_grid import map_face_mm, paper_size_mm

REQUIRED = ["peta", "legenda", "judul", "kode_peta", "kode_rinci", "wilayah", "nomor_lembar", "skala_angka",
            "skala_batang", "arah_utara", "indeks_lembar", "lokasi", "catatan_crs",
            "sumber_data", "pembuat", "pengesahan", "data_kosong"]
UJI_PUBLIK = ["qr", "catatan_warga", "id_lembar"]


@pytest.mark.parametrize("paper", ["A3", "A1"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("variant", ["standar", "uji_publik"])
def test_template_sizes_and_ids(qgis_app, paper, orientation, variant):
    from qgis.core import QgsProject

    from plpbk_qgis.layouts.builder import load_template
    from plpbk_qgis.layouts.template_maker import template_path

    layout = load_template(template_path(paper, orientation, variant), QgsProject())
    page = layout.pageCollection().page(0).pageSize()
    assert (page.width(), page.height()) == pytest.approx(paper_size_mm(paper, orientation), abs=0.5)
    main = layout.itemById("peta")
    assert (main.rect().width(), main.rect().height()) == pytest.approx(
        map_face_mm(paper, orientation))
    missing = [i for i in REQUIRED + (UJI_PUBLIK if variant == "uji_publik" else [])
               if layout.itemById(i) is None]
    assert not missing
    # every item lies on the page
    for item in layout.items():
        if hasattr(item, "id") and item.id():
            box = item.sceneBoundingRect()
            assert box.left() >= -0.5 and box.top() >= -0.5, item.id()
            assert box.right() <= page.width() + 0.5 and box.bottom() <= page.height() + 0.5, item.id()


def test_qr_matrix_has_finder_patterns():
    from plpbk_qgis.layouts.qr_code import qr_matrix, qr_svg

    matrix = qr_matrix("PLPBK|Kelurahan Contoh|R08|B2|20250101")
    size = len(matrix)
    assert size >= 21 and (size - 17) % 4 == 0
    finder = [[r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4) for c in range(7)]
              for r in range(7)]
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        block = [row[left:left + 7] for row in matrix[top:top + 7]]
        assert block == finder
    assert qr_svg("x").count("<rect") > 20


def test_printed_code_is_a_guideline_code(qgis_app):
    """The title box shows SEED_MAP codes: the catalog's R10T (second map of R10) prints R10
    with a part note; ordinary maps print their own id without one."""
    from plpbk_qgis.core.survey.catalog import load_catalog
    from plpbk_qgis.layouts.builder import part_note, printed_code

    catalog = load_catalog()
    assert printed_code(catalog.map("R10T")) == "R10"
    assert part_note(catalog.map("R10T"), catalog.maps) == "peta R10 bagian 2 dari 2"
    assert part_note(catalog.map("R10"), catalog.maps) == "peta R10 bagian 1 dari 2"
    for thematic in catalog.maps:
        code = printed_code(thematic)
        # a guideline code, or the family code of all its codes ("A3" for A3a-A3c), or its own id
        family = all(c.startswith(code) for c in thematic.codes) and len(code) == 2
        assert code in thematic.codes or family or thematic.id == code, thematic.id
        assert not code.endswith("T"), thematic.id
    assert (printed_code(catalog.map("A3E")), part_note(catalog.map("A3E"), catalog.maps)) \
        == ("A3", "peta A3 bagian 2 dari 2")
    assert (printed_code(catalog.map("R08")), part_note(catalog.map("R08"), catalog.maps)) \
        == ("R08", "")


@pytest.mark.parametrize("paper", ["A3", "A1"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_scan_markers_print_where_the_scanner_looks(qgis_app, paper, orientation):
    """The uji publik templates hold the scan-back markers and QR exactly where
    core.publicreview.sheet_markers says, each marker with its white quiet zone clear of every
    other item (the map face counted with its coordinate labels); standar has no marker."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QRectF

    from plpbk_qgis.core.publicreview import sheet_markers
    from plpbk_qgis.layouts.builder import load_template
    from plpbk_qgis.layouts.template_maker import SCALE_FACTOR, template_path

    k = SCALE_FACTOR[paper]
    layout = load_template(template_path(paper, orientation, "uji_publik"), QgsProject())
    markers = sheet_markers.sheet_markers(paper, orientation)
    marker_ids = {sheet_markers.marker_item_id(m.id) for m in markers}
    others = [i for i in layout.items() if hasattr(i, "id") and i.id() and i.id() not in marker_ids
              and i.id() != "garis_tepi"]
    border = layout.itemById("garis_tepi").sceneBoundingRect()
    for marker in markers:
        item = layout.itemById(sheet_markers.marker_item_id(marker.id))
        assert item is not None, marker
        box = item.sceneBoundingRect()
        assert (box.left(), box.top(), box.width(), box.height()) == pytest.approx(
            (marker.x, marker.y, marker.size, marker.size), abs=0.05)
        assert item.picturePath().endswith(sheet_markers.marker_file_name(marker.id))
        q = sheet_markers.QUIET_MM * k
        clear = QRectF(box.left() - q, box.top() - q, box.width() + 2 * q, box.height() + 2 * q)
        assert border.adjusted(0.25 * k, 0.25 * k, -0.25 * k, -0.25 * k).contains(clear), marker  # inside its line
        for other in others:
            rect = other.sceneBoundingRect()
            if other.id() == "peta":
                # the frame with its ticks (1.5 mm), gap (0.8) and 5 pt coordinate labels (≈1.8)
                # outside it; not sceneBoundingRect(), which estimates labels for the empty
                # template's arbitrary extent
                rect = QRectF(other.pos(), other.rect().size()).adjusted(-4.2 * k, -4.2 * k, 4.2 * k, 4.2 * k)
            assert not clear.intersects(rect), (marker, other.id())
    qr = layout.itemById("qr").sceneBoundingRect()
    assert (qr.left(), qr.top(), qr.width()) == pytest.approx(sheet_markers.qr_box_mm(paper, orientation), abs=0.05)
    main = layout.itemById("peta")
    face = QRectF(main.pos(), main.rect().size())
    assert (face.left(), face.top(), face.width(), face.height()) == pytest.approx(
        sheet_markers.map_face_box_mm(paper, orientation), abs=0.05)
    standard = load_template(template_path(paper, orientation, "standar"), QgsProject())
    assert not [i for i in marker_ids if standard.itemById(i) is not None]
