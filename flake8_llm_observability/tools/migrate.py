"""Turn home-grown exemption comments into ``# noqa`` comments that flake8 honours.

Usage: ``python -m flake8_llm_observability.migrate [--check] PATH...``

A comment line ``# OBSERVABILITY: ... tracking not needed ...`` applies to the
whole statement that starts on the next line that is neither blank nor a
comment: a simple statement over all its lines, or a compound statement's
header (``if``, ``with``, ``for``...), not its body. Every LLO finding whose
call starts in that span gets ``# noqa: <codes>  <reason>`` where flake8 will
honour it (the reported line, or the last line of a backslash continuation or
multi-line string that the reported line is part of), and the comment line
goes. Codes of findings on one line merge into one noqa; a line with a noqa
already keeps its codes and gains the new ones.

Findings are what flake8 would report under the project's configuration, from
the plugin's own analysis (``runner``). After rewriting, the file is checked
again: if a targeted finding would still be reported, it is left unchanged and
one line says why. A file that does not parse is never changed; every other
byte of a file is kept (encoding, BOM, line endings), and it is written through
a temporary file, so it is never half-written.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import re
import sys
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Set, Tuple, Union


from ..core.fingerprints import Point, span_of
from .files import write_atomically
from ..flake8_adapter.runner import NOQA_INLINE, Runner, Verdict
from .status import ToolParser, epilog, run_tool, split_known

EXEMPTION = re.compile(
    r"#\s*(?P<prefix>.*?)OBSERVABILITY:\s*(?P<reason>.*?tracking not needed.*?)\s*$", re.I
)
"""The marker anywhere in a comment: ``# Run it - OBSERVABILITY: tracking not needed``."""
_SEPARATORS = " \t-–—:;,."
MARKER = re.compile(r"observability:", re.I)
_NOT_CODE = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}


@dataclass
class Result:
    """What happened to one file: its new bytes, or why it was left alone."""

    path: Path
    original: bytes
    updated: bytes
    encoding: str
    added: List[Tuple[int, str]] = field(default_factory=list)
    """(line as it is after the change, the noqa comment written there)."""
    notes: List[Tuple[int, str]] = field(default_factory=list)
    """(line as it is now, why a comment is left alone)."""
    notes_after: Optional[List[Tuple[int, str]]] = None
    """The same notes, with their lines as they are after the change (None: no change)."""
    error: Optional[str] = None


def _physical_lines(text: str) -> List[str]:
    """Lines as Python counts them (ended by CRLF, CR or LF only), endings kept."""
    return io.StringIO(text, newline="").readlines()


def _split_ending(line: str) -> Tuple[str, str]:
    for ending in ("\r\n", "\r", "\n"):
        if line.endswith(ending):
            return line[: -len(ending)], ending
    return line, ""


def _tokens(text: str) -> List[tokenize.TokenInfo]:
    return list(tokenize.generate_tokens(iter(_physical_lines(text)).__next__))


class ExemptionComment(NamedTuple):
    """An exemption comment: where it is, what it says, and the statement it covers."""

    line: int
    prefix: str
    """The comment's own words before the marker, kept as a comment."""
    reason: str
    code_line: int
    """The line of the next code token (0: none); for a marker after code, 0."""
    after_code: bool


def exemption_comments(tokens: Sequence[tokenize.TokenInfo]) -> List[ExemptionComment]:
    """Each exemption comment, with the line of the next code token after it.

    Tokens, not a regex over lines, so that text inside a string never counts.
    """
    found = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.COMMENT:
            continue
        match = EXEMPTION.match(token.string)
        if match is None:
            continue
        after_code = bool(token.line[: token.start[1]].strip())
        following = 0 if after_code else next(
            (t.start[0] for t in tokens[index + 1:] if t.type not in _NOT_CODE), 0
        )
        prefix = match.group("prefix").rstrip(_SEPARATORS)
        found.append(
            ExemptionComment(token.start[0], prefix, match.group("reason"), following, after_code)
        )
    return found


