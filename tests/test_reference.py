"""The generated parts of the docs are what the declarations say, and a hand edit is caught."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from flake8_llm_observability.core.rules import RULES

from .helpers import REPO


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_reference", REPO / "scripts" / "generate_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = load_generator()


def test_the_committed_docs_are_what_the_declarations_generate() -> None:
    stale = GENERATOR.stale()
    assert stale == [], f"{stale}: run python scripts/generate_reference.py --update"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for name in GENERATOR.GENERATORS:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    shutil.copytree(REPO / "examples", tmp_path / "examples")  # the report's example
    return tmp_path


def test_a_hand_edit_inside_a_region_is_caught_and_undone(copy: Path) -> None:
    rules = copy / "docs" / "rules.md"
    original = rules.read_text("utf-8")
    edited = original.replace("**Why.** ", "**Why?** ", 1)
    rules.write_text(edited + "\nA hand-written line outside every region.\n", "utf-8")
    assert GENERATOR.stale(copy) == ["docs/rules.md"]
    assert GENERATOR.stale(copy, update=True) == ["docs/rules.md"]
    assert rules.read_text("utf-8") == original + "\nA hand-written line outside every region.\n"
    assert GENERATOR.stale(copy) == []


def test_a_region_nothing_generates_or_a_missing_region_stops_the_script(copy: Path) -> None:
    readme = copy / "README.md"
    text = readme.read_text("utf-8")
    readme.write_text(text + "<!-- begin generated: nothing -->\n<!-- end generated: nothing -->\n")
    with pytest.raises(SystemExit, match="no generator for the region 'nothing'"):
        GENERATOR.stale(copy)
    readme.write_text(text.replace("begin generated: codes", "begin: codes"))
    with pytest.raises(SystemExit, match="no region for codes"):
        GENERATOR.stale(copy)


def test_the_command_line(copy: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(GENERATOR, "REPO", copy)
    monkeypatch.setattr(GENERATOR.stale, "__defaults__", (copy, False))
    assert GENERATOR.main([]) == 0
    options = copy / "docs" / "options.md"
    options.write_text(options.read_text("utf-8").replace("| LLO003 |", "| LLO009 |"))
    assert GENERATOR.main([]) == 1
    assert GENERATOR.main(["--update"]) == 0
    assert GENERATOR.main([]) == 0
    assert capsys.readouterr().out == "docs/options.md: out of date\ndocs/options.md: updated\n"


def test_each_entry_shows_the_message_its_bad_example_gets() -> None:
    rules = (REPO / "docs" / "rules.md").read_text("utf-8")
    for code, rule in RULES.items():
        entry = rules.split(f"### {code} — ", 1)[1].split("\n### ", 1)[0]
        message = GENERATOR.example_message(rule)
        assert message.startswith(f"{code} ") and f"**Message.** `{message}`" in entry


def test_a_bad_example_that_is_not_reported_stops_the_script() -> None:
    import dataclasses

    rule = dataclasses.replace(RULES["LLO001"], bad="# Bad\nx = 1\n")
    with pytest.raises(SystemExit, match="LLO001: its bad example is not reported"):
        GENERATOR.example_message(rule)
