"""Problems found in errors.yaml, reported as ``FILE:LINE:COL: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    line: int  # 1-based
    col: int  # 1-based
    message: str

    def format(self, filename: str) -> str:
        return f"{filename}:{self.line}:{self.col}: {self.message}"


class InvalidCatalog(Exception):
    """Raised with every problem found, so that one run reports them all."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the catalog")
        self.problems = problems
