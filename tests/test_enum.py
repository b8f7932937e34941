"""The generated ErrorCode enum, as a client developer uses it."""

from __future__ import annotations

import os
import subprocess
import sys
from enum import IntEnum
from pathlib import Path

import pytest
import yaml
from links import absolute

from conftest import REPO, copy_project, run_generator
from pns_errors import Category, ErrorCode


def source_errors() -> list[dict[str, object]]:
    return list(yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))["errors"])


def test_members_mirror_the_yaml() -> None:
    errors = source_errors()
    assert len(ErrorCode) == len(errors)
    for e in errors:
        member = ErrorCode[str(e["name"])]
        assert member == e["code"] and isinstance(member, int)
        assert member.message == e["message"]
        # The same text, its relative links made absolute: a program or a chat has no site around it.
        assert member.solution.strip() == absolute(str(e["solution"]), f"errors/{e['code']}.md").strip()
        assert member.category.value == e["category"]
        assert member.doc_url == f"https://pns-errors.example.org/errors/{e['code']}/"


def test_lookup_by_value_and_name() -> None:
    assert issubclass(ErrorCode, IntEnum)
    assert ErrorCode(1003) is ErrorCode.INVALID_SIGNATURE
    assert ErrorCode(10004).message == "Different prefix for binding numbers"
    assert ErrorCode.INVALID_SIGNATURE == 1003
    with pytest.raises(ValueError):
        ErrorCode(4242)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (1003, 1003),
        ("1003", 1003),
        (" 10004 ", 10004),
        ("\t10013\n", 10013),
        (ErrorCode.INVALID_SIGNATURE, 1003),
        ("１００３", 1003),  # full-width, from a Chinese input method
        ("\u3000１０００４\u3000", 10004),
    ],
)
def test_get_finds(given: object, expected: int) -> None:
    member = ErrorCode.get(given)
    assert member is ErrorCode(expected)


@pytest.mark.parametrize(
    "given", [4242, "4242", "", "abc", "10 04", "1003.0", 1003.0, True, None, "-1003", "٣", "9" * 40]
)
def test_get_returns_none(given: object) -> None:
    assert ErrorCode.get(given) is None


def test_iteration_is_in_code_order_and_repr_reads_well() -> None:
    codes = [int(m) for m in ErrorCode]
    assert codes == sorted(codes)
    assert repr(ErrorCode.INVALID_SIGNATURE) == "<ErrorCode.INVALID_SIGNATURE: 1003 Invalid signature>"


def test_categories_are_first_class() -> None:
    assert ErrorCode.INVALID_SIGNATURE.category is Category.COMMON
    assert ErrorCode(10010).category is Category.PNS
    assert Category("pns") is Category.PNS and Category.PNS.value == "pns"
    assert Category.PNS.range == (10000, 19999)
    assert "privacy-number" in Category.PNS.description


def test_the_command_from_the_issue_prints_the_message() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "from pns_errors import ErrorCode; print(ErrorCode(10004).message)"],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    ).stdout
    assert out == "Different prefix for binding numbers\n"


def test_get_refuses_bools_and_floats_even_where_code_1_exists(tmp_path: Path) -> None:
    # True == 1 and 1.0 == 1 in Python: only a catalog that has code 1 can show that
    # get() tells them apart (the real catalog has no code 1).
    root = copy_project(tmp_path, releases=False)
    text = (
        (REPO / "tests/good-base.yaml").read_text(encoding="utf-8").replace("range: [1000, 1999]", "range: [1, 1999]")
    )
    (root / "errors.yaml").write_text(text.replace("code: 1001", "code: 1"), encoding="utf-8")
    assert run_generator(root).returncode == 0
    script = (
        "from pns_errors import ErrorCode\n"
        "assert ErrorCode.get(1) is ErrorCode.FIRST_ERROR and ErrorCode.get('1') is ErrorCode.FIRST_ERROR\n"
        "print(ErrorCode.get(True), ErrorCode.get(False), ErrorCode.get(1.0))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
        cwd=root,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "None", "None"]
