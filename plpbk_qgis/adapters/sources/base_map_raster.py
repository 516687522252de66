"""Orthophoto / GeoTIFF handling for plpbk:importbasemap (GDAL through QGIS' own bindings).

Ground resolution is measured in the target (metric) CRS, so a raster in degrees is judged in
metres too. The 1:1000 rule used: a pixel of at most 0.1 mm at map scale (0.10 m for 1:1000),
the usual ground sample distance asked for large-scale orthophoto base maps; a coarser image is
still imported, with a message saying which scale it does suit.
"""

from __future__ import annotations

import math

from qgis.core import QgsCoordinateTransform, QgsPointXY

MAP_MM_PER_PIXEL = 0.1          # mm on paper covered by one pixel at most


def max_pixel_for_scale(scale: float) -> float:
    return scale * MAP_MM_PER_PIXEL / 1000.0


def ground_resolution(layer, target_crs, context) -> tuple[float, float]:
    """(x, y) pixel size in metres of the target CRS, measured at the raster's centre."""
    extent = layer.extent()
    px = extent.width() / max(layer.width(), 1)
    py = extent.height() / max(layer.height(), 1)
    centre = extent.center()
    if layer.crs() == target_crs:
        return abs(px), abs(py)
    transform = QgsCoordinateTransform(layer.crs(), target_crs, context.transformContext())
    c = transform.transform(QgsPointXY(centre))
    ex = transform.transform(QgsPointXY(centre.x() + px, centre.y()))
    ey = transform.transform(QgsPointXY(centre.x(), centre.y() + py))
    return math.hypot(ex.x() - c.x(), ex.y() - c.y()), math.hypot(ey.x() - c.x(), ey.y() - c.y())


def resolution_verdict(pixel_m: float, scale: float) -> tuple[bool, str]:
    """(suits the scale, Indonesian sentence)."""
    needed = max_pixel_for_scale(scale)
    if pixel_m <= needed + 1e-9:
        return True, (f"Resolusi tanah {pixel_m:.3f} m memenuhi skala 1:{scale:.0f} "
                      f"(maksimum {needed:.2f} m per piksel).")
    suits = pixel_m * 1000.0 / MAP_MM_PER_PIXEL
    return False, (f"Resolusi tanah {pixel_m:.3f} m TERLALU KASAR untuk skala 1:{scale:.0f} "
                   f"(perlu ≤ {needed:.2f} m per piksel); citra ini cocok untuk skala sekitar "
                   f"1:{suits:,.0f} atau lebih kecil. Citra tetap diimpor.".replace(",", "."))


def _creation_options(source_ds):
    compression = (source_ds.GetMetadata("IMAGE_STRUCTURE") or {}).get("COMPRESSION", "")
    options = ["TILED=YES", "BIGTIFF=IF_SAFER"]
    if compression.upper() == "JPEG" and source_ds.RasterCount in (1, 3):
        options += ["COMPRESS=JPEG", "JPEG_QUALITY=90"]
        if source_ds.RasterCount == 3:
            options.append("PHOTOMETRIC=YCBCR")
    else:
        options.append("COMPRESS=DEFLATE")
    return options


def write_raster(source_path: str, output_path: str, target_wkt: str | None, feedback) -> None:
    """Copy (``target_wkt`` None) or warp the raster into a tiled GeoTIFF at ``output_path``."""
    from osgeo import gdal

    gdal.UseExceptions()
    source = gdal.Open(source_path)
    options = _creation_options(source)

    def progress(fraction, _message, _data):
        feedback.setProgress(80.0 * fraction)
        return 0 if feedback.isCanceled() else 1

    if target_wkt is None:
        gdal.Translate(output_path, source, format="GTiff", creationOptions=options, callback=progress)
    else:
        gdal.Warp(output_path, source, format="GTiff", dstSRS=target_wkt, resampleAlg="bilinear",
                  creationOptions=options, callback=progress, multithread=True)
    source = None


def _is_rgb_byte(dataset) -> bool:
    from osgeo import gdal

    return dataset.RasterCount == 3 and all(
        dataset.GetRasterBand(i).DataType == gdal.GDT_Byte for i in (1, 2, 3))


def build_overviews(path: str, feedback) -> list:
    """Internal overviews by 2, 4, 8 … until the smallest is under 256 pixels.

    RGB orthophotos get JPEG (YCbCr) overviews whatever the main image's compression: they
    are what QGIS reads when zoomed out, and lossless overviews of a photo are several times
    larger for no visible gain."""
    from osgeo import gdal

    gdal.UseExceptions()
    dataset = gdal.Open(path, gdal.GA_Update)
    size = max(dataset.RasterXSize, dataset.RasterYSize)
    levels = []
    factor = 2
    while size / factor >= 128:
        levels.append(factor)
        factor *= 2
    jpeg = {"COMPRESS_OVERVIEW": "JPEG", "JPEG_QUALITY_OVERVIEW": "85",
            "PHOTOMETRIC_OVERVIEW": "YCBCR", "INTERLEAVE_OVERVIEW": "PIXEL"}
    options = jpeg if _is_rgb_byte(dataset) else {}
    if levels:
        previous = {key: gdal.GetConfigOption(key) for key in options}
        try:
            for key, value in options.items():
                gdal.SetConfigOption(key, value)
            dataset.BuildOverviews("AVERAGE", levels,
                                   callback=lambda f, m, d: 0 if feedback.isCanceled() else 1)
        finally:
            for key, value in previous.items():
                gdal.SetConfigOption(key, value)
    dataset = None
    feedback.setProgress(100)
    return levels


def overview_compression(path: str) -> str:
    """Compression of the first internal overview ('' when there is none), for the log/tests."""
    from osgeo import gdal

    gdal.UseExceptions()
    dataset = gdal.Open(f"GTIFF_DIR:2:{path}")
    return (dataset.GetMetadata("IMAGE_STRUCTURE") or {}).get("COMPRESSION", "")
