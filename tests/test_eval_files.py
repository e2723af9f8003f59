"""The main harness: real flake8 over annotated files in ``eval_files/``.

Each file marks the reports it must produce with ``# error: CODE:col`` on the
line where they appear (col as flake8 prints it, 1-based); every other line
must stay silent. ``# flake8-args:`` lines carry options for that file and
``# minimum-python: X.Y`` keeps newer syntax off older interpreters. Files
with the same options are checked in one flake8 run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import eval_files, expected_reports


@pytest.mark.parametrize("path", eval_files(), ids=lambda path: path.name)
def test_eval_file(path: Path, eval_reports) -> None:
    reported = {(row, col, code) for row, col, code, _ in eval_reports[path]}
    expected = expected_reports(path.read_text("utf-8"))
    assert sorted(reported - expected) == [], "reported but not annotated"
    assert sorted(expected - reported) == [], "annotated but not reported"


def test_every_eval_file_expects_something() -> None:
    # A file whose annotations all vanished would pass vacuously.
    for path in eval_files():
        assert expected_reports(path.read_text("utf-8")), path.name