def marker_only_lines(tokens: Sequence[tokenize.TokenInfo]) -> List[int]:
    """Comments with the marker but not the words "tracking not needed": left alone, said so."""
    return [
        token.start[0]
        for token in tokens
        if token.type == tokenize.COMMENT
        and MARKER.search(token.string)
        and not EXEMPTION.match(token.string)
    ]


def noqa_lines(tokens: Sequence[tokenize.TokenInfo]) -> Dict[int, int]:
    """For each line, the last line of the stretch flake8 reads its ``# noqa`` from.

    flake8 joins the lines between two line-ending tokens: a backslash
    continuation, or a string spanning lines, shares one noqa comment, which
    must then sit on the stretch's last line.
    """
    last_of: Dict[int, int] = {}
    first, last = None, 0
    for token in tokens:
        if token.type in (tokenize.ENDMARKER, tokenize.DEDENT):
            continue
        first = token.start[0] if first is None else min(first, token.start[0])
        last = max(last, token.end[0])
        if token.type in (tokenize.NL, tokenize.NEWLINE):
            for line in range(first, last + 1):
                last_of[line] = last
            first, last = None, 0
    return last_of


def statement_spans(tree: ast.AST, line: int) -> List[Tuple[Point, Point]]:
    """The spans of the outermost statements starting on *line* (headers of compound ones)."""
    spans = []
    todo: List[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.stmt):
                todo.append(child)  # an except clause or a case holds statements too
                continue
            begins = min([child.lineno] + [d.lineno for d in getattr(child, "decorator_list", ())])
            ends = child.end_lineno or child.lineno
            if begins == line:
                spans.append(span_of(child))
            elif begins < line <= ends:
                todo.append(child)
    return spans


def _in(point: Point, span: Tuple[Point, Point]) -> bool:
    """A header's span ends where its body starts; a simple statement's, past its last token."""
    return span[0] <= point < span[1]


def merge_noqa(body: str, codes: Sequence[str], reason: str) -> str:
    """*body* with a ``# noqa`` naming *codes*: added, or merged into the one it has."""
    if re.match(r"[A-Za-z]+[0-9]+", reason):
        reason = "- " + reason  # flake8 would read a first word like "e2e" as a code
    match = NOQA_INLINE.search(body)
    if match is None:
        return f"{body}  # noqa: {','.join(codes)}  {reason}".rstrip()
    existing = re.split(r"[,\s]+", match.group("codes") or "")
    merged = ",".join(sorted({c for c in existing if c} | set(codes)))
    rest = body[match.end():].rstrip()
    tail = f"{rest}; {reason}" if rest.strip() else f"  {reason}"
    return f"{body[:match.start()]}# noqa: {merged}{tail}".rstrip()


class Note(str):
    """Why a comment is not migrated: a line of the tool's output."""


