"""docs/errors.yaml.schema.json, used by editors, agrees with the generator's own rules."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from conftest import REPO

SCHEMA = json.loads((REPO / "docs/errors.yaml.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_errors_yaml_names_the_schema_on_its_first_line() -> None:
    first = (REPO / "errors.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=docs/errors.yaml.schema.json"


@pytest.mark.parametrize("name", ["errors.yaml", "tests/good-base.yaml", "tests/hostile.yaml"])
def test_catalogs_the_generator_accepts_pass_the_schema(name: str) -> None:
    VALIDATOR.validate(yaml.safe_load((REPO / name).read_bytes().decode("utf-8")))


# Bad files whose problem a schema can express: the editor flags them as the generator does.
# (Not 1001.0, which JSON Schema counts as an integer, nor raw HTML, which needs to see code spans.)
@pytest.mark.parametrize(
    "name",
    [
        "unknown-key-typo",
        "unknown-key-catalog",
        "unknown-key-top",
        "missing-solution",
        "missing-catalog",
        "missing-version",
        "empty-message",
        "code-quoted",
        "code-yes",
        "code-zero",
        "code-negative",
        "code-huge",
        "name-lowercase",
        "name-underscore",
        "name-space",
        "version-bad",
        "site-url-bad",
        "solution-list",
        "errors-empty",
        "message-not-text",
        "multiline-message",
    ],
)
def test_bad_files_fail_the_schema_too(name: str) -> None:
    data = yaml.safe_load((REPO / "tests/bad" / f"{name}.yaml").read_text(encoding="utf-8"))
    assert not VALIDATOR.is_valid(data), name
