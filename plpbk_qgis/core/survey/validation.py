"""Check survey data against the catalog (pure: shapely arrays + attribute columns, no QGIS).

Every finding is a :class:`Problem` (layer, feature id, code, Indonesian message, geometry to
zoom to). Nothing is modified. Problem codes (constants below) are stable: outputs, tests
and reports use them; messages say what to do.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import shapely

TABEL_TIDAK_ADA = "TABEL_TIDAK_ADA"
KOLOM_TIDAK_ADA = "KOLOM_TIDAK_ADA"
GEOMETRI_KOSONG = "GEOMETRI_KOSONG"
GEOMETRI_TIDAK_VALID = "GEOMETRI_TIDAK_VALID"
TIPE_GEOMETRI_SALAH = "TIPE_GEOMETRI_SALAH"
BANGUNAN_TUMPANG_TINDIH = "BANGUNAN_TUMPANG_TINDIH"
NILAI_DI_LUAR_DAFTAR = "NILAI_DI_LUAR_DAFTAR"
WAJIB_KOSONG = "WAJIB_KOSONG"
DI_LUAR_RENTANG = "DI_LUAR_RENTANG"
DI_LUAR_KAWASAN = "DI_LUAR_KAWASAN"
ID_GANDA = "ID_GANDA"

PROBLEM_CODES = (TABEL_TIDAK_ADA, KOLOM_TIDAK_ADA, GEOMETRI_KOSONG, GEOMETRI_TIDAK_VALID,
                 TIPE_GEOMETRI_SALAH, BANGUNAN_TUMPANG_TINDIH, NILAI_DI_LUAR_DAFTAR,
                 WAJIB_KOSONG, DI_LUAR_RENTANG, DI_LUAR_KAWASAN, ID_GANDA)
ALLOWED_TYPES = {"point": ("Point", "MultiPoint"), "line": ("LineString", "MultiLineString"),
                 "polygon": ("Polygon", "MultiPolygon")}
GEOMETRY_WORDS = {"point": "titik", "line": "garis", "polygon": "poligon"}
OVERLAP_LAYERS = ("bangunan",)


@dataclass
class Problem:
    layer: str
    feature_id: object          # fid in the GeoPackage (None for table-level problems)
    code: str
    message: str
    geometry: object = None     # shapely geometry to zoom to
    field: str | None = None
    value: object = None


def is_blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _geometry_problems(spec, ids, geometries):
    problems = []
    allowed = ALLOWED_TYPES[spec.geometry]
    for fid, geom in zip(ids, geometries):
        if geom is None or shapely.is_empty(geom):
            problems.append(Problem(spec.name, fid, GEOMETRI_KOSONG,
                                    f"Fitur {fid} tidak punya geometri: gambar ulang lokasinya."))
            continue
        if geom.geom_type not in allowed:
            problems.append(Problem(
                spec.name, fid, TIPE_GEOMETRI_SALAH,
                f"Fitur {fid} berupa {geom.geom_type}, seharusnya "
                f"{GEOMETRY_WORDS[spec.geometry]}: pindahkan ke lapisan yang benar.", geom))
        elif not shapely.is_valid(geom):
            reason = shapely.is_valid_reason(geom)
            problems.append(Problem(
                spec.name, fid, GEOMETRI_TIDAK_VALID,
                f"Geometri fitur {fid} tidak valid ({reason}): perbaiki dengan "
                "'Fix geometries' atau gambar ulang.", geom))
    return problems


def _attribute_problems(spec, catalog, ids, columns, geometries):
    problems = []
    for field in spec.all_fields:
        if field.name not in columns:
            problems.append(Problem(spec.name, None, KOLOM_TIDAK_ADA,
                                    f"Kolom '{field.name}' ({field.alias_id}) tidak ada di tabel "
                                    f"{spec.name}: buat ulang basis data atau tambahkan kolomnya.",
                                    field=field.name))
            continue
        codes = set(catalog.value_list(field.values).codes) if field.values else None
        for index, (fid, value) in enumerate(zip(ids, columns[field.name])):
            where = geometries[index] if len(geometries) else None
            if is_blank(value):
                if field.required:
                    problems.append(Problem(spec.name, fid, WAJIB_KOSONG,
                                            f"Fitur {fid}: '{field.alias_id}' wajib diisi.",
                                            where, field.name, None))
                continue
            if codes is not None and str(value) not in codes:
                problems.append(Problem(
                    spec.name, fid, NILAI_DI_LUAR_DAFTAR,
                    f"Fitur {fid}: nilai '{value}' pada '{field.alias_id}' tidak ada di daftar "
                    f"'{catalog.value_list(field.values).label_id}': pilih dari daftar.",
                    where, field.name, value))
            elif field.is_numeric and (field.min is not None or field.max is not None):
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    number = None
                low = field.min if field.min is not None else -np.inf
                high = field.max if field.max is not None else np.inf
                if number is None or not low <= number <= high:
                    unit = f" {field.unit}" if field.unit else ""
                    problems.append(Problem(
                        spec.name, fid, DI_LUAR_RENTANG,
                        f"Fitur {fid}: '{field.alias_id}' = {value}{unit} di luar rentang "
                        f"{field.min if field.min is not None else '…'}–"
                        f"{field.max if field.max is not None else '…'}{unit}: periksa ukuran.",
                        where, field.name, value))
    if spec.id_field and spec.id_field in columns:
        values = columns[spec.id_field]
        counts = Counter(v for v in values if not is_blank(v))
        for index, (fid, value) in enumerate(zip(ids, values)):
            if not is_blank(value) and counts[value] > 1:
                problems.append(Problem(
                    spec.name, fid, ID_GANDA,
                    f"Fitur {fid}: {spec.id_field} '{value}' dipakai {counts[value]} fitur; "
                    "setiap fitur harus punya ID sendiri.",
                    geometries[index] if len(geometries) else None, spec.id_field, value))
    return problems


def overlap_problems(layer_name, ids, geometries, min_area=0.5):
    """One problem per pair of polygons sharing more than ``min_area`` m2."""
    problems = []
    valid = np.array([g is not None and not shapely.is_empty(g) and shapely.is_valid(g)
                      and g.geom_type in ("Polygon", "MultiPolygon") for g in geometries], bool)
    index = np.flatnonzero(valid)
    if len(index) < 2:
        return problems
    polygons = np.asarray(geometries, dtype=object)[index]
    tree = shapely.STRtree(polygons)
    left, right = tree.query(polygons, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if not len(left):
        return problems
    shared = shapely.intersection(polygons[left], polygons[right])
    areas = shapely.area(shared)
    for a, b, geom, area in zip(left, right, shared, areas):
        if area > min_area:
            fa, fb = ids[index[a]], ids[index[b]]
            problems.append(Problem(
                layer_name, fa, BANGUNAN_TUMPANG_TINDIH,
                f"Bangunan {fa} dan {fb} tumpang tindih {area:.1f} m²: perbaiki batas salah "
                "satunya (digitasi ganda?).", geom, None, fb))
    return problems


def outside_problems(layer_name, ids, geometries, area, tolerance=1.0):
    """Features that do not touch the priority area (buffered by ``tolerance`` metres)."""
    if area is None or shapely.is_empty(area):
        return []
    zone = shapely.buffer(area, tolerance)
    shapely.prepare(zone)
    problems = []
    for fid, geom in zip(ids, geometries):
        if geom is None or shapely.is_empty(geom):
            continue
        if not shapely.intersects(zone, geom):
            problems.append(Problem(
                layer_name, fid, DI_LUAR_KAWASAN,
                f"Fitur {fid} berada di luar kawasan prioritas: periksa lokasinya atau "
                "hapus bila bukan bagian survei.", geom))
    return problems


def check_layer(spec, catalog, ids, geometries, columns, priority_area=None,
                overlap_min_area=0.5, rona_in_area=False) -> list:
    """Every problem of one catalog layer. ``geometries``: shapely array aligned with ``ids``
    (ignored for attribute-only tables); ``columns``: field name -> values.
    ``rona_in_area``: also report rona (group B) features outside the priority area; plan
    (group P) features are always checked (see ``Layer.priority_area_check``)."""
    geometries = np.asarray(geometries if geometries is not None else [], dtype=object)
    problems = []
    if spec.has_geometry:
        problems += _geometry_problems(spec, ids, geometries)
    else:
        geometries = np.empty(0, dtype=object)
    problems += _attribute_problems(spec, catalog, ids, columns, geometries)
    if spec.name in OVERLAP_LAYERS:
        problems += overlap_problems(spec.name, ids, geometries, overlap_min_area)
    if spec.must_lie_in_priority_area(include_rona=rona_in_area):
        problems += outside_problems(spec.name, ids, geometries, priority_area)
    return problems


def missing_table(spec) -> Problem:
    return Problem(spec.name, None, TABEL_TIDAK_ADA,
                   f"Tabel '{spec.name}' ({spec.title_id}) tidak ada di GeoPackage: buat basis "
                   "data dengan 'Buat basis data survei'.")


def counts_by_code(problems) -> dict:
    counts = Counter(problem.code for problem in problems)
    return {code: counts.get(code, 0) for code in PROBLEM_CODES}


def counts_by_layer(problems) -> dict:
    return dict(Counter(problem.layer for problem in problems))