def migrate(runner: Runner, path: Path, original: bytes) -> Result:
    """Plan, apply and re-check the rewrite of one file; never raises on bad source."""
    encoding = "utf-8"
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(original).readline)
        text = original.decode(encoding)
        if not MARKER.search(text):
            return Result(path, original, original, encoding)
        tree = ast.parse(original, filename=str(path))
        tokens = _tokens(text)
    except (SyntaxError, ValueError, UnicodeDecodeError, tokenize.TokenError,
            RecursionError, MemoryError) as error:
        reason = f"{type(error).__name__}: {error}".splitlines()[0]
        return Result(path, original, original, encoding, error=f"cannot parse ({reason})")
    checked = runner.check(str(path))
    reported = [verdict for verdict in checked.verdicts if verdict.reported]
    last_of = noqa_lines(tokens)
    lines = _physical_lines(text)
    result = Result(path, original, original, encoding)
    limit = _line_limit(runner, str(path))
    planned: Dict[int, Tuple[Set[str], str]] = {}
    """Per line that gets a noqa: its codes, and the reason of the first comment about it."""
    rewritten: Dict[int, Optional[str]] = {}
    """Per migrated comment line: what replaces it (None: nothing, the line goes)."""
    reasons_above: Set[int] = set()
    """Comment lines that now hold the reason of a noqa too long to carry it."""
    targeted: List[Verdict] = []
    for comment_line in marker_only_lines(tokens):
        result.notes.append((comment_line, 'the marker without "tracking not needed"; not '
                             "migrated: say why tracking is not needed, or remove the marker"))
    for exemption in exemption_comments(tokens):
        comment_line = exemption.line
        if exemption.after_code:
            result.notes.append((comment_line, "the marker follows code on this line; not "
                                 "migrated: put the comment on a line of its own above"))
            continue
        spans = statement_spans(tree, exemption.code_line) if exemption.code_line else []
        hits = [
            verdict for verdict in reported
            if any(_in((verdict.finding.line, verdict.finding.col), span) for span in spans)
        ]
        if not hits:
            result.notes.append((comment_line, "no finding in the statement below; comment kept"))
            continue
        trial = {target: (set(codes), reason) for target, (codes, reason) in planned.items()}
        for verdict in hits:
            target = last_of.get(verdict.finding.line, verdict.finding.line)
            trial.setdefault(target, (set(), exemption.reason))[0].add(verdict.finding.code)
        ours = sorted({last_of.get(v.finding.line, v.finding.line) for v in hits})
        fitted = _fit(lines, trial, ours, exemption, limit)
        if isinstance(fitted, Note):
            result.notes.append((comment_line, fitted))
            continue
        planned = trial
        rewritten[comment_line], moved = fitted
        if moved:
            reasons_above.add(comment_line)
        targeted.extend(hits)
    if not planned:
        return result
    for target, (codes, reason) in planned.items():
        body, ending = _split_ending(lines[target - 1])
        lines[target - 1] = merge_noqa(body, sorted(codes), reason) + ending
    for comment_line in sorted(rewritten, reverse=True):
        replacement = rewritten[comment_line]
        if replacement is None:
            del lines[comment_line - 1]
        else:
            lines[comment_line - 1] = replacement + _split_ending(lines[comment_line - 1])[1]
    removed = [line for line, replacement in rewritten.items() if replacement is None]
    # Check again, as flake8 will: every targeted finding must now be silenced.
    again = runner.check(str(path), lines=_universal(lines))
    still = {v.fingerprint for v in again.verdicts if v.reported}
    for verdict in targeted:
        if verdict.fingerprint in still:
            finding = verdict.finding
            result.notes = [(
                finding.line,
                f"{finding.code} would still be reported here after the rewrite; "
                "file left unchanged",
            )]
            return result
    result.updated = "".join(lines).encode(encoding)

    def after(line: int) -> int:
        return line - sum(gone < line for gone in removed)

    for target in sorted(planned):
        written = _split_ending(lines[after(target) - 1])[0]
        match = NOQA_INLINE.search(written)
        result.added.append((after(target), written[match.start():] if match else written))
    for line in sorted(reasons_above):
        result.added.append((after(line), lines[after(line) - 1].strip()))
    result.notes_after = [(after(line), note) for line, note in result.notes]
    return result


def _line_limit(runner: Runner, path: str) -> Optional[int]:
    """flake8's max-line-length, when E501 is reported for *path*; else no limit."""
    if not runner.selects("E501", path):
        return None
    return int(getattr(runner.options, "max_line_length", 79))


