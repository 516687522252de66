"""QGIS adapters shared by processing/, layouts/ and forms/: sources, styles, survey project, rendering."""
