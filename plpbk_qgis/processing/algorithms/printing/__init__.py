"""Toolbox group 4: maps and the print album."""
