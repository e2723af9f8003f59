"""Every CI recipe in docs/adopting.md runs, as written, on a copy of examples/, under the
configuration the docs recommend."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, List

import jsonschema
import pytest

from .helpers import REPO, TESTS

ADOPTING = (REPO / "docs" / "adopting.md").read_text("utf-8")
SECTION = ADOPTING.split("\n## CI lanes\n", 1)[1].split("\n## ", 1)[0]
README = (REPO / "README.md").read_text("utf-8")
RECOMMENDED = (
    README.split("## Configuration in brief", 1)[1].split("```ini\n", 1)[1].split("```")[0]
)
SCHEMA = json.loads((TESTS / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def commands() -> List[str]:
    runs = []
    for block in re.findall(r"```yaml\n(.*?)```", SECTION, re.S):
        runs.extend(re.findall(r"^\s*(?:- )?run: (.+)$", block, re.M))
    return runs


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    copy = tmp_path / "examples"
    shutil.copytree(REPO / "examples", copy)
    (copy / "summary.md").touch()
    # The README's recommended configuration, with the example app's line limit.
    (copy / ".flake8").write_text(RECOMMENDED + "max-line-length = 100\n")
    return copy


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the recipe's command in bash with this environment's tools first on PATH.

    reviewdog itself is not installed here: the flake8 half of its pipe is run, and its
    output is checked against reviewdog's error format below.
    """
    command = command.split(" | reviewdog", 1)[0]
    env = {
        **os.environ,
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"],
        "GITHUB_STEP_SUMMARY": str(cwd / "summary.md"),
    }
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_every_lane_is_collected() -> None:
    assert len(commands()) == 8


def expect_four_plain_findings(result: subprocess.CompletedProcess[str], out: List[str],
                               examples: Path) -> None:
    assert result.returncode == 1 and len(out) == 4, out


def expect_github_annotations(result: subprocess.CompletedProcess[str], out: List[str],
                              examples: Path) -> None:
    assert result.returncode == 1 and len(out) == 4, out
    assert all(line.startswith("::error file=") for line in out), out


def expect_reviewdog_format(result: subprocess.CompletedProcess[str], out: List[str],
                            examples: Path) -> None:
    errorformat = re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+): (?P<m>LLO\d{3} .+)$")
    assert len(out) == 4 and all(errorformat.match(line) for line in out), out


def expect_warnings_lane(result: subprocess.CompletedProcess[str], out: List[str],
                         examples: Path) -> None:
    assert result.returncode == 0 and [line.split()[1] for line in out] == ["LLO004"], out


def expect_blocking_lane(result: subprocess.CompletedProcess[str], out: List[str],
                         examples: Path) -> None:
    assert result.returncode == 1 and len(out) == 3 and "LLO004" not in result.stdout, out


def expect_valid_sarif(result: subprocess.CompletedProcess[str], out: List[str],
                       examples: Path) -> None:
    assert result.returncode == 0, result.stderr
    log = json.loads((examples / "flake8.sarif").read_text("utf-8"))
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
    assert len(log["runs"][0]["results"]) == 4


def expect_clean_baseline(result: subprocess.CompletedProcess[str], out: List[str],
                          examples: Path) -> None:
    assert result.returncode == 0, result.stdout + result.stderr


def expect_summary(result: subprocess.CompletedProcess[str], out: List[str],
                   examples: Path) -> None:
    assert result.returncode == 0, result.stderr
    summary = (examples / "summary.md").read_text("utf-8")
    assert summary.startswith("### Observability coverage\n"), summary


def expectation(command: str) -> Callable[..., None]:
    """What the recipe *command* must do, by what distinguishes it; none is an error."""
    if command == "flake8":
        return expect_four_plain_findings
    for marker, expect in (
        ("--format=github", expect_github_annotations),
        ("reviewdog", expect_reviewdog_format),
        ("llo-sarif", expect_valid_sarif),
        ("--exit-zero", expect_warnings_lane),
        ("--extend-ignore=LLO004", expect_blocking_lane),
        ("baseline check", expect_clean_baseline),
        ("llo report", expect_summary),
    ):
        if marker in command:
            return expect
    pytest.fail(f"docs/adopting.md has a CI recipe this test has no expectation for: {command}")


def test_every_recipe_has_an_expectation() -> None:
    for command in commands():
        expectation(command)
    with pytest.raises(pytest.fail.Exception, match="no expectation for: make lint"):
        expectation("make lint")


@pytest.mark.parametrize("command", commands())
def test_recipe_runs(command: str, examples: Path) -> None:
    if "baseline check" in command:
        assert run("llo baseline write", examples).returncode == 0
    result = run(command, examples)
    assert "Traceback" not in result.stderr, result.stderr
    expectation(command)(result, result.stdout.splitlines(), examples)
