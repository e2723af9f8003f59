"""Which configured banned call, if any, a call or reference reaches (LLO003).

Two kinds of entry in ``--llo-banned-calls``:

- a function, ``litellm.completion``: matched by the callee's dotted name
  through the file's imports, and through the library's submodules
  (``litellm.main.completion``);
- a client method, ``litellm.Router().acompletion``: matched when the method
  path is called on an instance of the constructor, as ``resolve.is_instance``
  places it (a constructor call, a factory in any module of the project, a
  binding, an annotation, ``self.<attr>`` in the class or a project base).
"""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Tuple, cast

from .walk import ModelCall
from .resolve import is_instance, module_names
from .imports import matches, resolve
from .options import Config
from .context import Context


class Client(NamedTuple):
    constructor: str
    path: Tuple[str, ...]
    entry: str


class Banned(NamedTuple):
    """The banned calls of a configuration, indexed by last name."""

    functions: Dict[str, List[str]]
    clients: Dict[str, List[Client]]


@lru_cache(maxsize=8)
def banned(config: Config) -> Banned:
    functions: Dict[str, List[str]] = {}
    clients: Dict[str, List[Client]] = {}
    for entry in config.all_banned_calls:
        constructor, marker, method = entry.partition("().")
        if marker:
            path = tuple(method.split("."))
            clients.setdefault(path[-1], []).append(Client(constructor, path, entry))
        else:
            functions.setdefault(entry.rpartition(".")[2], []).append(entry)
    return Banned(functions, clients)


_BANNED = ("banned", 0)


def banned_entry(call: ModelCall, context: Context) -> Optional[str]:
    """The configured entry *call* reaches, as written in the option; None if none."""
    table: Optional[Banned] = context.memo.get(_BANNED)
    if table is None:
        table = context.memo[_BANNED] = banned(context.config)
    key = ("entry", id(call))
    if key in context.memo:
        return cast(Optional[str], context.memo[key])
    entry = context.memo[key] = _entry(call, context, table)
    return entry


def _entry(call: ModelCall, context: Context, table: Banned) -> Optional[str]:
    target = call.target
    for name in resolve(target, call.scope):
        for entry in table.functions.get(name.rpartition(".")[2], ()):
            if matches(name, entry):
                return entry
    if isinstance(target, ast.Attribute):
        # The module reached as a value: a property, a lazy loader, ``self.lib = litellm``.
        for module in module_names(context, target.value, call.scope, call.pos, 0):
            name = f"{module}.{target.attr}"
            for entry in table.functions.get(target.attr, ()):
                if matches(name, entry):
                    return entry
        for client in table.clients.get(target.attr, ()):
            base = _strip(target, client.path)
            if base is not None and is_instance(
                context, base, client.constructor, call.scope, call.pos, 0
            ):
                return client.entry
    return None


def _strip(node: ast.expr, path: Tuple[str, ...]) -> Optional[ast.expr]:
    """What ``<base>.chat.completions.create`` calls the path on: ``<base>``."""
    for attr in reversed(path):
        if not isinstance(node, ast.Attribute) or node.attr != attr:
            return None
        node = node.value
    return node
