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
from bisect import bisect_right
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple, cast

from .context import Context
from .scopes import NEVER, Scope, position
from .tracing import traced
from .walk import Span


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


class _Index(NamedTuple):
    """Every reference to a name, or to an attribute of ``self`` or ``cls``, in the file's
    tree, with the call each one is the callee of; and the file's functions by start."""

    names: Dict[str, List[ast.Name]]
    methods: Dict[str, List[ast.Attribute]]
    calls: Dict[int, ast.Call]
    """The call whose callee a reference is, by the reference's id."""
    starts: List[int]
    functions: List[Scope]


_INDEX = ("callers index", 0)


def _index(context: Context, tree: ast.AST) -> _Index:
    """The file's index, built by one walk of its tree the first time a helper is asked of."""
    index = cast(Optional[_Index], context.memo.get(_INDEX))
    if index is None:
        names: Dict[str, List[ast.Name]] = {}
        methods: Dict[str, List[ast.Attribute]] = {}
        calls: Dict[int, ast.Call] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                names.setdefault(node.id, []).append(node)
            elif isinstance(node, ast.Attribute):
                owner = node.value
                if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                    methods.setdefault(node.attr, []).append(node)
            elif isinstance(node, ast.Call):
                calls[id(node.func)] = node
        functions = sorted(context.facts.functions, key=lambda function: function.def_pos)
        index = _Index(names, methods, calls, [f.def_pos for f in functions], functions)
        context.memo[_INDEX] = index
    return index


def scope_at(index: _Index, module: Scope, pos: int) -> Scope:
    """The innermost function of the file that holds *pos*; the module outside them all.

    That is the function starting last before *pos*, or the innermost function
    around it that still holds *pos*: functions nest.
    """
    at = bisect_right(index.starts, pos) - 1
    scope: Optional[Scope] = index.functions[at] if at >= 0 else None
    while scope is not None and scope.is_function and not scope.def_pos <= pos <= scope.end:
        scope = scope.parent
    return scope if scope is not None and scope.is_function else module


def call_sites(context: Context, function: Scope) -> Optional[List[Site]]:
    """Every call of *function* in its module; None when it has none or is used as a value."""
    key = ("calls", id(function))
    if key in context.memo:
        return cast(Optional[List[Site]], context.memo[key])
    context.memo[key] = sites = _call_sites(context, function)
    return sites


def _call_sites(context: Context, function: Scope) -> Optional[List[Site]]:
    """A method's calls are ``self._m(...)`` and ``cls._m(...)``; a function's, ``_f(...)``."""
    tree = context.tree
    if tree is None:
        return None
    index = _index(context, tree)
    name = function.name
    references: List[ast.expr] = [
        *(index.methods if function.klass is not None else index.names).get(name, ())
    ]
    parent = function.parent
    # A nested function's name means it only inside the function that defines it.
    low, high = (parent.def_pos, parent.end) if parent is not None and parent.is_function else (
        0, NEVER
    )
    calls: List[Site] = []
    for node in references:
        pos = position(node.lineno, node.col_offset)
        if low <= pos <= high:
            call = index.calls.get(id(node))
            if call is None:
                return None  # used as a value (passed, stored, returned) or rebound
            calls.append(Site(call, scope_at(index, context.facts.module, pos), pos))
    return calls or None


def all_wired(
    context: Context, scope: Scope, wired: Callable[[Scope, int], bool], label: str,
    depth: int = 0,
) -> bool:
    """Whether the work in *scope* sits in a private or nested function every call of which
    is made where *wired* holds (the rule's own notion of wiring at a call site), inside a
    configured tracing span, or in turn inside such a helper, up to ``LEVELS`` callers up.

    *label* names the rule's notion of wiring in the memo; a helper reached again while its
    own answer is being worked out (recursion) is not wired. An answer is kept with the
    level it was worked out at: "not wired" from deeper down may have run out of levels, so
    it is worked out again when asked from nearer.
    """
    function = helper_of(scope)
    if function is None:
        return False
    key = ("wired by callers " + label, id(function))
    kept = cast(Optional[Tuple[bool, int]], context.memo.get(key))
    if kept is not None and (kept[0] or kept[1] <= depth):
        return kept[0]
    if depth >= LEVELS:
        return False
    context.memo[key] = (False, depth)
    sites = call_sites(context, function)
    answer = sites is not None and all(
        wired(site.scope, site.pos)
        or spanned(context, site.scope, site.pos)
        or all_wired(context, site.scope, wired, label, depth + 1)
        for site in sites
    )
    context.memo[key] = (answer, depth)
    return answer


LEVELS = 12
"""How many callers up a helper's wiring is looked for."""


def spanned(context: Context, scope: Scope, pos: int) -> bool:
    """Whether *pos*, in *scope*, sits in a tracing span the team configured."""
    by_scope = cast(Optional[Dict[int, List[Span]]], context.memo.get(_SPANS))
    if by_scope is None:
        by_scope = {}
        for span in context.facts.spans:  # a ``with`` or ``def`` body is never empty
            by_scope.setdefault(id(span.inside), []).append(span)
        context.memo[_SPANS] = by_scope
    for span in by_scope.get(id(scope), ()):
        first, last = span.body[0], span.body[-1]
        if position(first.lineno, first.col_offset) <= pos <= position(
            last.end_lineno or 0, last.end_col_offset or 0
        ) and traced(span, context):
            return True
    return False


_SPANS = ("spans by scope", 0)


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
