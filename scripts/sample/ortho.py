"""Synthetic orthophoto (0.5 m, JPEG-compressed tiled GeoTIFF) and tiny survey photos.

Rendered from the sample layers, not from imagery: vegetation and bare ground as noisy background,
roads by surface, roofs coloured by roof material with a darker half (ridge shading), water in the
kali. It only has to look like an orthophoto under the vector layers on a 1:1000 sheet.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

RESOLUTION = 0.5
ROOF_RGB = {"genteng": (168, 82, 52), "seng": (150, 150, 145), "asbes": (196, 196, 188), "beton": (214, 210, 200),
            "lainnya": (120, 100, 80), None: (160, 120, 95)}
SURFACE_RGB = {"aspal": (70, 70, 72), "beton": (185, 182, 175), "paving": (160, 140, 125), "tanah": (140, 115, 85),
               "kerikil": (150, 140, 120), None: (170, 165, 158)}


def _burn(raster, geometries, colours):
    """Rasterize shapely geometries with per-feature RGB into a 3-band MEM raster."""
    from shapely import wkb

    driver = ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("burn")
    layer = source.CreateLayer("burn", raster_srs(raster), ogr.wkbUnknown)
    for band in ("r", "g", "b"):
        layer.CreateField(ogr.FieldDefn(band, ogr.OFTInteger))
    for geom, (r, g, b) in zip(geometries, colours):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("r", int(r))
        feature.SetField("g", int(g))
        feature.SetField("b", int(b))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb.dumps(geom)))
        layer.CreateFeature(feature)
    for index, band in enumerate(("r", "g", "b"), start=1):
        gdal.RasterizeLayer(raster, [index], layer, options=[f"ATTRIBUTE={band}", "ALL_TOUCHED=FALSE"])


def raster_srs(raster):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(raster.GetProjection())
    return srs


def _roof_halves(geom):
    """Split a footprint along its long axis: the two roof slopes get different light."""
    import shapely
    from shapely.geometry import LineString

    xy = np.asarray(geom.minimum_rotated_rectangle.exterior.coords)[:3]
    e1, e2 = xy[1] - xy[0], xy[2] - xy[1]
    long_edge = e1 if np.linalg.norm(e1) >= np.linalg.norm(e2) else e2
    u = long_edge / max(np.linalg.norm(long_edge), 1e-9)
    c = np.asarray(geom.centroid.coords[0])
    ridge = LineString([c - 200 * u, c + 200 * u])
    parts = list(shapely.get_parts(shapely.ops.split(geom, ridge))) if geom.is_valid else [geom]
    return parts


def render_ortho(layers: dict, path: Path, epsg: int = 23834, seed: int = 7) -> Path:
    import shapely

    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = layers["batas_kelurahan"].geometries[0].buffer(40).bounds
    minx, miny = np.floor(minx), np.floor(miny)
    width, height = int((maxx - minx) / RESOLUTION), int((maxy - miny) / RESOLUTION)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    raster = gdal.GetDriverByName("MEM").Create("", width, height, 3, gdal.GDT_Byte)
    raster.SetGeoTransform((minx, RESOLUTION, 0, miny + height * RESOLUTION, 0, -RESOLUTION))
    raster.SetProjection(srs.ExportToWkt())
    # background: patchy green/brown ground (coarse noise upsampled)
    coarse = rng.normal(0, 1, (height // 40 + 2, width // 40 + 2))
    patches = np.kron(coarse, np.ones((40, 40)))[:height, :width]
    base = np.stack([95 + 20 * patches, 115 + 15 * patches, 70 + 10 * patches])
    for i in range(3):
        raster.GetRasterBand(i + 1).WriteArray(np.clip(base[i], 0, 255).astype(np.uint8))
    rth = layers["rth_ruang_publik"]
    _burn(raster, rth.geometries, [(110, 150, 80) if r["jenis_rth"] != "lapangan" else (150, 160, 100) for r in rth.rows])
    persil = layers["persil"]
    _burn(raster, persil.geometries, [(150, 140, 120)] * len(persil.geometries))  # yards: bare ground / paving
    jalan = layers["jalan"]
    _burn(raster, [g.buffer(r["lebar_m"] / 2, cap_style="flat") for g, r in zip(jalan.geometries, jalan.rows)],
          [SURFACE_RGB.get(r["perkerasan"]) for r in jalan.rows])
    kali = layers["drainase"].geometries[0]
    _burn(raster, [kali.buffer(3.0, cap_style="flat")], [(85, 95, 70)])
    roofs, colours = [], []
    for geom, row in zip(layers["bangunan"].geometries, layers["bangunan"].rows):
        base_rgb = np.asarray(ROOF_RGB.get(row["material_atap"], ROOF_RGB[None]), dtype=float)
        tint = rng.normal(1.0, 0.06)
        for k, part in enumerate(_roof_halves(geom)):
            roofs.append(part)
            colours.append(np.clip(base_rgb * tint * (1.0 if k == 0 else 0.8), 0, 255))
    _burn(raster, roofs, colours)
    data = raster.ReadAsArray().astype(np.float32)
    data += rng.normal(0, 6, data.shape)
    # building shadows to the south-west (sun from the north-east, morning flight)
    mask = np.zeros((height, width), dtype=bool)
    _mask = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    _mask.SetGeoTransform(raster.GetGeoTransform())
    _mask.SetProjection(raster.GetProjection())
    mem = ogr.GetDriverByName("Memory").CreateDataSource("m")
    lay = mem.CreateLayer("m", srs, ogr.wkbUnknown)
    for geom in layers["bangunan"].geometries:
        feat = ogr.Feature(lay.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkb(shapely.wkb.dumps(geom)))
        lay.CreateFeature(feat)
    gdal.RasterizeLayer(_mask, [1], lay, burn_values=[1])
    mask = _mask.ReadAsArray().astype(bool)
    shadow = np.zeros_like(mask)
    shadow[2:, :-2] = mask[:-2, 2:]
    data[:, shadow & ~mask] *= 0.6
    out = gdal.GetDriverByName("MEM").CreateCopy("", raster)
    out.WriteRaster(0, 0, width, height, np.clip(data, 0, 255).astype(np.uint8).tobytes())
    out.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", "Ortofoto CONTOH (sintetis) Kelurahan Contoh - bukan citra asli")
    out.BuildOverviews("AVERAGE", [2, 4, 8])
    gdal.GetDriverByName("GTiff").CreateCopy(
        str(path), out, options=["TILED=YES", "COMPRESS=JPEG", "JPEG_QUALITY=70", "PHOTOMETRIC=YCBCR",
                                 "COPY_SRC_OVERVIEWS=YES"])
    return Path(path)


def write_photos(folder: Path, rows: list, seed: int = 11) -> list:
    """Tiny street-view-like JPGs (sky, walls with windows, gang surface) for the foto_survei points."""
    rng = np.random.default_rng(seed)
    written = []
    for row in rows:
        target = folder.parent / row["foto"]
        target.parent.mkdir(parents=True, exist_ok=True)
        h, w = 120, 160
        img = np.zeros((3, h, w), dtype=np.float32)
        img[:, :35] = np.array([150, 185, 220])[:, None, None]
        wall = np.array(rng.choice([[220, 210, 180], [200, 170, 150], [190, 200, 190]]))
        img[:, 35:95] = wall[:, None, None]
        img[:, 95:] = np.array([150, 148, 140])[:, None, None]
        for x in range(10, w - 20, 35):
            img[:, 50:75, x:x + 16] = np.array([60, 70, 80])[:, None, None]
        img += rng.normal(0, 5, img.shape)
        mem = gdal.GetDriverByName("MEM").Create("", w, h, 3, gdal.GDT_Byte)
        mem.WriteRaster(0, 0, w, h, np.clip(img, 0, 255).astype(np.uint8).tobytes())
        gdal.GetDriverByName("JPEG").CreateCopy(str(target), mem, options=["QUALITY=60"])
        aux = Path(str(target) + ".aux.xml")
        if aux.exists():
            aux.unlink()
        written.append(target)
    return written
