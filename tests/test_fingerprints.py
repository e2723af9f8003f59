"""Fingerprints: which statement holds a finding, and what its normalised text is."""

from __future__ import annotations

import ast
import sys

import pytest

from flake8_llm_observability.core.fingerprints import (
    fingerprints,
    normalise,
    relative_path,
    statement_text,
)
from flake8_llm_observability.core.rules import Finding
from flake8_llm_observability.core.source import NO_TREE, SourceFile

SOURCE = '''\
@deco(a.kickoff())
def run(task):
    if task.execute_sync(  # a comment inside the header
            "é"):
        crew.kickoff()  # noqa
    try:
        pass
    except Broken:
        task.execute_sync()
    value = \\
        task.execute_sync()
    return value
# a comment line
'''


CASES = [
    (SOURCE, (1, 6), "deco ( a . kickoff ( ) ) def run ( task ) :"),
    (SOURCE, (3, 7), 'if task . execute_sync ( "é" ) :'),
    (SOURCE, (5, 8), "crew . kickoff ( )"),
    (SOURCE, (9, 8), "task . execute_sync ( )"),
    (SOURCE, (11, 8), "value = task . execute_sync ( )"),
    (SOURCE, (13, 0), "# a comment line"),
    (SOURCE, (99, 0), ""),
]
if sys.version_info >= (3, 10):  # older interpreters cannot parse a match statement
    MATCH = "match x:\n    case Crew() if crew.kickoff():\n        crew.kickoff()\n"
    # A case has no position of its own: the header runs to its pattern.
    CASES += [(MATCH, (1, 6), "match x : case"), (MATCH, (3, 8), "crew . kickoff ( )")]


@pytest.mark.parametrize(("source", "point", "text"), CASES)
def test_the_statement_holding_a_point(source: str, point, text: str) -> None:
    lines = source.splitlines(keepends=True)
    assert statement_text(SourceFile(lines, ast.parse(source)), point) == text


def test_text_that_does_not_tokenize_is_whitespace_normalised() -> None:
    assert normalise("x = '''never\n   closed") == "x = '''never closed"


def test_whitespace_and_comments_do_not_count() -> None:
    assert normalise("f( a,\n   b )  # why") == normalise("f(a, b)")


def test_identical_statements_get_their_occurrence_index() -> None:
    source = "task.execute_sync()\ntask.execute_sync()\n"
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    file = SourceFile(lines, tree, "a.py")
    first, second, other = fingerprints(
        [Finding(1, 0, "LLO001", ""), Finding(2, 0, "LLO001", ""), Finding(1, 0, "LLO004", "")],
        file, ".",
    )
    assert len({first, second, other}) == 3
    moved = SourceFile(["\n", "\n"] + lines, ast.parse("\n\n" + source), "a.py")
    assert fingerprints([Finding(3, 0, "LLO001", "")], moved, ".") == [first]


def test_a_file_that_does_not_parse_is_fingerprinted_by_its_lines() -> None:
    lines = ["def broken(:\n", "    x = ( 1,\n"]
    assert statement_text(SourceFile(lines, NO_TREE), (2, 4)) == "x = ( 1,"


def test_paths_are_relative_with_forward_slashes(tmp_path) -> None:
    assert relative_path(str(tmp_path / "app" / "x.py"), str(tmp_path)) == "app/x.py"
    assert relative_path(str(tmp_path / "x.py"), str(tmp_path / "ci")) == "../x.py"
