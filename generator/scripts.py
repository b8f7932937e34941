"""The rules and words of ``pns_errors`` for the site's scripts, as a generated ES module.

``src/pns_errors/_rules.py`` (patterns, limits, scores, the page URL), ``signing.py`` (the
signing constants and the table of mistakes) and ``_script_phrases.py`` (the scripts'
phrases; their translations come from languages/<tag>/phrases.yaml) are the one declaration; ``templates/rules.js.j2`` writes
it out for ``overrides/assets/`` (lookup.js, finder.js, signing.js and the page scripts).
"""

from __future__ import annotations

from typing import Any

import jinja2

RULES_JS = "overrides/assets/generated/rules.js"


def _record(value: Any) -> Any:
    """NamedTuples as objects with named fields (never positional rows), recursively."""
    if hasattr(value, "_asdict"):
        return {key: _record(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple | list):
        return [_record(item) for item in value]
    if isinstance(value, dict):
        return {key: _record(item) for key, item in value.items()}
    return value


def render_scripts(env: jinja2.Environment, translations: dict[str, dict[str, str]]) -> dict[str, str]:
    """The generated module, by its path relative to the project root; ``translations``: each
    language's words for the scripts (languages.script_phrases)."""
    from pns_errors import _rules, _script_phrases, signing

    declared = {
        name: _record(getattr(module, name))
        for module in (_rules, _script_phrases, signing)
        for name in dir(module)
        if name.isupper() and not name.startswith("_")
    }
    return {RULES_JS: env.get_template("rules.js.j2").render(rules=declared, translations=translations)}
