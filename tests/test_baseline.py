"""The baseline, end to end through real flake8: written, surviving edits, stale, bad files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List

import pytest

from flake8_llm_observability.core import baseline_file as baseline_module
from flake8_llm_observability.tools import files as files_module
from flake8_llm_observability.tools.baseline import main

from .helpers import flake8, run_flake8

APP = '''\
import litellm


def run(task: "crewai.Task", crew):
    task.execute_sync()
    crew.kickoff()
    return litellm.completion(model="gpt-4o")


def again(task: "crewai.Task"):
    task.execute_sync()
    task.execute_sync()
'''
CONFIG = "[flake8]\nselect = LLO\nllo-baseline = ./.llo-baseline.json\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "service.py").write_text(APP)
    (tmp_path / "setup.cfg").write_text(CONFIG)
    return tmp_path


def reports(project: Path, *args: str) -> List[str]:
    _, lines = run_flake8(["--jobs=1", *args], project / "out.txt", "default")
    return lines


def entries(project: Path) -> list:
    return json.loads((project / ".llo-baseline.json").read_text())["findings"]


def test_written_baseline_silences_todays_findings(project: Path, capsys) -> None:
    # The configured baseline does not exist yet: an empty value switches it off.
    before = reports(project, "--llo-baseline=")
    assert len(before) == 8
    assert main(["write"]) == 0
    assert capsys.readouterr().out == (
        ".llo-baseline.json: 8 findings under .; 0 entries elsewhere kept; 8 entries in all\n"
    )
    assert reports(project) == []
    recorded = entries(project)
    assert [(e["code"], e["path"], e["line"]) for e in recorded] == [
        ("LLO001", "app/service.py", 5), ("LLO004", "app/service.py", 5),
        ("LLO002", "app/service.py", 6), ("LLO003", "app/service.py", 7),
        ("LLO001", "app/service.py", 11), ("LLO004", "app/service.py", 11),
        ("LLO001", "app/service.py", 12), ("LLO004", "app/service.py", 12),
    ]
    # Identical statements get different fingerprints: their occurrence index differs.
    assert len({e["fingerprint"] for e in recorded}) == 8


def test_the_file_is_sorted_and_stable(project: Path) -> None:
    main(["write"])
    first = (project / ".llo-baseline.json").read_bytes()
    main(["write"])
    assert (project / ".llo-baseline.json").read_bytes() == first
    assert first.endswith(b"\n") and json.loads(first)["version"] == 1


def test_moving_code_and_editing_other_lines_keeps_findings_suppressed(project: Path) -> None:
    main(["write"])
    source = project / "app" / "service.py"
    moved = '"""Docs added above."""\n\n' + APP.replace(
        "import litellm", "import litellm\nimport os"
    )
    moved = moved.replace("def again(task):", "def again(task):\n    os.getcwd()")
    source.write_text(moved.replace("    crew.kickoff()", "    crew.kickoff()   # reformatted"))
    assert reports(project) == []


def test_editing_the_reported_statement_reports_that_finding(project: Path) -> None:
    main(["write"])
    source = project / "app" / "service.py"
    source.write_text(APP.replace('model="gpt-4o"', 'model="gpt-4o-mini"'))
    assert [line.split(": ", 1)[1].split()[0] for line in reports(project)] == ["LLO003"]


def test_stale_entries_fail_the_check_and_prune_drops_them(project: Path, capsys) -> None:
    main(["write"])
    assert main(["check"]) == 0
    source = project / "app" / "service.py"
    source.write_text(APP.replace("    crew.kickoff()\n", ""))
    capsys.readouterr()
    assert main(["check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("app/service.py:6: LLO002 stale baseline entry ")
    assert out[1] == (
        ".llo-baseline.json: 8 entries under ., 1 stale; 0 finding(s) not in the baseline"
    )
    assert main(["write", "--prune"]) == 0
    assert len(entries(project)) == 7
    assert main(["check"]) == 0


def test_prune_adds_nothing(project: Path) -> None:
    main(["write"])
    source = project / "app" / "service.py"
    source.write_text(APP + "\n\ndef more(crew):\n    crew.kickoff()\n")
    assert main(["write", "--prune"]) == 0
    assert len(entries(project)) == 8
    assert [line.split(": ", 1)[1][:6] for line in reports(project)] == ["LLO002"]


def test_a_file_that_cannot_be_parsed_keeps_its_entries(project: Path, capsys) -> None:
    main(["write"])
    (project / "app" / "service.py").write_text(APP + "def broken(:\n")
    assert main(["write", "--prune"]) == 2
    assert len(entries(project)) == 8
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "app/service.py: cannot parse (SyntaxError: " in err


def test_baseline_in_another_folder_keeps_paths_relative_to_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "setup.cfg").write_text("[flake8]\nselect = LLO\nllo-baseline = ci/baseline.json\n")
    (project / "ci").mkdir()
    assert main(["write"]) == 0
    recorded = json.loads((project / "ci" / "baseline.json").read_text())["findings"]
    assert {e["path"] for e in recorded} == {"../app/service.py"}
    assert reports(project) == []
    monkeypatch.chdir(project / "app")
    assert reports(project, "--llo-baseline=../ci/baseline.json", "service.py") == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("a folder", "cannot read"),
        ("{", "is not a baseline file: Expecting property name"),
    ],
)
def test_bad_baseline_files_stop_flake8_with_one_line(
    project: Path, content, problem: str
) -> None:
    path = project / ".llo-baseline.json"
    if content == "a folder":
        path.mkdir()
    else:
        path.write_text(content)
    result = flake8("app", cwd=project)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("flake8-llm-observability: --llo-baseline: ")
    assert ".llo-baseline.json" in lines[0] and problem in lines[0]


def test_check_without_a_baseline_is_an_error(project: Path, capsys) -> None:
    assert main(["check"]) == 4
    assert "cannot read" in capsys.readouterr().err


def test_jobs_and_stdin_give_the_same_output(project: Path) -> None:
    main(["write"])
    source = project / "app" / "service.py"
    source.write_text(APP + "\n\ndef more(crew):\n    crew.kickoff()\n")
    one = flake8("--jobs=1", "app", cwd=project).stdout
    two = flake8("--jobs=2", "app", "setup.cfg", cwd=project).stdout
    stdin = flake8(
        "--stdin-display-name=app/service.py", "-", input=source.read_text(), cwd=project
    ).stdout
    assert one == two == stdin.replace("app/service.py", "app/service.py")
    assert one.count("LLO002") == 1 and len(one.splitlines()) == 1


def test_writing_never_leaves_a_partial_file(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    main(["write"])
    before = (project / ".llo-baseline.json").read_bytes()

    def broken_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", broken_replace)
    (project / "app" / "service.py").write_text(APP.replace("    crew.kickoff()\n", ""))
    assert main(["write"]) == 2
    assert (project / ".llo-baseline.json").read_bytes() == before
    assert sorted(p.name for p in project.iterdir()) == [".llo-baseline.json", "app", "setup.cfg"]
    assert "cannot write (No space left on device); left unchanged" in capsys.readouterr().err


def test_a_read_only_baseline_is_not_replaced(project: Path, capsys) -> None:
    main(["write"])
    path = project / ".llo-baseline.json"
    path.chmod(0o444)
    assert main(["write"]) == 2
    assert "cannot write (the file is read-only); left unchanged" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read"),
        ("[1, 2]", 'expected an object with "version": 1'),
        ('{"version": 1, "findings": {}}', 'expected a "findings" list'),
        ('{"version": 1, "findings": ["x"]}', "finding 0 is not an object"),
        ('{"version": 1, "findings": [{"code": "X", "path": "p"}]}', "needs a code, a path"),
        ('{"version": 1, "findings": [{"code": "X", "path": "p", "fingerprint": "f",'
         ' "line": "two"}]}', "needs a code, a path"),
        (b"\xff", "it is not UTF-8 text"),
        ("not json", "Expecting value"),
    ],
)
def test_load_says_what_is_wrong_in_one_line(tmp_path: Path, content, problem: str) -> None:
    path = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(baseline_module.BaselineError) as caught:
        baseline_module.load(str(path))
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_a_bad_baseline_stops_the_checker_with_one_line(tmp_path: Path) -> None:
    import argparse

    from flake8_llm_observability.flake8_adapter.checker import Checker
    from flake8_llm_observability.core.options import SPECS

    values = {spec.dest: ",".join(spec.default) for spec in SPECS}
    values["llo_baseline"] = str(tmp_path)
    with pytest.raises(SystemExit) as caught:
        Checker.parse_options(argparse.Namespace(**values))
    assert str(caught.value).startswith("flake8-llm-observability: --llo-baseline: cannot read ")


def test_findings_silenced_by_noqa_are_not_recorded(project: Path) -> None:
    (project / "app" / "service.py").write_text(
        APP.replace("    crew.kickoff()", "    crew.kickoff()  # noqa: LLO002  nightly")
    )
    assert main(["write"]) == 0
    assert "LLO002" not in {e["code"] for e in entries(project)}


OTHER = "def other(crew):\n    crew.kickoff()\n"


@pytest.fixture
def two_folders(project: Path) -> Path:
    """app/service.py (8 findings) and app/crews/other.py (1), all in the baseline."""
    (project / "app" / "crews").mkdir()
    (project / "app" / "crews" / "other.py").write_text(OTHER)
    assert main(["write"]) == 0
    assert len(entries(project)) == 9
    return project


def test_write_for_one_folder_keeps_every_entry_elsewhere(two_folders: Path) -> None:
    before = entries(two_folders)
    (two_folders / "app" / "crews" / "other.py").write_text(OTHER + OTHER.replace("other", "more"))
    assert main(["write", "app/crews"]) == 0
    after = entries(two_folders)
    assert [e for e in after if e["path"] == "app/service.py"] == [
        e for e in before if e["path"] == "app/service.py"
    ]
    assert sum(e["path"] == "app/crews/other.py" for e in after) == 2


def test_prune_and_check_only_judge_entries_under_the_paths(two_folders: Path, capsys) -> None:
    # Every finding of service.py is gone: its 8 entries are stale, but not under app/crews.
    (two_folders / "app" / "service.py").write_text("")
    capsys.readouterr()
    assert main(["check", "app/crews"]) == 0
    assert capsys.readouterr().out == (
        ".llo-baseline.json: 1 entries under app/crews, 0 stale; 0 finding(s) not in the baseline\n"
    )
    assert main(["write", "--prune", "app/crews"]) == 0
    assert len(entries(two_folders)) == 9
    assert main(["check"]) == 1
    assert main(["write", "--prune", "app"]) == 0
    assert [e["path"] for e in entries(two_folders)] == ["app/crews/other.py"]


def test_a_path_that_does_not_exist_writes_nothing(two_folders: Path, capsys) -> None:
    before = (two_folders / ".llo-baseline.json").read_bytes()
    capsys.readouterr()
    for command in (["write", "ap/"], ["write", "--prune", "ap/"], ["check", "ap/"]):
        assert main(command) == 4
        assert capsys.readouterr().err == "ap/: no such file or folder; nothing done\n"
    assert (two_folders / ".llo-baseline.json").read_bytes() == before


def test_help_says_what_path_means(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["write", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "entries of files elsewhere are kept untouched" in text
    assert "4 nothing was done" in text


def test_a_configured_baseline_that_does_not_exist_yet_is_a_note(project: Path) -> None:
    result = flake8("app", cwd=project)
    assert result.returncode == 1 and len(result.stdout.splitlines()) == 8
    assert result.stderr == (
        "flake8-llm-observability: --llo-baseline: .llo-baseline.json does not exist yet, so "
        "nothing is suppressed; create it with: llo baseline write\n"
    )


def test_a_new_baseline_is_0644_and_a_rewrite_keeps_the_mode(project: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        assert main(["write"]) == 0
        path = project / ".llo-baseline.json"
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o640)
        assert main(["write"]) == 0
        assert path.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "ignoring",
    [
        ["--extend-ignore=LLO004"],
        ["--per-file-ignores=app/service.py:LLO004"],
        ["--select=LLO001,LLO002,LLO003"],
    ],
)
def test_entries_of_codes_the_run_does_not_report_are_neither_stale_nor_dropped(
    project: Path, capsys, ignoring: List[str]
) -> None:
    assert main(["write"]) == 0
    before = entries(project)
    assert sum(entry["code"] == "LLO004" for entry in before) == 3
    capsys.readouterr()
    # The docs' severity recipe ignores LLO004 in one lane: its entries cannot be judged there.
    assert main(["check", *ignoring]) == 0
    assert "0 stale" in capsys.readouterr().out
    assert main(["write", "--prune", *ignoring]) == 0
    assert entries(project) == before
    assert main(["write", *ignoring]) == 0
    assert sorted(map(str, entries(project))) == sorted(map(str, before))
    # A finding that is gone while its code is reported is still stale.
    (project / "app" / "service.py").write_text(APP.replace("    crew.kickoff()\n", ""))
    assert main(["check", *ignoring]) == 1
    assert "LLO002 stale baseline entry" in capsys.readouterr().out


def test_a_symlinked_baseline_is_written_through(project: Path, capsys) -> None:
    (project / "ci").mkdir()
    real = project / "ci" / "baseline.json"
    real.write_text('{"version": 1, "findings": []}\n')
    (project / ".llo-baseline.json").symlink_to(Path("ci") / "baseline.json")
    assert main(["write"]) == 0
    assert (project / ".llo-baseline.json").is_symlink()
    assert len(json.loads(real.read_text())["findings"]) == 8


def test_an_empty_llo_baseline_option_writes_no_stray_file(project: Path, capsys) -> None:
    assert main(["write", "--llo-baseline="]) == 4
    assert capsys.readouterr().err == (
        "llo baseline: --llo-baseline= names no file: give the file with --baseline FILE or a "
        "value of --llo-baseline\n"
    )
    assert not (project / ".llo-baseline.json").exists()
