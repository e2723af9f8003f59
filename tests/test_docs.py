"""The README, the CHANGELOG, the registry and the tests cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flake8_llm_observability.options import SPECS
from flake8_llm_observability.rules import RULES

from .helpers import EVAL_DIR, REPO, run_flake8

README = (REPO / "README.md").read_text("utf-8")
CHANGELOG = (REPO / "CHANGELOG.md").read_text("utf-8")


def _codes(text: str) -> set[str]:
    return set(re.findall(r"\bLLO\d{3}\b", text))


def test_readme_has_a_reference_entry_per_declared_rule() -> None:
    entries = dict(re.findall(r"^### (LLO\d{3}) — (.*)$", README, re.M))
    assert entries == {rule.code: rule.summary for rule in RULES.values()}


def test_readme_registry_and_tests_name_the_same_codes() -> None:
    annotated = set()
    for path in EVAL_DIR.glob("*.py"):
        annotated |= set(re.findall(r"#\s*error:.*?(LLO\d{3})", path.read_text("utf-8")))
        annotated |= set(re.findall(r"(LLO\d{3}):\d+", path.read_text("utf-8")))
    assert _codes(README) == set(RULES)
    assert annotated == set(RULES)


def test_readme_options_table_lists_every_option_with_its_default() -> None:
    rows = dict(re.findall(r"^\| `(--llo-[a-z-]+)` \| `([^`]*)` \|", README, re.M))
    assert set(rows) == {spec.flag for spec in SPECS}
    for spec in SPECS:
        assert rows[spec.flag] == ",".join(spec.default)


def test_changelog_starts_with_the_first_release() -> None:
    from flake8_llm_observability import __version__

    assert CHANGELOG.splitlines()[2].startswith(f"## {__version__} ")


def _console_block(after: str) -> tuple[str, list[str]]:
    """The command and output of the first console block after *after*."""
    block = README.split(after, 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    command, *output = block.splitlines()
    return command, output


def test_quick_start_output_is_what_flake8_prints(tmp_path: Path, monkeypatch) -> None:
    command, output = _console_block("## Quick start")
    assert command.endswith("cd examples && ../.venv/bin/flake8")
    monkeypatch.chdir(REPO / "examples")
    status, lines = run_flake8([], tmp_path / "out.txt", report_format="default")
    assert status == 1
    assert lines == output


@pytest.mark.parametrize("marker", ["Run the whole test suite"])
def test_test_command_is_what_ci_runs(marker: str) -> None:
    command, _ = _console_block(marker)
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert command.lstrip("$ ") in ci


def _rule_examples() -> list[tuple[str, str]]:
    """(code, python block) for the first example block of each rule's README entry."""
    examples = []
    for section in README.split("\n### ")[1:]:
        code = section.split(" ", 1)[0]
        if code in RULES:
            block = section.split("```python\n", 1)[1].split("```", 1)[0]
            examples.append((code, block))
    return examples


@pytest.mark.parametrize(("code", "block"), _rule_examples(), ids=lambda value: value[:6])
def test_readme_examples_report_what_their_comments_say(
    code: str, block: str, tmp_path: Path, flake8_reports
) -> None:
    assert "# Bad" in block and "# Good" in block
    expected = {
        (number, found)
        for number, line in enumerate(block.splitlines(), start=1)
        if "#" in line and not line.lstrip().startswith("#")
        for found in re.findall(r"LLO\d{3}", line.split("#", 1)[1])
    }
    assert code in {found for _, found in expected}, "the bad example shows its own code"
    path = tmp_path / "example.py"
    path.write_text(block)
    reported = {(row, found) for row, _, found, _ in flake8_reports([path])}
    assert reported == expected
