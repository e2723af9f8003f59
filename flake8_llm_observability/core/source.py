"""One file being checked: its lines, its tree and its path."""

from __future__ import annotations

import ast
from typing import List


class SourceFile:
    """What every step of the analysis reads of one file.

    ``path`` is the file's name as flake8 gives it (relative or absolute, or
    the stdin display name; "" when unknown). A file that does not parse is
    never analysed; the SARIF formatter fingerprints other plugins' findings
    in it with an empty ``NO_TREE``, which puts every finding on its line.
    """

    __slots__ = ("lines", "tree", "path")

    def __init__(self, lines: List[str], tree: ast.AST, path: str = "") -> None:
        self.lines = lines
        self.tree = tree
        self.path = path

    def line(self, number: int) -> str:
        """The physical line *number* (1-based), or "" past either end."""
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""


NO_TREE = ast.Module(body=[], type_ignores=[])
"""The tree of a file that does not parse: no statement holds any point."""
