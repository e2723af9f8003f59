"""Who calls a private or nested function, and with what: questions the walk cannot answer alone.

A private helper (``_start_discovery_flow_background(self, flow)``) or a
nested function is called from a few places in its module. When every one of
those calls is made where the work would count as wired, the work inside it is
wired; when every call passes a value of one kind at a parameter (a Flow, a
wired crew), the parameter holds that kind. The function must have at least
one call and never be used as a value (passed, stored, returned): then its
calls are all there is. A method's calls are ``self._m(...)`` and
``cls._m(...)``. The tree is read on demand, once per function and file, and
only for events that have findings.
"""

from __future__ import annotations

import ast
from typing import Callable, List, NamedTuple, Optional, cast

from .context import Context
from .scopes import Scope, position


class Site(NamedTuple):
    """A call of a helper: the call, the scope it sits in, where it starts."""

    call: ast.Call
    scope: Scope
    pos: int


class Passed(NamedTuple):
    """What one call of a helper passes at a parameter, and where the call is."""

    value: ast.expr
    scope: Scope
    pos: int


def helper_of(scope: Scope) -> Optional[Scope]:
    """The innermost ``def`` around *scope*, when it is private (``_name``) or nested."""
    current: Optional[Scope] = scope
    while current is not None and current.is_function and not current.name:
        current = current.parent  # a lambda: the def around it decides
    if current is None or not current.is_function:
        return None
    parent = current.parent
    nested = parent is not None and parent.is_function
    return current if nested or current.name.startswith("_") else None


def scope_at(context: Context, pos: int) -> Scope:
    """The innermost function of the file that holds *pos*; the module outside them all."""
    found = context.facts.module
    for function in context.facts.functions:
        if function.def_pos <= pos <= function.end and function.def_pos > found.def_pos:
            found = function
    return found


def call_sites(context: Context, function: Scope) -> Optional[List[Site]]:
    """Every call of *function* in its module; None when it has none or is used as a value."""
    key = ("calls", id(function))
    if key in context.memo:
        return cast(Optional[List[Site]], context.memo[key])
    context.memo[key] = sites = _call_sites(context, function)
    return sites


def _call_sites(context: Context, function: Scope) -> Optional[List[Site]]:
    tree = context.tree
    if tree is None:
        return None
    name = function.name
    method = function.klass is not None
    parent = function.parent
    # A nested function's name means it only inside the function that defines it.
    low, high = (parent.def_pos, parent.end) if parent is not None and parent.is_function else (
        0, float("inf")
    )
    calls: List[Site] = []
    called = set()
    references = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if _names(func, name, method):
                pos = position(node.lineno, node.col_offset)
                if low <= pos <= high:
                    calls.append(Site(node, scope_at(context, pos), pos))
                    called.add(id(func))
        elif isinstance(node, (ast.Name, ast.Attribute)) and _names(node, name, method):
            pos = position(node.lineno, node.col_offset)
            if low <= pos <= high:
                references.append(node)
    if not calls or any(id(node) not in called for node in references):
        return None
    return calls


def _names(node: ast.expr, name: str, method: bool) -> bool:
    """``name`` for a function; ``self.name`` or ``cls.name`` for a method."""
    if method:
        return (
            isinstance(node, ast.Attribute)
            and node.attr == name
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls")
        )
    return isinstance(node, ast.Name) and node.id == name


def all_wired(context: Context, scope: Scope, wired: Callable[[Scope, int], bool]) -> bool:
    """Whether the work in *scope* sits in a private or nested function every call of which
    is made where *wired* holds (the rule's own notion of wiring at a call site)."""
    function = helper_of(scope)
    if function is None:
        return False
    sites = call_sites(context, function)
    return sites is not None and all(wired(site.scope, site.pos) for site in sites)


def arguments(context: Context, function: Scope, name: str) -> Optional[List[Passed]]:
    """What every call of *function* passes at its parameter *name*, with where it passes it.

    None when the function is no private or nested helper, a call passes
    nothing there (a default, ``*args``, ``**kwargs``), or a call cannot be read.
    """
    if helper_of(function) is not function or function.args is None:
        return None
    sites = call_sites(context, function)
    if sites is None:
        return None
    args = function.args
    positional = [arg.arg for arg in (*getattr(args, "posonlyargs", ()), *args.args)]
    if function.klass is not None:
        positional = positional[1:]  # ``self`` or ``cls``, which the call does not pass
    index = positional.index(name) if name in positional else -1
    passed: List[Passed] = []
    for site in sites:
        call = site.call
        value: Optional[ast.expr] = None
        if 0 <= index < len(call.args) and not any(
            isinstance(arg, ast.Starred) for arg in call.args[: index + 1]
        ):
            value = call.args[index]
        for keyword in call.keywords:
            if keyword.arg == name:
                value = keyword.value
        if value is None:
            return None
        passed.append(Passed(value, site.scope, site.pos))
    return passed
