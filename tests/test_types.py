"""Client code gets precise types from the package (checked by mypy --strict)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_example_client_type_checks_and_reveals_precise_types() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "examples/client.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout
    assert 'Revealed type is "str"' in done.stdout
    assert 'Revealed type is "pns_errors._catalog.ErrorCode | None"' in done.stdout
    assert 'Revealed type is "pns_errors._catalog.Category"' in done.stdout
