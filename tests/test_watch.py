"""The watcher (generator/watch.py) regenerates once per save: not again for the generator's own writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator import watch


def project(root: Path) -> Path:
    """The sources the watcher polls that these tests touch: errors.yaml and a host file."""
    (root / "docs" / "guides").mkdir(parents=True)
    (root / "errors.yaml").write_text("errors: []\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (root / "docs" / "guides" / "support.md").write_text("# Support\n", encoding="utf-8")
    return root


def scripted(monkeypatch: pytest.MonkeyPatch, steps: dict[int, Callable[[], None]]) -> None:
    """The watcher's sleeps, each running the step of its round (no real waiting)."""
    rounds = iter(range(10**6))
    monkeypatch.setattr(watch.time, "sleep", lambda _seconds: steps.get(next(rounds), lambda: None)())


def test_the_hosts_the_generator_rewrites_do_not_trigger_another_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path)
    support = root / "docs" / "guides" / "support.md"
    assert str(support) in watch.rewritten(root)
    runs: list[int] = []

    def generate() -> int:
        runs.append(1)
        support.write_text(f"# Support\n\n{'| row |' * len(runs)}\n", encoding="utf-8")  # its generated block
        return 0

    scripted(monkeypatch, {1: lambda: (root / "errors.yaml").write_text("errors: [1]\n", encoding="utf-8")})
    watch.watch(root, generate, rounds=6)
    assert len(runs) == 1


def test_a_save_during_a_run_is_regenerated_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    runs: list[int] = []

    def generate() -> int:
        runs.append(1)
        if len(runs) == 1:  # the author saves again while the generator runs
            (root / "errors.yaml").write_text("errors: [1, 2, 3]\n", encoding="utf-8")
        return 0

    scripted(monkeypatch, {1: lambda: (root / "errors.yaml").write_text("errors: [1]\n", encoding="utf-8")})
    watch.watch(root, generate, rounds=6)
    assert len(runs) == 2


def test_a_hand_edit_of_a_host_is_regenerated_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path)
    runs: list[int] = []
    support = root / "docs" / "guides" / "support.md"
    scripted(monkeypatch, {2: lambda: support.write_text("# Support, edited by hand\n", encoding="utf-8")})
    watch.watch(root, lambda: runs.append(1) or 0, rounds=6)
    assert len(runs) == 1


def test_a_file_still_being_written_is_waited_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save seen half way (a big errors.yaml) would be a run reporting problems that are not there."""
    root = project(tmp_path)
    source = root / "errors.yaml"
    read: list[str] = []
    scripted(
        monkeypatch,
        {
            1: lambda: source.write_text("errors: [1,", encoding="utf-8"),
            2: lambda: source.write_text("errors: [1, 2]\n", encoding="utf-8"),
        },
    )
    watch.watch(root, lambda: read.append(source.read_text(encoding="utf-8")) or 0, rounds=6)
    assert read == ["errors: [1, 2]\n"]