def _fit(
    lines: List[str],
    planned: Dict[int, Tuple[Set[str], str]],
    targets: Sequence[int],
    exemption: ExemptionComment,
    limit: Optional[int],
) -> Union[Note, Tuple[Optional[str], bool]]:
    """Fit one comment's noqa comments within the line limit.

    A line too long with the reason gets a bare ``# noqa: CODES`` and the
    reason moves to the comment line above; a line too long even so means the
    comment is not migrated. Answers what replaces the comment line (None: it
    goes) and whether it holds a reason moved up, or, as a ``Note``, why the
    comment stays.
    """
    old = _split_ending(lines[exemption.line - 1])[0]
    indent = old[: len(old) - len(old.lstrip())]
    moved: List[str] = []
    for target in targets:
        codes, reason = planned[target]
        body = _split_ending(lines[target - 1])[0]
        if _fits(merge_noqa(body, sorted(codes), reason), body, limit):
            continue
        if not _fits(merge_noqa(body, sorted(codes), ""), body, limit):
            return Note(f"a noqa would take the statement below past max-line-length ({limit}); "
                        "not migrated")
        planned[target] = (codes, "")
        moved.extend(sorted(codes))
    words = exemption.prefix
    if moved:
        codes_text = ",".join(sorted(set(moved)))
        words = f"{words} - " if words else ""
        words += f"{codes_text}: {exemption.reason}"
    if not words:
        return None, False
    replacement = f"{indent}# {words}"
    if not _fits(replacement, old, limit):
        return Note(f"the reason would take this comment past max-line-length ({limit}); "
                    "not migrated")
    return replacement, bool(moved)


def _fits(new: str, old: str, limit: Optional[int]) -> bool:
    """Whether *new* makes no new E501: within the limit, or no longer than a line over it."""
    return limit is None or len(new) <= limit or len(new) <= len(old)


def _universal(lines: Sequence[str]) -> List[str]:
    """Lines as flake8 reads a file: with plain ``\\n`` endings."""
    return [_split_ending(line)[0] + ("\n" if _split_ending(line)[1] else "") for line in lines]


def _diff(result: Result) -> str:
    before = _physical_lines(result.original.decode(result.encoding))
    after = _physical_lines(result.updated.decode(result.encoding))
    return "".join(difflib.unified_diff(before, after, f"{result.path}", f"{result.path}"))


def build_parser() -> argparse.ArgumentParser:
    parser = ToolParser(
        prog="llo migrate",
        epilog=epilog("with --check, something would change"),
        description="Rewrite '# OBSERVABILITY: ... tracking not needed' comments "
        "into '# noqa: <codes>  <reason>' where flake8 honours them.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parser.add_argument(
        "--check", action="store_true",
        help="print what would change and exit 1 if anything would; change nothing",
    )
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run_tool(_main, argv)


def _main(argv: Optional[Sequence[str]]) -> int:
    parser = build_parser()
    args, flake8_args = split_known(parser, argv)
    # The baseline must not hide findings: a comment's finding may be baselined too.
    runner = Runner(args.paths, flake8_args, use_baseline=False, prog="llo migrate")
    status = 0
    for name in runner.files():
        path = Path(name)
        try:
            original = path.read_bytes()
        except OSError as error:
            print(f"{path}: cannot read ({error.strerror}); left unchanged", file=sys.stderr)
            status = 2
            continue
        result = migrate(runner, path, original)
        if result.error:
            print(f"{path}: {result.error}; left unchanged", file=sys.stderr)
            status = 2
            continue
        changed = result.updated != result.original
        if args.check:
            for line, note in sorted(result.notes):
                print(f"{path}:{line}: {note}")
            if changed:
                print(_diff(result), end="")
            status = max(status, int(changed))
        else:
            status = max(status, _apply(path, result, changed))
    return status


def _apply(path: Path, result: Result, changed: bool) -> int:
    """Write the file if it changed, and say what was written or kept; the exit status."""
    if changed:
        try:
            write_atomically(str(path), result.updated)
        except OSError as error:
            print(f"{path}: cannot write ({error.strerror}); left unchanged", file=sys.stderr)
            return 2
    notes = result.notes if result.notes_after is None else result.notes_after
    for line, text in sorted(result.added + notes):
        print(f"{path}:{line}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
