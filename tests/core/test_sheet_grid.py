"""Sheet grid: coverage without gaps, ground size from scale and paper, stable numbering."""

import pytest
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

from plpbk_qgis.core.sheet_grid import SheetSpec, neighbour_diagram, row_label, sheet_grid

# An irregular kampung-like priority area in EPSG:23834 coordinates (metres), L-shaped with a
# notch, ~620 m × 430 m: needs several A3 sheets at 1:1000.
AREA = Polygon([(700013.3, 9312004.1), (700633.9, 9312040.7), (700610.2, 9312251.0),
                (700402.6, 9312237.4), (700380.0, 9312433.8), (700042.8, 9312401.9),
                (700090.5, 9312211.7), (699995.1, 9312160.0)])


def union_of(sheets):
    return shapely.union_all([s.geometry for s in sheets])


@pytest.mark.parametrize("paper, orientation, scale, expected", [
    # A3 landscape map face 300 mm x 250 mm -> 300 m x 250 m on the ground at 1:1000
    ("A3", "landscape", 1000, (300.0, 250.0)),
    ("A3", "portrait", 1000, (250.0, 300.0)),
    # A1 face 600 mm x 500 mm: 600 m x 500 m at 1:1000, 3 km x 2.5 km at 1:5000
    ("A1", "landscape", 1000, (600.0, 500.0)),
    ("A1", "landscape", 5000, (3000.0, 2500.0)),
    ("A3", "landscape", 5000, (1500.0, 1250.0)),
])
def test_ground_size_per_sheet(paper, orientation, scale, expected):
    spec = SheetSpec(scale=scale, paper=paper, orientation=orientation)
    assert spec.ground_size == pytest.approx(expected)
    sheets = sheet_grid(AREA, spec)
    for sheet in sheets:
        xmin, ymin, xmax, ymax = sheet.bounds
        assert (xmax - xmin, ymax - ymin) == pytest.approx(expected)


@pytest.mark.parametrize("overlap", [0.0, 20.0])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_sheets_cover_area_without_gaps(orientation, overlap):
    spec = SheetSpec(1000, "A3", orientation, overlap)
    sheets = sheet_grid(AREA, spec)
    covered = union_of(sheets)
    assert AREA.difference(covered).area == pytest.approx(0.0, abs=1e-6)
    # every kept sheet really holds part of the area
    assert all(s.geometry.intersection(AREA).area > 0 for s in sheets)
    # neighbouring sheets share exactly the overlap strip
    by_pos = {(s.row, s.col): s for s in sheets}
    for (row, col), sheet in by_pos.items():
        right = by_pos.get((row, col + 1))
        if right:
            assert sheet.bounds[2] - right.bounds[0] == pytest.approx(overlap)
        below = by_pos.get((row + 1, col))
        if below:
            assert below.bounds[3] - sheet.bounds[1] == pytest.approx(overlap)


def test_expected_sheet_count_and_dropped_empty_cells():
    # 639 m x 430 m with 300 x 250 sheets -> ceil(639 / 300) = 3 columns, ceil(430 / 250) = 2 rows
    sheets = sheet_grid(AREA, SheetSpec(1000, "A3"))
    rows = {s.row for s in sheets}
    cols = {s.col for s in sheets}
    assert len(rows) == 2 and len(cols) == 3
    bounding_grid = box(*union_of(sheets).bounds)
    cells = [box(*b) for b in [s.bounds for s in sheets]]
    assert len(cells) <= 6
    # the grid is centred: margins left and right of the area differ by at most the snap (10 m)
    left = AREA.bounds[0] - bounding_grid.bounds[0]
    right = bounding_grid.bounds[2] - AREA.bounds[2]
    assert abs(left - right) <= 10.0 + 1e-6


def test_grid_origin_is_on_round_coordinates():
    for sheet in sheet_grid(AREA, SheetSpec(1000, "A3")):
        assert sheet.bounds[0] % 10 == pytest.approx(0, abs=1e-6)
        assert sheet.bounds[3] % 10 == pytest.approx(0, abs=1e-6)


def test_numbering_rows_from_north_columns_from_west():
    sheets = sheet_grid(AREA, SheetSpec(1000, "A3"))
    for sheet in sheets:
        assert sheet.nomor_lembar == f"{'AB'[sheet.row]}{sheet.col + 1}"
    first = min(sheets, key=lambda s: s.order)
    assert first.bounds[3] == max(s.bounds[3] for s in sheets)   # order starts at the north
    assert [s.order for s in sheets] == list(range(1, len(sheets) + 1))


