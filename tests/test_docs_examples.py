"""The examples on the "Python package" page run, and print what the page says."""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys

import pytest

from conftest import REPO

PAGE = REPO / "docs/guides/python.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(PAGE.read_text(encoding="utf-8")) if lang == language]


def test_pycon_examples_pass_as_doctests() -> None:
    examples = "\n".join(blocks("pycon"))
    assert examples.count(">>>") > 15
    parser = doctest.DocTestParser()
    test = parser.get_doctest(examples, {}, PAGE.name, str(PAGE), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted == len(test.examples)


def console_sessions() -> list[tuple[str, str]]:
    sessions = []
    for block in blocks("console"):
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
        env={**os.environ, "COLUMNS": "80"},
    )
    assert (done.stdout + done.stderr).rstrip("\n") == expected
