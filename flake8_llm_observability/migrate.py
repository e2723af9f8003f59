"""Turn home-grown exemption comments into ``# noqa`` comments.

Usage: ``python -m flake8_llm_observability.migrate [--check] PATH...``

A comment line ``# OBSERVABILITY: ... tracking not needed ...`` directly above
a call that this plugin reports becomes ``# noqa: <codes>  <reason>`` at the
end of the call's line, and the comment line goes. Where the plugin reports
nothing on the next line the comment stays: moving it would silence nothing.
A file that does not parse is never changed; every other byte of a file is
kept as it was (encoding, BOM, line endings). The plugin's options come from
flake8's own configuration, found from the current directory.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import re
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

from .checker import Checker

EXEMPTION = re.compile(r"#\s*OBSERVABILITY:\s*(?P<reason>.*?tracking not needed.*?)\s*$", re.I)
NOQA = re.compile(r"#\s*noqa\b", re.I)


@dataclass(frozen=True)
class Change:
    """One exemption comment moved: *comment_line* is removed, *call_line* gains a noqa."""

    comment_line: int
    call_line: int
    codes: str
    reason: str


@dataclass(frozen=True)
class Result:
    """What happened to one file: its new bytes, or why it was left alone."""

    path: Path
    original: bytes
    updated: bytes
    encoding: str
    changes: List[Change]
    notes: List[Tuple[int, str]]
    error: Optional[str] = None

    def line_after(self, line: int) -> int:
        """Where *line* of the original is once the moved comments are gone."""
        return line - sum(change.comment_line < line for change in self.changes)


def _exemption_comments(text: str) -> List[Tuple[int, str]]:
    """(line, reason) for every exemption comment that stands alone on its line.

    Tokens, not a regex over lines, so that text inside a string never counts.
    """
    found = []
    for token in tokenize.generate_tokens(iter(_physical_lines(text)).__next__):
        if token.type == tokenize.COMMENT and not token.line[: token.start[1]].strip():
            match = EXEMPTION.match(token.string)
            if match:
                found.append((token.start[0], match.group("reason")))
    return found


def _physical_lines(text: str) -> List[str]:
    """Lines as Python counts them (ended by CRLF, CR or LF only), endings kept."""
    return io.StringIO(text, newline="").readlines()


def _split_ending(line: str) -> Tuple[str, str]:
    for ending in ("\r\n", "\r", "\n"):
        if line.endswith(ending):
            return line[: -len(ending)], ending
    return line, ""


def _reported_codes(tree: ast.AST, lines: List[str]) -> Dict[int, Set[str]]:
    codes: Dict[int, Set[str]] = {}
    for line, _, message, _ in Checker(tree, lines).run():
        codes.setdefault(line, set()).add(message.split(" ", 1)[0])
    return codes


def migrate_source(path: Path, original: bytes) -> Result:
    """Plan and apply the rewrite of one file's bytes; never raises on bad source."""
    encoding = "utf-8"
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(original).readline)
        text = original.decode(encoding)
        tree = ast.parse(original, filename=str(path))
        comments = _exemption_comments(text)
    except (SyntaxError, ValueError, UnicodeDecodeError, tokenize.TokenError,
            RecursionError, MemoryError) as error:
        reason = f"{type(error).__name__}: {error}".splitlines()[0]
        return Result(path, original, original, encoding, [], [], f"cannot parse ({reason})")
    lines = _physical_lines(text)
    reported = _reported_codes(tree, lines)
    changes: List[Change] = []
    notes: List[Tuple[int, str]] = []
    for comment_line, reason in comments:
        call_line = comment_line + 1
        codes = reported.get(call_line)
        if not codes:
            notes.append((comment_line, "no finding on the next line; comment kept"))
        elif NOQA.search(lines[call_line - 1]):
            notes.append((comment_line, "the next line has a # noqa already; comment kept"))
        else:
            changes.append(Change(comment_line, call_line, ",".join(sorted(codes)), reason))
    for change in reversed(changes):
        body, ending = _split_ending(lines[change.call_line - 1])
        lines[change.call_line - 1] = f"{body}  # noqa: {change.codes}  {change.reason}{ending}"
        del lines[change.comment_line - 1]
    updated = "".join(lines).encode(encoding) if changes else original
    return Result(path, original, updated, encoding, changes, notes)


def python_files(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(path.rglob("*.py"))
        else:
            yield path


def _diff(result: Result) -> str:
    before = _physical_lines(result.original.decode(result.encoding))
    after = _physical_lines(result.updated.decode(result.encoding))
    return "".join(
        difflib.unified_diff(before, after, f"{result.path}", f"{result.path}")
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flake8_llm_observability.migrate",
        description="Rewrite '# OBSERVABILITY: ... tracking not needed' comments "
        "into '# noqa: <codes>  <reason>' on the reported call line.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parser.add_argument(
        "--check", action="store_true",
        help="print what would change and exit 1 if anything would; change nothing",
    )
    args = parser.parse_args(argv)

    from flake8.api.legacy import get_style_guide

    # The plugin's options, from the flake8 configuration found here.
    Checker.parse_options(get_style_guide().options)

    status = 0
    for path in python_files(args.paths):
        try:
            original = path.read_bytes()
        except OSError as error:
            print(f"{path}: cannot read ({error.strerror}); left unchanged", file=sys.stderr)
            status = 2
            continue
        result = migrate_source(path, original)
        if result.error:
            print(f"{path}: {result.error}; left unchanged", file=sys.stderr)
            status = 2
            continue
        if args.check:
            for line, note in result.notes:
                print(f"{path}:{line}: {note}")
            if result.changes:
                print(_diff(result), end="")
                status = max(status, 1)
        else:
            if result.changes:
                path.write_bytes(result.updated)
            # Report lines as they are in the file now, after the removed comments.
            for line, text in sorted(
                [(change.call_line, f"# noqa: {change.codes}  {change.reason}")
                 for change in result.changes] + result.notes
            ):
                print(f"{path}:{result.line_after(line)}: {text}")
    return status


if __name__ == "__main__":
    sys.exit(main())
