"""The exit statuses every tool shares, and the one error that stops a tool before it starts."""

from __future__ import annotations

import argparse
import sys
from typing import Callable, List, NoReturn, Optional, Sequence, Tuple

from ..flake8_adapter.runner import UnusableConfiguration

OK = 0
FOUND = 1
"""Findings (``check``), changes to make (``migrate --check``), stale entries (``baseline
check``), coverage below ``--fail-under`` (``report``)."""
UNREADABLE = 2
"""A file could not be read, parsed or written; the others were handled."""
CONFIGURATION = 4
"""Nothing was done: a bad command line or option value, a path that does not exist, or a
baseline file that cannot be read as one."""
INTERRUPTED = 130

EPILOG = f"""exit status: {OK} nothing to report; {FOUND} %s; {UNREADABLE} a file could not be \
read, parsed or written (the others were handled); {CONFIGURATION} nothing was done: a bad \
command line or option value, a path that does not exist, or a baseline file that cannot be \
read as one; {INTERRUPTED} interrupted (Ctrl-C). Options the tool does not know are flake8's \
(--config, --select, --llo-baseline=, ...): give them as --option=value."""


class ToolParser(argparse.ArgumentParser):
    """argparse, with a bad command line being status 4 like any other unusable input."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise ToolError(f"{self.prog}: error: {message}", CONFIGURATION)


class ToolError(Exception):
    """Stops a tool: the one line to print (empty: already printed) and the exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def run_tool(main: Callable[[Optional[Sequence[str]]], int], argv: Optional[Sequence[str]]) -> int:
    """Run a tool's *main*: a ``ToolError`` is its line and status, Ctrl-C one line and 130.

    A configuration the runner cannot use is its line and ``CONFIGURATION``.
    """
    try:
        return main(argv)
    except (ToolError, UnusableConfiguration) as error:
        if str(error):
            print(str(error), file=sys.stderr)
        return error.status if isinstance(error, ToolError) else CONFIGURATION
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return INTERRUPTED


def split_known(
    parser: argparse.ArgumentParser, argv: Optional[Sequence[str]]
) -> Tuple[argparse.Namespace, List[str]]:
    """The tool's own arguments, and the options it leaves to flake8 (``--opt=value``).

    A stray word among flake8's options is a path: it joins ``paths``.
    """
    args, rest = parser.parse_known_args(argv)
    flake8_args = [arg for arg in rest if arg.startswith("-")]
    args.paths = [*getattr(args, "paths", []), *(arg for arg in rest if not arg.startswith("-"))]
    return args, flake8_args
