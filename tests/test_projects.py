"""Multi-module projects: real flake8 from the project's root, from elsewhere, and on stdin.

Each file under ``tests/projects/<name>/`` marks its expected reports with
``# error: CODE:col message`` as the eval files do.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

from flake8_llm_observability.core import project
from flake8_llm_observability.core.options import DEFAULT_CONFIG
from flake8_llm_observability.core.pipeline import file_context
from flake8_llm_observability.core.source import SourceFile

from .helpers import REPO, TESTS, expected_reports, flake8, run_flake8

RESEARCH = TESTS / "projects" / "research_app"
AGENT_LAYER = TESTS / "projects" / "agent_layer"
SDK_RECIPE = "--llo-extend-banned-calls=openai.OpenAI().chat.completions.create"
Expected = Set[Tuple[str, int, int, str, str]]


def annotated(root: Path) -> Expected:
    return {
        (path.relative_to(root).as_posix(), row, col, code, message)
        for path in root.rglob("*.py")
        for row, col, code, message in expected_reports(path.read_text("utf-8"))
    }


def reported(stdout: str, prefix: str = "") -> Expected:
    found = set()
    for line in stdout.splitlines():
        path, row, col, rest = line.split(":", 3)
        code, message = rest.strip().split(" ", 1)
        found.add((path[len(prefix):], int(row), int(col), code, message))
    return found


def test_the_project_marks_what_it_expects() -> None:
    assert {code for *_, code, _ in annotated(RESEARCH)} == {"LLO002", "LLO003"}


def test_from_the_projects_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(RESEARCH)
    status, lines = run_flake8(
        ["--isolated", "--select=LLO", "--jobs=1", "src"], tmp_path / "out.txt", "default"
    )
    assert status == 1
    assert reported("\n".join(lines)) == annotated(RESEARCH)


@pytest.mark.parametrize("jobs", ["--jobs=1", "--jobs=2"])
def test_an_agent_layer_spread_over_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """Clients, modules, project classes, factories and Flows placed across modules."""
    expected = annotated(AGENT_LAYER)
    assert {code for *_, code, _ in expected} == {"LLO001", "LLO002", "LLO003", "LLO004"}
    monkeypatch.chdir(AGENT_LAYER)
    status, lines = run_flake8(
        ["--isolated", "--select=LLO", jobs, SDK_RECIPE, "app"], tmp_path / "out.txt", "default"
    )
    assert reported("\n".join(lines)) == expected


def test_from_another_directory() -> None:
    prefix = RESEARCH.relative_to(REPO).as_posix() + "/"
    result = flake8("--isolated", "--select=LLO", prefix + "src", cwd=REPO)
    assert reported(result.stdout, prefix) == annotated(RESEARCH)


@pytest.mark.parametrize("jobs", ["--jobs=1", "--jobs=2"])
def test_on_stdin_with_a_display_name(tmp_path: Path, jobs: str) -> None:
    main = RESEARCH / "src" / "research" / "main.py"
    result = flake8(
        "--isolated", "--select=LLO", jobs, f"--stdin-display-name={main}", "-",
        input=main.read_text("utf-8"), cwd=tmp_path,
    )
    expected = {entry for entry in annotated(RESEARCH) if entry[0] == "src/research/main.py"}
    assert reported(result.stdout, str(RESEARCH) + "/") == expected


class TestModules:
    """Finding and reading the other modules of a project: never an error, read once."""

    def write(self, root: Path, files: dict[str, str]) -> None:
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)

    def test_package_root_is_above_the_outermost_package(self, tmp_path: Path) -> None:
        self.write(tmp_path, {"src/app/__init__.py": "", "src/app/sub/__init__.py": ""})
        assert project.package_root(str(tmp_path / "src/app/sub")) == str(tmp_path / "src")
        assert project.package_root(str(tmp_path / "src")) == str(tmp_path / "src")

    def test_locate_relative_and_absolute(self, tmp_path: Path, monkeypatch) -> None:
        self.write(tmp_path, {
            "src/app/__init__.py": "def build(): pass\n",
            "src/app/crew.py": "",
            "src/app/sub/__init__.py": "",
            "src/app/sub/main.py": "",
            "elsewhere/lib.py": "",
        })
        main = str(tmp_path / "src/app/sub/main.py")
        assert project.locate(main, "..crew.Crew") == (str(tmp_path / "src/app/crew.py"), "Crew")
        assert project.locate(main, "..build") == (str(tmp_path / "src/app/__init__.py"), "build")
        assert project.locate(main, "app.crew.Crew") == (str(tmp_path / "src/app/crew.py"), "Crew")
        assert project.locate(main, "build") is None
        assert project.locate(main, "missing.Thing") is None
        monkeypatch.chdir(tmp_path / "elsewhere")
        assert project.locate(main, "lib.helper") == (
            os.path.join(str(tmp_path / "elsewhere"), "lib.py"), "helper"
        )

    def test_a_module_never_resolves_to_itself(self, tmp_path: Path) -> None:
        self.write(tmp_path, {"app/__init__.py": "", "app/crew.py": ""})
        crew = str(tmp_path / "app/crew.py")
        assert project.locate(crew, ".crew.Crew") is None

    def test_unreadable_or_unparsable_modules_are_unknown(self, tmp_path: Path) -> None:
        self.write(tmp_path, {"bad.py": "def (:\n", "nul.py": "x = 1\0\n"})
        assert project.read_module(str(tmp_path / "bad.py"), DEFAULT_CONFIG) is None
        assert project.read_module(str(tmp_path / "nul.py"), DEFAULT_CONFIG) is None
        assert project.read_module(str(tmp_path / "gone.py"), DEFAULT_CONFIG) is None
        (tmp_path / "latin.py").write_bytes(b"name = '\xff'\n")  # no coding line: not UTF-8
        assert project.read_module(str(tmp_path / "latin.py"), DEFAULT_CONFIG) is None
        folder = tmp_path / "folder.py"
        folder.mkdir()
        assert project.read_module(str(folder), DEFAULT_CONFIG) is None

    def test_a_module_is_parsed_once_until_it_changes(self, tmp_path: Path, monkeypatch) -> None:
        path = tmp_path / "crew.py"
        path.write_text("def build(): pass\n")
        parses = []
        real = project.analyse
        monkeypatch.setattr(project, "analyse", lambda *a: parses.append(1) or real(*a))
        first = project.read_module(str(path), DEFAULT_CONFIG)
        assert project.read_module(str(path), DEFAULT_CONFIG) is first
        assert len(parses) == 1
        path.write_text("def build(): pass\n\n\ndef other(): pass\n")
        os.utime(path, ns=(1, 1))
        assert project.read_module(str(path), DEFAULT_CONFIG) is not first
        assert len(parses) == 2

    def test_a_checked_file_is_kept_for_the_files_checked_after_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        text = "from crewai import Crew\n\n\ndef build(h):\n    return Crew(step_callback=h)\n"
        path = tmp_path / "crew.py"
        path.write_text(text)
        parses: List[int] = []
        real = project.analyse
        monkeypatch.setattr(project, "analyse", lambda *a: parses.append(1) or real(*a))
        source = SourceFile(text.splitlines(True), ast.parse(text), str(path))
        checked = file_context(source, DEFAULT_CONFIG, frozenset({"LLO002"}))
        assert project.read_module(str(path), DEFAULT_CONFIG) is checked.facts
        assert parses == []
        # What flake8 checked is not what is on disk (stdin): it is not kept.
        edited = text.replace("step_callback=h", "step_callback=None")
        other = tmp_path / "other.py"
        other.write_text(text)
        file_context(
            SourceFile(edited.splitlines(True), ast.parse(edited), str(other)), DEFAULT_CONFIG,
            frozenset({"LLO002"}),
        )
        assert project.read_module(str(other), DEFAULT_CONFIG) is not None
        assert parses == [1]
        # A display name that is no file keeps nothing, and is no error.
        project.share(str(tmp_path / "gone.py"), checked.facts, DEFAULT_CONFIG, len(text))
        assert (str(tmp_path / "gone.py"), DEFAULT_CONFIG) not in project._MODULES

    def test_the_process_keeps_the_most_recent_modules(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(project, "MODULE_CACHE", 2)
        project._MODULES.clear()
        paths = []
        for name in ("a", "b", "c"):
            path = tmp_path / f"{name}.py"
            path.write_text(f"{name} = 1\n")
            paths.append(str(path))
            project.read_module(str(path), DEFAULT_CONFIG)
        project.read_module(paths[1], DEFAULT_CONFIG)  # read again: the most recent now
        assert [key[0] for key in project._MODULES] == [paths[2], paths[1]]

    def test_package_root_stops_at_the_filesystem_root(self, monkeypatch) -> None:
        # Were every folder a package, the walk up would stop at the root.
        monkeypatch.setattr(project.os.path, "isfile", lambda path: True)
        assert project.package_root("/a/b") == "/"


def write_project(root: Path, files: Dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def lines_reported(root: Path, tmp_path: Path) -> Set[Tuple[int, str]]:
    status, lines = run_flake8(
        ["--isolated", "--select=LLO002", "--jobs=1", "main.py"], tmp_path / "out.txt",
        "%(row)d:%(code)s",
    )
    return {(int(row), code) for row, code in (line.split(":") for line in lines)}


def test_any_depth_re_exports_cycles_and_framework_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "proj"
    write_project(root, {
        "crewai/__init__.py": "class Crew:\n    def kickoff(self):\n        pass\n",
        "app/__init__.py": "from .factories import build\n",
        "app/factories.py": "from .base import make\n\n\ndef build(h):\n    return make(h)\n",
        "app/base.py": "from crewai import Crew\n\n\ndef make(h):\n"
                       "    return Crew(step_callback=h)\n",
        "app/cycle_a.py": "from .cycle_b import b\n\n\ndef a():\n    return b()\n",
        "app/cycle_b.py": "from .cycle_a import a\n\n\ndef b():\n    return a()\n",
        "app/gone.py": "from .missing import thing\n",
        "app/values.py": "build = None\n",
        "app/reexport.py": "from crewai import Crew\n",
        **{f"chain/r{index}.py": f"from .r{index + 1} import far\n" for index in range(14)},
        "chain/r14.py": "from crewai import Crew\n\n\ndef far(h):\n"
                        "    return Crew(step_callback=h)\n",
        "chain/__init__.py": "",
        "main.py": (
            "from crewai import Crew\n"
            "from app import build\n"
            "from app.cycle_a import a\n"
            "from app.gone import thing\n"
            "from app.values import build as built\n"
            "from chain.r0 import far\n"
            "from app.reexport import Crew as ReCrew\n"
            "\n"
            "\n"
            "def run(h):\n"
            "    build(h).kickoff()\n"  # wired three modules away, through a re-export
            "    a().kickoff()\n"  # a cycle of factories: unknown
            "    Crew().kickoff()\n"  # crewai is the framework, never the project's stub
            "    thing(h).kickoff()\n"  # re-exported from a module that does not exist
            "    built(h).kickoff()\n"  # a value, not a factory
            "    far(h).kickoff()\n"  # fifteen re-exports: past the limit, unknown
            "    ReCrew(**h).kickoff()\n"  # CrewAI's Crew re-exported: a **mapping may wire it
        ),
    })
    monkeypatch.chdir(root)
    assert lines_reported(root, tmp_path) == {
        (12, "LLO002"), (13, "LLO002"), (14, "LLO002"), (15, "LLO002"), (16, "LLO002"),
    }


def test_a_file_reads_at_most_the_module_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = project.MODULE_BUDGET + 3
    files = {
        f"m{index}.py": "from crewai import Crew\n\n\ndef build(h):\n"
                        "    return Crew(step_callback=h)\n"
        for index in range(count)
    }
    imports = "".join(f"import m{index}\n" for index in range(count))
    calls = "".join(f"    m{index}.build(h).kickoff()\n" for index in range(count))
    files["main.py"] = imports + "\n\ndef run(h):\n" + calls
    write_project(tmp_path / "many", files)
    monkeypatch.chdir(tmp_path / "many")
    first_call = count + 4
    reported = lines_reported(tmp_path / "many", tmp_path)
    # Walked last-first, every kickoff asks; past the budget the factories are unknown.
    assert len(reported) == count - project.MODULE_BUDGET
    assert all(first_call <= row < first_call + count for row, _ in reported)
