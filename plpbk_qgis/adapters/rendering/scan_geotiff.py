"""Write a rectified map face (``core.publicreview.map_face_raster.FaceRaster``) as a GeoTIFF.

RGBA (the alpha band marks the part of the face the photo covered), DEFLATE-compressed and
tiled; the CRS from the sheet's QR code (an authority code) or, for a CRS without one, the WKT
that the album's manifest.json keeps.
"""

from __future__ import annotations

from pathlib import Path


def write_face_geotiff(path, face, crs_wkt: str = "") -> Path:
    from osgeo import gdal, osr

    raised = gdal.GetUseExceptions()       # restored below: the switch is global to QGIS' Python
    gdal.UseExceptions()
    try:
        return _write(gdal, osr, path, face, crs_wkt)
    finally:
        if not raised:
            gdal.DontUseExceptions()


def _write(gdal, osr, path, face, crs_wkt) -> Path:
    srs = osr.SpatialReference()
    if face.crs:
        srs.SetFromUserInput(face.crs)
    elif crs_wkt:
        srs.ImportFromWkt(crs_wkt)
    rows, cols = face.rgba.shape[:2]
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), cols, rows, 4, gdal.GDT_Byte,
                            options=["COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES", "PHOTOMETRIC=RGB",
                                     "ALPHA=YES"])
    try:
        dataset.SetGeoTransform(face.geotransform)
        if face.crs or crs_wkt:
            dataset.SetProjection(srs.ExportToWkt())
        for band, colour in enumerate((gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand,
                                       gdal.GCI_AlphaBand), start=1):
            target = dataset.GetRasterBand(band)
            target.SetColorInterpretation(colour)
            target.WriteArray(face.rgba[..., band - 1])
        dataset.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION", "PLPBK scan-back: muka peta lembar uji publik")
        dataset.FlushCache()
    finally:
        dataset = None
    return Path(path)
