"""The examples on the "Python package" page run, and print what the page says."""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from pns_errors import PnsError

PAGE = REPO / "docs/guides/python.md"
PAGES = [PAGE, REPO / "docs-zh/guides/python.md"]  # the Chinese page has its own examples
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(language: str, page: Path = PAGE) -> list[str]:
    return [body for lang, body in FENCE.findall(page.read_text(encoding="utf-8")) if lang == language]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.parent.parent.name)
def test_pycon_examples_pass_as_doctests(page: Path) -> None:
    examples = "\n".join(blocks("pycon", page))
    assert examples.count(">>>") > 15
    parser = doctest.DocTestParser()
    test = parser.get_doctest(examples, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted == len(test.examples)


def console_sessions() -> list[tuple[str, str]]:
    sessions = []
    for block in [b for page in PAGES for b in blocks("console", page)]:
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    sessions.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            sessions.append((command, "\n".join(output)))
    return sessions


@pytest.mark.parametrize(("command", "expected"), console_sessions())
def test_console_examples_print_what_the_page_shows(command: str, expected: str) -> None:
    argv = shlex.split(command)
    assert argv[0] == "pns-errors"
    done = subprocess.run(
        [sys.executable, "-m", "pns_errors", *argv[1:]],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
    )
    assert (done.stdout + done.stderr).rstrip("\n") == expected


def recipe() -> Any:
    """The retry loop of the Python page, exactly as the page shows it."""
    [code] = [b for b in blocks("python") if "def send_with_retries(" in b]
    namespace: dict[str, Any] = {}
    exec(compile(code, str(PAGE), "exec"), namespace)
    return namespace["send_with_retries"]


class FakeServer:
    """Answers with the given codes in turn (0: success), counting what the client did."""

    def __init__(self, *codes: int) -> None:
        self.codes = list(codes)
        self.built = 0
        self.sent = 0
        self.slept: list[float] = []

    def build(self) -> dict[str, Any]:
        self.built += 1
        return {"ts": 1655710885431 + self.built}

    def send(self, request: dict[str, Any]) -> dict[str, Any]:
        self.sent += 1
        code = self.codes.pop(0)
        return {
            "code": code,
            "msg": "",
            "requestId": f"r-{self.sent}",
            "data": {"bindId": "b-1"} if code == 0 else None,
        }


def test_the_retry_recipe_backs_off_on_10009_then_succeeds() -> None:
    server = FakeServer(10009, 10009, 0)
    data = recipe()(server.build, server.send, sleep=server.slept.append)
    assert data == {"bindId": "b-1"}
    assert server.sent == 3 and server.built == 3
    assert len(server.slept) == 2 and 0 < server.slept[0] < server.slept[1]  # exponential backoff


def test_the_retry_recipe_stops_at_once_on_1003() -> None:
    server = FakeServer(1003, 0)
    with pytest.raises(PnsError) as caught:
        recipe()(server.build, server.send, sleep=server.slept.append)
    assert caught.value.code == 1003 and server.sent == 1 and server.slept == []


def test_the_retry_recipe_rebuilds_at_once_on_1004() -> None:
    server = FakeServer(1004, 0)
    assert recipe()(server.build, server.send, sleep=server.slept.append) == {"bindId": "b-1"}
    assert server.built == 2 and server.slept == []  # a new ts, no waiting


def test_the_retry_recipe_gives_up_after_its_attempts() -> None:
    server = FakeServer(10009, 10009, 10009, 10009, 0)
    with pytest.raises(PnsError) as caught:
        recipe()(server.build, server.send, attempts=4, sleep=server.slept.append)
    assert caught.value.code == 10009 and server.sent == 4 and len(server.slept) == 3
