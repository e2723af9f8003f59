"""What a name means through the file's imports, for LLO003.

The analysis is per file and flow-insensitive: an import anywhere in the file
(inside a function, under ``if TYPE_CHECKING``) binds its name everywhere,
and a name bound by several imports may mean any of them.
"""

from __future__ import annotations

import ast
from typing import Dict, Iterable, Set

ImportMap = Dict[str, Set[str]]


def add_import(imports: ImportMap, node: ast.Import | ast.ImportFrom) -> None:
    """Record the names that *node* binds and the dotted names they stand for."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                imports.setdefault(alias.asname, set()).add(alias.name)
            else:
                root = alias.name.partition(".")[0]
                imports.setdefault(root, set()).add(root)
        return
    # A relative module keeps its leading dots, so it never equals a banned name.
    module = "." * node.level + (node.module or "")
    prefix = module if module.endswith(".") else module + "."
    for alias in node.names:
        if alias.name != "*":
            imports.setdefault(alias.asname or alias.name, set()).add(prefix + alias.name)


def dotted_parts(func: ast.expr) -> list[str] | None:
    """``a.b.c`` as ``["a", "b", "c"]``; None when the chain does not start at a name."""
    parts: list[str] = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if not isinstance(func, ast.Name):
        return None
    parts.append(func.id)
    parts.reverse()
    return parts


def resolve(parts: list[str], imports: ImportMap) -> Iterable[str]:
    """Every dotted name the callee may stand for; a root no import binds is literal."""
    rest = "".join("." + part for part in parts[1:])
    for target in imports.get(parts[0], (parts[0],)):
        yield target + rest
