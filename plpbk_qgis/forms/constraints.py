"""Constraint and default expressions for a catalog field (QGIS expression syntax, no QGIS import).

One expression per field joins: required value, value from its list, numeric bounds. The
description (shown by the attribute form and QField when the constraint fails) names the field
and what to do, in the language the survey database was made in (its aliases' language): this
text is stored in the project file, so it cannot follow QGIS' locale through ``tr()``.
"""

from __future__ import annotations

DEFAULT_EXPRESSIONS = {
    "$today": "to_date(now())",
    "$surveyor": "@plpbk_surveyor",
}


MESSAGES = {
    "id": {"required": "wajib diisi", "list": "pilih salah satu nilai dari daftar",
           "range": "nilai harus antara {low} dan {high}{unit}"},
    "en": {"required": "required", "list": "choose one of the values in the list",
           "range": "value must be between {low} and {high}{unit}"},
}


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _bound(value) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def field_constraint(field, codes=None, language: str = "id"):
    """(expression, description in ``language``: 'id' or 'en') for ``field``; (None, None)
    when unconstrained."""
    text = MESSAGES.get(language, MESSAGES["id"])
    name = quote_identifier(field.name)
    checks, messages = [], []
    if codes:
        values = ", ".join(quote_literal(code) for code in codes)
        checks.append(f"{name} IN ({values})")
        messages.append(text["list"])
    if field.is_numeric and (field.min is not None or field.max is not None):
        if field.min is not None:
            checks.append(f"{name} >= {_bound(field.min)}")
        if field.max is not None:
            checks.append(f"{name} <= {_bound(field.max)}")
        low = _bound(field.min) if field.min is not None else "…"
        high = _bound(field.max) if field.max is not None else "…"
        unit = f" {field.unit}" if field.unit else ""
        messages.append(text["range"].format(low=low, high=high, unit=unit))
    if not checks and not field.required:
        return None, None
    body = " AND ".join(checks)
    if field.required:
        filled = f"{name} IS NOT NULL" + (f" AND trim(to_string({name})) <> ''"
                                          if not field.is_numeric else "")
        expression = f"{filled} AND ({body})" if body else filled
        messages.insert(0, text["required"])
    else:
        expression = f"{name} IS NULL OR ({body})"
    description = f"{field.alias(language)}: " + "; ".join(messages) + "."
    return expression, description


def default_expression(field, layer_pokja: str):
    """QGIS default-value expression for the catalog default, or None."""
    default = field.default
    if default is None:
        return None
    if default == "$pokja":
        return quote_literal(layer_pokja)
    if default in DEFAULT_EXPRESSIONS:
        return DEFAULT_EXPRESSIONS[default]
    return quote_literal(default)
