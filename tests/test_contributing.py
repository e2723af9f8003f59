"""CONTRIBUTING's checklists name every place a new rule and a new event kind touch.

The places are found in the code and the docs, not listed here: a module that
imports the rule modules, a doc with an entry per code, the module that declares
``Facts``, the one that registers the walk's handlers, and so on. When one moves
or a new one appears, the checklist must follow.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Callable, Dict, Set

import pytest

from flake8_llm_observability.core.rules import EVENT_KINDS

from .helpers import REPO

PACKAGE = REPO / "flake8_llm_observability"
CONTRIBUTING = (REPO / "CONTRIBUTING.md").read_text("utf-8")
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def checklist(heading: str) -> Set[str]:
    """The paths named in backticks under ``## <heading>``, as written (``llo00N``)."""
    section = CONTRIBUTING.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`((?:core|tests|docs)/[\w/.]+\.(?:py|md)|README\.md)`", section))


def shown(path: Path) -> str:
    """A path as the checklists write it: package modules from ``core/``, the rest from the root."""
    if PACKAGE in path.parents:
        return path.relative_to(PACKAGE).as_posix()
    return path.relative_to(REPO).as_posix()


def real(named: str) -> Path:
    concrete = named.replace("llo00N", "llo001")
    return PACKAGE / concrete if named.startswith("core/") else REPO / concrete


def modules(where: Callable[[str, ast.Module], bool]) -> Set[str]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text("utf-8")
        if where(text, ast.parse(text)):
            found.add(shown(path))
    return found


def imports_a_rule_module(text: str, tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and any(re.fullmatch(r"llo\d{3}", alias.name) for alias in node.names)
        for node in ast.walk(tree)
    )


def defines(name: str) -> Callable[[str, ast.Module], bool]:
    def where(text: str, tree: ast.Module) -> bool:
        return any(isinstance(node, ast.ClassDef) and node.name == name for node in tree.body)

    return where


def calls_at_module_level(name: str) -> Callable[[str, ast.Module], bool]:
    def where(text: str, tree: ast.Module) -> bool:
        return any(
            isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
            for stmt in tree.body
            if not isinstance(stmt, (ast.FunctionDef, ast.ClassDef))
            for node in ast.walk(stmt)
        )

    return where


def records_events(text: str, tree: ast.Module) -> bool:
    """``self.facts.<kind>.append(...)``: a walk job that records events of a kind."""
    return any(
        re.search(rf"self\.facts\.{kind}\.append\(", text) for kind in EVENT_KINDS
    )


def exports_events(text: str, tree: ast.Module) -> bool:
    return "__all__" in text and '"Event"' in text


def entry_per_code(text: str) -> bool:
    """A heading or table row per code, or a table with a "used by" column."""
    return bool(
        re.search(r"^### LLO\d{3}\b", text, re.M)
        or re.search(r"^\| \[?LLO\d{3}\b", text, re.M)
        or re.search(r"^\|.*\| used by \|$", text, re.M)
    )


def names_every_kind(text: str) -> bool:
    return all(f'"{kind.label}"' in text for kind in EVENT_KINDS.values())


def declares_a_rule(text: str, tree: ast.Module) -> bool:
    return bool(re.search(r"^RULE = Rule\(", text, re.M))


def as_pattern(paths: Set[str]) -> Set[str]:
    """``core/rules/llo002.py`` as the checklist writes any rule's module: ``llo00N``."""
    return {re.sub(r"llo\d{3}", "llo00N", path) for path in paths}


PLACES: Dict[str, Callable[[], Set[str]]] = {
    "Add a rule": lambda: {
        *as_pattern(modules(declares_a_rule)),
        *modules(imports_a_rule_module),
        "tests/eval_files/llo00N.py",
        *(shown(doc) for doc in DOCS if entry_per_code(doc.read_text("utf-8"))),
    },
    "Add an event kind": lambda: {
        *modules(defines("Facts")),
        *modules(calls_at_module_level("EventKind")),
        *modules(calls_at_module_level("register")),
        *modules(records_events),
        *modules(exports_events),
        *(shown(doc) for doc in DOCS if names_every_kind(doc.read_text("utf-8"))),
    },
}


@pytest.mark.parametrize("heading", sorted(PLACES))
def test_the_checklist_names_every_place(heading: str) -> None:
    places = PLACES[heading]()
    assert len(places) >= 4, places
    assert places <= checklist(heading)


@pytest.mark.parametrize("heading", sorted(PLACES))
def test_every_place_the_checklist_names_exists(heading: str) -> None:
    for named in checklist(heading):
        assert real(named).exists(), named
