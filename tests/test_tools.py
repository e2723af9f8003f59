"""What every tool shares: the ``llo`` command, the exit statuses, the baseline's first use."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, List, Optional, Sequence

import pytest

from flake8_llm_observability import __main__ as package_main  # noqa: F401  (python -m)
from flake8_llm_observability import baseline as baseline_shim  # noqa: F401
from flake8_llm_observability import migrate as migrate_shim  # noqa: F401
from flake8_llm_observability import report as report_shim  # noqa: F401
from flake8_llm_observability.tools import baseline, check, cli, migrate, report
from flake8_llm_observability.tools.status import ToolError, run_tool

from .helpers import REPO, flake8

Main = Callable[[Optional[Sequence[str]]], int]
TOOLS: List[Main] = [check.main, baseline.main, report.main, migrate.main]
CONFIGURED = (REPO / "examples" / ".flake8").read_text("utf-8") + (
    "extend-select = LLO\nllo-baseline = .llo-baseline.json\n"
)


@pytest.fixture
def examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "examples"
    shutil.copytree(REPO / "examples", copy)
    monkeypatch.chdir(copy)
    return copy


def test_the_documented_order_works_before_the_baseline_exists(examples: Path, capsys) -> None:
    (examples / ".flake8").write_text(CONFIGURED)
    assert migrate.main(["--check", "."]) == 0
    assert report.main(["."]) == 0
    assert baseline.main(["write"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err and all("does not exist yet" in line for line in err)
    assert check.main(["."]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("main", TOOLS, ids=lambda main: main.__module__.rsplit(".", 1)[1])
def test_a_broken_baseline_is_status_4_in_every_tool(examples: Path, main: Main, capsys) -> None:
    (examples / ".flake8").write_text(CONFIGURED)
    (examples / ".llo-baseline.json").write_text("{")
    argv = ["write"] if main is baseline.main else ["."]
    assert main(argv) == 4
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "is not a baseline file" in err[0]
    # ... and an empty value switches it off, as in flake8 (baseline write then needs a
    # file of its own: the default one is the broken file it would overwrite).
    if main is baseline.main:
        argv = ["write", "--baseline=other.json"]
    assert main([*argv, "--llo-baseline="]) in (0, 1)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("main", TOOLS, ids=lambda main: main.__module__.rsplit(".", 1)[1])
def test_a_bad_option_value_is_status_4_with_one_line(examples: Path, main: Main, capsys) -> None:
    argv = ["write"] if main is baseline.main else ["."]
    assert main([*argv, "--llo-gateway=a..b"]) == 4
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "flake8-llm-observability: --llo-gateway: invalid value 'a..b': 'a..b' is not a dotted name"
    ]


@pytest.mark.parametrize("main", TOOLS, ids=lambda main: main.__module__.rsplit(".", 1)[1])
def test_help_documents_every_exit_status(main: Main, capsys) -> None:
    argv = ["write", "--help"] if main is baseline.main else ["--help"]
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    statuses = [int(n) for n in re.findall(r"(?:exit status:|;) (\d+) ", text)]
    assert statuses == sorted(statuses) and {0, 1, 2, 4, 130, 141} <= set(statuses), text
    assert ("3 both 1 and 2" in text) == (main in (check.main, report.main))
    assert "%%" not in text and "wired % is below" in text or main is not report.main


@pytest.mark.parametrize("main", TOOLS, ids=lambda main: main.__module__.rsplit(".", 1)[1])
def test_a_duplicate_configuration_key_is_status_4_with_one_line(
    examples: Path, main: Main, capsys
) -> None:
    (examples / ".flake8").write_text(CONFIGURED + "LLO-BASELINE = other.json\n")
    argv = ["write"] if main is baseline.main else ["."]
    assert main(argv) == 4
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("flake8 configuration: While reading from ")
    assert "option 'llo-baseline' in section 'flake8' already exists" in err[0]


@pytest.mark.parametrize("main", TOOLS, ids=lambda main: main.__module__.rsplit(".", 1)[1])
def test_an_option_neither_knows_is_the_tools_own_one_line(
    examples: Path, main: Main, capsys
) -> None:
    argv = ["write"] if main is baseline.main else ["."]
    assert main([*argv, "--bogus"]) == 4
    err = capsys.readouterr().err.splitlines()
    prog = "llo " + main.__module__.rsplit(".", 1)[1]
    assert err == [f"{prog}: error: unrecognized arguments: --bogus"]


def test_a_closed_pipe_ends_quietly_with_141() -> None:
    program = (
        "import sys\n"
        "from flake8_llm_observability.tools.status import run_tool\n"
        "def main(argv):\n"
        "    while True:\n"
        "        print('line ' * 100)\n"
        "sys.exit(run_tool(main, []))\n"
    )
    reader = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.wait(timeout=60) == 141
    assert reader.stderr.read() == b""


def test_a_closed_pipe_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    def reader_gone(argv: Optional[Sequence[str]]) -> int:
        raise BrokenPipeError

    with open(tmp_path / "stdout", "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        assert run_tool(reader_gone, []) == 141
    assert capsys.readouterr().err == ""


def test_statistics_go_where_the_findings_go(examples: Path, capsys) -> None:
    assert check.main([".", "--output-file=out.txt", "--statistics"]) == 1
    assert capsys.readouterr().out == ""
    written = (examples / "out.txt").read_text().splitlines()
    assert len(written) == 8 and written[-1].startswith("1     LLO004 ")


def test_ctrl_c_is_one_line_and_130(capsys) -> None:
    def interrupted(argv: Optional[Sequence[str]]) -> int:
        raise KeyboardInterrupt

    assert run_tool(interrupted, []) == 130
    assert capsys.readouterr().err == "interrupted\n"


def test_a_tool_error_already_printed_prints_nothing_more(capsys) -> None:
    def stopped(argv: Optional[Sequence[str]]) -> int:
        raise ToolError("", 4)

    assert run_tool(stopped, []) == 4
    assert capsys.readouterr().err == ""


def test_llo_dispatches_to_each_tool(examples: Path, capsys) -> None:
    assert cli.main(["check", "."]) == 1
    assert capsys.readouterr().out.count("LLO00") == 4
    assert cli.main(["--help"]) == 0
    assert "llo COMMAND --help" in capsys.readouterr().out
    assert cli.main([]) == 4
    assert cli.main(["chek"]) == 4
    assert "unknown command 'chek'" in capsys.readouterr().err


def test_llo_check_prints_what_flake8_select_llo_prints(examples: Path) -> None:
    llo = Path(sys.executable).with_name("llo")
    for args in ([], ["--show-source", "--count", "--statistics"], ["--format=pylint"],
                 ["--exit-zero"], ["--extend-ignore=LLO004"]):
        ours = subprocess.run([str(llo), "check", *args], cwd=examples, capture_output=True,
                              text=True, check=False)
        theirs = flake8("--select=LLO", *args, cwd=examples)
        assert (ours.stdout, ours.returncode) == (theirs.stdout, theirs.returncode), args
        assert ours.stdout


def test_llo_check_counts_and_shows_statistics_in_process(examples: Path, capsys) -> None:
    assert check.main([".", "--count", "--statistics", "--exit-zero"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "4"
    # The example app has one finding of each code: flake8's statistics count each once.
    statistics = [line.split()[:2] for line in out[-5:-1]]
    assert statistics == [["1", code] for code in ("LLO001", "LLO002", "LLO003", "LLO004")]


def test_flake8s_own_version_flag_passes_through(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        check.main(["--version"])
    assert stopped.value.code == 0
    assert "flake8-llm-observability" in capsys.readouterr().out


def test_llo_check_applies_the_baseline_and_names_unparsable_files(examples: Path, capsys) -> None:
    assert baseline.main(["write"]) == 0
    (examples / ".flake8").write_text(CONFIGURED)
    (examples / "app" / "broken.py").write_text("crew.kickoff(\n")
    capsys.readouterr()
    assert check.main(["."]) == 2  # the file it could not check, and no finding
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("./app/broken.py: cannot parse (SyntaxError: ")
    (examples / "app" / "wired.py").write_text("def f(crew):\n    crew.kickoff()\n")
    assert check.main(["."]) == 3  # a finding too


def test_python_dash_m_runs_llo() -> None:
    result = subprocess.run([sys.executable, "-m", "flake8_llm_observability", "--help"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.startswith("usage: llo ")


@pytest.mark.parametrize(
    "name", ["llo101_unselected.py", "llo101_disable_noqa.py", "llo101.py", "llo102.py"]
)
def test_llo_check_judges_noqa_comments_as_flake8_does(name: str) -> None:
    from .helpers import EVAL_DIR, header_args

    args = header_args((EVAL_DIR / name).read_text("utf-8"))
    llo = Path(sys.executable).with_name("llo")
    ours = subprocess.run([str(llo), "check", "--isolated", *args, name], cwd=EVAL_DIR,
                          capture_output=True, text=True, check=False)
    theirs = flake8("--isolated", "--select=LLO", *args, name, cwd=EVAL_DIR)
    assert ours.stdout == theirs.stdout and ours.stdout
    assert ours.returncode == theirs.returncode
