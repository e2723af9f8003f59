"""CONTRIBUTING's checklists, measured: a throwaway rule and a throwaway event kind are added to
a copy of the repository by following them, and the copy's own tests must pass.

Each checklist ends with a ``**Touched:**`` line naming the files it changes. The test
writes what the checklist says (the rule module, the eval file, an option), runs the
reference generator, compares the files that changed with that line, holds them to the
targets (a rule: 5 files, an event kind: 7), and runs the docs, reference, rules, layout
and eval-file tests of the copy, which load the copy's package instead of this one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Set

import pytest

from .helpers import REPO

CONTRIBUTING = (REPO / "CONTRIBUTING.md").read_text("utf-8")
PACKAGE = "flake8_llm_observability"
SKIPPED = shutil.ignore_patterns(
    ".git", ".venv", ".tox", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache",
    ".mypy_cache", ".ruff_cache", "*.pyc", ".coverage*",
)
TESTS_RUN = [
    "tests/test_docs.py", "tests/test_reference.py", "tests/test_rules.py",
    "tests/test_layout.py", "tests/test_eval_files.py",
]


def touched(heading: str) -> Set[str]:
    """The paths the checklist's ``**Touched:**`` line names, as the repository has them."""
    section = CONTRIBUTING.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    line = " ".join(section.split("**Touched:**", 1)[1].split("\n\n", 1)[0].split())
    paths = set(re.findall(r"`([\w/.]+)`", line))
    named = {f"{PACKAGE}/{p}" if p.startswith("core/") else p for p in paths}
    return {path.replace("llo00N", "llo005") for path in named}


def files(root: Path) -> Dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def changed(before: Dict[str, bytes], after: Dict[str, bytes]) -> Set[str]:
    return {name for name, data in after.items() if before.get(name) != data}


def run(copy: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, *argv], cwd=copy, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(REPO, target, ignore=SKIPPED)
    return target


RULE_ON_AN_EXISTING_KIND = '''\
"""LLO005: a throwaway rule, written by tests/test_contributing.py."""

from __future__ import annotations

import ast

from ..context import Context
from ..walk import MethodEvent
from .declaration import Fields, Rule
from .event_kinds import EXECUTIONS


def legacy_task(run: MethodEvent, context: Context) -> Fields:
    receiver = run.receiver
    if isinstance(receiver, ast.Name) and receiver.id == "legacy_task":
        return {"method": run.method}
    return None


RULE = Rule(
    code="LLO005",
    summary="legacy task executed",
    rationale="Legacy tasks report to the old dashboard.",
    template="{method}() called on a legacy task",
    kind=EXECUTIONS,
    check=legacy_task,
    reads=(),
    what="A task execution on a name `legacy_task`.",
    why="",
    bad=(
        "# Bad\\n"
        "import crewai\\n\\n\\n"
        "def run(handler, legacy_task):\\n"
        "    handler._step_callback(legacy_task)\\n"
        "    result = legacy_task.execute_sync()  # LLO005\\n"
        "    handler._task_completion_callback(result)\\n"
    ),
    good=(
        "# Good\\n"
        "def run(handler, task):\\n"
        "    handler._step_callback(task)\\n"
        "    result = task.execute_sync()\\n"
        "    handler._task_completion_callback(result)\\n"
    ),
)
'''

EVAL_ON_AN_EXISTING_KIND = '''\
"""LLO005: a throwaway rule's cases."""
import crewai


def run(handler, legacy_task, task):
    handler._step_callback(task)
    legacy_task.execute_sync()  # error: LLO005:5 execute_sync() called on a legacy task
    task.execute_sync()
    handler._task_completion_callback(task)
'''

