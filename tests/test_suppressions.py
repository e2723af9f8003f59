"""The noqa comments the LLO101 and LLO102 rules judge, read as flake8 reads them."""

from __future__ import annotations

import ast
from pathlib import Path

from flake8 import defaults
from flake8.options.parse_args import parse_args
from flake8.processor import FileProcessor

from flake8_llm_observability.core.scopes import Scope
from flake8_llm_observability.core.source import NO_TREE
from flake8_llm_observability.core.suppressions import (
    NOQA_INLINE,
    noqa_comments,
    layout,
)

from .helpers import run_flake8

SOURCE = '''\
import litellm


def f(task, crew):
    value = "a " \\
        "b"  # noqa: LLO001,E501  joined with the line above
    text = """x
    y"""  # noqa: LLO003
    # why: it is mocked
    crew.kickoff(  # noqa: LLO002
        inputs=1,
    )
    return litellm.completion()  # NOQA:LLO003 , LLO00,W291 - probe
'''


def test_the_pattern_is_flake8s() -> None:
    assert NOQA_INLINE.pattern == defaults.NOQA_INLINE_REGEXP.pattern
    assert NOQA_INLINE.flags == defaults.NOQA_INLINE_REGEXP.flags


def test_stretches_are_the_lines_flake8_joins(tmp_path: Path) -> None:
    path = tmp_path / "f.py"
    path.write_text(SOURCE)
    _, options = parse_args(["--isolated", str(path)])
    processor = FileProcessor(str(path), options)
    lines = SOURCE.splitlines(keepends=True)
    found = layout(lines)
    assert found is not None
    for number in range(1, len(lines) + 1):
        first, last = found.stretches[number]
        assert processor.noqa_line_for(number) == "".join(lines[first - 1:last]), number


def test_every_llo_noqa_with_its_codes_reason_and_lines() -> None:
    lines = SOURCE.splitlines(keepends=True)
    found = noqa_comments(lines, ast.parse(SOURCE), Scope(None, 0))
    assert [(c.line, c.codes, c.reason, c.lines, c.read) for c in found] == [
        (6, ("LLO001",), "joined with the line above", (5, 6), True),
        (8, ("LLO003",), "", (7, 8), True),
        (10, ("LLO002",), "why: it is mocked", (10, 10), True),
        (13, ("LLO003", "LLO00"), "probe", (13, 13), True),
    ]


def test_noqa_text_in_a_string_is_no_comment() -> None:
    source = 'x = "crew.kickoff()  # noqa: LLO002"\ny = 1  # noqa: LLO002  real\n'
    found = noqa_comments(source.splitlines(keepends=True), ast.parse(source), Scope(None, 0))
    assert [comment.line for comment in found] == [2]


def test_a_file_that_does_not_tokenize_leaves_every_line_alone() -> None:
    lines = ["x = '''never closed  # noqa: LLO002\n"]
    assert layout(lines) is None
    (comment,) = noqa_comments(lines, NO_TREE, Scope(None, 0))
    assert (comment.lines, comment.read, comment.reason) == ((1, 1), True, "")


def test_a_noqa_whose_finding_is_in_the_baseline_is_used(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.py").write_text("def f(crew):\n    crew.kickoff()  # noqa: LLO002  why\n")
    (tmp_path / "setup.cfg").write_text("[flake8]\nllo-baseline = baseline.json\n")
    from flake8_llm_observability.tools import baseline

    (tmp_path / "plain.py").write_text("def f(crew):\n    crew.kickoff()\n")
    assert baseline.main(["write"]) == 0
    # The baseline now lists plain.py's finding; app.py's noqa still has its finding.
    _, out = run_flake8(["--select=LLO", "--jobs=1", "app.py", "plain.py"], tmp_path / "o.txt")
    assert out == []
