"""The observability coverage report: figures on examples/, formats, thresholds, bad files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Dict

import pytest

from flake8_llm_observability.core.rules import RULES
from flake8_llm_observability.tools.report import Progress, main

from .helpers import REPO

EXAMPLES = REPO / "examples"

# Counted by hand from examples/app, one event at a time:
# task executions: task_runner.run and run_in_background (wired), run_quick_check (unwired),
#   search_tool._run (exempt: a tool method);
# kickoffs: research_crew.run_research (a handler, and a factory) and run_wired_inline
#   (callbacks) wired, run_nightly_batch unwired; weekly_report.research wired (a handler),
#   run_weekly_report exempt (a Flow);
# model calls: embeddings.embed wired (its own callbacks), multi_model_service (suppressed:
#   per-file-ignores), warmup (suppressed: noqa), summarizer.quick_title unwired.
BY_HAND = {
    "task_executions": {"total": 4, "wired": 2, "exempt": 1, "suppressed": 0, "unwired": 1},
    "kickoffs": {"total": 5, "wired": 3, "exempt": 1, "suppressed": 0, "unwired": 1},
    "model_calls": {"total": 4, "wired": 1, "exempt": 0, "suppressed": 2, "unwired": 1},
    "findings": {"LLO001": 1, "LLO002": 1, "LLO003": 1, "LLO004": 1, "LLO101": 0, "LLO102": 0},
}
HEADLINE = (
    "unwired: 3 of 11 agent calls that need wiring (27.3%); 2 more suppressed; wired 54.5%"
)
EMPTY = {"total": 0, "wired": 0, "exempt": 0, "suppressed": 0, "unwired": 0}


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


@pytest.fixture
def in_examples(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(EXAMPLES)
    return EXAMPLES


def test_figures_on_the_examples_are_those_counted_by_hand(in_examples, capsys) -> None:
    status, out = report(capsys, "--format=json")
    data: Dict[str, Any] = json.loads(out)
    assert status == 0
    assert data["total"] == BY_HAND
    assert set(data["folders"]) == {
        "app/crews", "app/executors", "app/flows", "app/services", "app/tools",
    }
    assert data["folders"]["app/flows"] == {
        "task_executions": EMPTY,
        "kickoffs": {"total": 2, "wired": 1, "exempt": 1, "suppressed": 0, "unwired": 0},
        "model_calls": EMPTY,
        "findings": {code: 0 for code in sorted(RULES)},
    }
    assert data["percent"] == {"observed": 76.9, "wired": 54.5}
    assert data["headline"] == HEADLINE
    assert data["suppressed_by"] == {
        "noqa: start-up probe with a mocked response, costs nothing": 1,
        "per-file-ignores": 1,
    }
    assert data["could_not_scan"] == [] and data["unused_tracing"] == []


def test_findings_are_what_flake8_reports(in_examples, capsys) -> None:
    from .helpers import run_flake8

    _, lines = run_flake8(["--jobs=1"], in_examples.parent / ".report-flake8.txt", "%(code)s")
    (in_examples.parent / ".report-flake8.txt").unlink()
    _, out = report(capsys, "--format=json")
    counted = json.loads(out)["total"]["findings"]
    assert counted == {code: lines.count(code) for code in sorted(counted)}


def test_depth_and_markdown(in_examples, capsys) -> None:
    _, out = report(capsys, "--depth=1", "--format=markdown")
    lines = out.splitlines()
    assert lines[0] == "### Observability coverage"
    assert lines[2] == f"**{HEADLINE}**"
    assert lines[6] == "| `app` | 4 | 5 | 4 | 6 | 2 | 2 | 3 | 76.9% | 54.5% |"
    assert lines[7] == "| **total** | 4 | 5 | 4 | 6 | 2 | 2 | 3 | 76.9% | 54.5% |"


def test_depth_counts_from_the_path_given(in_examples, capsys) -> None:
    data = json.loads(report(capsys, "app", "--depth=1", "--format=json")[1])
    assert set(data["folders"]) == {
        "app/crews", "app/executors", "app/flows", "app/services", "app/tools",
    }
    data = json.loads(report(capsys, "app/services", "app/crews/", "--format=json")[1])
    assert set(data["folders"]) == {"app/crews", "app/services"}


def test_the_documented_depth_example(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    for folder in ("backend/app/services/llm", "backend/app/crews"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.py").write_text("def f(crew):\n    crew.kickoff()\n")
    data = json.loads(report(capsys, "backend/app", "--format=json")[1])
    assert set(data["folders"]) == {"backend/app/services/llm", "backend/app/crews"}
    data = json.loads(report(capsys, "backend/app", "--depth=1", "--format=json")[1])
    assert set(data["folders"]) == {"backend/app/services", "backend/app/crews"}


def test_columns_stay_aligned_with_long_folder_names(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    deep = tmp_path / "backend" / "application_services_with_a_long_name"
    deep.mkdir(parents=True)
    (deep / "jobs.py").write_text("def run(crew):\n    return crew.kickoff()\n")
    (tmp_path / "backend" / "short.py").write_text("def run(crew):\n    return crew.kickoff()\n")
    out = report(capsys, "backend")[1].splitlines()
    table = out[2:out.index("", 2)]
    assert table[2].startswith("backend                                        kickoffs ")
    assert table[3].startswith("backend/application_services_with_a_long_name  kickoffs ")
    assert len({len(row) for row in table}) == 1  # every row as wide as the header


def test_suppressed_counts_events_everywhere(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jobs.py").write_text(
        "import crewai\ndef run(task):\n"
        "    task.execute_sync()  # noqa: LLO001,LLO004  nightly job\n"
    )
    data = json.loads(report(capsys, "--format=json")[1])
    assert data["total"]["task_executions"]["suppressed"] == 1
    assert data["suppressed_by"] == {"noqa: nightly job": 1}
    # All of it suppressed: the headline says where the one event went.
    assert data["headline"] == (
        "unwired: 0 of 1 agent calls that need wiring (0.0%); 1 more suppressed; wired 0.0%"
    )


def test_fail_under(in_examples, capsys) -> None:
    assert report(capsys, "--fail-under=54.5")[0] == 0
    assert capsys.readouterr().err == ""
    assert main(["--fail-under=55"]) == 1
    assert capsys.readouterr().err == "wired 54.5% is below --fail-under=55\n"
    # Enough digits that the figure reads as below the threshold: 54.545...
    assert main(["--fail-under=54.55"]) == 1
    assert capsys.readouterr().err.endswith("wired 54.5% is below --fail-under=54.55\n")


@pytest.mark.parametrize(
    ("wired", "threshold", "shown"),
    [
        (9.0909, 9.1, "9.09"),
        (54.5454, 54.55, "54.5"),
        (0.99999999999, 0.999999999995, "0.99999999999"),
    ],
)
def test_the_figure_below_the_threshold_reads_as_below(wired, threshold, shown) -> None:
    from flake8_llm_observability.tools.report import _below

    assert _below(wired, threshold) == shown


@pytest.mark.parametrize("value", ["-1", "100.5", "nan"])
def test_fail_under_outside_0_to_100_is_rejected(in_examples, capsys, value: str) -> None:
    assert main([f"--fail-under={value}"]) == 4
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("llo report: error: --fail-under: invalid value ")


def test_files_that_cannot_be_scanned(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.py").write_text("def run(crew):\n    return crew.kickoff()\n")
    (tmp_path / "broken.py").write_text("def run(crew:\n    crew.kickoff()\n")
    (tmp_path / "gone.py").symlink_to(tmp_path / "missing.py")
    status, out = report(capsys, "--fail-under=100")
    assert status == 3  # below the threshold (1) and could not scan (2)
    assert "could not scan ./broken.py: cannot parse (SyntaxError: " in out
    assert "could not scan ./gone.py: cannot read (FileNotFoundError: " in out
    assert report(capsys)[0] == 2


def test_an_empty_tree_is_fully_observed(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plain.py").write_text("x = 1\n")
    status, out = report(capsys, "--format=json", "--fail-under=100")
    assert status == 0
    assert json.loads(out)["percent"] == {"observed": 100.0, "wired": 100.0}


def test_baselined_findings_are_suppressed(tmp_path: Path, monkeypatch, capsys) -> None:
    from flake8_llm_observability.tools.baseline import main as baseline

    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text("[flake8]\nllo-baseline = ./.llo-baseline.json\n")
    (tmp_path / "jobs.py").write_text("def run(crew):\n    return crew.kickoff()\n")
    baseline(["write"])
    capsys.readouterr()
    data = json.loads(report(capsys, "--format=json")[1])
    assert data["total"]["kickoffs"]["suppressed"] == 1
    assert data["suppressed_by"] == {"baseline": 1}
    assert data["total"]["findings"]["LLO002"] == 0


def test_unused_tracing_names_are_named_once(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nllo-tracing-decorators = langfuse.observe, app.telemetry.tarced\n"
        "llo-tracing-contexts = *.start_as_current_span\n"
    )
    (tmp_path / "agents.py").write_text(
        "from langfuse import observe\n\n\n@observe\ndef run(crew):\n    return crew.kickoff()\n"
    )
    (tmp_path / "spans.py").write_text(
        "def noop(tracer):\n    with tracer.start_as_current_span('x'):\n        return 1\n"
    )
    _, out = report(capsys)
    assert out.count("configured but never used: app.telemetry.tarced\n") == 1
    data = json.loads(report(capsys, "--format=json")[1])
    assert data["unused_tracing"] == ["app.telemetry.tarced"]
    assert data["total"]["kickoffs"]["wired"] == 1


def test_a_bad_depth_is_refused(capsys) -> None:
    assert main(["--depth=0"]) == 4
    assert "--depth: invalid value 0" in capsys.readouterr().err


class FakeTerminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_only_on_a_terminal_and_after_a_while() -> None:
    quiet = FakeTerminal(tty=False)
    progress = Progress(quiet, 10, after=0.0)
    progress.step(3)
    progress.close()
    assert quiet.getvalue() == ""
    terminal = FakeTerminal(tty=True)
    progress = Progress(terminal, 10, after=0.0)
    progress.step(3)
    progress.step(4)  # too soon after the last update
    progress.close()
    assert terminal.getvalue() == "\rscanned 3/10 files\r" + " " * 40 + "\r"
    slow = FakeTerminal(tty=True)
    progress = Progress(slow, 10, after=3600.0)
    progress.step(3)
    progress.close()
    assert slow.getvalue() == ""


def test_suppressions_are_listed_with_their_reasons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from flake8_llm_observability.tools import baseline

    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text("[flake8]\nllo-baseline = base.json\n")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "old.py").write_text("def f(crew):\n    crew.kickoff()\n")
    assert baseline.main(["write"]) == 0
    (tmp_path / "a" / "new.py").write_text(
        "def f(crew, task: 'crewai.Task'):\n"
        "    crew.kickoff()  # noqa: LLO002\n"
        "    crew.kickoff()  # noqa\n"
        "    task.execute_sync()  # noqa: LLO001,LLO004  run by the scheduler\n"
    )
    capsys.readouterr()
    assert main(["a", "--suppressions"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("; wired 0.0%; 2 noqa without a reason")
    assert out[-5:] == [
        "suppressions: 3 noqa (2 without a reason), 1 baseline entries",
        "a/new.py:2: noqa LLO002: (no reason)",
        "a/new.py:3: noqa every code: (no reason)",
        "a/new.py:4: noqa LLO001,LLO004: run by the scheduler",
        "a/old.py:2: baseline LLO002 kickoff() called without crew callbacks: build the Crew "
        "with step_callback=/task_callback= or create a callback handler first",
    ]
    assert main(["a", "--format=json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suppressions"]["noqa_without_reason"] == 2
    assert [entry["path"] for entry in data["suppressions"]["baseline"]] == ["a/old.py"]
    assert main(["a", "--format=markdown", "--suppressions"]) == 0
    assert "- a/new.py:2: noqa LLO002: (no reason)" in capsys.readouterr().out
