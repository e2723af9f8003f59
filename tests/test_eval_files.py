"""The main harness: real flake8 over annotated files in ``eval_files/``.

Each file marks the reports it must produce with ``# error: CODE:col`` on the
line where they appear (col as flake8 prints it, 1-based); every other line
must stay silent. ``# flake8-args:`` lines carry options for that file and
``# minimum-python: X.Y`` keeps newer syntax off older interpreters. Files
with the same options are checked in one flake8 run. A failure shows the
whole file's difference, a line per report: ``line:col code message | source``.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Sequence, Set, Tuple

import pytest

from .helpers import eval_files, expected_reports


def difference(
    source: str, reported: Sequence[Tuple[int, int, str, str]], expected: Set[Tuple[int, int, str]]
) -> List[str]:
    """``-`` for an annotated report flake8 did not make, ``+`` for one it made unannotated."""
    lines = source.splitlines()
    messages = {(row, col, code): text for row, col, code, text in reported}

    def shown(sign: str, row: int, col: int, code: str) -> str:
        text = messages.get((row, col, code), "(not reported)")
        return f"{sign} {row}:{col} {code} {text.strip()} | {lines[row - 1].strip()}"

    return sorted(
        [shown("-", *key) for key in expected - messages.keys()]
        + [shown("+", *key) for key in messages.keys() - expected],
        key=lambda line: int(line[2:].split(":", 1)[0]),
    )


@pytest.mark.parametrize("path", eval_files(), ids=lambda path: path.name)
def test_eval_file(path: Path, eval_reports) -> None:
    source = path.read_text("utf-8")
    diff = difference(source, eval_reports[path], expected_reports(source))
    assert not diff, "\n".join([f"{path.name}: - annotated, not reported; + reported, not "
                                "annotated", *diff])


def test_a_difference_names_message_and_source() -> None:
    source = "import litellm\nlitellm.completion()\nlitellm.embedding()  # error: LLO003:1\n"
    reported = [(2, 1, "LLO003", "direct litellm.completion() call - use g() instead")]
    assert difference(source, reported, {(3, 1, "LLO003")}) == [
        "+ 2:1 LLO003 direct litellm.completion() call - use g() instead | litellm.completion()",
        "- 3:1 LLO003 (not reported) | litellm.embedding()  # error: LLO003:1",
    ]


def test_every_eval_file_expects_something() -> None:
    # A file whose annotations all vanished would pass vacuously.
    for path in eval_files():
        assert expected_reports(path.read_text("utf-8")), path.name
