"""Errors that carry a message for the user (Bahasa Indonesia) rather than a traceback."""

from __future__ import annotations


class PlpbkInputError(ValueError):
    """Bad input the user can fix: the message names the layer/field/feature and the fix."""

    def __init__(self, message: str, layer: str | None = None, field: str | None = None,
                 feature=None):
        self.layer = layer
        self.field = field
        self.feature = feature
        where = []
        if layer:
            where.append(f"lapisan '{layer}'")
        if field:
            where.append(f"kolom '{field}'")
        if feature is not None:
            where.append(f"fitur {feature}")
        prefix = (", ".join(where) + ": ") if where else ""
        super().__init__(prefix + message)
