"""How the generator writes: only what changed, atomically, deterministically, owning only its files."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, replace_in, run_generator, snapshot
from generator import output


def mtimes(root: Path) -> dict[str, int]:
    return {rel: (root / rel).stat().st_mtime_ns for rel in snapshot(root)}


def edit_yaml(root: Path, old: str, new: str) -> None:
    replace_in(root, (old, new))


def test_second_run_writes_nothing(project: Path) -> None:
    before = mtimes(project)
    result = run_generator(project)
    assert result.returncode == 0
    assert result.stdout.strip().endswith("0 file(s) changed")
    assert mtimes(project) == before


def test_one_edited_message_rewrites_only_the_files_that_show_it(project: Path) -> None:
    edit_yaml(project, "message: Virtual number exhausted", "message: Virtual numbers exhausted")
    before = snapshot(project)
    result = run_generator(project)
    assert result.returncode == 0
    after = snapshot(project)
    changed = sorted(rel for rel in after if after[rel] != before.get(rel))
    assert changed == [
        # each client library keeps its codes' texts in one file
        "clients/csharp/ErrorCode.cs",
        "clients/go/catalog.go",
        "clients/java/ErrorCode.java",
        "clients/php/src/ErrorCode.php",
        "clients/typescript/src/index.ts",
        "docs-zh/changelog.md",  # its "messages changed" shows the API's (English) messages too
        "docs-zh/errors/10010.md",  # what the API sends, and a note: the translation is now out of date
        "docs-zh/errors/codes.json",  # the Chinese box recognises the API's (English) message too
        "docs/changelog.md",  # "messages changed" in the unreleased section
        "docs/errors.json",
        "docs/errors/10010.md",
        "docs/errors/codes.json",  # the site's finder lists codes with their messages
        "docs/errors/index.md",
        "docs/errors/pns.md",
        "docs/guides/support.md",  # its generated tables show the message
        "docs/llms-full.txt",
        "docs/llms.txt",
        "src/pns_errors/_catalog.py",
    ]
    assert "wrote   docs/errors/10010.md" in result.stdout


NEW_CODE = """  - code: 10014
    name: BRAND_NEW_ERROR
    category: pns
    message: A code not released yet
    fix_by: caller
    retry: "no"
    solution: Nothing to do.