def test_numbering_stable_under_feature_order_and_vertex_start():
    reference = [(s.nomor_lembar, s.bounds) for s in sheet_grid(AREA, SheetSpec(1000, "A3"))]
    coords = list(AREA.exterior.coords)[:-1]
    rotated = Polygon(coords[3:] + coords[:3])
    reversed_ring = Polygon(coords[::-1])
    multi = shapely.MultiPolygon([AREA])
    for variant in (rotated, reversed_ring, multi):
        assert [(s.nomor_lembar, s.bounds) for s in sheet_grid(variant, SheetSpec(1000, "A3"))] \
            == reference


def test_numbering_keeps_grid_positions_when_cells_are_dropped():
    """Sheets are named by grid position: empty cells leave gaps, nothing is renumbered."""
    # extent 700025..700875 x 9312000..9312500 (850 m x 500 m): 3 columns of 300 m (900 m,
    # 25 m either side -> origin x 700000), 2 rows of 250 m (origin top 9312500), computed by hand
    blocks = shapely.MultiPolygon([
        box(700025, 9312000, 700075, 9312050),      # south-west -> row B, column 1
        box(700400, 9312100, 700450, 9312150),      # middle south -> B2
        box(700825, 9312450, 700875, 9312500),      # north-east -> A3
    ])
    sheets = sheet_grid(blocks, SheetSpec(1000, "A3"))
    assert {s.nomor_lembar: s.bounds for s in sheets} == {
        "A3": (700600.0, 9312250.0, 700900.0, 9312500.0),
        "B1": (700000.0, 9312000.0, 700300.0, 9312250.0),
        "B2": (700300.0, 9312000.0, 700600.0, 9312250.0),
    }
    assert [s.nomor_lembar for s in sorted(sheets, key=lambda s: s.order)] == ["A3", "B1", "B2"]
    b1 = next(s for s in sheets if s.nomor_lembar == "B1")
    assert b1.neighbours == {"t": "B2"}


def test_neighbours_match_grid_positions():
    sheets = sheet_grid(AREA, SheetSpec(1000, "A3"))
    names = {s.nomor_lembar for s in sheets}
    for sheet in sheets:
        for name in sheet.neighbours.values():
            assert name in names
        east = sheet.neighbours.get("t")
        if east:
            assert east == f"{east[0]}{sheet.col + 2}" and east[0] == sheet.nomor_lembar[0]
        south = sheet.neighbours.get("s")
        if south:
            assert south == f"{row_label(sheet.row + 1)}{sheet.col + 1}"
    a1 = next(s for s in sheets if s.nomor_lembar == "A1")
    diagram = neighbour_diagram(a1)
    assert diagram[1][1] == "A1" and diagram[0] == ["", "", ""]


def test_small_area_one_sheet_and_kelurahan_scale():
    small = affinity.scale(AREA, 0.2, 0.2)
    sheets = sheet_grid(small, SheetSpec(1000, "A3"))
    assert [s.nomor_lembar for s in sheets] == ["A1"]
    assert sheets[0].geometry.contains(small)
    # the whole kelurahan at 1:5000 on A3 (1500 m x 1250 m): one sheet
    assert len(sheet_grid(AREA, SheetSpec(5000, "A3"))) == 1


def test_row_labels_beyond_z():
    assert [row_label(i) for i in (0, 1, 25, 26, 27, 51, 52)] == \
        ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


def test_bad_specs_rejected():
    with pytest.raises(ValueError):
        SheetSpec(1000, "A4")
    with pytest.raises(ValueError):
        SheetSpec(1000, "A3", "diagonal")
    with pytest.raises(ValueError):
        SheetSpec(1000, "A3", overlap_m=200)
    with pytest.raises(ValueError):
        sheet_grid(Polygon(), SheetSpec())


def test_line_area_and_edge_touching_cells():
    # a polygon whose edge lies exactly on a grid line must not get the neighbouring sheet
    spec = SheetSpec(1000, "A3")
    square = box(700000, 9312000, 700300, 9312250)     # exactly one sheet on a round origin
    sheets = sheet_grid(square, spec)
    assert len(sheets) == 1 and sheets[0].bounds == (700000.0, 9312000.0, 700300.0, 9312250.0)
