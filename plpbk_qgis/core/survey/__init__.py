"""Survey domain: the catalog, the data checklist, survey validation (pure)."""
