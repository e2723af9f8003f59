"""The exit statuses every tool shares, and the one error that stops a tool before it starts."""

from __future__ import annotations

import argparse
import os
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
CLOSED_PIPE = 141
"""The reader of the output went away (``llo report | head -1``): 128 + SIGPIPE, as a
shell reports a process that a closed pipe ended."""


def epilog(found: str, both: bool = False) -> str:
    """The exit statuses a tool's ``--help`` lists, in order: *found* says what 1 means.

    *both*: the tool adds 1 and 2 up, so 3 means both (``check``, ``report``).
    """
    statuses = [
        f"{OK} nothing to report",
        f"{FOUND} {found}",
        f"{UNREADABLE} a file could not be read, parsed or written (the others were handled)",
        *([f"{FOUND | UNREADABLE} both 1 and 2"] if both else []),
        f"{CONFIGURATION} nothing was done: a bad command line or option value, a path that "
        "does not exist, or a baseline file that cannot be read as one",
        f"{INTERRUPTED} interrupted (Ctrl-C)",
        f"{CLOSED_PIPE} the output's reader went away (a closed pipe), without a word",
    ]
    return (
        "exit status: " + "; ".join(statuses) + ". Options the tool does not know are "
        "flake8's (--config, --select, --llo-baseline=, ...): give them as --option=value."
    )


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
    """Run a tool's *main*: a ``ToolError`` is its line and status, Ctrl-C one line and 130,
    a closed output pipe no word and 141.

    A configuration the runner cannot use is its line and ``CONFIGURATION``.
    """
    try:
        status = main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return status
    except BrokenPipeError:
        # The reader went away (``llo report | head -1``): end quietly, as a process
        # killed by SIGPIPE does, with no second error when Python flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return CLOSED_PIPE
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
