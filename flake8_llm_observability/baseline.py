"""A baseline: today's findings frozen as known debt, suppressed wherever flake8 runs.

Usage::

    python -m flake8_llm_observability.baseline write [--prune] [--baseline FILE] [PATH ...]
    python -m flake8_llm_observability.baseline check [--baseline FILE] [PATH ...]

``write`` records what flake8 reports today under the project's configuration
(``--prune`` instead drops the entries that match nothing any more, and adds
nothing); ``check`` exits 1 and lists those stale entries, so the file only
shrinks. With ``llo-baseline = FILE`` in the flake8 configuration, the plugin
suppresses the findings the file lists, in the editor, pre-commit and CI alike.

Entries are keyed by fingerprints (``fingerprints``) that survive moved code
and edits elsewhere; the line and message are kept for people reading it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

from .fingerprints import relative_path

DEFAULT_FILE = ".llo-baseline.json"
VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be used; its text is one line."""


@dataclass(frozen=True)
class Entry:
    code: str
    path: str
    fingerprint: str
    line: int
    message: str

    def as_json(self) -> Dict[str, Any]:
        return {
            "code": self.code,
            "fingerprint": self.fingerprint,
            "line": self.line,
            "message": self.message,
            "path": self.path,
        }


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline file: its entries, and the folder its paths are relative to."""

    path: str
    entries: Tuple[Entry, ...]
    fingerprints: FrozenSet[str]

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)


def load(path: str) -> Baseline:
    """Read a baseline file; raise BaselineError saying what is wrong in one line."""
    path = os.path.abspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise BaselineError(f"cannot read {path!r}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path!r} is not a baseline file: it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        problem = str(error).splitlines()[0]
        raise BaselineError(f"{path!r} is not a baseline file: {problem}") from None
    entries = _entries(data, path)
    return Baseline(path, entries, frozenset(entry.fingerprint for entry in entries))


def _entries(data: Any, path: str) -> Tuple[Entry, ...]:
    def bad(problem: str) -> BaselineError:
        return BaselineError(f"{path!r} is not a baseline file: {problem}")

    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise bad(f'expected an object with "version": {VERSION}')
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise bad('expected a "findings" list')
    entries = []
    for index, item in enumerate(findings):
        if not isinstance(item, dict):
            raise bad(f"finding {index} is not an object")
        try:
            entry = Entry(
                str(item["code"]), str(item["path"]), str(item["fingerprint"]),
                int(item.get("line", 0)), str(item.get("message", "")),
            )
        except (KeyError, TypeError, ValueError):
            raise bad(f"finding {index} needs a code, a path and a fingerprint") from None
        entries.append(entry)
    return tuple(entries)


def dumps(entries: Sequence[Entry]) -> str:
    """The file's text: sorted and stable, so it diffs cleanly in review."""
    ordered = sorted(
        set(entries), key=lambda e: (e.path, e.line, e.code, e.fingerprint, e.message)
    )
    data = {
        "version": VERSION,
        "tool": "flake8-llm-observability",
        "findings": [entry.as_json() for entry in ordered],
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_atomically(path: str, data: bytes) -> None:
    """Write through a temporary file in the same folder, then rename: never half-written.

    The file keeps its permissions; a read-only file is refused, even for a
    user who could write it anyway (a rename would otherwise replace it).
    """
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
    if mode is not None and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise PermissionError(13, "the file is read-only", path)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".llo-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flake8_llm_observability.baseline",
        description="Freeze today's findings as known debt, and check that the debt only shrinks.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write", help="write the baseline with today's findings")
    write.add_argument(
        "--prune", action="store_true",
        help="only drop the entries that match nothing any more; add nothing",
    )
    check = commands.add_parser("check", help="exit 1 and list the entries that match nothing")
    for command in (write, check):
        command.add_argument(
            "--baseline", metavar="FILE",
            help=f"the baseline file (default: llo-baseline from the flake8 configuration, "
            f"else {DEFAULT_FILE})",
        )
        command.add_argument("paths", nargs="*", metavar="PATH", help="files and folders")
    args = parser.parse_args(argv)

    # Imported here: the checker imports this module to load the baseline file.
    from .checker import Checker
    from .runner import Runner

    # Read flake8's configuration first: it may name the baseline file.
    runner = Runner(args.paths, use_baseline=False)
    target = os.path.abspath(args.baseline or Checker.config.baseline or DEFAULT_FILE)
    runner.folder = os.path.dirname(target)
    previous: Optional[Baseline] = None
    if args.command == "check" or args.prune:
        try:
            previous = load(target)
        except BaselineError as error:
            print(f"{parser.prog}: {error}", file=sys.stderr)
            return 2
    status = 0
    current: List[Entry] = []
    unchecked = set()
    for result in runner.run():
        if result.error:
            print(f"{result.path}: {result.error}", file=sys.stderr)
            unchecked.add(relative_path(result.path, runner.folder))
            status = 2
            continue
        for verdict in result.verdicts:
            if verdict.reported:
                finding = verdict.finding
                current.append(Entry(
                    finding.code, relative_path(result.path, runner.folder), verdict.fingerprint,
                    finding.line, finding.message[len(finding.code) + 1:],
                ))
    found = {entry.fingerprint for entry in current}
    if previous is None:
        return _write(target, current, status)
    # Entries of files that could not be checked are neither stale nor dropped.
    stale = [
        entry for entry in previous.entries
        if entry.fingerprint not in found and entry.path not in unchecked
    ]
    if args.command == "write":
        kept = [entry for entry in previous.entries if entry not in stale]
        print(f"{_shown(target)}: dropped {len(stale)} stale of {len(previous.entries)} entries")
        return _write(target, kept, status, announce=False)
    for entry in stale:
        print(f"{entry.path}:{entry.line}: {entry.code} stale baseline entry {entry.fingerprint}: "
              "it matches no finding any more")
    known = previous.fingerprints
    new = sum(fingerprint not in known for fingerprint in found)
    print(f"{_shown(target)}: {len(previous.entries)} entries, {len(stale)} stale; "
          f"{new} finding(s) not in the baseline")
    if stale:
        print(f"run: {parser.prog} write --prune", file=sys.stderr)
        status = max(status, 1)
    return status


def _shown(path: str) -> str:
    return os.path.relpath(path)


def _write(target: str, entries: Sequence[Entry], status: int, announce: bool = True) -> int:
    try:
        write_atomically(target, dumps(entries).encode("utf-8"))
    except OSError as error:
        print(f"{_shown(target)}: cannot write ({error.strerror or error}); left unchanged",
              file=sys.stderr)
        return 2
    if announce:
        print(f"{_shown(target)}: {len(set(entries))} findings")
    return status


if __name__ == "__main__":
    sys.exit(main())
