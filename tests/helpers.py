"""Shared test helpers: run real flake8, in this process or as a subprocess, and read reports."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Sequence, Set, Tuple

from flake8.main.application import Application

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
EVAL_DIR = TESTS / "eval_files"

Report = Tuple[int, int, str, str]
"""line, column (1-based, as flake8 prints it), code, message after the code."""

_ERROR = re.compile(r"#\s*error:(?P<annotation>[^#]*)")
_EXPECTED = re.compile(r"^\s*(?P<code>LLO\d{3}):(?P<col>\d+)\s+(?P<message>\S.*?)\s*$")
_ARGS = re.compile(r"^#\s*flake8-args:(?P<args>.*)$", re.M)
_MIN_PY = re.compile(r"^#\s*minimum-python:\s*(?P<major>\d+)\.(?P<minor>\d+)\s*$", re.M)

FORMAT = "%(path)s:%(row)d:%(col)d:%(code)s:%(text)s"


_ABOVE = re.compile(r"^\s*#\s*\^\s*(?=error:)")


def expected_reports(source: str) -> Set[Report]:
    """The reports written in ``# error: CODE:col message`` comments, one comment per report.

    A comment line ``# ^ error: ...`` marks the nearest line above it that is not
    such a line itself: a noqa line, where a comment beside the noqa would be read as
    its reason.
    """
    expected = set()
    marked = 0
    for number, line in enumerate(source.splitlines(), start=1):
        above = _ABOVE.match(line)
        if above is None:
            marked = number
        else:
            number, line = marked, "# " + line[above.end():]
        for match in _ERROR.finditer(line):
            report = _EXPECTED.match(match.group("annotation"))
            if report is None:
                raise ValueError(f"line {number}: '# error:' needs CODE:col and the message")
            expected.add((number, int(report["col"]), report["code"], report["message"]))
    return expected


def header_args(source: str, here: Path = EVAL_DIR) -> List[str]:
    """The options a file asks for in its ``# flake8-args:`` lines; ``{here}`` is its folder."""
    return [
        arg.replace("{here}", str(here))
        for match in _ARGS.finditer(source)
        for arg in shlex.split(match.group("args"))
    ]


def runs_here(source: str) -> bool:
    """Whether the running Python can parse a file marked ``# minimum-python: X.Y``."""
    match = _MIN_PY.search(source)
    return match is None or sys.version_info >= (int(match["major"]), int(match["minor"]))


def eval_files() -> List[Path]:
    return [path for path in sorted(EVAL_DIR.glob("*.py")) if runs_here(path.read_text("utf-8"))]


def run_flake8(
    argv: Sequence[str], output: Path, report_format: str = FORMAT
) -> Tuple[int, List[str]]:
    """Run flake8 in this process; return its exit code and report lines."""
    output.unlink(missing_ok=True)  # flake8 appends to an output file
    app = Application()
    app.run([*argv, f"--output-file={output}", f"--format={report_format}"])
    text = output.read_text("utf-8") if output.exists() else ""
    return app.exit_code(), text.splitlines()


def parse_reports(lines: Sequence[str]) -> List[Tuple[str, int, int, str, str]]:
    """(path, row, col, code, text) for each line printed in ``FORMAT``."""
    reports = []
    for line in lines:
        path, row, col, code, text = _split(line)
        reports.append((path, int(row), int(col), code, text))
    return reports


_REPORT = re.compile(r"^(?P<path>.*?):(?P<row>\d+):(?P<col>\d+):(?P<code>[A-Z]+\d+):(?P<text>.*)$")


def _split(line: str) -> Tuple[str, str, str, str, str]:
    match = _REPORT.match(line)
    if match is None:
        raise ValueError(f"not a report line: {line!r}")
    return match["path"], match["row"], match["col"], match["code"], match["text"]


def flake8(
    *args: str, cwd: Path, input: Optional[str] = None
) -> subprocess.CompletedProcess[str]:
    """Run flake8 as its own process, as a user or CI would."""
    return subprocess.run(
        [sys.executable, "-m", "flake8", *args],
        cwd=cwd, input=input, capture_output=True, text=True, check=False,
    )
