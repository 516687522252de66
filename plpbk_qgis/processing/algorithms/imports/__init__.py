"""Toolbox group 2: base maps and city plans."""
