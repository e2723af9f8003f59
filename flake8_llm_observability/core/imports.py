"""What a callee's name stands for through the file's imports.

Imports bind names in the scope they sit in, like any other binding (see
``scopes.meaning``); a name no scope binds is taken literally, so
``litellm.completion(...)`` is ``litellm.completion`` even without an import,
and through ``from M import *`` it may also be ``M.<name>``.
"""

from __future__ import annotations

import ast
from typing import Iterator, List, Optional, Tuple

from .scopes import IMPORT, UNBOUND, Binding, Scope, meaning


def import_bindings(node: ast.Import | ast.ImportFrom, pos: int) -> Iterator[Tuple[str, Binding]]:
    """(name, binding) for each name *node* binds; a star import binds none.

    A relative module keeps its leading dots (``.crew.ResearchCrew``), so it
    never equals an absolute configured name.
    """
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                yield alias.asname, Binding(pos, IMPORT, alias.name, None)
            else:
                root = alias.name.partition(".")[0]
                yield root, Binding(pos, IMPORT, root, None)
        return
    prefix = from_module(node)
    prefix = prefix if prefix.endswith(".") else prefix + "."
    for alias in node.names:
        if alias.name != "*":
            yield alias.asname or alias.name, Binding(pos, IMPORT, prefix + alias.name, None)


def from_module(node: ast.ImportFrom) -> str:
    """The module of ``from M import ...``, with one leading dot per level."""
    return "." * (node.level or 0) + (node.module or "")


def dotted_parts(node: ast.expr) -> Optional[List[str]]:
    """``a.b.c`` as ``["a", "b", "c"]``; None when the chain does not start at a name."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    parts.reverse()
    return parts


def resolve(node: ast.expr, scope: Scope) -> List[str]:
    """Every dotted name a ``Name`` or attribute chain may stand for in *scope*.

    Empty when the chain's first name is a local variable, parameter, ``def``
    or ``class`` of a function or the module: those are not imports.
    """
    parts = dotted_parts(node)
    if parts is None:
        return []
    found = meaning(scope, parts[0])
    if found is not UNBOUND and not isinstance(found, set):
        return []
    rest = "".join("." + part for part in parts[1:])
    if found is UNBOUND:
        names = [parts[0] + rest]
        if len(parts) == 1:
            names.extend(f"{module}.{parts[0]}" for module in scope.module.stars)
        return names
    return sorted(target + rest for target in found)


def matches(name: str, entry: str) -> bool:
    """Whether the dotted *name* is the configured *entry* (``a.f``), or ``a.<sub>...f``.

    A library's function is the same function reached through its submodules:
    ``litellm.main.completion`` is ``litellm.completion``.
    """
    if name == entry:
        return True
    module, _, last = entry.rpartition(".")
    return bool(module) and name.startswith(module + ".") and name.endswith("." + last)
