"""Toolbox group 3: conformance checks."""
