"""Both JSON Schemas, derived from the field declarations in model.py.

``yaml_schema`` describes errors.yaml for editors (docs/errors.yaml.schema.json);
``json_schema`` describes docs/errors.json for its readers (docs/errors.schema.json).
"""

from __future__ import annotations

from typing import Any

from .checks import LANGUAGE_PATTERN
from .model import DERIVED, AllowBreaking, Catalog, Category, ErrorEntry, Field, fields_of


def _yaml_object(model: type, defs: dict[str, Any]) -> dict[str, Any]:
    fields = fields_of(model)
    properties = {}
    for f in fields:
        defs.update(f.check.defs)
        if f.check.record:
            fragment = _yaml_object(f.check.record, defs)
        elif f.check.items is not None and f.check.items.record:
            fragment = {"type": "array", "items": _yaml_object(f.check.items.record, defs)}
        elif f.check.translations:
            fragment = {
                "type": "object",
                "propertyNames": {"pattern": f"^{LANGUAGE_PATTERN}$", "not": {"const": "en"}},
                "minProperties": 1,
                "additionalProperties": _yaml_object(f.check.translations, defs),
            }
        else:
            fragment = dict(f.check.yaml_schema)
        words = fragment.get("description")
        properties[f.key] = {**fragment, "description": f"{f.doc} {words}" if words else f.doc}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.key for f in fields if f.required],
        "properties": properties,
    }


def yaml_schema(site_url: str) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{site_url}errors.yaml.schema.json",
        "title": "errors.yaml: the PNS error catalog",
        "description": (
            "The single source of truth for pns-errors. The generator (python -m generator) checks the same "
            "rules and more: unique codes and names, ranges, cross-references, Markdown that renders safely."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["catalog", "categories", "errors"],
        "properties": {
            "catalog": _yaml_object(Catalog, defs),
            "categories": {"type": "array", "minItems": 1, "items": _yaml_object(Category, defs)},
            "errors": {"type": "array", "minItems": 1, "items": _yaml_object(ErrorEntry, defs)},
            "allow_breaking": {
                "type": "array",
                "description": (
                    "Deliberate breaking changes to published codes (deletion, rename without alias, reuse of a "
                    "retired code). Each is printed as a warning on every run."
                ),
                "items": _yaml_object(AllowBreaking, defs),
            },
        },
        "$defs": dict(sorted(defs.items())),
    }


def _json_value(f: Field) -> dict[str, Any]:
    if f.check.translations:
        text = _json_object(f.check.translations)
        text["required"].insert(0, "language")
        text["properties"] = {
            "language": {"type": "string", "description": "The key it is under."},
            **text["properties"],
        }
        return {"type": "object", "description": f.doc, "additionalProperties": text}
    if f.check.record:
        fragment = _json_object(f.check.record)
    elif f.check.items is not None and f.check.items.record:
        fragment = {"type": "array", "items": _json_object(f.check.items.record)}
    else:
        fragment = dict(f.check.json_schema)
    fragment["description"] = f.doc
    if not f.required and f.default is None:
        return {"oneOf": [{"type": "null"}, fragment]}
    return fragment


def _json_object(model: type) -> dict[str, Any]:
    fields = [f for f in fields_of(model) if f.public]
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.key for f in fields],  # errors.json writes every key, null when absent
        "properties": {f.key: _json_value(f) for f in fields},
    }


def json_schema(site_url: str) -> dict[str, Any]:
    error = _json_object(ErrorEntry)
    for derived in DERIVED:
        error["required"].append(derived.key)
        error["properties"][derived.key] = {**derived.json_schema, "description": derived.doc}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{site_url}errors.schema.json",
        "title": "errors.json: every error code of the PNS API",
        "description": (
            "Generated from errors.yaml by pns-errors. Codes are never removed; a code the API no longer "
            "returns has status 'retired'. Links in Markdown fields are absolute."
        ),
        "type": "object",
        "required": ["catalog", "categories", "errors"],
        "properties": {
            "$comment": {"type": "string"},
            "catalog": _json_object(Catalog),
            "categories": {"type": "array", "items": _json_object(Category)},
            "errors": {"type": "array", "description": "Sorted by code.", "items": error},
        },
    }
