"""``llo``: one command for the plugin's tools (``check``, ``baseline``, ``report``, ``migrate``).

Each subcommand is the tool's own ``main`` with the rest of the command line;
``python -m flake8_llm_observability.<tool>`` runs the same code.
"""

from __future__ import annotations

import sys
from typing import Callable, Dict, Optional, Sequence

from . import baseline, check, migrate, report
from .status import CONFIGURATION

COMMANDS: Dict[str, Callable[[Optional[Sequence[str]]], int]] = {
    "check": check.main,
    "baseline": baseline.main,
    "report": report.main,
    "migrate": migrate.main,
}
USAGE = """\
usage: llo {check,baseline,report,migrate} ...

  check     this plugin's findings, printed as flake8 --select=LLO prints them
  baseline  write or check the baseline of known findings
  report    how much agent work is wired, per folder
  migrate   turn home-grown exemption comments into # noqa comments

llo COMMAND --help describes each command and its exit statuses.
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or words[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0 if words else CONFIGURATION
    command = COMMANDS.get(words[0])
    if command is None:
        print(f"llo: unknown command {words[0]!r}\n{USAGE}", end="", file=sys.stderr)
        return CONFIGURATION
    return command(words[1:])
