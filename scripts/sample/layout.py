"""Street layout of the sample kelurahan: boundary, kali, wide roads and the organic gang network.

All coordinates are local metres around (0, 0); ``make_sample`` shifts them to EPSG:23834.
Why not a grid: kampung gang grow along old paths and lot lines, so the network is the Voronoi
diagram of jittered seeds (3-way junctions, irregular blocks), wobbled and with dead ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon

from .real_stats import ROAD_WIDTH

TARGET_AREA_M2 = 420_000.0       # ~42 ha kelurahan
GANG_SEED_SPACING = 52.0          # m between gang-network seeds -> blocks of ~0.2-0.3 ha
GANG_DROP_SHARE = 0.18            # share of gang segments left out -> dead ends, bigger blocks


@dataclass
class Road:
    geometry: LineString
    kelas: str
    lebar: float
    nama: str | None = None


@dataclass
class Layout:
    boundary: Polygon
    kali: LineString
    kali_lebar: float
    roads: list = field(default_factory=list)
    blocks: list = field(default_factory=list)   # polygons between all roads (gang blocks)
    green_strip: Polygon | None = None           # jalur hijau along the kali

    def road_buffers(self):
        return shapely.union_all([r.geometry.buffer(r.lebar / 2.0, cap_style="flat") for r in self.roads])


def chaikin(points, rounds: int = 2) -> np.ndarray:
    """Smooth a polyline (corner cutting) so roads curve like old paths."""
    pts = np.asarray(points, dtype=float)
    for _ in range(rounds):
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        inner = np.empty((2 * len(q), 2))
        inner[0::2], inner[1::2] = q, r
        pts = np.vstack([pts[:1], inner, pts[-1:]])
    return pts


def make_boundary(rng) -> Polygon:
    """Irregular, slightly elongated kelurahan, its south edge on the arteri centreline."""
    theta = np.linspace(0, 2 * np.pi, 96, endpoint=False)
    phases = rng.uniform(0, 2 * np.pi, 4)
    radius = (1 + 0.10 * np.sin(2 * theta + phases[0]) + 0.07 * np.sin(3 * theta + phases[1])
              + 0.04 * np.sin(5 * theta + phases[2]) + 0.02 * np.sin(9 * theta + phases[3]))
    radius *= 1 + rng.normal(0, 0.008, theta.size)
    star = Polygon(np.column_stack([1.3 * radius * np.cos(theta), 0.85 * radius * np.sin(theta)]))
    cut = Polygon([(-3, -0.62 - 0.05 * 3), (3, -0.62 + 0.05 * 3), (3, 3), (-3, 3)])
    shape = star.intersection(cut)
    scale = np.sqrt(TARGET_AREA_M2 / shape.area)
    return shapely.affinity.scale(shape, scale, scale, origin=(0, 0))


def arteri_line(boundary: Polygon) -> LineString:
    """The cut edge of the boundary, extended: the arteri runs along the south side."""
    minx, miny, maxx, maxy = boundary.bounds
    scale = (maxx - minx) / 2.6  # the unit star spans ~2.6 before scaling
    y0 = -0.62 * scale
    return LineString([(minx - 80, y0 + 0.05 * (minx - 80)), (maxx + 80, y0 + 0.05 * (maxx + 80))])


def _wavy(rng, start, end, amplitude, pieces=6) -> LineString:
    start, end = np.asarray(start, float), np.asarray(end, float)
    t = np.linspace(0, 1, pieces + 1)
    pts = start + np.outer(t, end - start)
    normal = np.array([-(end - start)[1], (end - start)[0]]) / np.linalg.norm(end - start)
    offsets = rng.normal(0, amplitude, pieces + 1)
    offsets[[0, -1]] = 0
    return LineString(chaikin(pts + np.outer(offsets, normal), 3))


def make_main_roads(rng, boundary: Polygon) -> tuple[list, LineString]:
    """Arteri (edge), one kolektor through the middle, three lokal roads, and the kali (east)."""
    minx, miny, maxx, maxy = boundary.bounds
    arteri = arteri_line(boundary)
    south = arteri.interpolate(arteri.project(Point(-70, miny))).coords[0]
    kolektor = _wavy(rng, (south[0], south[1] - 10), (-40, maxy + 40), 14)
    west_lokal = _wavy(rng, (minx - 30, 0.35 * maxy), kolektor.interpolate(0.62, normalized=True).coords[0], 10)
    east_lokal = _wavy(rng, kolektor.interpolate(0.38, normalized=True).coords[0], (0.55 * maxx, 0.1 * maxy), 9)
    south_lokal = _wavy(rng, kolektor.interpolate(0.16, normalized=True).coords[0], (0.55 * minx, miny - 30), 8)
    kali = _wavy(rng, (0.62 * maxx, maxy + 60), (0.74 * maxx, miny - 60), 18, pieces=8)
    widths = {name: float(rng.uniform(*ROAD_WIDTH[kelas])) for name, kelas in
              (("a", "arteri"), ("k", "kolektor"), ("l1", "lokal"), ("l2", "lokal"), ("l3", "lokal"))}
    roads = [
        Road(arteri, "arteri", round(widths["a"], 1), "Jl. Raya Contoh"),
        Road(kolektor, "kolektor", round(widths["k"], 1), "Jl. Kenanga Raya"),
        Road(west_lokal, "lokal", round(widths["l1"], 1), "Jl. Flamboyan"),
        Road(east_lokal, "lokal", round(widths["l2"], 1), "Jl. Cempaka"),
        Road(south_lokal, "lokal", round(widths["l3"], 1), "Jl. Dahlia"),
    ]
    return roads, kali


def _wobble(rng, line: LineString, step: float = 12.0, amplitude: float = 1.2) -> LineString:
    """Jitter interior vertices of a segment sideways: gang are never ruler-straight."""
    length = line.length
    pieces = max(1, int(length // step))
    t = np.linspace(0, 1, pieces + 1)
    start, end = np.asarray(line.coords[0]), np.asarray(line.coords[-1])
    pts = start + np.outer(t, end - start)
    if pieces > 1 and length > 0:
        normal = np.array([-(end - start)[1], (end - start)[0]]) / length
        offsets = rng.normal(0, amplitude, pieces + 1)
        offsets[[0, -1]] = 0
        pts = pts + np.outer(offsets, normal)
    return LineString(pts)


def gang_network(rng, area: Polygon) -> list:
    """Organic gang segments inside one area between wide roads (Voronoi edges of jittered seeds)."""
    if area.area < 2500:
        return []
    angle = rng.uniform(0, np.pi / 2)
    minx, miny, maxx, maxy = area.bounds
    size = max(maxx - minx, maxy - miny) * 1.5
    ticks = np.arange(-size / 2, size / 2, GANG_SEED_SPACING)
    gx, gy = np.meshgrid(ticks, ticks)
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    pts += rng.uniform(-0.38, 0.38, pts.shape) * GANG_SEED_SPACING
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    pts = pts @ rot.T + np.array([(minx + maxx) / 2, (miny + maxy) / 2])
    inner = area.buffer(-8)
    seeds = [Point(p) for p in pts if inner.contains(Point(p))]
    if len(seeds) < 2:
        return []
    edges = shapely.voronoi_polygons(shapely.MultiPoint(seeds), only_edges=True, extend_to=area)
    clipped = shapely.intersection(edges, area)
    segments = [g for g in shapely.get_parts(shapely.line_merge(clipped)) if g.length > 4]
    segments = sorted(segments, key=lambda g: (round(g.centroid.x, 3), round(g.centroid.y, 3)))
    keep = rng.random(len(segments)) >= GANG_DROP_SHARE
    out = []
    for segment, kept in zip(segments, keep):
        if not kept:
            continue
        for part in _split_at_vertices(segment):
            out.append(_wobble(rng, part))
    return out


def connect_to_centreline(segment: LineString, main_roads: list) -> LineString:
    """Extend a gang that stops at the edge of a wide road to that road's centreline: the gang is
    clipped to the area between road bodies, but a network (and a planner) expects the junction."""
    coords = [tuple(c) for c in segment.coords]
    for end in (0, -1):
        tip = Point(coords[end])
        for road in main_roads:
            if road.geometry.distance(tip) <= road.lebar / 2 + 0.3:
                on_axis = road.geometry.interpolate(road.geometry.project(tip)).coords[0]
                if end == 0:
                    coords.insert(0, on_axis)
                else:
                    coords.append(on_axis)
                break
    return LineString(coords)


def _split_at_vertices(line: LineString) -> list:
    coords = list(line.coords)
    return [LineString(coords[i:i + 2]) for i in range(len(coords) - 1)]


def _gang_width(rng) -> float:
    roll = rng.random()
    if roll < 0.30:
        return round(float(rng.uniform(1.0, 1.5)), 1)
    if roll < 0.75:
        return round(float(rng.uniform(1.5, 2.5)), 1)
    return round(float(rng.uniform(2.5, 3.0)), 1)


GANG_NAMES = ("Melati", "Mawar", "Anggrek", "Kamboja", "Dahlia", "Kenari", "Salak", "Duku", "Manggis",
              "Rambutan", "Jambu", "Sawo", "Nangka", "Belimbing", "Haji Saaba", "Masjid", "Langgar",
              "Kober", "Asem", "Waru", "Delima", "Sirsak", "Kelapa", "Bambu")


def build_layout(rng) -> Layout:
    boundary = make_boundary(rng)
    main_roads, kali = make_main_roads(rng, boundary)
    kali_lebar = 6.0
    green = shapely.intersection(kali.buffer(kali_lebar / 2 + 7, cap_style="flat"), boundary)
    green = shapely.difference(green, kali.buffer(kali_lebar / 2, cap_style="flat"))
    main_cut = shapely.union_all([r.geometry.buffer(r.lebar / 2, cap_style="flat") for r in main_roads]
                                 + [kali.buffer(kali_lebar / 2 + 7, cap_style="flat")])
    main_areas = sorted(shapely.get_parts(shapely.difference(boundary, main_cut)),
                        key=lambda g: (round(g.centroid.x, 2), round(g.centroid.y, 2)))
    roads = list(main_roads)
    gang_count = 0
    for area in main_areas:
        for segment in gang_network(rng, area):
            segment = connect_to_centreline(segment, main_roads)
            gang_count += 1
            width = _gang_width(rng)
            kelas = "gang"
            if segment.length > 38 and rng.random() < 0.22:
                kelas, width = "lingkungan", round(float(rng.uniform(*ROAD_WIDTH["lingkungan"])), 1)
            name = f"Gg. {GANG_NAMES[gang_count % len(GANG_NAMES)]} {1 + (gang_count // len(GANG_NAMES))}"
            roads.append(Road(segment, kelas, width, name if rng.random() > 0.25 else None))
    layout = Layout(boundary=boundary, kali=kali, kali_lebar=kali_lebar, roads=roads, green_strip=green)
    cut = shapely.union_all([layout.road_buffers(), kali.buffer(kali_lebar / 2 + 7, cap_style="flat")])
    blocks = [b for b in shapely.get_parts(shapely.difference(boundary, cut)) if b.area > 20]
    layout.blocks = sorted(blocks, key=lambda g: (round(g.centroid.x, 2), round(g.centroid.y, 2)))
    return layout
