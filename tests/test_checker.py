"""The checker class and the text prefilter, below the level flake8 shows."""

from __future__ import annotations

import argparse
import ast
from dataclasses import replace

import pytest

from flake8_llm_observability.flake8_adapter.checker import Checker
from flake8_llm_observability.core.options import DEFAULT_CONFIG, SPECS
from flake8_llm_observability.core.prefilter import prefilter_for, substrings
from flake8_llm_observability.core.rules import RULES


CREWAI = "import crewai\n"
"""A module importing CrewAI: its task methods are judged (``--llo-task-classes``)."""


def findings(source: str) -> list[tuple[int, int, str]]:
    checker = Checker(ast.parse(source), source.splitlines(keepends=True))
    return [(line, col, message.split()[0]) for line, col, message, _ in checker.run()]


def triggered_by(option: str) -> frozenset[str]:
    """The codes whose declarations name *option* among their triggers."""
    return frozenset(code for code, rule in RULES.items() if option in rule.trigger_options)


ALL = frozenset(RULES)
TASKS = triggered_by("task_methods")
KICKOFFS = triggered_by("kickoff_methods")
CALLS = triggered_by("banned_calls")
NOQA = frozenset(code for code, rule in RULES.items() if rule.trigger_patterns)
NONE: frozenset[str] = frozenset()


def namespace(**overrides: str) -> argparse.Namespace:
    values = {spec.dest: ",".join(spec.default) for spec in SPECS}
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.fixture(autouse=True)
def default_options():
    yield
    Checker.parse_options(namespace())


def test_works_without_parse_options() -> None:
    assert Checker.settings.config == DEFAULT_CONFIG
    assert findings(CREWAI + "def f(t):\n    t.execute_sync()\n") == [
        (3, 4, "LLO001"), (3, 4, "LLO004")
    ]


def test_file_without_any_name_is_skipped_before_the_walk(monkeypatch) -> None:
    def no_walk(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tree was walked")

    monkeypatch.setattr("flake8_llm_observability.core.pipeline.analyse", no_walk)
    assert findings("import os\nos.completion()\nprint('kick', 'off')\n") == []


def test_parse_options_replaces_the_configuration() -> None:
    Checker.parse_options(namespace(llo_task_methods="run_task"))
    assert Checker.settings.config.task_methods == ("run_task",)
    assert [test.names for test in Checker.settings.prefilter.tests if test.names] == [
        (("kickoff", ("kickoff",)),),
        (("run_task", ("run_task",)),),
    ]
    assert findings(CREWAI + "def f(t):\n    t.execute_sync()\n") == []


def test_parse_options_exits_with_one_line() -> None:
    with pytest.raises(SystemExit) as caught:
        Checker.parse_options(namespace(llo_gateway="a..b"))
    assert str(caught.value) == (
        "flake8-llm-observability: --llo-gateway: invalid value 'a..b': "
        "'a..b' is not a dotted name"
    )


class TestPrefilter:
    prefilter = prefilter_for(DEFAULT_CONFIG)

    def test_the_text_tests_are_few(self) -> None:
        by_codes = {test.codes: test for test in self.prefilter.tests}
        assert set(by_codes) == {TASKS, KICKOFFS, CALLS, NOQA}
        assert by_codes[NOQA].names == () and NOQA
        assert [p.pattern for p in by_codes[NOQA].patterns] == ["LLO[0-9]"]
        assert by_codes[TASKS].names == (("execute_", ("execute_async", "execute_sync")),)
        assert by_codes[KICKOFFS].names == (("kickoff", ("kickoff",)),)
        # One root for every banned call; as some last names ("ocr") are shorter
        # than "litellm", the root is searched for first, and the names only after it.
        ((root, lasts),) = by_codes[CALLS].pairs
        assert root == (("litellm", ("litellm",)),)
        assert ("completion", ("completion",)) in lasts
        assert ("responses", ("responses",)) in lasts
        assert by_codes[CALLS].names == ()

    def test_the_longer_substring_goes_first(self) -> None:
        prefilter = prefilter_for(replace(DEFAULT_CONFIG, banned_calls=("ai.complete_chat",)))
        assert [test.pairs for test in prefilter.tests if test.codes == CALLS] == [
            (((("complete_chat", ("complete_chat",)),), (("ai", ("ai",)),)),)
        ]

    @pytest.mark.parametrize(
        ("names", "expected"),
        [
            (["run_task", "run_tool"], (("run_task", ("run_task",)), ("run_tool", ("run_tool",)))),
            (["abcdefg", "abcdefh", "xabcdefg"], (("abcdef", ("abcdefg", "abcdefh")),)),
            (["go", "go_on"], (("go", ("go",)),)),
        ],
    )
    def test_substrings(self, names: list[str], expected: tuple[object, ...]) -> None:
        assert substrings(names) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("x = 1\n", NONE),
            ("readline.set_completer(completion)\n", NONE),
            ("# we do not use litellm here\n", NONE),
            ("from litellm import completion\n", CALLS),
            ("t.aexecute_sync()\n", TASKS),
            ("executor.execute_many()\n", NONE),
            ("crew.akickoff_for_each()\n", KICKOFFS),
            ("t.execute_async(); crew.kickoff(); litellm.completion()\n", ALL - NOQA),
            ("t.execute_async()  # noqa: LLO001  reason\n", TASKS | NOQA),
            ("# noqa: llo001 is not a code flake8 matches\n", NONE),
            ("HELLO = 'ALLOW'  # capitals are no code\n", NONE),
            ("x = 1  # noqa: LLO0  a prefix\n", NOQA),
            ("t.ｅxecute_sync()  # fullwidth e\n", TASKS),
            ("import ｌitellm\nｌitellm.ｃompletion()\n", CALLS),
            ("import litellm\nx = 'é'\nｃompletion()\n", CALLS),
            ("x = 'é'\nimport litellm\n", NONE),
            ("café = 'kick'\n", NONE),
        ],
    )
    def test_codes_in(self, text: str, expected: frozenset[str]) -> None:
        assert self.prefilter.codes_in(text.splitlines(keepends=True)) == expected

    def test_single_segment_banned_call(self) -> None:
        prefilter = prefilter_for(replace(DEFAULT_CONFIG, banned_calls=("chat", "openai.create")))
        assert [test.pairs for test in prefilter.tests if test.codes == CALLS] == [
            (
                ((("chat", ("chat",)),), (("chat", ("chat",)),)),
                ((("openai", ("openai",)),), (("create", ("create",)),)),
            )
        ]
        assert prefilter.codes_in(["chat()\n"]) == CALLS
        assert prefilter.codes_in(["create()\n"]) == NONE


def test_settings_are_made_once_per_options_object(tmp_path, monkeypatch) -> None:
    from flake8_llm_observability.core import pipeline

    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"version": 1, "findings": []}\n')
    loads = []
    real_load = pipeline.load
    monkeypatch.setattr(pipeline, "load", lambda path: loads.append(path) or real_load(path))
    options = namespace(llo_baseline=str(baseline))
    first = pipeline.settings_from(options)
    assert pipeline.settings_from(options) is first  # a tool's runner after parse_options
    assert len(loads) == 1
    assert pipeline.settings_from(namespace(llo_baseline=str(baseline))) is not first
    options.llo_task_methods = "run_task"
    changed = pipeline.settings_from(options)
    assert changed.config.task_methods == ("run_task",)
    assert len(loads) == 3
