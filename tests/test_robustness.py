"""Never crash: generated programs, every installed source file, very deep trees."""

from __future__ import annotations

import ast
import importlib
import sysconfig
import warnings
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_llm_observability.flake8_adapter.checker import Checker
from flake8_llm_observability.core.callers import LEVELS
from flake8_llm_observability.core.pipeline import file_context
from flake8_llm_observability.core.source import SourceFile
from flake8_llm_observability.core.options import DEFAULT_CONFIG
from flake8_llm_observability.core.rules import RULES, assess, findings

EVERY_CODE = frozenset(RULES)


def check_fully(tree: ast.AST, lines: List[str]) -> int:
    """The whole analysis, past the prefilter, and the flake8 entry point too."""
    context = file_context(SourceFile([], tree), DEFAULT_CONFIG, EVERY_CODE)
    reported = findings(context)
    list(assess(context))
    list(Checker(tree, lines).run())
    return len(reported)


def _check_source(source: str) -> None:
    # hypothesmith only yields source that compiles, so it parses.
    check_fully(ast.parse(source), source.splitlines(keepends=True))


# Deferred: importing hypothesmith and building its grammar take a second or two,
# paid only when a fuzz test runs. ``from_node`` draws richer trees, but is ten times
# slower per program than ``from_grammar``: it gets fewer examples.
GRAMMAR = st.deferred(lambda: importlib.import_module("hypothesmith").from_grammar())
NODES = st.deferred(lambda: importlib.import_module("hypothesmith").from_node())
FUZZ = settings(deadline=None, suppress_health_check=list(HealthCheck))


# Generated programs may draw SyntaxWarnings ("'int' object is not callable"). Generating
# them costs far more than checking them, so fuzzing runs in the slow suite.
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@settings(FUZZ, max_examples=2000)
@given(source=GRAMMAR)
def test_generated_programs(source: str) -> None:
    _check_source(source)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@pytest.mark.varying_inputs
@settings(FUZZ, max_examples=100)
@given(source=NODES)
def test_generated_trees(source: str) -> None:
    _check_source(source)


def installed_sources() -> Iterator[Path]:
    """This interpreter's stdlib and the site-packages it imports from."""
    paths = sysconfig.get_paths()
    stdlib = Path(paths["stdlib"])
    seen = set()
    for path in stdlib.rglob("*.py"):
        # A nested site-packages belongs to the base install, not to this environment.
        if "site-packages" not in path.relative_to(stdlib).parts:
            seen.add(path)
    for key in ("purelib", "platlib"):
        seen.update(Path(paths[key]).rglob("*.py"))
    return iter(sorted(seen))


def _check_installed_sources(every: int) -> None:
    checked = 0
    crashed = []
    for path in list(installed_sources())[::every]:
        try:
            source = path.read_bytes()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escapes in old code
                tree = ast.parse(source)
            lines = source.decode("utf-8").splitlines(keepends=True)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            continue  # flake8 reports these as E902/E999 before any plugin runs
        try:
            check_fully(tree, lines)
        except Exception as error:  # noqa: BLE001 - the point is to list every crash
            crashed.append(f"{path}: {type(error).__name__}: {error}")
        checked += 1
    assert crashed == []
    assert checked > 3000 // every


@pytest.mark.varying_inputs
def test_a_fixed_sample_of_installed_source_files() -> None:
    _check_installed_sources(every=20)


@pytest.mark.slow
def test_every_installed_source_file() -> None:
    _check_installed_sources(every=1)


DEPTH = 900


def test_deep_expression_is_checked_normally() -> None:
    calls = " + ".join(["t.execute_sync()"] * DEPTH)
    source = "import crewai\ndef run(t):\n    x = " + calls + "\n"
    tree = ast.parse(source)

    class Plain(ast.NodeVisitor):
        pass

    with pytest.raises(RecursionError):
        Plain().visit(tree)  # a recursive visitor cannot take this tree
    # Every term is reported: LLO001 and LLO004 for each execution.
    assert check_fully(tree, source.splitlines(keepends=True)) == 2 * DEPTH


def test_deep_attribute_chain_and_kickoff() -> None:
    source = "crew" + ".member" * DEPTH + ".kickoff()\n"
    tree = ast.parse(source)
    reported = list(Checker(tree, [source]).run())
    assert [(line, col, message.split()[0]) for line, col, message, _ in reported] == [
        (1, 0, "LLO002")
    ]


def reported_codes(source: str) -> List[Tuple[int, str]]:
    """(line, code) of every report of the flake8 entry point on *source*."""
    tree = ast.parse(source)
    return [
        (line, message.split()[0])
        for line, _, message, _ in Checker(tree, source.splitlines(keepends=True)).run()
    ]


