"""Errors that carry a message for the user (Bahasa Indonesia) rather than a traceback.

Core has no Qt, so it cannot translate: a message is a template (a plain literal, which
``scripts/update_translations.py`` extracts) with its arguments given as keywords; the
Processing adapter translates the template and then fills it in.
"""

from __future__ import annotations


class Message(str):
    """A user-facing text made in core: reads as the Indonesian text, and keeps its template
    and arguments so that the adapter can translate it (``PlpbkInputError(Message(…))``)."""

    def __new__(cls, template: str, **arguments):
        text = super().__new__(cls, template.format(**arguments) if arguments else template)
        text.template, text.arguments = template, arguments
        return text


def render(text, translate=None) -> str:
    """``text`` as the user reads it: a Message's template through ``translate`` (the adapter
    passes Qt's), filled with its arguments rendered the same way (a Message may hold Messages,
    such as a table line holding a cell's problem); anything else as ``str``."""
    template = getattr(text, "template", None)
    if template is None or translate is None:
        return "" if text is None else str(text)
    arguments = {key: render(value, translate) for key, value in text.arguments.items()}
    translated = translate(template)
    try:
        return translated.format(**arguments) if arguments else translated
    except (KeyError, IndexError, ValueError):
        return str(text)                    # a translation with other placeholders: keep ours


class PlpbkInputError(ValueError):
    """Bad input the user can fix: the message names the layer/field/feature and the fix."""

    def __init__(self, message: str, layer: str | None = None, field: str | None = None,
                 feature=None, **args):
        self.layer = layer
        self.field = field
        self.feature = feature
        if isinstance(message, Message) and not args:
            message, args = message.template, message.arguments
        self.template = message
        self.arguments = args  # not .args: that is the exception's own tuple
        self.detail = message.format(**args) if args else message
        super().__init__(self.describe())

    def describe(self, words=None, translate=None) -> str:
        """The message with where it happened in front. ``words`` translates the three place
        words and ``translate`` the template (core has no Qt; the Processing adapter passes
        both)."""
        words = words or {"layer": "lapisan '{}'", "field": "kolom '{}'", "feature": "fitur {}"}
        detail = self.detail
        if translate is not None:
            arguments = {key: render(value, translate) for key, value in self.arguments.items()}
            template = translate(self.template)
            try:
                detail = template.format(**arguments) if arguments else template
            except (KeyError, IndexError, ValueError):
                detail = self.detail        # a translation with other placeholders: keep ours
        where = []
        if self.layer:
            where.append(words["layer"].format(self.layer))
        if self.field:
            where.append(words["field"].format(self.field))
        if self.feature is not None:
            where.append(words["feature"].format(self.feature))
        return ((", ".join(where) + ": ") if where else "") + detail
