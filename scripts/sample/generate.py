"""Build the whole sample kelurahan in memory (deterministic for a given seed; no QGIS, no network).

    layers = build_sample()          # {layer name: SampleLayer}, coordinates in EPSG:23834
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import Point

from .admin import kawasan_prioritas, make_rt_rw
from .attributes import FACILITY_USE, HOUSE_ON_GANG, HOUSE_ON_ROAD, building_row, parcel_row, road_row
from .houses import house_footprints
from .layout import build_layout
from .parcels import density_weight, facility_footprint, make_parcels, merge_parcels_near
from .values import pick, survey_meta

SEED = 20240817
CRS = "EPSG:23834"
# Local origin: lon 106.85 E, lat -6.20 (inner Jakarta) in EPSG:23834, rounded to 10 m.
ORIGIN = (238730.0, 814470.0)
NAMA_KEL = "Kelurahan Contoh"
KP_NAME = "Kawasan Prioritas Kampung Contoh (data contoh)"
WIDE = ("arteri", "kolektor", "lokal")
ROAD_ORDER = ("arteri", "kolektor", "lokal", "lingkungan", "gang")


@dataclass
class SampleLayer:
    name: str
    geometry_type: str            # Polygon | LineString | Point
    geometries: list
    rows: list = field(default_factory=list)


@dataclass
class Context:
    """Intermediate results shared by the layer builders (local coordinates)."""
    rng: object
    layout: object
    kp: object
    rw: dict
    rt: dict
    parcels: list
    buildings: list = field(default_factory=list)    # (polygon, parcel index, use)
    rt_tree: object = None
    rt_keys: list = field(default_factory=list)

    def rt_of(self, geom):
        """(no_rw, no_rt) of the RT containing a point/centroid."""
        point = geom if geom.geom_type == "Point" else geom.representative_point()
        hits = self.rt_tree.query(point, predicate="intersects")
        if len(hits) == 0:
            hits = [int(self.rt_tree.nearest(point))]
        return self.rt_keys[int(min(hits))]


def kp_centre(layout):
    minx, miny, maxx, maxy = layout.boundary.bounds
    return Point(0.42 * maxx, 0.25 * miny), 150.0


def _pop_block(blocks, target, min_area, max_area):
    fits = [i for i, b in enumerate(blocks) if min_area <= b.area <= max_area]
    best = min(fits, key=lambda i: blocks[i].centroid.distance(target))
    return blocks.pop(best)


def _set_fronts(parcels, layout):
    buffers = {k: shapely.union_all([r.geometry.buffer(r.lebar / 2 + 0.4, cap_style="flat")
                                     for r in layout.roads if r.kelas == k]) for k in ROAD_ORDER}
    for kelas in reversed(ROAD_ORDER):  # widest class wins
        hit = shapely.intersects(np.array([p.geometry for p in parcels]), buffers[kelas])
        for parcel, touches in zip(parcels, hit):
            if touches:
                parcel.fronts = kelas


def _reserve_facilities(rng, parcels, layout, centre, rw):
    """Lots of mosques, school, office etc. at plausible places (on wider roads, in the kampung)."""
    minx, miny, maxx, maxy = layout.boundary.bounds
    kolektor = next(r.geometry for r in layout.roads if r.kelas == "kolektor")
    on_kolektor = [kolektor.interpolate(t, normalized=True) for t in (0.3, 0.55, 0.8)]
    plans = [("masjid", on_kolektor[1], 650), ("kantor", on_kolektor[0], 520),
             ("sekolah", Point(0.1 * maxx, 0.62 * maxy), 2200), ("kesehatan", on_kolektor[2], 260),
             ("gudang", Point(0.15 * maxx, miny + 25), 900), ("musala", centre, 110),
             ("musala", Point(0.6 * minx, 0.2 * maxy), 120), ("musala", Point(0.3 * minx, 0.7 * miny), 100),
             ("paud", Point(0.5 * minx, 0.55 * maxy), 180),
             ("rth:taman_bermain", Point(centre.x - 60, centre.y + 40), 280),
             ("mck", Point(centre.x + 40, centre.y - 30), 60)]
    for shape in rw.values():  # one balai warga and one pos ronda per RW
        anchor = shape.representative_point()
        plans.append(("balai", anchor, 150))
        plans.append(("pos", Point(anchor.x + 35, anchor.y - 25), 20))
    for kind, target, area in plans:
        if kind in ("pos", "mck"):  # a tiny post/toilet block: take an existing small lot
            free = [p for p in parcels if p.reserved is None]
            min(free, key=lambda p: p.geometry.distance(target)).reserved = kind
            continue
        merge_parcels_near(parcels, target, area, kind)
    free = [p for p in parcels if p.reserved is None]
    for idx in rng.choice(len(free), size=max(3, len(free) // 40), replace=False):
        free[int(idx)].reserved = "kosong" if rng.random() < 0.7 else "rth:lahan_kosong"


def build_context(seed: int = SEED) -> Context:
    rng = np.random.default_rng(seed)
    layout = build_layout(rng)
    centre, radius = kp_centre(layout)
    kp = kawasan_prioritas(rng, layout.boundary, layout.blocks, centre, radius)
    rw, rt = make_rt_rw(layout.boundary, layout.blocks)
    blocks = list(layout.blocks)
    minx, miny, maxx, maxy = layout.boundary.bounds
    lapangan = _pop_block(blocks, Point(-0.2 * maxx, 0.55 * maxy), 1500, 5000)
    makam = _pop_block(blocks, Point(0.8 * minx, 0.05 * maxy), 1500, 7000)
    parcels = make_parcels(rng, blocks, centre, radius, layout.roads)
    from .parcels import Parcel

    parcels.append(Parcel(lapangan, "rth:lapangan"))
    parcels.append(Parcel(makam, "rth:makam"))
    _reserve_facilities(rng, parcels, layout, centre, rw)
    parcels.sort(key=lambda p: (-round(p.geometry.centroid.y, 1), round(p.geometry.centroid.x, 1)))
    _set_fronts(parcels, layout)
    ctx = Context(rng, layout, kp, rw, rt, parcels)
    ctx.rt_keys = list(rt)
    ctx.rt_tree = shapely.STRtree([rt[k] for k in ctx.rt_keys])
    for i, parcel in enumerate(parcels):
        kind = parcel.reserved
        if kind is None:
            shares = HOUSE_ON_ROAD if parcel.fronts in WIDE else HOUSE_ON_GANG
            fill = density_weight(parcel.geometry.centroid, centre, radius)
            for poly in house_footprints(rng, parcel.geometry, parcel.frame, parcel.fronts, fill):
                ctx.buildings.append((poly, i, pick(rng, shares)))
        elif kind in FACILITY_USE:
            share = {"masjid": 0.7, "sekolah": 0.45, "kantor": 0.6, "gudang": 0.8}.get(kind, 0.75)
            for poly in facility_footprint(rng, parcel.geometry, share):
                ctx.buildings.append((poly, i, FACILITY_USE[kind]))
    return ctx


def _near_kali(ctx, geom) -> bool:
    return geom.distance(ctx.layout.kali) < 45


def core_layers(ctx: Context) -> dict:
    """batas_kelurahan, kawasan_prioritas, rw, rt, persil, bangunan, jalan."""
    rng = ctx.rng
    layers = {}
    kel_row = {"nama_kel": NAMA_KEL, "kecamatan": "Kecamatan Contoh", "kota": "Kota Administrasi Jakarta Pusat",
               "provinsi": "DKI Jakarta", "kode_kel": "31.71.99.1001"}
    kel_row.update(survey_meta(rng, "01", "tata_ruang"))
    kel_row["catatan"] = "Data contoh (sintetis) - bukan batas resmi"
    layers["batas_kelurahan"] = SampleLayer("batas_kelurahan", "Polygon", [ctx.layout.boundary], [kel_row])
    kp_row = {"nama_kawasan": KP_NAME, "alasan_pemilihan": "Kepadatan bangunan tertinggi, rawan genangan dan "
              "kebakaran, konsentrasi KK miskin (hasil musyawarah warga, data contoh)"}
    kp_row.update(survey_meta(rng, "02", "tata_ruang"))
    layers["kawasan_prioritas"] = SampleLayer("kawasan_prioritas", "Polygon", [ctx.kp], [kp_row])
    heads = ("H. Sulaiman", "Bapak Darmawan", "Ibu Ratna Sari", "Bapak Slamet Riyadi", "Bapak Ahmad Fauzi")
    rw_rows = []
    for i, no_rw in enumerate(ctx.rw):
        row = {"no_rw": no_rw, "ketua_rw": heads[i % len(heads)]}
        row.update(survey_meta(rng, no_rw, "sosial_kelembagaan"))
        rw_rows.append(row)
    layers["rw"] = SampleLayer("rw", "Polygon", list(ctx.rw.values()), rw_rows)
    layers["persil"] = _persil_layer(ctx)
    layers["bangunan"] = _bangunan_layer(ctx, layers["persil"])
    layers["rt"] = _rt_layer(ctx, layers["bangunan"])
    layers["jalan"] = SampleLayer("jalan", "LineString", [r.geometry for r in ctx.layout.roads],
                                  [road_row(rng, r, ctx.rt_of(r.geometry.interpolate(0.5, normalized=True))[0])
                                   for r in ctx.layout.roads])
    return layers


def _persil_layer(ctx) -> SampleLayer:
    rows = []
    for i, parcel in enumerate(ctx.parcels):
        no_rw, no_rt = ctx.rt_of(parcel.geometry)
        rows.append(parcel_row(ctx.rng, i + 1, parcel.reserved, _near_kali(ctx, parcel.geometry),
                               parcel.geometry.area, no_rw, no_rt))
    return SampleLayer("persil", "Polygon", [p.geometry for p in ctx.parcels], rows)


def _bangunan_layer(ctx, persil) -> SampleLayer:
    rows = []
    for n, (poly, parcel_index, use) in enumerate(ctx.buildings):
        no_rw, no_rt = ctx.rt_of(poly)
        dense = ctx.kp.contains(poly.centroid)
        rows.append(building_row(ctx.rng, n + 1, use, (persil.rows[parcel_index]["id_persil"], no_rw, no_rt),
                                 _near_kali(ctx, poly), dense))
    return SampleLayer("bangunan", "Polygon", [b[0] for b in ctx.buildings], rows)


def _rt_layer(ctx, bangunan) -> SampleLayer:
    kk = {}
    for row in bangunan.rows:
        key = (row["no_rw"], row["no_rt"])
        kk[key] = kk.get(key, 0) + (row["jml_kk"] or 1)
    rows = []
    for key in ctx.rt:
        households = kk.get(key, 0)
        people = int(round(households * float(ctx.rng.uniform(3.4, 4.1))))
        male = int(round(people * float(ctx.rng.uniform(0.48, 0.52))))
        row = {"no_rt": key[1], "no_rw": key[0], "jml_kk": households, "jml_jiwa": people,
               "jml_laki": male, "jml_perempuan": people - male}
        if ctx.rng.random() < 0.1:  # realistic gap: RT head gave only the total
            row["jml_laki"] = row["jml_perempuan"] = None
        row.update(survey_meta(ctx.rng, key[0], "sosial_kelembagaan"))
        rows.append(row)
    return SampleLayer("rt", "Polygon", list(ctx.rt.values()), rows)


def build_sample(seed: int = SEED) -> dict:
    """All sample layers, shifted to EPSG:23834 and rounded to the centimetre."""
    from .cityplan import rdtr_layer
    from .thematic import thematic_layers

    ctx = build_context(seed)
    layers = core_layers(ctx)
    layers.update(thematic_layers(ctx, layers))
    layers["rdtr_contoh"] = rdtr_layer(ctx)
    for layer in layers.values():
        moved = [shapely.affinity.translate(g, *ORIGIN) for g in layer.geometries]
        layer.geometries = [_centimetres(g) for g in moved]
    return layers


def _centimetres(geom):
    """Round to 1 cm (stable output); repair the rare ring that rounding makes invalid."""
    rounded = shapely.transform(geom, lambda xy: np.round(xy, 2))
    if rounded.is_valid:
        return rounded
    fixed = shapely.make_valid(rounded)
    parts = [p for p in shapely.get_parts(fixed) if p.geom_type == geom.geom_type.replace("Multi", "")]
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)
