"""Client code gets precise types from the package, under mypy --strict and pyright strict.

examples/client.py states, in a comment beside each ``reveal_type(...)``, the type a
client must see; both checkers must pass the file and reveal exactly those types.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO

CLIENT = REPO / "examples/client.py"


def expected() -> dict[int, str]:
    lines = CLIENT.read_text(encoding="utf-8").splitlines()
    found = {n: m.group(1) for n, line in enumerate(lines, 1) if (m := re.search(r"reveal_type\(.*\)  # (.+)$", line))}
    assert len(found) >= 6  # ErrorCode(1003), ErrorCode[...], Category(...), .message, .get, .category
    return found


def checker(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def short(type_name: str) -> str:
    return re.sub(r"\bpns_errors\._catalog\.", "", type_name)


def test_mypy_strict_reveals_the_stated_types() -> None:
    done = checker([sys.executable, "-m", "mypy", "--strict", "examples/client.py"])
    assert done.returncode == 0, done.stdout
    revealed = {
        int(n): short(t) for n, t in re.findall(r"client\.py:(\d+): note: Revealed type is \"(.+)\"", done.stdout)
    }
    assert revealed == expected()


def test_pyright_strict_reveals_the_stated_types() -> None:
    done = checker([sys.executable, "-m", "pyright", "--outputjson", "examples/client.py"])
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert errors == [], errors
    revealed = {
        d["range"]["start"]["line"] + 1: re.search(r'is "(.+)"$', d["message"]).group(1)  # type: ignore[union-attr]
        for d in report["generalDiagnostics"]
        if d["severity"] == "information" and d["message"].startswith("Type of")
    }
    assert revealed == expected()
