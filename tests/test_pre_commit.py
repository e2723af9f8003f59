"""The pre-commit hook, installed from this repository by pre-commit itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO

WIRED = """\
from crewai import Task


def run(task: Task, handler):
    handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)
    return result
"""

UNWIRED = """\
from crewai import Task


def run(task: Task):
    return task.execute_sync()
"""


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.slow
def test_hook_blocks_unwired_calls_and_broken_files_and_passes_wired_ones(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "wired.py").write_text(WIRED)
    (project / "unwired.py").write_text(UNWIRED)
    (project / "broken.py").write_text("def run(task:\n    return task\n")
    _git("init", "-q", cwd=project)
    _git("add", ".", cwd=project)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@localhost",
        "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@localhost",
    }

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(REPO),
             "flake8-llm-observability", "--files", *files],
            cwd=project, env=env, capture_output=True, text=True, check=False,
        )

    blocked = try_repo("unwired.py")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "unwired.py:5:12: LLO001" in blocked.stdout
    assert "unwired.py:5:12: LLO004" in blocked.stdout

    broken = try_repo("broken.py")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "broken.py:1:" in broken.stdout and "E999" in broken.stdout

    passed = try_repo("wired.py")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def _checkout_tagged_as_the_release(tmp_path: Path) -> Path:
    """This checkout's files (as they are now) in a repository tagged v<version>."""
    from flake8_llm_observability import __version__

    copy = tmp_path / "checkout"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
        text=True, check=True,
    ).stdout.splitlines()
    for name in listed:
        source = REPO / name
        if source.is_file():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    _git("init", "-q", cwd=copy)
    _git("add", ".", cwd=copy)
    _git("-c", "user.name=ci", "-c", "user.email=ci@localhost", "commit", "-qm", "release",
         cwd=copy)
    _git("tag", f"v{__version__}", cwd=copy)
    return copy


@pytest.mark.slow
def test_the_documented_config_runs_both_hooks(tmp_path: Path) -> None:
    """The docs' .pre-commit-config.yaml snippets, with the project's URL pointed at a copy of
    this checkout: the recipe as written (rev, hook ids), installing the code under test."""
    import re

    adopting = (REPO / "docs" / "adopting.md").read_text("utf-8")
    pyproject = (REPO / "pyproject.toml").read_text("utf-8")
    (homepage,) = re.findall(r'^Homepage = "([^"]+)"$', pyproject, re.M)
    snippets = [block for block in re.findall(r"```yaml\n(.*?)```", adopting, re.S)
                if homepage in block]
    assert len(snippets) == 2
    checkout = _checkout_tagged_as_the_release(tmp_path)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    for snippet, hook in zip(snippets, ("flake8-llm-observability", "llo-check")):
        project = tmp_path / hook
        project.mkdir()
        (project / "unwired.py").write_text(UNWIRED)
        (project / ".pre-commit-config.yaml").write_text(snippet.replace(homepage, str(checkout)))
        _git("init", "-q", cwd=project)
        _git("add", ".", cwd=project)
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files"],
            cwd=project, env=env, capture_output=True, text=True, check=False,
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert "unwired.py:5:12: LLO001" in result.stdout, hook
