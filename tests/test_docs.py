"""The README and docs/, the rule declarations, the options and the tests cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, NamedTuple, Optional, Set, Tuple

import pytest

from flake8_llm_observability.core.rules import RULES

from .helpers import EVAL_DIR, REPO, parse_reports, run_flake8

README = (REPO / "README.md").read_text("utf-8")
DOCS = {path.name: path.read_text("utf-8") for path in sorted((REPO / "docs").glob("*.md"))}
EVERY_DOC = "\n".join([README, *DOCS.values()])
CHANGELOG = (REPO / "CHANGELOG.md").read_text("utf-8")


class Block(NamedTuple):
    """A fenced block of the README or docs/: its language, text, and the section it sits in."""

    language: str
    text: str
    section: str
    config: Optional[str]
    """The ini block right before it, when nothing but blank lines stands between them."""


def blocks() -> List[Block]:
    """Every fenced block of the README and of each file in docs/."""
    return [block for text in (README, *DOCS.values()) for block in _blocks(text)]


def _blocks(text: str) -> List[Block]:
    found: List[Block] = []
    section = ""
    previous: Optional[Tuple[str, str, int]] = None
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("### ") or line.startswith("## "):
            section = line.lstrip("#").strip()
        if line.startswith("```") and len(line) > 3:
            language = line[3:].strip()
            end = lines.index("```", index + 1)
            text = "\n".join(lines[index + 1:end]) + "\n"
            config = None
            if (
                previous is not None
                and previous[0] == "ini"
                and all(not gap.strip() for gap in lines[previous[2] + 1:index])
            ):
                config = previous[1]
            found.append(Block(language, text, section, config))
            previous = (language, text, end)
            index = end
        index += 1
    return found


def expected_codes(block: str) -> Set[Tuple[int, str]]:
    """(line, code) for each code named in a comment after code on a line (not a noqa's).

    A line whose own comment is a ``# noqa`` marks its codes on a comment line below it,
    ``# ^ LLO101``: a comment above or beside a noqa would be its reason.
    """
    expected = set()
    lines = block.splitlines()
    for number, line in enumerate(lines, start=1):
        stripped = line.lstrip()
        if stripped.startswith("# ^"):
            expected.update((number - 1, code) for code in re.findall(r"LLO\d{3}", stripped))
        elif "#" in line and not stripped.startswith("#"):
            comment = line.split("#", 1)[1].strip()
            if not comment.lower().startswith("noqa"):
                expected.update((number, code) for code in re.findall(r"LLO\d{3}", comment))
    return expected


def checked_blocks() -> List[Block]:
    """The Python examples that say what flake8 reports: bad/good pairs, marked lines, recipes."""
    return [
        block
        for block in blocks()
        if block.language == "python"
        and (expected_codes(block.text) or "# Good" in block.text or block.config)
    ]


def _codes(text: str) -> Set[str]:
    return set(re.findall(r"\bLLO\d{3}\b", text))


def test_docs_registry_and_eval_files_name_the_same_codes() -> None:
    annotated = set()
    for path in EVAL_DIR.glob("*.py"):
        annotated |= set(re.findall(r"#\s*\^?\s*error:.*?(LLO\d{3})", path.read_text("utf-8")))
    assert _codes(EVERY_DOC) == set(RULES)
    assert annotated == set(RULES)


def test_the_readme_is_short_and_links_every_doc() -> None:
    assert len(README.splitlines()) <= 250
    for name in DOCS:
        assert f"(docs/{name})" in README, name


def test_pre_commit_snippets_name_the_projects_one_url_and_this_release() -> None:
    from flake8_llm_observability import __version__
    from flake8_llm_observability.flake8_adapter.sarif import project_url

    pyproject = (REPO / "pyproject.toml").read_text("utf-8")
    (homepage,) = re.findall(r'^Homepage = "([^"]+)"$', pyproject, re.M)
    assert project_url() == homepage
    adopting = DOCS["adopting.md"]
    repos = re.findall(r"- repo: (\S+)\n\s+rev: (\S+)\n\s+hooks:\n\s+- id: (\S+)", adopting)
    ours = [(repo, rev) for repo, rev, hook in repos if hook != "flake8"]
    assert {hook for *_, hook in repos} >= {"flake8-llm-observability", "llo-check"}
    assert set(ours) == {(homepage, f"v{__version__}")}
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text("utf-8")
    assert set(re.findall(r"^- id: (\S+)$", hooks, re.M)) == {hook for *_, hook in repos} - {
        "flake8"
    }


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
    status, lines = run_flake8(["--jobs=1"], tmp_path / "out.txt", report_format="default")
    assert status == 1
    assert lines == output


@pytest.mark.parametrize("marker", ["Run the whole test suite"])
def test_test_command_is_what_ci_runs(marker: str) -> None:
    command, _ = _console_block(marker)
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert command.lstrip("$ ") in ci


def test_every_rule_has_a_bad_and_a_good_example_showing_its_code() -> None:
    for code in RULES:
        shown = [
            block for block in checked_blocks()
            if block.section.startswith(code) and "# Bad" in block.text
            and "# Good" in block.text
        ]
        assert any(code in {c for _, c in expected_codes(b.text)} for b in shown), code


@pytest.mark.parametrize(
    "block", checked_blocks(), ids=lambda block: f"{block.section[:30]}:{block.text[:20]}"
)
def test_doc_examples_report_what_their_comments_say(
    block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example, under the recipe's configuration when it follows one."""
    path = tmp_path / "example.py"
    path.write_text(block.text)
    monkeypatch.chdir(tmp_path)
    if block.config is not None:
        (tmp_path / "setup.cfg").write_text(block.config)
        argv = ["--select=LLO", "--jobs=1", "example.py"]
    else:
        argv = ["--isolated", "--select=LLO", "--jobs=1", "example.py"]
    _, lines = run_flake8(argv, tmp_path / "out.txt")
    reported = {(row, code) for _, row, _, code, _ in parse_reports(lines)}
    assert reported == expected_codes(block.text)


def test_every_option_of_every_tool_is_in_the_adopting_guide() -> None:
    import argparse

    from flake8_llm_observability.tools import baseline, check, migrate, report

    adopting = DOCS["adopting.md"]
    parsers = [module.build_parser() for module in (baseline, check, report, migrate)]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in adopting or f" {option}" in adopting, option
