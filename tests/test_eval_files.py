"""The main harness: real flake8 over annotated files in ``eval_files/``.

Each file marks the reports it must produce with ``# error: CODE:col`` on the
line where they appear (col as flake8 prints it, 1-based); every other line
must stay silent. ``# flake8-args:`` lines carry options for that file and
``# minimum-python: X.Y`` keeps newer syntax off older interpreters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import eval_files, expected_reports, header_args


@pytest.mark.parametrize("path", eval_files(), ids=lambda path: path.name)
def test_eval_file(path: Path, flake8_reports) -> None:
    source = path.read_text("utf-8")
    reports = flake8_reports([path], *header_args(source))
    reported = {(row, col, code) for row, col, code, _ in reports}
    expected = expected_reports(source)
    assert sorted(reported - expected) == [], "reported but not annotated"
    assert sorted(expected - reported) == [], "annotated but not reported"


def test_every_eval_file_expects_something() -> None:
    # A file whose annotations all vanished would pass vacuously.
    for path in eval_files():
        assert expected_reports(path.read_text("utf-8")), path.name