def inheritance_chain(length: int) -> str:
    """``C0`` sets ``self._runner`` to a hook runner; ``C<length>`` fires it, ``length``
    project bases down."""
    classes = "".join(f"class C{index}(C{index - 1}):\n    pass\n\n\n" for index in
                      range(1, length))
    return (
        "import crewai\n\n\nclass HookRunner:\n    def execute_sync(self, event):\n"
        "        return event\n\n\nclass C0:\n    def __init__(self):\n"
        "        self._runner = HookRunner()\n\n\n" + classes
        + f"class C{length}(C{length - 1}):\n    def fire(self, event):\n"
        "        return self._runner.execute_sync(event)\n"
        f"\n\ndef run(event):\n    return C{length}().execute_sync(event)\n"
    )


def test_a_fifty_deep_inheritance_chain_is_cut_not_followed_to_the_end() -> None:
    # Near the attribute's class, the runner is known: the project's own implementation.
    # ``C<n>()`` itself defines no ``execute_sync``: unknown, judged (the near miss).
    near = inheritance_chain(5)
    run = len(near.splitlines())
    assert reported_codes(near) == [(run, "LLO001"), (run, "LLO004")]
    # Fifty bases down, the chain is cut at the limit: the runner is unknown and judged.
    deep = inheritance_chain(50)
    fire = deep.splitlines().index("        return self._runner.execute_sync(event)") + 1
    run = len(deep.splitlines())
    assert reported_codes(deep) == [
        (fire, "LLO001"), (fire, "LLO004"), (run, "LLO001"), (run, "LLO004"),
    ]


def test_a_class_that_is_its_own_base_through_aliases() -> None:
    source = (
        "import crewai\n\n\nclass A(B):\n    pass\n\n\nclass B(A):\n    pass\n\n\n"
        "Alias = A\n\n\nclass C(Alias):\n    def go(self, task):\n"
        "        return self.missing.execute_sync()\n"
    )
    assert reported_codes(source) == [(17, "LLO001"), (17, "LLO004")]


def test_a_long_chain_of_factory_calls_is_cut() -> None:
    holder = (
        "import crewai\n\n\nclass Holder:\n    def get(self):\n        return Holder()\n\n"
        "    def execute_sync(self):\n        pass\n\n\n"
    )
    near = holder + "def run():\n    return Holder()" + ".get()" * 3 + ".execute_sync()\n"
    far = holder + "def run():\n    return Holder()" + ".get()" * 20 + ".execute_sync()\n"
    assert reported_codes(near) == []
    assert reported_codes(far) == [(13, "LLO001"), (13, "LLO004")]


def helpers_chain(levels: int) -> str:
    """A kickoff ``levels`` private helpers below the one function that creates a handler."""
    helpers = "def _h0(crew):\n    return crew.kickoff()\n\n\n" + "".join(
        f"def _h{index}(crew):\n    return _h{index - 1}(crew)\n\n\n" for index in range(1, levels)
    )
    return helpers + (
        f"def run(crew):\n    create_callback_handler()\n    return _h{levels - 1}(crew)\n"
    )


def test_callers_are_followed_up_to_the_level_limit() -> None:
    assert reported_codes(helpers_chain(LEVELS)) == []
    assert reported_codes(helpers_chain(LEVELS + 1)) == [(2, "LLO002")]


def test_a_helper_cut_short_from_deep_down_is_judged_again_from_nearer() -> None:
    # Written last, ``_h0`` is judged first: its callers run out of levels one short of
    # ``run``. The kickoff in ``_h11``, two callers below ``run``, is wired all the same.
    helpers = [f"def run(crew):\n    create_callback_handler()\n    return _h{LEVELS}(crew)\n"]
    for index in range(LEVELS, 0, -1):
        kickoff = "    crew.kickoff()\n" if index == LEVELS - 1 else ""
        helpers.append(f"def _h{index}(crew):\n{kickoff}    return _h{index - 1}(crew)\n")
    helpers.append("def _h0(crew):\n    return crew.kickoff()\n")
    source = "\n\n".join(helpers)
    last = len(source.splitlines())
    assert reported_codes(source) == [(last, "LLO002")]


def test_a_twenty_thousand_line_module() -> None:
    body = "".join(
        f"def run_{index}(crew, handler):\n    handler._step_callback(crew)\n"
        f"    crew.kickoff()\n    return _h_{index}(crew)\n\n\n"
        f"def _h_{index}(crew):\n    return crew.kickoff()\n\n\n"
        for index in range(2000)
    )
    source = "import crewai\n\n\n" + body
    assert len(source.splitlines()) > 20_000
    unwired = [line for line, code in reported_codes(source)]
    assert unwired == []
    bare = source.replace("    handler._step_callback(crew)\n", "    pass\n")
    assert len(reported_codes(bare)) == 2 * 2000
