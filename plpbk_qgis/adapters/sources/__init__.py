"""Reading and writing layers and files: QGIS sources/sinks <-> numpy/shapely, big-layer I/O."""
