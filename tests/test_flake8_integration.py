"""Real flake8 runs: messages, config files, parallel jobs and stdin agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import EVAL_DIR, eval_files, flake8

UNWIRED = """\
import crewai, litellm


async def run(task, crew):
    await task.execute_async()
    crew.kickoff()
    return litellm.completion(model="gpt-4o")
"""


def test_messages_name_the_method_and_the_gateway(tmp_path: Path, flake8_reports) -> None:
    path = tmp_path / "app.py"
    path.write_text(UNWIRED)
    assert flake8_reports([path]) == [
        (5, 11, "LLO001", "execute_async() called without in-scope CallbackHandler "
         "start registration"),
        (5, 11, "LLO004", "execute_async() result never recorded: no "
         "_task_completion_callback() after the execution"),
        (6, 5, "LLO002", "kickoff() called without crew callbacks: build the Crew with "
         "step_callback=/task_callback= or create a callback handler first"),
        (7, 12, "LLO003", "direct litellm.completion() call - use "
         "multi_model_service.generate_response() instead"),
    ]


def test_messages_follow_the_options(tmp_path: Path, flake8_reports) -> None:
    path = tmp_path / "app.py"
    path.write_text(UNWIRED)
    reports = flake8_reports(
        [path],
        "--llo-completion-callbacks=on_done,on_error",
        "--llo-gateway=gateway.generate",
        "--select=LLO003,LLO004",
    )
    assert [text for *_, text in reports] == [
        "execute_async() result never recorded: no on_done() or on_error() after the execution",
        "direct litellm.completion() call - use gateway.generate() instead",
    ]


def test_plugin_codes_are_on_by_default(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(UNWIRED)
    result = flake8("--isolated", "app.py", cwd=tmp_path)
    assert result.returncode == 1
    assert "LLO001" in result.stdout and "LLO003" in result.stdout


@pytest.mark.parametrize(
    ("name", "section"),
    [("setup.cfg", "flake8"), ("tox.ini", "flake8"), (".flake8", "flake8")],
)
def test_options_from_each_config_file(tmp_path: Path, name: str, section: str) -> None:
    (tmp_path / "app.py").write_text(
        "def run(task: 'jobs.Job', tracker):\n"
        "    tracker.on_start(task)\n"
        "    return task.run_task()\n"
    )
    (tmp_path / name).write_text(
        f"[{section}]\n"
        "select = LLO\n"
        "llo-task-methods =\n"
        "    run_task,\n"
        "    arun_task\n"
        "llo-start-callbacks = on_start\n"
        "llo-task-classes = jobs.Job\n"
    )
    result = flake8("--format=%(row)d:%(col)d:%(code)s", "app.py", cwd=tmp_path)
    # The start is recognised (no LLO001); the completion is not there (LLO004).
    assert result.stdout.splitlines() == ["3:12:LLO004"], result.stderr


def _flake8_on_eval_files(*args: str) -> list[str]:
    result = flake8("--isolated", "--select=LLO", *args, cwd=EVAL_DIR)
    assert result.returncode == 1, result.stderr
    return sorted(result.stdout.splitlines())


def test_same_output_with_one_and_two_jobs() -> None:
    names = [path.name for path in eval_files()]
    one = _flake8_on_eval_files("--jobs=1", *names)
    two = _flake8_on_eval_files("--jobs=2", *names)
    assert one == two
    assert len(one) > 50


def test_same_output_from_stdin_as_from_the_file() -> None:
    path = EVAL_DIR / "llo002.py"
    from_file = _flake8_on_eval_files(path.name)
    from_stdin = flake8(
        "--isolated", "--select=LLO", f"--stdin-display-name={path.name}", "-",
        input=path.read_text("utf-8"), cwd=EVAL_DIR,
    ).stdout
    assert sorted(from_stdin.splitlines()) == from_file
    assert from_file


def test_unparsable_source_is_flake8s_e999(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("def run(task:\n    task.execute_sync()\n")
    result = flake8("--isolated", "broken.py", cwd=tmp_path)
    assert result.returncode == 1
    assert "E999" in result.stdout
    assert "LLO" not in result.stdout and "Traceback" not in result.stderr
