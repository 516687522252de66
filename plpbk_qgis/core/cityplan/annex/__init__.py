"""Readers of city-specific RDTR annex tables (one module per city format)."""
