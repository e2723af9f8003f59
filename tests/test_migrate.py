"""The migration tool: before/after files, byte-for-byte, and refusals."""

from __future__ import annotations

import json
import re

import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from flake8_llm_observability.tools.migrate import main

FILES = Path(__file__).resolve().parent / "migrate_files"
CONFIG = "[flake8]\nextend-select = LLO\nmax-line-length = 120\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # flake8's configuration is looked up from the current directory: the README's, with
    # a line limit of 120 that a noqa must not push a line past.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text(CONFIG)
    return tmp_path


def _copy(name: str, folder: Path) -> Path:
    target = folder / "module.py"
    shutil.copyfile(FILES / f"{name}.before.py", target)
    return target


@pytest.mark.parametrize("name", sorted(p.name.split(".")[0] for p in FILES.glob("*.before.py")))
def test_before_becomes_after(name: str, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = _copy(name, workdir)
    assert main([str(target)]) == 0
    assert target.read_bytes() == (FILES / f"{name}.after.py").read_bytes()
    assert "# noqa: LLO" in capsys.readouterr().out
    # A second run finds nothing more to move.
    assert main(["--check", str(target)]) == 0


def test_exemptions_report_lines_as_they_are_after(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _copy("exemptions", workdir)
    main([str(target)])
    out = capsys.readouterr().out.splitlines()
    lines = target.read_text().splitlines()
    for report in out:
        _, number, text = report.split(":", 2)
        if text.startswith(" # noqa: ") or text.startswith(" # LLO"):
            assert lines[int(number) - 1].endswith(text.strip())
        else:
            assert "OBSERVABILITY" in lines[int(number) - 1]
    assert len(out) == 13


def test_a_noqa_never_takes_a_line_past_max_line_length(workdir: Path) -> None:
    """With the limit of 120, no migrated line is longer than 120, and flake8 agrees."""
    from .helpers import flake8

    for name in ("exemptions", "statements"):
        target = _copy(name, workdir)
        before = flake8("--select=E501", str(target), cwd=workdir).stdout.count(" E501 ")
        assert main([str(target)]) == 0
        after = flake8("--select=E501", str(target), cwd=workdir).stdout.count(" E501 ")
        assert after == before


def test_every_comment_not_migrated_gets_a_line_saying_why(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _copy("statements", workdir)
    main(["--check", str(target)])
    notes = [line for line in capsys.readouterr().out.splitlines() if ": " in line
             and line.startswith(str(target))]
    assert notes == [
        f"{target}:101: a noqa would take the statement below past max-line-length (120); "
        "not migrated",
    ]
    target = _copy("exemptions", workdir)
    main(["--check", str(target)])
    notes = [line.split(":", 2)[2] for line in capsys.readouterr().out.splitlines()
             if line.startswith(str(target))]
    assert notes == [
        " no finding in the statement below; comment kept",
        ' the marker without "tracking not needed"; not migrated: say why tracking is not '
        "needed, or remove the marker",
        " the marker follows code on this line; not migrated: put the comment on a line of "
        "its own above",
    ]


def test_check_changes_nothing_and_exits_1(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _copy("exemptions", workdir)
    before = target.read_bytes()
    assert main(["--check", str(target)]) == 1
    assert target.read_bytes() == before
    out = capsys.readouterr().out
    assert "-        # OBSERVABILITY: tracking not needed - runs inside" in out
    assert "+        return task.execute_sync()  # noqa: LLO001,LLO004  tracking" in out


def test_clean_tree_is_left_alone(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = workdir / "clean.py"
    clean.write_text("def f(task, h):\n    h._step_callback(task)\n")
    assert main(["--check", str(workdir)]) == 0
    assert main([str(workdir)]) == 0
    assert clean.read_text() == "def f(task, h):\n    h._step_callback(task)\n"
    assert capsys.readouterr().out == ""


UNWIRED = (
    'def run(task: "crewai.Task"):',
    "    # OBSERVABILITY: tracking not needed - dry run",
    "    task.execute_sync()",
    "",
)
MIGRATED = (
    'def run(task: "crewai.Task"):',
    "    task.execute_sync()  # noqa: LLO001,LLO004  tracking not needed - dry run",
    "",
)


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_line_endings_are_kept(workdir: Path, ending: str) -> None:
    target = workdir / "endings.py"
    target.write_bytes(ending.join(UNWIRED).encode())
    assert main([str(target)]) == 0
    assert target.read_bytes() == ending.join(MIGRATED).encode()


def test_last_line_without_ending(workdir: Path) -> None:
    target = workdir / "last.py"
    target.write_bytes("\n".join(UNWIRED[:3]).encode())
    assert main([str(target)]) == 0
    assert target.read_bytes() == "\n".join(MIGRATED[:2]).encode()


def test_encoding_cookie_and_bom_are_kept(workdir: Path) -> None:
    latin = workdir / "latin.py"
    latin.write_bytes(
        ("# -*- coding: latin-1 -*-\n" + "\n".join(UNWIRED).replace("dry run", "café")).encode(
            "latin-1"
        )
    )
    bom = workdir / "bom.py"
    bom.write_bytes(b"\xef\xbb\xbf" + "\n".join(UNWIRED).encode())
    assert main([str(workdir)]) == 0
    assert latin.read_bytes() == (
        "# -*- coding: latin-1 -*-\n" + "\n".join(MIGRATED).replace("dry run", "café")
    ).encode("latin-1")
    assert bom.read_bytes() == b"\xef\xbb\xbf" + "\n".join(MIGRATED).encode()


@pytest.mark.parametrize(
    "content",
    [
        b"def run(task:\n    # OBSERVABILITY: tracking not needed\n    task.execute_sync()\n",
        b"# -*- coding: no-such-codec -*-\nx = 1\n",
        b"x = '\xff'\n",
    ],
)
def test_unparsable_file_is_left_alone(
    workdir: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    target = workdir / "broken.py"
    target.write_bytes(content)
    good = _copy("exemptions", workdir)
    assert main([str(target), str(good)]) == 2
    assert target.read_bytes() == content
    assert good.read_bytes() == (FILES / "exemptions.after.py").read_bytes()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"{target}: cannot parse (") and err[0].endswith("; left unchanged")


def test_missing_path_does_nothing(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _copy("exemptions", workdir)
    before = good.read_bytes()
    assert main([str(good), str(workdir / "missing.py")]) == 4
    assert good.read_bytes() == before
    err = capsys.readouterr().err
    assert err == f"{workdir / 'missing.py'}: no such file or folder; nothing done\n"


def test_file_gone_before_it_is_read(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flake8_llm_observability.flake8_adapter.runner import Runner

    target = _copy("exemptions", workdir)
    files = Runner.files

    def then_removed(self: Runner) -> list:
        found = files(self)
        target.unlink()
        return found

    monkeypatch.setattr(Runner, "files", then_removed)
    assert main([str(target)]) == 2
    assert "cannot read (No such file or directory); left unchanged" in capsys.readouterr().err


def test_plugin_options_come_from_the_flake8_config(workdir: Path) -> None:
    (workdir / "setup.cfg").write_text("[flake8]\nllo-task-methods = run_task\n")
    target = workdir / "custom.py"
    target.write_text(
        'def go(task: "crewai.Task"):\n'
        "    # OBSERVABILITY: tracking not needed\n"
        "    task.run_task()\n"
    )
    assert main([str(target)]) == 0
    assert target.read_text().splitlines()[1] == (
        "    task.run_task()  # noqa: LLO001,LLO004  tracking not needed"
    )


def test_runs_as_a_module(workdir: Path) -> None:
    target = _copy("exemptions", workdir)
    result = subprocess.run(
        [sys.executable, "-m", "flake8_llm_observability.migrate", "--check", str(target)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "+++ " in result.stdout


def test_left_unchanged_when_flake8_would_still_report(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # With --disable-noqa in the configuration, no noqa can silence the finding.
    (workdir / "setup.cfg").write_text("[flake8]\ndisable-noqa = true\n")
    target = workdir / "still.py"
    target.write_text("\n".join(UNWIRED))
    assert main([str(target)]) == 0
    assert target.read_text() == "\n".join(UNWIRED)
    out = capsys.readouterr().out
    assert out == (
        f"{target}:3: LLO001 would still be reported here after the rewrite; "
        "file left unchanged\n"
    )


def test_a_read_only_file_gets_an_error_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = workdir / "locked.py"
    target.write_text("\n".join(UNWIRED))
    target.chmod(0o444)
    assert main([str(target)]) == 2
    assert target.read_text() == "\n".join(UNWIRED)
    err = capsys.readouterr().err
    assert err == f"{target}: cannot write (the file is read-only); left unchanged\n"


def test_the_file_keeps_its_permissions(workdir: Path) -> None:
    target = workdir / "script.py"
    target.write_text("\n".join(UNWIRED))
    target.chmod(0o750)
    assert main([str(target)]) == 0
    assert target.read_text() == "\n".join(MIGRATED)
    assert stat.S_IMODE(target.stat().st_mode) == 0o750
    assert sorted(p.name for p in workdir.iterdir()) == ["script.py", "setup.cfg"]


def test_the_flake8_configuration_applies(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "setup.cfg").write_text(
        "[flake8]\nextend-exclude = generated\nper-file-ignores =\n    ignored.py: LLO001,LLO004\n"
    )
    (workdir / "generated").mkdir()
    excluded = workdir / "generated" / "module.py"
    ignored = workdir / "ignored.py"
    for path in (excluded, ignored):
        path.write_text("\n".join(UNWIRED))
    assert main([str(workdir)]) == 0
    assert excluded.read_text() == ignored.read_text() == "\n".join(UNWIRED)
    assert capsys.readouterr().out == (
        f"{ignored}:2: no finding in the statement below; comment kept\n"
    )


def test_without_e501_there_is_no_limit(workdir: Path) -> None:
    (workdir / "setup.cfg").write_text(CONFIG + "extend-ignore = E501\n")
    target = _copy("statements", workdir)
    assert main([str(target)]) == 0
    text = target.read_text()
    assert "OBSERVABILITY" not in text and "# LLO" not in text


def test_a_reason_too_long_to_move_up_is_not_migrated(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = "tracking not needed - " + "x" * 77
    source = (
        'def run(task: "crewai.Task", crew):\n'
        f"    # OBSERVABILITY: {reason}\n"
        f"    return task.execute_sync(), crew.kickoff(), {'0' * 40}\n"
    )
    assert len(source.splitlines()[1]) == 120
    target = workdir / "long.py"
    target.write_text(source)
    assert main([str(target)]) == 0
    assert target.read_text() == source
    assert capsys.readouterr().out == (
        f"{target}:2: the reason would take this comment past max-line-length (120); "
        "not migrated\n"
    )


def test_the_marker_without_tracking_not_needed_gets_a_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = workdir / "warm.py"
    target.write_text(
        "import litellm\n\n\ndef warmup():\n    # OBSERVABILITY: warmup only, mocked\n"
        "    return litellm.completion(model='m')\n"
    )
    assert main(["--check", str(target)]) == 0
    assert capsys.readouterr().out == (
        f'{target}:5: the marker without "tracking not needed"; not migrated: say why '
        "tracking is not needed, or remove the marker\n"
    )


def test_a_baselined_finding_is_still_migrated(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flake8_llm_observability.tools import baseline

    target = _copy("exemptions", workdir)
    assert main(["--check", str(target)]) == 1
    without = capsys.readouterr().out
    (workdir / "setup.cfg").write_text(CONFIG + "llo-baseline = baseline.json\n")
    assert baseline.main(["write"]) == 0
    assert len(json.loads((workdir / "baseline.json").read_text())["findings"]) > 5
    capsys.readouterr()
    assert main(["--check", str(target)]) == 1
    assert capsys.readouterr().out == without
    assert main([str(target)]) == 0
    assert target.read_text() == (FILES / "exemptions.after.py").read_text()


ADOPTING = (Path(__file__).resolve().parent.parent / "docs" / "adopting.md").read_text("utf-8")
EXAMPLE = {
    block.split("\n", 1)[0]: block.split("\n", 1)[1]
    for block in re.findall(r"```python\n(# (?:before|after)[^\n]*\n.*?)```", ADOPTING, re.S)
}


@pytest.mark.parametrize(
    ("config", "label"),
    [
        ("extend-ignore = E501\n", "# after, where E501 is not selected: the reason goes with "
         "the codes"),
        ("max-line-length = 120\n", "# after, with max-line-length = 120: the reason stays "
         "above, the codes go on the line"),
        ("max-line-length = 79\n", "# before"),
    ],
)
def test_the_documented_migration_at_each_line_limit(workdir: Path, config: str, label: str,
                                                     capsys) -> None:
    (workdir / "setup.cfg").write_text("[flake8]\nextend-select = LLO\n" + config)
    target = workdir / "warm.py"
    target.write_text("import asyncio, crewai\n\n\n" + EXAMPLE["# before"])
    assert main([str(target)]) == 0
    assert target.read_text() == "import asyncio, crewai\n\n\n" + EXAMPLE[label]
    if label == "# before":
        assert capsys.readouterr().out == (
            f"{target}:5: a noqa would take the statement below past max-line-length (79); "
            "not migrated\n"
        )
