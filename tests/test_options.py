"""Option parsing: every value form, every bad-value error, every config file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from flake8_llm_observability.core.options import (
    DEFAULT_CONFIG,
    NAMES,
    SPECS,
    Config,
    OptionError,
    OptionSpec,
)

from .helpers import flake8

SPEC = {spec.flag: spec for spec in SPECS}


def parse_value(spec: OptionSpec, raw: str) -> tuple[str, ...]:
    return spec.parse(raw)


def test_defaults_match_the_documented_lists() -> None:
    assert DEFAULT_CONFIG.task_methods == ("execute_async", "execute_sync", "aexecute_sync")
    assert DEFAULT_CONFIG.completion_callbacks == ("_task_completion_callback",)
    assert DEFAULT_CONFIG.gateway == "multi_model_service.generate_response"
    assert "litellm.batch_completion" in DEFAULT_CONFIG.banned_calls
    assert DEFAULT_CONFIG.tool_methods == ("_run", "_arun")


def test_every_config_field_is_an_option() -> None:
    # One declaration per option: the field list and the specs cannot differ.
    assert [spec.field for spec in SPECS] == list(Config.__dataclass_fields__)
    assert Config.from_raw({"gateway": "gw.send"}).gateway == "gw.send"


@pytest.mark.parametrize(
    ("flag", "raw", "parsed"),
    [
        ("--llo-task-methods", "run", ("run",)),
        ("--llo-task-methods", " run , go ", ("run", "go")),
        ("--llo-task-methods", "\nrun,\ngo", ("run", "go")),
        ("--llo-task-methods", "ｒun", ("run",)),
        ("--llo-banned-calls", "openai.chat.create,x", ("openai.chat.create", "x")),
        ("--llo-gateway", "gw.send", ("gw.send",)),
        (
            "--llo-extend-banned-calls",
            "openai.OpenAI().chat.completions.create, crewai.LLM().call",
            ("openai.OpenAI().chat.completions.create", "crewai.LLM().call"),
        ),
        ("--llo-extend-banned-calls", "", ()),
        (
            "--llo-tracing-decorators",
            "langfuse.observe, *.trace_step",
            ("langfuse.observe", "*.trace_step"),
        ),
        ("--llo-tracing-contexts", " ", ()),
        ("--llo-llm-callback-keywords", "", ()),
        ("--llo-flow-classes", "app.flows.BaseFlow", ("app.flows.BaseFlow",)),
    ],
)
def test_valid_values(flag: str, raw: str, parsed: tuple[str, ...]) -> None:
    assert parse_value(SPEC[flag], raw) == parsed


@pytest.mark.parametrize(
    ("flag", "raw", "problem"),
    [
        ("--llo-task-methods", "", "it has an empty entry"),
        ("--llo-task-methods", "a,,b", "it has an empty entry"),
        ("--llo-task-methods", "a,b,", "it has an empty entry"),
        ("--llo-task-methods", "a.b", "'a.b' is not an identifier"),
        ("--llo-kickoff-methods", "kick off", "'kick off' is not an identifier"),
        ("--llo-tool-methods", "2run", "'2run' is not an identifier"),
        ("--llo-start-callbacks", "class", "'class' uses the keyword 'class'"),
        ("--llo-banned-calls", "litellm..completion", "'litellm..completion' is not a dotted name"),
        ("--llo-banned-calls", "litellm.completion.", "is not a dotted name"),
        ("--llo-banned-calls", "lambda.completion", "uses the keyword 'lambda'"),
        ("--llo-gateway", "a.b,c.d", "it takes exactly one dotted name"),
        ("--llo-gateway", "gw-send", "'gw-send' is not a dotted name"),
        ("--llo-banned-calls", "litellm.Router()", "'litellm.Router()' is not a dotted name"),
        ("--llo-banned-calls", "a().b().c", "is not a dotted name or Constructor().method"),
        ("--llo-banned-calls", "().create", "is not a dotted name or Constructor().method"),
        ("--llo-tracing-decorators", "*.", "'*.' is not a dotted name or *.<method>"),
        ("--llo-tracing-contexts", "*.a.b", "'*.a.b' is not a dotted name or *.<method>"),
        ("--llo-tracing-contexts", "observe(x)", "is not a dotted name"),
        ("--llo-flow-classes", "crewai..Flow", "is not a dotted name"),
        ("--llo-llm-callback-keywords", "callbacks,,x", "it has an empty entry"),
        ("--llo-crew-classes", "", "it has an empty entry"),
    ],
)
def test_bad_values_name_the_option_and_the_value(flag: str, raw: str, problem: str) -> None:
    with pytest.raises(OptionError) as caught:
        parse_value(SPEC[flag], raw)
    message = str(caught.value)
    assert message.startswith(f"{flag}: invalid value {raw!r}: ")
    assert problem in message
    assert "\n" not in message


def test_every_spec_has_a_valid_default() -> None:
    for spec in SPECS:
        assert parse_value(spec, ",".join(spec.default)) == spec.default


def test_flag_and_dest_follow_flake8_naming() -> None:
    spec = OptionSpec("x_y", NAMES, ("a",), help="")
    assert spec.flag == "--llo-x-y"
    assert spec.dest == "llo_x_y"


@pytest.mark.parametrize(("raw", "parsed"), [("", ()), ("  \n", ()), ("a, b", ("a", "b"))])
def test_a_list_that_may_be_empty(raw: str, parsed: tuple[str, ...]) -> None:
    spec = OptionSpec("x", NAMES, ("a",), help="", may_be_empty=True)
    assert spec.parse(raw) == parsed


def test_a_list_that_may_be_empty_still_rejects_empty_entries() -> None:
    spec = OptionSpec("x", NAMES, ("a",), help="", may_be_empty=True)
    with pytest.raises(OptionError, match="it has an empty entry"):
        spec.parse("a,,b")


def _flake8(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return flake8(*args, cwd=cwd)


@pytest.mark.parametrize(
    "arg",
    [
        "--llo-task-methods=execute_async,,execute_sync",
        "--llo-banned-calls=litellm..completion",
        "--llo-gateway=",
        "--llo-tool-methods=not-a-name",
    ],
)
def test_bad_option_stops_flake8_with_one_line(tmp_path: Path, arg: str) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n")
    result = _flake8("--isolated", arg, "ok.py", cwd=tmp_path)
    flag, _, value = arg.partition("=")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert flag in lines[0] and repr(value) in lines[0]


def test_bad_option_in_a_config_file_stops_flake8(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n")
    (tmp_path / "setup.cfg").write_text("[flake8]\nllo-start-callbacks = on.start\n")
    result = _flake8("ok.py", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "flake8-llm-observability: --llo-start-callbacks: invalid value 'on.start': "
        "'on.start' is not an identifier"
    )


def test_version_lists_the_plugin(tmp_path: Path) -> None:
    result = _flake8("--version", cwd=tmp_path)
    assert "flake8-llm-observability: " in result.stdout


def test_help_lists_every_option(tmp_path: Path) -> None:
    result = _flake8("--help", cwd=tmp_path)
    for spec in SPECS:
        assert spec.flag in result.stdout


def test_a_misspelt_key_in_the_config_file_gets_one_warning_naming_the_option(
    tmp_path: Path,
) -> None:
    from .helpers import flake8

    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nllo-task-method = run\nllo_gatway = x.y\nllo-zzz = 1\nllo-gateway = a.b\n"
    )
    (tmp_path / "m.py").write_text("x = 1\n")
    result = flake8("m.py", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "flake8-llm-observability: unknown option 'llo-task-method' in the flake8 "
        "configuration, ignored; did you mean 'llo-task-methods'?",
        "flake8-llm-observability: unknown option 'llo_gatway' in the flake8 "
        "configuration, ignored; did you mean 'llo-gateway'?",
        "flake8-llm-observability: unknown option 'llo-zzz' in the flake8 configuration, ignored",
    ]


def test_unknown_keys_without_a_flake8_section_or_a_readable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from flake8_llm_observability.flake8_adapter.options import unknown_keys

    monkeypatch.chdir(tmp_path)
    (tmp_path / "tox.ini").write_text("[tox]\nenvlist = py\n")
    assert unknown_keys(argparse.Namespace()) == []
    missing = argparse.Namespace(config=str(tmp_path / "missing.cfg"), append_config=[],
                                 isolated=False)
    assert unknown_keys(missing) == []
    (tmp_path / "tox.ini").write_text("[flake8]\nllo-baselin = x.json\n")
    assert unknown_keys(argparse.Namespace()) == [
        "flake8-llm-observability: unknown option 'llo-baselin' in the flake8 configuration, "
        "ignored; did you mean 'llo-baseline'?"
    ]


def test_a_flake8_worker_process_prints_no_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import multiprocessing

    from flake8_llm_observability.flake8_adapter.checker import Checker
    from flake8_llm_observability.core.options import SPECS

    monkeypatch.chdir(tmp_path)
    (tmp_path / "tox.ini").write_text("[flake8]\nllo-baselin = x.json\n")
    values = {spec.dest: ",".join(spec.default) for spec in SPECS}
    values["llo_baseline"] = "missing.json"
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    Checker.parse_options(argparse.Namespace(**values))
    assert capsys.readouterr().err == ""
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    Checker.parse_options(argparse.Namespace(**values))
    assert len(capsys.readouterr().err.splitlines()) == 2
