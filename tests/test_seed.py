"""errors.yaml holds every code of the seed table, its message verbatim, its links kept.

The seed is parsed here on its own, so this test does not trust the generator.
"""

from __future__ import annotations

import re

import yaml

from conftest import REPO, SHARED

SEED = SHARED / "seed" / "PNS-API-Error-Code.md"


def seed_rows() -> list[tuple[int, str, str]]:
    rows = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].isdigit():
            rows.append((int(cells[0]), cells[1], cells[2]))
    return rows


def catalog() -> dict[int, dict[str, object]]:
    data = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
    return {e["code"]: e for e in data["errors"]}


def test_every_seed_code_with_verbatim_message_and_links() -> None:
    rows = seed_rows()
    assert len(rows) == 18
    errors = catalog()
    for code, message, reason in rows:
        assert code in errors, f"seed code {code} missing from errors.yaml"
        assert errors[code]["message"] == message
        solution = str(errors[code]["solution"])
        for url in re.findall(r"\]\((https?://[^)]+)\)", reason):
            assert url in solution, f"{code}: link {url} of the seed was lost"


def test_codes_are_the_documented_ranges() -> None:
    codes = sorted(catalog())
    assert codes == [1001, 1002, 1003, 1004, 1005, *range(10001, 10014)]
