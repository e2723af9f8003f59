"""Line-independent fingerprints of findings, shared by the baseline and SARIF.

A fingerprint is built from the code, the file's path (relative to a base
folder), the whitespace-normalised text of the statement that holds the call
(for a compound statement, its header), and the occurrence index among the
file's findings with the same code and text. Moving code or editing other
lines keeps it; editing the statement changes it.
"""

from __future__ import annotations

import ast
import hashlib
import io
import os
import tokenize
from typing import Any, Dict, Iterable, List, Optional, Protocol, Sequence, Tuple

from .source import SourceFile

_SKIPPED = {
    tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
    tokenize.ENDMARKER,
}
_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")

Point = Tuple[int, int]
"""A (line, column) position, the column as the tree counts it (UTF-8 bytes)."""


class Located(Protocol):
    """What a fingerprint is taken of: a finding's place and code (``rules.Finding``)."""

    @property
    def line(self) -> int: ...

    @property
    def col(self) -> int: ...

    @property
    def code(self) -> str: ...


def relative_path(filename: str, base: str) -> str:
    """*filename* relative to the folder *base*, with forward slashes."""
    return os.path.relpath(os.path.abspath(filename), base).replace(os.sep, "/")


def _start(node: Any) -> Point:
    decorators = getattr(node, "decorator_list", None) or ()
    first = min([(node.lineno, node.col_offset)] + [(d.lineno, d.col_offset) for d in decorators])
    return first


def _end(node: Any) -> Point:
    return (node.end_lineno or node.lineno, node.end_col_offset or 0)


def _children(stmt: Any) -> Iterable[Any]:
    """The statements nested in *stmt*, those of its ``except`` clauses and ``case``s too."""
    for name in _BODIES:
        for child in getattr(stmt, name, None) or ():
            if isinstance(child, ast.stmt):
                yield child
            else:
                yield from child.body


def statement_span(tree: ast.AST, point: Point) -> Optional[Tuple[Point, Point]]:
    """The span (``span_of``) of the innermost statement holding *point*, if one does."""
    found: Optional[Any] = None
    candidates: Iterable[Any] = getattr(tree, "body", ())
    while True:
        for stmt in candidates:
            if isinstance(stmt, ast.stmt) and _start(stmt) <= point <= _end(stmt):
                found = stmt
                candidates = list(_children(stmt))
                break
        else:
            break
    return span_of(found) if found is not None else None


def span_of(stmt: Any) -> Tuple[Point, Point]:
    """A statement's span: all of a simple one; only the header of a compound one.

    The header runs to where the first nested statement (or ``case``) starts.
    """
    nested = [child for name in _BODIES for child in (getattr(stmt, name, None) or ())]
    if not nested:
        return _start(stmt), _end(stmt)
    first = getattr(nested[0], "pattern", nested[0])  # a case's header starts at its pattern
    return _start(stmt), (first.lineno, first.col_offset)


def segment(lines: Sequence[str], start: Point, end: Point) -> str:
    """The source between two tree positions, whose columns count UTF-8 bytes."""
    (first, col), (last, end_col) = start, end
    chosen = [line.encode("utf-8") for line in lines[first - 1:last]]
    if len(chosen) == 1:
        return chosen[0][col:end_col].decode("utf-8", "replace")
    chosen[-1] = chosen[-1][:end_col]
    chosen[0] = chosen[0][col:]
    return b"".join(chosen).decode("utf-8", "replace")


def normalise(text: str) -> str:
    """The code's tokens joined by single spaces: whitespace and comments do not count."""
    try:
        tokens = [
            token.string
            for token in tokenize.generate_tokens(io.StringIO(text).readline)
            if token.type not in _SKIPPED
        ]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return " ".join(text.split())
    return " ".join(tokens)


def statement_text(source: SourceFile, point: Point) -> str:
    """The normalised text of the statement holding *point*; else its line's."""
    span = statement_span(source.tree, point)
    if span is None:
        return " ".join(source.line(point[0]).split())
    return normalise(segment(source.lines, *span))


def _digest(code: str, path: str, text: str, index: int) -> str:
    digest = hashlib.sha256("\0".join((code, path, text, str(index))).encode("utf-8"))
    return digest.hexdigest()[:32]


def fingerprints(found: Sequence[Located], source: SourceFile, base: str) -> List[str]:
    """One fingerprint per finding, in the order given (source order), its path from *base*.

    The plugin's baseline filter, the repository tools and the SARIF formatter
    (for other plugins' codes too) all call this, so their fingerprints cannot
    differ. A finding's occurrence index counts the findings before it in
    *found* with the same code and statement text.
    """
    path = relative_path(source.path or "stdin", base)
    seen: Dict[Tuple[str, str], int] = {}
    result = []
    for finding in found:
        code = finding.code
        text = statement_text(source, (finding.line, finding.col))
        index = seen.get((code, text), 0)
        seen[(code, text)] = index + 1
        result.append(_digest(code, path, text, index))
    return result
