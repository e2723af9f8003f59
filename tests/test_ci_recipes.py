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
from typing import List

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


@pytest.mark.parametrize("command", commands())
def test_recipe_runs(command: str, examples: Path) -> None:
    if "baseline check" in command:
        assert run("llo baseline write", examples).returncode == 0
    result = run(command, examples)
    assert "Traceback" not in result.stderr, result.stderr
    out = result.stdout.splitlines()
    if command == "flake8":
        assert result.returncode == 1 and len(out) == 4
    elif "--format=github" in command:
        assert result.returncode == 1
        assert all(line.startswith("::error file=") for line in out) and len(out) == 4
    elif "reviewdog" in command:
        errorformat = re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+): (?P<m>LLO\d{3} .+)$")
        assert len(out) == 4 and all(errorformat.match(line) for line in out)
    elif "--exit-zero" in command and "sarif" not in command:
        assert result.returncode == 0 and [line.split()[1] for line in out] == ["LLO004"]
    elif "--extend-ignore=LLO004" in command:
        assert result.returncode == 1 and "LLO004" not in result.stdout and len(out) == 3
    elif "llo-sarif" in command:
        assert result.returncode == 0
        log = json.loads((examples / "flake8.sarif").read_text("utf-8"))
        jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(log)
        assert len(log["runs"][0]["results"]) == 4
    elif "baseline check" in command:
        assert result.returncode == 0, result.stdout + result.stderr
    else:
        assert "report" in command and result.returncode == 0
        summary = (examples / "summary.md").read_text("utf-8")
        assert summary.startswith("### Observability coverage\n")
