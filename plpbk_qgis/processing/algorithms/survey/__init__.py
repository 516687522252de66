"""Toolbox group 1: the survey database."""
