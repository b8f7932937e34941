"""`python -m generator --check` proves the generated files match errors.yaml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, build_site, run_generator, snapshot
from generator.blocks import hosts_for
from generator.render import render
from generator.validate import load


def test_checkout_is_in_sync() -> None:
    # The one --check of the checkout in the suite (make test runs it first too); it also
    # names a Markdown field the audit would refuse, under the site's own settings.
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


HOSTS = hosts_for(load((REPO / "errors.yaml").read_bytes()).languages)  # hand-written files with generated blocks


def test_every_generated_file_says_so(project: Path) -> None:
    for rel in generated_files():
        head = (project / rel).read_bytes()[:300].decode("utf-8", errors="ignore")
        if rel.endswith(".txt"):  # llms.txt must start with its H1: the note closes it instead
            head = (project / rel).read_text(encoding="utf-8")[-200:]
        if rel not in HOSTS:
            assert "generated from errors.yaml by `python -m generator`; do not edit" in head, rel
    for rel in HOSTS:  # hand-written files: each generated block says so on its first line
        text = (project / rel).read_text(encoding="utf-8")
        for name in HOSTS[rel]:
            assert re.search(rf"BEGIN generated:{name} .*by `python -m generator`; do not edit", text), (rel, name)


def generated_files() -> list[str]:
    catalog = load((REPO / "errors.yaml").read_bytes())
    hosts = {path: (REPO / path).read_text(encoding="utf-8") for path in HOSTS}
    return sorted(render(catalog, None, hosts))


# One of each kind of generated file, and a change a careless hand might make to it.
KINDS = {
    "docs/errors/index.md": ("Invalid signature", "Bad signature"),
    "docs/errors/1003.md": ("Invalid signature", "Bad signature"),
    "docs/errors/pns.md": ("10004", "10040"),
    "docs/errors/codes.json": ("10004", "10040"),
    "docs/errors.json": ("Invalid signature", "Bad signature"),
    "docs/errors.schema.json": ('"minimum": 1', '"minimum": 0'),
    "docs/errors.yaml.schema.json": ('"minimum": 1', '"minimum": 0'),
    "docs/changelog.md": ("18 codes", "19 codes"),
    "docs/llms.txt": ("18 codes", "19 codes"),
    "docs/llms-full.txt": ("## 1003 Invalid signature", "## 1003 Bad signature"),
    "src/pns_errors/_catalog.py": ("Invalid signature", "Bad signature"),
    "src/pns_errors/_catalog_zh.py": ("签名无效", "签名错误"),
    "mkdocs.yml": ("      - errors/pns.md\n", ""),  # a category page dropped from the nav
    "docs/guides/support.md": ("| [10009](../errors/10009.md)", "| [10090](../errors/10009.md)"),
    # The Chinese site's generated pages and blocks.
    "docs-zh/errors/index.md": ("签名无效", "签名错误"),
    "docs-zh/errors/1003.md": ("签名无效", "签名错误"),
    "docs-zh/errors/pns.md": ("10004", "10040"),
    "docs-zh/errors/codes.json": ("签名无效", "签名错误"),
    "docs-zh/changelog.md": ("18 个错误码", "19 个错误码"),
    "mkdocs.zh.yml": ("      - errors/pns.md\n", ""),  # generated whole, from languages/zh/
    "src/pns_errors/_phrases.py": ("由谁解决", "谁来解决"),
    "docs-zh/guides/support.md": ("| [10009](../errors/10009.md)", "| [10090](../errors/10009.md)"),
    # The site scripts' rules, from pns_errors' declaration: a limit changed by hand.
    "overrides/assets/generated/rules.js": ("MAX_REQUEST_IDS = 1000;", "MAX_REQUEST_IDS = 10;"),
}


def kind(rel: str) -> str:
    return re.sub(r"/(\d+|common|pns)\.md$", "/*.md", rel)


def test_every_kind_of_generated_file_has_a_check_case() -> None:
    # The client libraries (clients/<language>/) have theirs in tests/test_clients.py, every file.
    ours = {kind(rel) for rel in generated_files() if not rel.startswith("clients/")}
    assert ours == {kind(rel) for rel in KINDS}


@pytest.mark.parametrize("rel", sorted(KINDS))
def test_check_catches_a_hand_edit_of_each_kind(project: Path, rel: str) -> None:
    old, new = KINDS[rel]
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, rel
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_generator(project, "--check")
    assert result.returncode == 1
    assert f"stale:      {rel}" in result.stderr
    assert "fix with: python -m generator" in result.stderr


def test_a_new_category_is_one_edit_of_errors_yaml(project: Path, tmp_path: Path) -> None:
    path = project / "errors.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "\nerrors:\n",
        "\n  - id: billing\n    title: Billing errors\n    description: Balance and invoices.\n"
        "    range: [20000, 29999]\nerrors:\n",
        1,
    )
    text += (
        "  - code: 20001\n    name: BALANCE_TOO_LOW\n    category: billing\n    since: 1.0.0\n"
        "    message: Balance too low\n    fix_by: account\n    retry: 'no'\n    solution: Top the account up.\n"
    )
    path.write_text(text, encoding="utf-8")
    result = run_generator(project)
    assert result.returncode == 0, result.stderr
    assert "      - errors/billing.md\n" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      - errors/billing.md\n" in (project / "mkdocs.zh.yml").read_text(encoding="utf-8")
    assert "category `billing` has no `zh` translation" in result.stderr  # a warning until it is translated
    assert (project / "docs-zh/errors/billing.md").exists()
    site = build_site(project, tmp_path / "site")  # --strict: the page exists and the nav finds it
    assert (site / "errors/billing/index.html").exists() and (site / "zh/errors/billing/index.html").exists()
    nav = (site / "errors/index.html").read_text(encoding="utf-8")
    assert 'href="../billing/"' in nav or 'href="billing/"' in nav


def test_a_nav_without_the_generated_block_is_refused(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        re.sub(r".*# (BEGIN|END) generated:nav.*\n", "", config.read_text(encoding="utf-8")), encoding="utf-8"
    )
    before = snapshot(project)
    result = run_generator(project)
    assert result.returncode == 2
    assert "mkdocs.yml: the generated block `nav` needs a line with `BEGIN generated:nav`" in result.stderr
    assert "Traceback" not in result.stderr and snapshot(project) == before


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


def test_site_url_is_set_in_errors_yaml_only(project: Path) -> None:
    path = project / "errors.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "site_url: https://pns-errors.example.org/", "site_url: https://example.org/pns-errors/"
        ),
        encoding="utf-8",
    )
    stale = run_generator(project, "--check")
    assert stale.returncode == 1 and "stale:      mkdocs.yml" in stale.stderr
    assert run_generator(project).returncode == 0
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\nsite_url: https://example.org/pns-errors/\n" in config
    assert "https://example.org/pns-errors/errors/1003/" in (project / "docs/llms.txt").read_text(encoding="utf-8")
