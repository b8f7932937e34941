"""The generated ErrorCode enum, as a client developer uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from enum import IntEnum
from pathlib import Path

import pytest
import yaml
from links import absolute

from conftest import REPO, copy_project, replace_in, run_generator
from pns_errors import Category, ErrorCode
from pns_errors._base import ErrorCodeBase, add_members


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


class Declared(ErrorCodeBase):
    """Members as Enum itself builds them, from the class body."""

    A = 7
    B = 9
    OLD_B = 9


class Bulk(ErrorCodeBase):
    """The same members, added by add_members as _catalog.py adds them."""

    note: str


add_members(Bulk, {"note": (3, None)}, (("A", 7, (), "a"), ("B", 9, ("OLD_B",), "b")))


def state(member: Declared | Bulk) -> dict[str, object]:
    """What Enum keeps on a member, its class named rather than compared."""
    kept = {k: v for k, v in vars(member).items() if k not in ("_row", "note")}
    return {**kept, "__objclass__": kept["__objclass__"].__name__}


def test_members_added_in_bulk_are_those_a_class_body_declares() -> None:
    # add_members skips Enum's per-member machinery (70 ms at 10,000 codes): on every
    # Python, its members must be the ones Enum makes, aliases included.
    assert list(Bulk.__members__) == list(Declared.__members__) == ["A", "B", "OLD_B"]
    assert Bulk._member_names_ == Declared._member_names_ == ["A", "B"]
    assert [m.value for m in Bulk] == [m.value for m in Declared] == [7, 9]
    assert {v: m.name for v, m in Bulk._value2member_map_.items()} == {7: "A", 9: "B"}
    for name in Declared.__members__:
        assert state(Bulk[name]) == {**state(Declared[name]), "__objclass__": "Bulk"}
        assert type(vars(Bulk)[name]) is Bulk and vars(Bulk)[name] is Bulk[name]  # a class attribute, no proxy
    assert Bulk(9) is Bulk.B is Bulk.OLD_B is Bulk["OLD_B"] and Bulk.B.aliases == ("OLD_B",)
    assert Bulk.B == 9 and isinstance(Bulk.B, int) and str(Bulk.B) == "9"
    assert Bulk.A.note == "a" and vars(Bulk.A)["note"] == "a"  # read from the row once, then kept
    with pytest.raises(TypeError, match="cannot extend"):

        class More(Bulk):
            pass

    with pytest.raises(AttributeError, match="'Bulk' object has no attribute 'nte'"):
        Bulk.A.nte  # noqa: B018


def test_former_names_and_records_reach_the_members(tmp_path: Path) -> None:
    # The real catalog has no alias, deprecation or retirement: their conversion from
    # the module's rows is proven on a copy that has all three.
    root = copy_project(tmp_path)
    replace_in(
        root,
        ("    name: INVALID_SIGNATURE\n", "    name: BAD_SIGNATURE\n    aliases: [INVALID_SIGNATURE, WRONG_SIGN]\n"),
        (
            "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n",
            "    name: FAILED_TO_RETRIEVE_DATA\n    category: pns\n    since: 1.0.0\n"
            "    deprecated:\n      since: 1.0.0\n      reason: Now reported as 10005\n      replaced_by: 10005\n",
        ),
        (
            "    name: FAILED_TO_GET_NUMBER\n    category: pns\n    since: 1.0.0\n",
            "    name: FAILED_TO_GET_NUMBER\n    category: pns\n    since: 1.0.0\n"
            "    retired:\n      since: 1.0.0\n      reason: No longer returned\n",
        ),
    )
    done = run_generator(root)
    assert done.returncode == 0, done.stderr
    script = (
        "import json, pickle, sys\n"
        "from pns_errors import ErrorCode, Deprecation\n"
        "records = json.load(open('docs/errors.json', encoding='utf-8'))['errors']\n"
        "assert [ErrorCode(r['code']).to_dict() for r in records] == records\n"
        "m = ErrorCode.BAD_SIGNATURE\n"
        "assert ErrorCode.INVALID_SIGNATURE is m is ErrorCode['WRONG_SIGN'] is pickle.loads(pickle.dumps(m))\n"
        "d = ErrorCode(10009).deprecation\n"
        "assert d == Deprecation('1.0.0', 'Now reported as 10005', 10005), d\n"
        "assert ErrorCode(10009).replaced_by is ErrorCode(10005) and ErrorCode(10005).retired\n"
        "print(json.dumps([list(ErrorCode.__members__)[2:5], m.aliases, [r['code'] for r in records]]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
        cwd=root,
    )
    assert run.returncode == 0, run.stderr
    names, aliases, codes = json.loads(run.stdout)
    assert names == ["BAD_SIGNATURE", "INVALID_SIGNATURE", "WRONG_SIGN"]  # each former name after its member
    assert aliases == ["INVALID_SIGNATURE", "WRONG_SIGN"]
    assert 10005 in codes and 10009 in codes  # every code, deprecated and retired ones too, checked above
