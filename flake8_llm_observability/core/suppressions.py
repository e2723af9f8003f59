"""``# noqa`` comments that name LLO codes: where they are, what they name, why they are there.

flake8 reads a finding's ``# noqa`` from the finding's line, or, where it joins
lines (a backslash continuation, a string spanning lines), from the whole
stretch of joined lines: the first noqa comment in the stretch then applies to
every line of it, and any later one in the same stretch is never read. Codes
compare as flake8 compares them: exactly, or as a prefix (``LLO00``), case
and all. ``NOQA_INLINE`` is flake8's own pattern (a test holds them equal);
``# noqa: LLO`` names no code, so flake8 reads it as a bare ``# noqa``.
"""

from __future__ import annotations

import io
import re
import tokenize
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from .scopes import Scope
from .walk import Event

NOQA_INLINE = re.compile(
    r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?", re.IGNORECASE
)
"""flake8's pattern of an inline ``# noqa`` comment (``flake8.defaults.NOQA_INLINE_REGEXP``)."""

CODE_PREFIX = "LLO"
_REASON_STRIP = " \t-:;#,."


class Layout(NamedTuple):
    """What flake8's noqa handling needs of a file's tokens."""

    stretches: Dict[int, Tuple[int, int]]
    """For each line, the first and last line of the stretch flake8 reads its noqa from."""
    comments: Dict[int, int]
    """For each line with a comment, the column where the comment starts."""


def layout(lines: Sequence[str]) -> Optional[Layout]:
    """The stretches of lines flake8 joins, and where comments start; None if it won't tokenize.

    Lines are joined between two line-ending tokens, as flake8 joins them; a
    file that does not tokenize leaves every line alone, as in flake8.
    """
    spans: Dict[int, Tuple[int, int]] = {}
    comments: Dict[int, int] = {}
    first, last = 0, 0
    try:
        for token in tokenize.generate_tokens(io.StringIO("".join(lines)).readline):
            kind = token.type
            if kind in (tokenize.ENDMARKER, tokenize.DEDENT):
                continue
            if kind == tokenize.COMMENT:
                comments[token.start[0]] = token.start[1]
            first = token.start[0] if not first else min(first, token.start[0])
            last = max(last, token.end[0])
            if kind in (tokenize.NL, tokenize.NEWLINE):
                for line in range(first, last + 1):
                    spans[line] = (first, last)
                first, last = 0, 0
    except (tokenize.TokenError, SyntaxError):
        return None
    return Layout(spans, comments)


class NoqaComment(Event):
    """A ``# noqa`` comment naming at least one LLO code (or a prefix of one)."""

    __slots__ = ("codes", "reason", "lines", "read")

    def __init__(
        self,
        line: int,
        col: int,
        scope: Scope,
        codes: Tuple[str, ...],
        reason: str,
        lines: Tuple[int, int],
        read: bool,
    ) -> None:
        Event.__init__(self, line, col, scope, None)
        self.codes = codes
        """Its LLO codes and prefixes, as written and in order (other plugins' left out)."""
        self.reason = reason
        """The words after its codes on the same line, or a comment line above it (or
        above its statement's first line); "" when there is none."""
        self.lines = lines
        """The first and last line of the stretch whose findings it may suppress."""
        self.read = read
        """Whether flake8 reads it: the first noqa comment of its stretch."""


def llo_codes(codes: Optional[str]) -> Tuple[str, ...]:
    """The LLO codes in a noqa comment's codes group, in order, once each."""
    if not codes:
        return ()
    found = [code for code in re.split(r"[,\s]+", codes) if code.startswith(CODE_PREFIX)]
    return tuple(dict.fromkeys(found))


def _reason_above(lines: Sequence[str], line: int) -> str:
    """The comment on the line above *line*, when that line is a comment and nothing else."""
    above = lines[line - 2].strip() if line >= 2 else ""
    return above.lstrip("#").strip(_REASON_STRIP) if above.startswith("#") else ""


def statement_starts(tree: Any) -> Dict[int, int]:
    """For each line a statement spans, the first line of the innermost statement there.

    A decorated definition starts at its first decorator; a compound
    statement's header lines belong to it, its body's lines to the body's
    statements (an ``except`` clause counts as one).
    """
    starts: Dict[int, int] = {}
    todo: List[Any] = list(getattr(tree, "body", ()))
    while todo:  # a parent is marked before its children, which then overwrite their lines
        stmt = todo.pop()
        begin = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", ())])
        for line in range(begin, (stmt.end_lineno or stmt.lineno) + 1):
            starts[line] = begin
        for name in ("body", "orelse", "finalbody", "handlers"):
            todo.extend(getattr(stmt, name, None) or ())
        # A match statement's cases have no position of their own: only their bodies count.
        todo.extend(child for case in getattr(stmt, "cases", ()) for child in case.body)
    return starts


def noqa_comments(lines: Sequence[str], tree: Any, module: Scope) -> List[NoqaComment]:
    """Every noqa comment of the file that names an LLO code, as flake8 would read it.

    flake8 finds ``# noqa`` in string literals too; only real comments are
    returned here (a file that does not tokenize: every match), but whether a
    comment is the one flake8 reads is decided on the text, as flake8 decides.
    """
    candidates = [
        (number, match)
        for number, text in enumerate(lines, start=1)
        if CODE_PREFIX in text
        for match in [NOQA_INLINE.search(text)]
        if match is not None and llo_codes(match.group("codes"))
    ]
    if not candidates:
        return []
    tokens = layout(lines)
    starts = statement_starts(tree)
    found = []
    for number, match in candidates:
        if tokens is not None and tokens.comments.get(number, len(lines[number - 1])) > (
            match.start()
        ):
            continue  # text in a string: nobody wrote it as a suppression
        first, last = tokens.stretches.get(number, (number, number)) if tokens else (number, number)
        joined = "".join(lines[first - 1:last])
        offset = sum(len(text) for text in lines[first - 1:number - 1])
        governing = NOQA_INLINE.search(joined)
        read = governing is not None and governing.start() == offset + match.start()
        text = lines[number - 1]
        reason = (
            text[match.end():].strip(_REASON_STRIP + "\r\n")
            or _reason_above(lines, number)
            or _reason_above(lines, starts.get(number, number))
        )
        found.append(
            NoqaComment(
                number, match.start(), module, llo_codes(match.group("codes")), reason,
                (first, last), read,
            )
        )
    return found
