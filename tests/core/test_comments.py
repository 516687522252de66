"""Comments placed by coordinates, block, RT or sheet cell; every row placed or reported."""

import pandas as pd
import pytest
import shapely

from plpbk_qgis.core.publicreview.comments import cell_point, place_comments, sheet_number


def test_cell_centres_by_hand():
    bounds = (1000.0, 2000.0, 1400.0, 2280.0)          # a 400 x 280 m A3 sheet at 1:1000
    assert cell_point(bounds, "A1").coords[0] == pytest.approx((1020.0, 2266.0))    # top-left cell
    assert cell_point(bounds, "j10").coords[0] == pytest.approx((1380.0, 2014.0))   # bottom-right cell
    assert cell_point(bounds, "K1") is None and cell_point(bounds, "A11") is None
    assert sheet_number("R08-A2-20261203") == "A2"


def test_every_row_placed_or_reported():
    table = pd.DataFrame([
        {"Lembar": "R08-A1-20261203", "Komentar": "Gang sering banjir", "X": "700100", "Y": "9300100"},
        {"Lembar": "R08-A1-20261203", "Komentar": "Taman untuk anak", "Blok": "blk-02"},
        {"Lembar": "", "Komentar": "Sampah menumpuk", "RT": "RT 03", "RW": "01"},
        {"Lembar": "R08-A1-20261203", "Komentar": "Perlu hidran", "Sel": "B2"},
        {"Lembar": "R08-Z9-20261203", "Komentar": "Lampu jalan", "Sel": "B2"},          # unknown sheet
        {"Lembar": "", "Komentar": "", "Blok": "BLK-01"},                                 # no text
    ], index=[2, 3, 4, 5, 6, 7])
    blocks = {"BLK-02": shapely.box(0, 0, 10, 10)}
    rts = {("1", "3"): shapely.box(100, 100, 120, 120)}
    sheets = {"A1": (0.0, 0.0, 400.0, 280.0)}
    result = place_comments(table, blocks, rts, sheets)
    assert len(result.rows) == 5 and result.placed == 4
    assert result.counts == {"koordinat": 1, "blok": 1, "rt": 1, "sel_lembar": 1, "tidak_ditempatkan": 1,
                             "tanpa_isi": 1}
    assert sum(result.counts.values()) == len(table)
    assert result.geometries[3].coords[0] == pytest.approx((60.0, 238.0))           # cell B2 by hand
    assert [r["cara_penempatan"] for r in result.rows][-1] == "tidak_ditempatkan"
    assert any("Baris 7" in str(p) for p in result.problems) and any("Baris 6" in str(p) for p in result.problems)
