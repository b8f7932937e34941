"""`python -m generator --check` proves the generated files match errors.yaml."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, run_generator, snapshot


def test_checkout_is_in_sync() -> None:
    result = run_generator(REPO, "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""  # silent when in sync


def test_hand_edit_is_caught_and_names_file_and_fix(project: Path) -> None:
    page = project / "docs/errors/1003.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Invalid signature", "Bad signature"), encoding="utf-8")
    result = run_generator(project, "--check")
    assert result.returncode == 1
    assert "docs/errors/1003.md" in result.stderr
    assert "make generate" in result.stderr
    assert '-title: "1003 — Bad signature"' in result.stderr  # a short diff shows what changed
    assert '+title: "1003 — Invalid signature"' in result.stderr
    assert "Traceback" not in result.stderr


def test_deleted_and_unexpected_files_are_caught(project: Path) -> None:
    (project / "docs/errors/10004.md").unlink()
    (project / "docs/errors/99999.md").write_text("# stray\n", encoding="utf-8")
    result = run_generator(project, "--check")
    assert result.returncode == 1
    assert "missing:    docs/errors/10004.md" in result.stderr
    assert "unexpected: docs/errors/99999.md" in result.stderr


def test_edited_json_and_module_are_caught(project: Path) -> None:
    for rel in ("docs/errors.json", "src/pns_errors/_catalog.py"):
        path = project / rel
        path.write_bytes(path.read_bytes() + b" ")
    result = run_generator(project, "--check")
    assert result.returncode == 1
    assert "stale:      docs/errors.json" in result.stderr
    assert "stale:      src/pns_errors/_catalog.py" in result.stderr


def test_check_writes_nothing(project: Path) -> None:
    (project / "docs/errors/1003.md").write_text("edited\n", encoding="utf-8")
    before = snapshot(project)
    assert run_generator(project, "--check").returncode == 1
    assert snapshot(project) == before


def test_generate_repairs_everything(project: Path) -> None:
    (project / "docs/errors/1003.md").write_text("edited\n", encoding="utf-8")
    (project / "docs/errors/10004.md").unlink()
    result = run_generator(project)
    assert result.returncode == 0, result.stderr
    assert run_generator(project, "--check").returncode == 0
    assert snapshot(project) == snapshot(REPO)


def test_every_generated_file_says_so(project: Path) -> None:
    for rel, data in snapshot(project).items():
        if rel.startswith("docs/errors/") or rel == "src/pns_errors/_catalog.py":
            head = data[:300].decode("utf-8")
            assert "generated from errors.yaml by `python -m generator`; do not edit" in head, rel
    assert '"$comment": "generated from errors.yaml' in (project / "docs/errors.json").read_text(encoding="utf-8")


def test_edit_link_points_at_the_error_in_errors_yaml(project: Path) -> None:
    path = project / "errors.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "  version: 1.0.0\n", "  version: 1.0.0\n  repo_url: https://github.com/example/pns-errors\n", 1
    )
    path.write_text(text, encoding="utf-8")
    assert run_generator(project).returncode == 0
    line = text.splitlines().index("  - code: 10004") + 1
    page = (project / "docs/errors/10004.md").read_text(encoding="utf-8")
    assert f"(https://github.com/example/pns-errors/blob/main/errors.yaml#L{line})" in page
