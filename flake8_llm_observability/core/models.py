"""Which configured banned call, if any, a call or reference reaches (LLO003).

Two kinds of entry in ``--llo-banned-calls``:

- a function, ``litellm.completion``: matched by the callee's dotted name
  through the file's imports, and through the library's submodules
  (``litellm.main.completion``);
- a client method, ``litellm.Router().acompletion``: matched when the method
  path is called on an instance of the constructor: the constructor call
  itself, a call of a factory (in the file or one import away) whose every
  ``return`` gives one, a name bound to one, ``self.<attr>`` assigned one in
  any method of the class, or a name or parameter annotated with the class.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Tuple, cast

from .walk import ModelCall
from .resolve import LIMIT, callee
from .imports import matches, resolve
from .options import Config
from .context import Context
from .scopes import VALUE, Scope, lookup, start, unwrap

_DOTTED = re.compile(r"^[^\W\d]\w*(\.[^\W\d]\w*)*$")


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


def is_instance(
    context: Context, node: ast.expr, constructor: str, scope: Scope, pos: int, depth: int
) -> bool:
    """Whether *node* holds an instance made by the *constructor* class."""
    if depth > LIMIT:
        return False
    node = unwrap(node)
    if isinstance(node, ast.Call):
        if any(matches(name, constructor) for name in resolve(node.func, scope)):
            return True
        target = callee(context, node.func, scope, pos, depth + 1)
        return target is not None and target.function is not None and _factory_makes(
            target.context, target.function, constructor, depth + 1
        )
    if isinstance(node, ast.Name):
        found = lookup(scope, node.id, pos)
        binding = found.binding
        if (
            binding is not None
            and binding.kind == VALUE
            and is_instance(
                context, binding.value, constructor, found.scope, start(binding.value), depth + 1
            )
        ):
            return True
        annotation = found.scope.annotation_of(node.id)
        return annotation is not None and annotated_as(annotation, constructor, found.scope)
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    ):
        return _self_attribute(context, node.attr, constructor, scope, pos, depth)
    return False


def _factory_makes(context: Context, function: Scope, constructor: str, depth: int) -> bool:
    """A factory (here or one import away) that has a ``return`` and every one gives a client."""
    key = ("makes " + constructor, id(function))
    if key in context.memo:
        return cast(bool, context.memo[key])
    context.memo[key] = False  # a factory that returns itself makes nothing
    returns = function.returns
    made = bool(returns) and all(
        value is not None and is_instance(context, value, constructor, function, start(value),
                                          depth + 1)
        for _, value in returns
    )
    context.memo[key] = made
    return made


def _self_attribute(
    context: Context, attr: str, constructor: str, scope: Scope, pos: int, depth: int
) -> bool:
    binding = scope.latest("self." + attr, pos)
    if binding is not None and binding.kind == VALUE and is_instance(
        context, binding.value, constructor, scope, start(binding.value), depth + 1
    ):
        return True
    klass = scope.method_class()
    if klass is None:
        return False
    for value, where in klass.attrs.get(attr, ()):
        if is_instance(context, value, constructor, where, start(value), depth + 1):
            return True
    annotation = klass.annotations.get(attr)
    return annotation is not None and annotated_as(annotation, constructor, klass.scope)


def _dotted_node(text: str) -> ast.expr:
    """A forward reference ``"openai.OpenAI"`` as the expression it names."""
    first, *rest = text.split(".")
    node: ast.expr = ast.Name(id=first, ctx=ast.Load())
    for part in rest:
        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
    return node


_WRAPPERS = {"Optional": "all", "Union": "all", "Annotated": "first"}


def annotated_as(annotation: ast.expr, constructor: str, scope: Scope) -> bool:
    """``C``, ``"C"``, ``Optional[C]``, ``Union[C, ...]``, ``C | None``, ``Annotated[C, ...]``."""
    stack = [annotation]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _DOTTED.match(node.value):
                stack.append(_dotted_node(node.value))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            stack.extend((node.left, node.right))
        elif isinstance(node, ast.Subscript):
            head = node.value.attr if isinstance(node.value, ast.Attribute) else getattr(
                node.value, "id", None
            )
            how = _WRAPPERS.get(head or "")
            inner = node.slice
            inner = getattr(inner, "value", inner) if type(inner).__name__ == "Index" else inner
            elements = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            if how == "all":
                stack.extend(elements)
            elif how == "first":
                stack.extend(elements[:1])  # Annotated[()] parses too
        elif isinstance(node, (ast.Name, ast.Attribute)):
            if any(matches(name, constructor) for name in resolve(node, scope)):
                return True
    return False
