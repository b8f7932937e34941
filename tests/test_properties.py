"""Property tests: any valid catalog, any Unicode, reaches the enum and the JSON exactly."""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import json
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from generator import output
from generator.render import render
from generator.validate import load

# Any character but surrogates and control characters, which the validator refuses
# (tab and newline are allowed in a solution). U+FEFF would read as a BOM.
CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\ufeff")
ONE_LINE = st.text(CHARS, min_size=1, max_size=30).filter(lambda s: bool(s.strip()))
# A solution is Markdown without raw HTML or links: no "<", no "](". Nor what the
# Markdown audit refuses by design (tests/bad/ covers it): attribute lists "{...}",
# admonitions "!!!" whose type is no known class, ids "__..." that Material uses.
MARKDOWN = (
    st.text(st.one_of(CHARS, st.sampled_from("\n\t ")), min_size=1, max_size=80)
    .filter(lambda s: bool(s.strip()))
    .filter(lambda s: "<" not in s and "](" not in s and not s.lstrip().startswith("["))
    .filter(lambda s: "{" not in s and "!!!" not in s and "__" not in s)
)
NAME = st.from_regex(r"[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,4}){0,2}", fullmatch=True)
_counter = itertools.count()


@st.composite
def catalogs(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 5))
    codes = draw(st.lists(st.integers(1, 2**31 - 1), min_size=n, max_size=n, unique=True))
    names = draw(st.lists(NAME, min_size=n, max_size=n, unique=True))
    return {
        "catalog": {
            "title": draw(ONE_LINE),
            "package": "pns_errors",
            "site_url": "https://example.org/",
            "version": "1.0.0",
        },
        "categories": [{"id": "misc", "title": draw(ONE_LINE), "description": draw(MARKDOWN)}],
        "errors": [
            {"code": c, "name": name, "category": "misc", "message": draw(ONE_LINE), "solution": draw(MARKDOWN)}
            for c, name in zip(codes, names, strict=True)
        ],
    }


def import_package(src: Path) -> ModuleType:
    """Import the generated package from ``src`` under a fresh name."""
    name = f"pns_errors_prop{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, src / "__init__.py", submodule_search_locations=[str(src)])
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"{name}._catalog")


def generate(source: dict[str, Any], root: Path) -> dict[str, str]:
    shutil.copytree(
        REPO / "src/pns_errors", root / "src/pns_errors", ignore=shutil.ignore_patterns("_catalog*.py", "__pycache__")
    )
    text = yaml.safe_dump(source, allow_unicode=True, sort_keys=False)
    files = render(load(text.encode("utf-8")))
    output.write(root, output.plan(root, files))
    return files


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=catalogs(), data=st.data())
def test_random_catalog_round_trips_and_check_catches_any_flipped_byte(
    source: dict[str, Any], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = generate(source, root)
        # The enum carries every text exactly (messages trimmed, solutions with one final newline).
        catalog = import_package(root / "src/pns_errors")
        assert source["catalog"]["title"].strip() == catalog.TITLE
        members = list(catalog.ErrorCode)
        expected = sorted(source["errors"], key=lambda e: e["code"])
        assert [m.value for m in members] == [e["code"] for e in expected]
        for member, e in zip(members, expected, strict=True):
            assert member.name == e["name"]
            assert member.message == e["message"].strip()
            assert member.solution == e["solution"].strip() + "\n"
            assert catalog.ErrorCode.get(str(e["code"])) is member
        # The JSON too.
        document = json.loads((root / "docs/errors.json").read_text(encoding="utf-8"))
        assert [(j["code"], j["message"], j["solution"]) for j in document["errors"]] == [
            (e["code"], e["message"].strip(), e["solution"].strip() + "\n") for e in expected
        ]
        # A second run writes nothing; --check passes.
        assert output.plan(root, render(load(yaml.safe_dump(source, allow_unicode=True).encode()))).in_sync
        # Flipping any single byte of any generated file makes --check fail, naming that file.
        rel = data.draw(st.sampled_from(sorted(files)))
        raw = bytearray((root / rel).read_bytes())
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= data.draw(st.integers(1, 255))
        (root / rel).write_bytes(bytes(raw))
        todo = output.plan(root, files)
        assert not todo.in_sync and rel in todo.changed
