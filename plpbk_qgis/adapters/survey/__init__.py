"""The survey GeoPackage and its QGIS/QField project."""
