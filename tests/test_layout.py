"""The architecture as the imports show it: core, then the flake8 adapter, then the tools.

The core imports neither flake8 nor anything outside it; only the adapter
imports flake8; the adapter never reaches the tools; and there are no cycles.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Set

from .helpers import REPO

PACKAGE = REPO / "flake8_llm_observability"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> Dict[str, Set[str]]:
    """Each module of the package, and the package modules it imports (at any depth)."""
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: Dict[str, Set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: Set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                base = base[: len(base) - node.level + 1] if node.level else []
                target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
                submodules = [f"{target}.{alias.name}" for alias in node.names]
                # ``from . import llo001`` needs the submodule, not what the package defines.
                whole = not all(module in modules for module in submodules)
                candidates = [*([target] if whole else []), *submodules]
            elif isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            else:
                continue
            found.update(c for c in candidates if c in modules and c != name)
        graph[name] = found
    return graph


def test_no_core_module_imports_a_tool_or_an_adapter() -> None:
    graph = imports()
    core = [name for name in graph if name.startswith("flake8_llm_observability.core")]
    assert len(core) > 10
    for name in core:
        outside = {m for m in graph[name] if not m.startswith("flake8_llm_observability.core")}
        assert outside <= {"flake8_llm_observability"}, (name, outside)


def imports_flake8(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        if any(name == "flake8" or name.startswith("flake8.") for name in names):
            return True
    return False


def test_only_the_adapter_imports_flake8() -> None:
    speaking = {
        module_name(path) for path in PACKAGE.rglob("*.py") if imports_flake8(path)
    }
    adapter = "flake8_llm_observability.flake8_adapter"
    assert speaking and all(name.startswith(adapter + ".") for name in speaking), speaking


def test_the_adapter_does_not_import_the_tools() -> None:
    graph = imports()
    adapter = [name for name in graph if name.startswith("flake8_llm_observability.flake8_adapter")]
    assert len(adapter) >= 4
    for name in adapter:
        assert not any(".tools" in module for module in graph[name]), name


def in_cycles(graph: Dict[str, Set[str]]) -> List[str]:
    """The modules on, or only reaching through, an import cycle.

    Modules importing nothing (left) are dropped until none can be: what stays
    imports something that is still there, which only a cycle allows.
    """
    remaining = {name: set(targets) - {name} for name, targets in graph.items()}
    while True:
        leaves = [name for name, targets in remaining.items() if not targets]
        if not leaves:
            return sorted(remaining)
        for leaf in leaves:
            del remaining[leaf]
        for targets in remaining.values():
            targets.difference_update(leaves)


def test_the_package_has_no_import_cycle() -> None:
    assert in_cycles(imports()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}, "d": set(), "e": {"d", "e"}}
    assert in_cycles(graph) == ["a", "b", "c"]
