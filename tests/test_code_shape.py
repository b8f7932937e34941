"""No hand-written function of the generator, the package or the site's scripts is over 60
lines: a long one is split into named stages that read as a list of steps. A function that
must stay long says why in a comment `long because ...` on its first line or the line above.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import REPO

LIMIT = 60
EXCUSE = "long because"
PYTHON = [*sorted((REPO / "generator").glob("*.py")), *sorted((REPO / "src/pns_errors").glob("*.py"))]
SCRIPTS = sorted(p for p in (REPO / "overrides/assets").rglob("*.js") if "generated" not in p.parts)
# A JS function starts a line (`function f(`, `export async function`, `const f = (...) => {`,
# a method `name(...) {`) and ends at the first later line, as indented, that starts with `}`.
JS_START = re.compile(
    r"^(\s*)(?:export\s+)?(?:async\s+)?(?:function\b|(?:const|let)\s+\w+\s*=.*=>\s*\{$|\w+\s*\([^)]*\)\s*\{$)"
)


def hand_written(path: Path) -> bool:
    return "do not edit" not in path.read_text(encoding="utf-8")[:400]


def excused(lines: list[str], first: int) -> bool:
    return any(EXCUSE in lines[i] for i in (first - 1, first) if 0 <= i < len(lines))


def python_functions(path: Path) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function, nested ones too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            found.append((node.name, node.lineno, (node.end_lineno or node.lineno) - first + 1))
    return found


def script_functions(path: Path) -> list[tuple[str, int, int]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for number, line in enumerate(lines):
        start = JS_START.match(line)
        if not start or line.rstrip().endswith("}") or re.match(r"\s*(if|for|while|switch|catch)\b", line):
            continue
        indent = start.group(1)
        end = next((i for i in range(number + 1, len(lines)) if re.match(rf"{indent}\}}", lines[i])), number)
        found.append((line.strip()[:50], number + 1, end - number + 1))
    return found


def too_long(path: Path, functions: list[tuple[str, int, int]]) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        f"{path.relative_to(REPO)}:{first}: {name} is {length} lines"
        for name, first, length in functions
        if length > LIMIT and not excused(lines, first - 1)
    ]


def test_the_scanners_see_functions() -> None:
    """The check below would pass on anything if a scanner found nothing."""
    assert len([p for p in PYTHON if hand_written(p)]) >= 20 and len(SCRIPTS) >= 6
    assert sum(len(script_functions(p)) for p in SCRIPTS) >= 40
    assert ("diagnose", 1) in {(name, 1) for p in PYTHON for name, _, _ in python_functions(p)}


@pytest.mark.parametrize("path", [p for p in PYTHON if hand_written(p)], ids=lambda p: p.name)
def test_no_python_function_is_over_60_lines(path: Path) -> None:
    assert too_long(path, python_functions(path)) == []


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_no_script_function_is_over_60_lines(path: Path) -> None:
    assert too_long(path, script_functions(path)) == []


def test_a_long_function_is_found_and_an_excuse_is_read(tmp_path: Path) -> None:
    body = "".join(f"  x{i} = {i};\n" for i in range(LIMIT))
    script = tmp_path / "long.js"
    script.write_text(f"export function long() {{\n{body}}}\n", encoding="utf-8")
    assert [n for n, _, length in script_functions(script) if length > LIMIT] == ["export function long() {"]
    source = tmp_path / "long.py"
    source.write_text("def long() -> None:\n" + body.replace(";", ""), encoding="utf-8")
    lines = source.read_text(encoding="utf-8").splitlines()
    assert python_functions(source)[0][2] == LIMIT + 1 and not excused(lines, 0)
    assert excused(["# long because the table reads best whole", *lines], 1)
