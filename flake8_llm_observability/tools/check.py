"""``llo check``: this plugin's rules alone, printed exactly as ``flake8 --select=LLO`` prints them.

For the CI lane of a team whose linter has no plugins (ruff), and for a quick
run: flake8's configuration, file discovery, ``# noqa``, ``per-file-ignores``,
formatters (``--format``, ``--output-file``, ``--show-source``), ``--count``,
``--statistics`` and ``--exit-zero`` all apply, as flake8's own code does them;
pycodestyle and pyflakes do not run, and a file the prefilter rules out is not
even parsed. A file that cannot be read or parsed gets one line on stderr and
exit status 2 (added to 1 when there are findings), so a pre-commit hook never
passes a file it could not check.
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from ..flake8_adapter.runner import Flake8Printer, Runner
from .status import FOUND, OK, UNREADABLE, ToolParser, epilog, run_tool, split_known


def build_parser() -> argparse.ArgumentParser:
    check = ToolParser(
        prog="llo check",
        description="Report this plugin's findings as flake8 --select=LLO would, without "
        "running flake8's other checks.",
        epilog=epilog("findings reported", both=True),
    )
    check.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (default: the current folder)"
    )
    return check


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run_tool(_main, argv)


def _main(argv: Optional[Sequence[str]]) -> int:
    args, flake8_args = split_known(build_parser(), argv)
    runner = Runner(args.paths, ["--select=LLO", *flake8_args], prog="llo check")
    options = runner.options
    printer = Flake8Printer(runner)
    count = 0
    status = OK
    for result in runner.run():
        if result.error:
            print(f"{result.path}: {result.error}: not checked", file=sys.stderr)
            status = UNREADABLE
            continue
        count += printer.print(
            result, [v for v in result.verdicts if v.suppressed_by != "baseline"]
        )
    printer.stop()
    if options.count:
        print(count)
    return status | (FOUND if count and not options.exit_zero else OK)