RULE_ON_A_NEW_KIND = '''\
"""LLO005: a throwaway rule on a throwaway kind, written by tests/test_contributing.py."""

from __future__ import annotations

from ..context import Context
from ..walk import MethodEvent
from .declaration import EventKind, Fields, Rule

RUNNABLES = EventKind(
    name="runnables",
    label="runnable_invocations",
    methods="runnable_methods",
    call_keywords="llm_callback_keywords",
)


def runnable_without_callbacks(call: MethodEvent, context: Context) -> Fields:
    return None if call.passes_callbacks else {"method": call.method}


RULE = Rule(
    code="LLO005",
    summary="runnable invoked without callbacks",
    rationale="A runnable invoked without callbacks is a step nobody sees.",
    template="{method}() called without callbacks",
    kind=RUNNABLES,
    check=runnable_without_callbacks,
    reads=("llm_callback_keywords",),
    what="A runnable invocation that passes none of the LLM callback keywords.",
    why="",
    bad=(
        "# Bad\\ndef answer(chain, inputs):\\n"
        "    return chain.invoke_runnable(inputs)  # LLO005\\n"
    ),
    good=(
        "# Good\\ndef answer(chain, inputs, handler):\\n"
        "    return chain.invoke_runnable(inputs, callbacks=[handler])\\n"
    ),
)
'''

EVAL_ON_A_NEW_KIND = '''\
"""LLO005: a throwaway kind's cases."""


def answer(chain, inputs, handler):
    chain.invoke_runnable(inputs)  # error: LLO005:5 invoke_runnable() called without callbacks
    chain.invoke_runnable(inputs, callbacks=[handler])
    helper(chain.invoke_runnable)  # error: LLO005:12 invoke_runnable() called without callbacks
'''

OPTION = '''\
    runnable_methods: Tuple[str, ...] = option(
        NAMES,
        ("invoke_runnable",),
        "Methods whose call invokes a runnable.",
    )
'''


def follow_the_checklist(copy: Path, rule: str, eval_file: str) -> Set[str]:
    """Write the rule and its eval file, regenerate the reference; the files that changed."""
    before = files(copy)
    (copy / PACKAGE / "core" / "rules" / "llo005.py").write_text(rule, "utf-8")
    (copy / "tests" / "eval_files" / "llo005.py").write_text(eval_file, "utf-8")
    generated = run(copy, "scripts/generate_reference.py", "--update")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    return changed(before, files(copy))


def assert_the_copys_tests_pass(copy: Path) -> None:
    result = run(copy, "-m", "pytest", "-v", "-p", "no:cacheprovider", "-o", "addopts=",
                 *TESTS_RUN)
    failed = [line for line in result.stdout.splitlines() if " FAILED" in line or
              line.startswith(("E ", "ERROR"))]
    assert result.returncode == 0, "\n".join(failed[:60]) + result.stderr[-2000:]
    assert "test_eval_file[llo005.py] PASSED" in result.stdout


def test_a_new_rule_touches_what_the_checklist_says(copy: Path) -> None:
    changes = follow_the_checklist(copy, RULE_ON_AN_EXISTING_KIND, EVAL_ON_AN_EXISTING_KIND)
    assert changes == touched("Add a rule")
    assert len(changes) <= 5
    assert "| [LLO005](docs/rules.md#llo005--legacy-task-executed) |" in (
        copy / "README.md"
    ).read_text("utf-8")
    assert_the_copys_tests_pass(copy)


def test_a_new_event_kind_touches_what_the_checklist_says(copy: Path) -> None:
    options = copy / PACKAGE / "core" / "options.py"
    text = options.read_text("utf-8")
    anchor = "    handler_factories: Tuple[str, ...] = option("
    options.write_text(text.replace(anchor, OPTION + anchor, 1), "utf-8")
    changes = follow_the_checklist(copy, RULE_ON_A_NEW_KIND, EVAL_ON_A_NEW_KIND)
    changes.add(f"{PACKAGE}/core/options.py")
    assert changes == touched("Add a rule") | touched("Add an event kind")
    assert len(changes) <= 7
    assert "total          runnable invocations" in (copy / "docs" / "adopting.md").read_text()
    assert_the_copys_tests_pass(copy)


def test_the_checklists_name_files_that_exist() -> None:
    for heading in ("Add a rule", "Add an event kind"):
        names = touched(heading)
        assert len(names) >= 2, heading
        for name in names:
            assert (REPO / name.replace("llo005", "llo001")).exists(), name