"""


def test_one_edited_solution_rewrites_only_the_files_that_show_it(project: Path) -> None:
    edit_yaml(project, "longer needed (`unbindAXB`)", "longer needed (call `unbindAXB`)")
    before = snapshot(project)
    assert run_generator(project).returncode == 0
    after = snapshot(project)
    changed = sorted(rel for rel in after if after[rel] != before.get(rel))
    assert changed == [
        # each client library keeps its codes' texts in one file
        "clients/csharp/ErrorCode.cs",
        "clients/go/catalog.go",
        "clients/java/ErrorCode.java",
        "clients/php/src/ErrorCode.php",
        "clients/typescript/src/index.ts",
        "docs-zh/errors/10010.md",  # a note: the translation is now out of date
        "docs/errors.json",
        "docs/errors/10010.md",
        "docs/llms-full.txt",
        "src/pns_errors/_catalog.py",
    ]


def test_removed_code_loses_its_page_and_hand_written_files_stay(project: Path) -> None:
    # Only a code that was never released may be removed (history.py guards the rest).
    path = project / "errors.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + NEW_CODE, encoding="utf-8")
    assert run_generator(project).returncode == 0
    assert (project / "docs/errors/10014.md").exists()
    path.write_text(original, encoding="utf-8")
    notes = project / "docs/errors/notes.md"
    notes.write_text("# Notes written by hand\n", encoding="utf-8")
    hand_written = {rel: data for rel, data in snapshot(project).items() if not is_generated_path(rel)}
    result = run_generator(project)
    assert result.returncode == 0, result.stderr
    assert not (project / "docs/errors/10014.md").exists()
    assert "removed docs/errors/10014.md" in result.stdout
    assert notes.exists() and "kept    docs/errors/notes.md: not generated" in result.stdout
    assert {rel: data for rel, data in snapshot(project).items() if not is_generated_path(rel)} == hand_written
    check = run_generator(project, "--check")  # the stray file still needs moving
    assert check.returncode == 1 and "unexpected: docs/errors/notes.md" in check.stderr


def is_generated_path(rel: str) -> bool:
    return rel.startswith(("docs/errors/", "docs-zh/errors/", "clients/")) or rel in (
        "docs/errors.json",
        "docs/changelog.md",
        "docs-zh/changelog.md",
        "docs/llms.txt",
        "docs/llms-full.txt",
        "src/pns_errors/_catalog.py",
    )


def reversed_errors(text: str) -> str:
    head, body = text.split("\nerrors:\n")
    entries = re.split(r"(?m)^(?=  - code: )", body)
    assert entries[0] == ""
    return head + "\nerrors:\n" + "".join(e if e.endswith("\n") else e + "\n" for e in reversed(entries[1:]))


def test_output_does_not_depend_on_order_environment_or_directory(project: Path) -> None:
    text = (project / "errors.yaml").read_text(encoding="utf-8")
    shuffled = reversed_errors(text)
    assert shuffled != text
    (project / "errors.yaml").write_text(shuffled, encoding="utf-8")
    for rel in snapshot(project):
        if is_generated_path(rel):
            (project / rel).unlink()
    env = {"PYTHONHASHSEED": "12345", "LC_ALL": "C", "LANG": "C", "TZ": "Pacific/Kiritimati"}
    result = run_generator(project, env=env, cwd=project / "docs")
    assert result.returncode == 0, result.stderr
    expected = {rel: data for rel, data in snapshot(REPO).items() if is_generated_path(rel)}
    got = {rel: data for rel, data in snapshot(project).items() if is_generated_path(rel)}
    # errors.yaml line numbers only feed "edit this error" links, absent without repo_url.
    assert got == expected
    again = run_generator(project, env={"PYTHONHASHSEED": "1", "LC_ALL": "tr_TR.UTF-8", "TZ": "UTC"})
    assert again.stdout.strip().endswith("0 file(s) changed")


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "page.md"
    target.write_text("old\n", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C between write and rename

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        output.write(tmp_path, output.Plan(changed={"page.md": "new content\n"}))
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]  # no temporary file left behind


def test_unwritable_folder_is_reported_not_a_traceback(project: Path) -> None:
    if os.geteuid() == 0:
        # root writes through permissions; a file where the folder should be blocks everyone
        shutil.rmtree(project / "docs/errors")
        (project / "docs/errors").write_text("not a folder\n", encoding="utf-8")
    else:
        (project / "docs/errors").chmod(0o500)
        (project / "docs/errors/1003.md").write_text("edited\n", encoding="utf-8")
    result = run_generator(project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "cannot write" in result.stderr


def test_a_missing_generated_folder_is_built_beside_and_renamed_into_place(project: Path) -> None:
    """From scratch, docs/errors/ appears whole (no per-file temporary copies are left behind)."""
    import shutil

    expected = sorted(p.name for p in (project / "docs/errors").iterdir())
    shutil.rmtree(project / "docs/errors")
    shutil.rmtree(project / "docs-zh/errors")
    result = run_generator(project)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (project / "docs/errors").iterdir()) == expected
    assert (project / "docs-zh/errors/1003.md").exists()
    leftovers = [
        p.name for folder in ("docs", "docs-zh") for p in (project / folder).iterdir() if p.name.startswith(".")
    ]
    assert leftovers == []
    assert run_generator(project, "--check").returncode == 0
    assert "wrote   docs/errors/1003.md" in result.stdout


def test_a_failed_folder_write_leaves_no_folder_and_no_scratch(tmp_path: Path) -> None:
    from generator.output import write_new_folder

    target = tmp_path / "errors"
    try:
        write_new_folder(target, {"a.md": "a\n", "b.md": "\ud800"})  # the second cannot be encoded
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("the write should have failed")
    assert not target.exists() and list(tmp_path.iterdir()) == []
