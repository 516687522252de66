"""Constraint and default expressions for a catalog field (QGIS expression syntax, no QGIS import).

One expression per field joins: required value, value from its list, numeric bounds. The
description (shown by the attribute form and QField when the constraint fails) is Indonesian
and names the field and what to do.
"""

from __future__ import annotations

DEFAULT_EXPRESSIONS = {
    "$today": "to_date(now())",
    "$surveyor": "@plpbk_surveyor",
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


def field_constraint(field, codes=None):
    """(expression, Indonesian description) for ``field``; (None, None) when unconstrained."""
    name = quote_identifier(field.name)
    checks, messages = [], []
    if codes:
        values = ", ".join(quote_literal(code) for code in codes)
        checks.append(f"{name} IN ({values})")
        messages.append("pilih salah satu nilai dari daftar")
    if field.is_numeric and (field.min is not None or field.max is not None):
        if field.min is not None:
            checks.append(f"{name} >= {_bound(field.min)}")
        if field.max is not None:
            checks.append(f"{name} <= {_bound(field.max)}")
        low = _bound(field.min) if field.min is not None else "…"
        high = _bound(field.max) if field.max is not None else "…"
        unit = f" {field.unit}" if field.unit else ""
        messages.append(f"nilai harus antara {low} dan {high}{unit}")
    if not checks and not field.required:
        return None, None
    body = " AND ".join(checks)
    if field.required:
        filled = f"{name} IS NOT NULL" + (f" AND trim(to_string({name})) <> ''"
                                          if not field.is_numeric else "")
        expression = f"{filled} AND ({body})" if body else filled
        messages.insert(0, "wajib diisi")
    else:
        expression = f"{name} IS NULL OR ({body})"
    description = f"{field.alias_id}: " + "; ".join(messages) + "."
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
