"""Shared helpers: run real flake8, in process, and read its reports."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path
from typing import List, Sequence, Set, Tuple

import pytest
from flake8.main.application import Application

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(__file__).resolve().parent / "eval_files"

Report = Tuple[int, int, str]

_ERROR = re.compile(r"#\s*error:\s*(?P<codes>[^#]+)")
_EXPECTED = re.compile(r"(?P<code>LLO\d{3}):(?P<col>\d+)")
_ARGS = re.compile(r"^#\s*flake8-args:(?P<args>.*)$", re.M)
_MIN_PY = re.compile(r"^#\s*minimum-python:\s*(?P<major>\d+)\.(?P<minor>\d+)\s*$", re.M)

_FORMAT = "%(row)d:%(col)d:%(code)s:%(text)s"


def expected_reports(source: str) -> Set[Report]:
    """The (line, column, code) set written in ``# error: CODE:col, ...`` comments."""
    expected = set()
    for number, line in enumerate(source.splitlines(), start=1):
        match = _ERROR.search(line)
        if match:
            codes = _EXPECTED.findall(match.group("codes"))
            if not codes:
                raise ValueError(f"line {number}: '# error:' without CODE:col entries")
            expected.update((number, int(col), code) for code, col in codes)
    return expected


def header_args(source: str) -> List[str]:
    return [arg for match in _ARGS.finditer(source) for arg in shlex.split(match.group("args"))]


def runs_here(source: str) -> bool:
    match = _MIN_PY.search(source)
    return match is None or sys.version_info >= (int(match["major"]), int(match["minor"]))


def eval_files() -> List[Path]:
    return [path for path in sorted(EVAL_DIR.glob("*.py")) if runs_here(path.read_text("utf-8"))]


def run_flake8(
    argv: Sequence[str], output: Path, report_format: str = _FORMAT
) -> Tuple[int, List[str]]:
    """Run flake8 in this process; return its exit code and report lines."""
    app = Application()
    app.run([*argv, f"--output-file={output}", f"--format={report_format}"])
    text = output.read_text("utf-8") if output.exists() else ""
    return app.exit_code(), text.splitlines()


def parse_reports(lines: Sequence[str]) -> List[Tuple[int, int, str, str]]:
    reports = []
    for line in lines:
        row, col, code, text = line.split(":", 3)
        reports.append((int(row), int(col), code, text))
    return reports


@pytest.fixture
def flake8_reports(tmp_path: Path):
    """Run flake8 (isolated from any config, LLO codes only) on files or source."""

    def run(paths: Sequence[Path], *args: str) -> List[Tuple[int, int, str, str]]:
        argv = ["--isolated", "--select=LLO", "--jobs=1", *args, *map(str, paths)]
        _, lines = run_flake8(argv, tmp_path / "flake8-output.txt")
        return parse_reports(lines)

    return run
