"""``llo baseline``: freeze today's findings as known debt, and check that the debt only shrinks.

Usage::

    llo baseline write [--prune] [--baseline FILE] [PATH ...]
    llo baseline check [--baseline FILE] [PATH ...]

PATH (default: the current folder) says which files the command is about: an
entry whose file lies under a PATH is in scope, every other entry is kept as
it is. ``write`` replaces the in-scope entries with what flake8 reports today
under the project's configuration; ``write --prune`` only drops in-scope
entries that match nothing any more, and adds nothing; ``check`` lists those
stale in-scope entries and exits 1, so the file only shrinks. An entry this run
could not have found (its file could not be read or parsed, or its code is not
reported there: ``extend-ignore``, ``per-file-ignores``, ``--select``) is neither
stale nor replaced.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional, Sequence, Set

from ..core.baseline_file import (
    DEFAULT_FILE, Baseline, BaselineError, Entry, dumps, load, under,
)
from ..core.fingerprints import relative_path
from .files import write_atomically
from ..flake8_adapter.runner import Runner
from .status import (
    CONFIGURATION,
    epilog,
    FOUND,
    OK,
    UNREADABLE,
    ToolError,
    ToolParser,
    run_tool,
    split_known,
)

PROG = "llo baseline"


def build_parser() -> argparse.ArgumentParser:
    top = ToolParser(
        prog=PROG,
        description="Freeze today's findings as known debt, and check that the debt only shrinks.",
    )
    commands = top.add_subparsers(dest="command", required=True)
    write = commands.add_parser(
        "write", help="record today's findings for the files under PATH",
        epilog=epilog("never"),
    )
    write.add_argument(
        "--prune", action="store_true",
        help="only drop the entries under PATH that match nothing any more; add nothing",
    )
    check = commands.add_parser(
        "check", help="list the entries under PATH that match nothing any more",
        epilog=epilog("stale entries under PATH"),
    )
    for command in (write, check):
        command.add_argument(
            "--baseline", metavar="FILE",
            help=f"the baseline file (default: llo-baseline from the flake8 configuration, "
            f"else {DEFAULT_FILE})",
        )
        command.add_argument(
            "paths", nargs="*", metavar="PATH",
            help="files and folders whose entries the command is about (default: the "
            "current folder); entries of files elsewhere are kept untouched",
        )
    return top


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run_tool(_main, argv)


def _main(argv: Optional[Sequence[str]]) -> int:
    args, flake8_args = split_known(build_parser(), argv)
    if "--llo-baseline=" in flake8_args and not args.baseline:
        # An empty value switches the baseline off for flake8; here it names no file to use.
        raise ToolError(f"{PROG}: --llo-baseline= names no file: give the file with "
                        "--baseline FILE or a value of --llo-baseline", CONFIGURATION)
    # flake8's configuration first: it may name the baseline file.
    runner = Runner(args.paths, flake8_args, use_baseline=False, prog=PROG)
    target = os.path.abspath(args.baseline or runner.config.baseline or DEFAULT_FILE)
    runner.folder = os.path.dirname(target)
    previous = _previous(target, must_exist=args.command == "check")
    scope = [relative_path(path, runner.folder) for path in (args.paths or ["."])]

    status = OK
    current: List[Entry] = []
    unchecked: Set[str] = set()
    for result in runner.run():
        path = relative_path(result.path, runner.folder)
        if result.error:
            print(f"{result.path}: {result.error}", file=sys.stderr)
            unchecked.add(path)
            status = UNREADABLE
            continue
        for verdict in result.verdicts:
            if verdict.reported:
                finding = verdict.finding
                current.append(Entry(
                    finding.code, path, verdict.fingerprint,
                    finding.line, finding.text,
                ))
    found = {entry.fingerprint for entry in current}
    old = previous.entries if previous is not None else ()
    in_scope = [entry for entry in old if under(entry.path, scope)]
    kept = [entry for entry in old if not under(entry.path, scope)]

    def checked(entry: Entry) -> bool:
        """Whether this run could have found the entry's finding: its file was read and
        parsed, and its code is reported there (not ignored, not outside --select)."""
        if entry.path in unchecked:
            return False
        return runner.selects(entry.code, os.path.join(runner.folder, entry.path))

    # Entries this run could not have found are neither stale nor replaced.
    unjudged = [e for e in in_scope if not checked(e)]
    stale = [e for e in in_scope if e.fingerprint not in found and checked(e)]
    if args.command == "write" and not args.prune:
        entries = [*kept, *unjudged, *current]
        return max(status, _write(target, entries, f"{len(set(current))} findings under "
                                  f"{', '.join(scope)}; {len(kept)} entries elsewhere kept"))
    if args.command == "write":
        entries = [entry for entry in old if entry not in stale]
        return max(status, _write(target, entries, f"dropped {len(stale)} stale of "
                                  f"{len(in_scope)} entries under {', '.join(scope)}"))
    for entry in stale:
        print(f"{entry.path}:{entry.line}: {entry.code} stale baseline entry {entry.fingerprint}: "
              "it matches no finding any more")
    known = previous.fingerprints if previous is not None else frozenset()
    new = sum(fingerprint not in known for fingerprint in found)
    print(f"{_shown(target)}: {len(in_scope)} entries under {', '.join(scope)}, {len(stale)} "
          f"stale; {new} finding(s) not in the baseline")
    if stale:
        print(f"run: {PROG} write --prune" + "".join(f" {path}" for path in args.paths),
              file=sys.stderr)
        status = max(status, FOUND)
    return status


def _previous(target: str, must_exist: bool) -> Optional[Baseline]:
    """The baseline as it is: None when there is none yet (an error for ``check``)."""
    if not os.path.lexists(target) and not must_exist:
        return None
    try:
        return load(target)
    except BaselineError as error:
        raise ToolError(f"{PROG}: {error}", CONFIGURATION) from None


def _shown(path: str) -> str:
    return os.path.relpath(path)


def _write(target: str, entries: Sequence[Entry], what: str) -> int:
    try:
        write_atomically(target, dumps(entries).encode("utf-8"))
    except OSError as error:
        print(f"{_shown(target)}: cannot write ({error.strerror or error}); left unchanged",
              file=sys.stderr)
        return UNREADABLE
    print(f"{_shown(target)}: {what}; {len(set(entries))} entries in all")
    return OK


if __name__ == "__main__":  # pragma: no cover - python -m runs the top-level module
    sys.exit(main())
