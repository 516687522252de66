"""Errors that carry a message for the user (Bahasa Indonesia) rather than a traceback."""

from __future__ import annotations


class PlpbkInputError(ValueError):
    """Bad input the user can fix: the message names the layer/field/feature and the fix."""

    def __init__(self, message: str, layer: str | None = None, field: str | None = None,
                 feature=None):
        self.layer = layer
        self.field = field
        self.feature = feature
        self.detail = message
        super().__init__(self.describe())

    def describe(self, words=None) -> str:
        """The message with where it happened in front. ``words`` translates the three place
        words (core has no Qt; the Processing adapter passes translated ones)."""
        words = words or {"layer": "lapisan '{}'", "field": "kolom '{}'", "feature": "fitur {}"}
        where = []
        if self.layer:
            where.append(words["layer"].format(self.layer))
        if self.field:
            where.append(words["field"].format(self.field))
        if self.feature is not None:
            where.append(words["feature"].format(self.feature))
        return ((", ".join(where) + ": ") if where else "") + self.detail
