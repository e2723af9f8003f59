"""Never crash: generated programs, every installed source file, very deep trees."""

from __future__ import annotations

import ast
import importlib
import sysconfig
import warnings
from pathlib import Path
from typing import Iterator, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_llm_observability.flake8_adapter.checker import Checker
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
