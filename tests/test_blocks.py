"""Generated blocks inside hand-written files (generator/blocks.py): only the marked lines change."""

from __future__ import annotations

import pytest

from generator.blocks import MissingBlock, splice

HOST = """# intro
<!-- BEGIN generated:nav-extra -->
keep me
<!-- END generated:nav-extra -->
  # BEGIN generated:nav
  old line
  # END generated:nav
outro
"""


def block(name: str, indent: str) -> str:
    return f"{indent}new {name}\n"


def test_only_the_lines_between_the_marks_are_replaced_and_the_block_is_indented() -> None:
    # Bug: the `nav` marks found inside `nav-extra`'s (a name that starts the same), the text around
    # the block changed, or the block not indented like its BEGIN line.
    assert splice("host.md", HOST, block, ("nav",)) == HOST.replace("  old line\n", "  new nav\n")


def test_every_named_block_is_replaced() -> None:
    # Bug: the second block of a file left as it was after the first was replaced.
    out = splice("host.md", HOST, block, ("nav", "nav-extra"))
    assert "new nav\n" in out and "new nav-extra\n" in out and "keep me" not in out and "old line" not in out


@pytest.mark.parametrize(
    "text",
    [HOST.replace("  # END generated:nav\n", ""), HOST.replace("BEGIN generated:nav\n", "BEGIN generated:navy\n")],
    ids=["no END", "no BEGIN"],
)
def test_a_missing_mark_names_the_file_and_the_block(text: str) -> None:
    # Bug: a block written at the end of the file, or a traceback, when a mark is missing.
    with pytest.raises(MissingBlock, match=r"host\.md: the generated block `nav`"):
        splice("host.md", text, block, ("nav",))
