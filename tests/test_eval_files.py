"""The main harness: real flake8 over annotated files in ``eval_files/``.

Each file marks the reports it must produce with ``# error: CODE:col message``
on the line where they appear (col as flake8 prints it, 1-based; the message as
flake8 prints it after the code), one such comment per report; every other line
must stay silent. ``# flake8-args:`` lines carry options for that file and
``# minimum-python: X.Y`` keeps newer syntax off older interpreters. Files
with the same options are checked in one flake8 run. A failure shows the
whole file's difference, a line per report: ``line:col code message | source``.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Sequence, Set

import pytest

from .helpers import Report, eval_files, expected_reports


def difference(source: str, reported: Sequence[Report], expected: Set[Report]) -> List[str]:
    """``-`` for an annotated report flake8 did not make, ``+`` for one it made unannotated.

    A report whose message differs from its annotation shows as both.
    """
    lines = source.splitlines()
    made = {(row, col, code, text.strip()) for row, col, code, text in reported}

    def shown(sign: str, row: int, col: int, code: str, text: str) -> str:
        return f"{sign} {row}:{col} {code} {text} | {lines[row - 1].strip()}"

    return sorted(
        [shown("-", *report) for report in expected - made]
        + [shown("+", *report) for report in made - expected],
        key=lambda line: (int(line[2:].split(":", 1)[0]), line[0]),
    )


@pytest.mark.parametrize("path", eval_files(), ids=lambda path: path.name)
def test_eval_file(path: Path, eval_reports) -> None:
    source = path.read_text("utf-8")
    diff = difference(source, eval_reports[path], expected_reports(source))
    assert not diff, "\n".join([f"{path.name}: - annotated, not reported; + reported, not "
                                "annotated", *diff])


def test_a_difference_names_message_and_source() -> None:
    source = (
        "import litellm\n"
        "litellm.completion()\n"
        "litellm.embedding()  # error: LLO003:1 direct litellm.embedding() call - use g() instead\n"
        "litellm.acompletion()  # error: LLO003:1 direct acompletion() call - use g() instead\n"
    )
    reported = [
        (2, 1, "LLO003", "direct litellm.completion() call - use g() instead"),
        (4, 1, "LLO003", "direct litellm.acompletion() call - use g() instead"),
    ]
    assert difference(source, reported, expected_reports(source)) == [
        "+ 2:1 LLO003 direct litellm.completion() call - use g() instead | litellm.completion()",
        "- 3:1 LLO003 direct litellm.embedding() call - use g() instead | "
        + source.splitlines()[2],
        "+ 4:1 LLO003 direct litellm.acompletion() call - use g() instead | "
        + source.splitlines()[3],
        "- 4:1 LLO003 direct acompletion() call - use g() instead | " + source.splitlines()[3],
    ]


def test_an_annotation_without_its_message_is_refused() -> None:
    with pytest.raises(ValueError, match="line 1: '# error:' needs CODE:col and the message"):
        expected_reports("litellm.completion()  # error: LLO003:1\n")


def test_every_eval_file_expects_something() -> None:
    # A file whose annotations all vanished would pass vacuously.
    for path in eval_files():
        assert expected_reports(path.read_text("utf-8")), path.name
