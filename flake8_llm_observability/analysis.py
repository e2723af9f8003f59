"""The single pass over the tree that collects what the rules decide on.

The walk uses an explicit stack, never recursion, so a 900-term expression is
as safe as a one-liner. Nodes are dispatched by exact type to small handlers;
every other node only has its children pushed. Scope changes are undone by a
marker pushed beneath the children they apply to.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from .imports import ImportMap, add_import, dotted_parts
from .options import Config
from .scopes import Scope, position


class Execution(NamedTuple):
    """A task execution: ``<expr>.<task method>(...)``."""

    line: int
    col: int
    pos: int
    method: str
    scope: Scope


class Kickoff(NamedTuple):
    """A kickoff that carries no callbacks itself; *receiver* when a plain name."""

    line: int
    col: int
    pos: int
    method: str
    scope: Scope
    receiver: Optional[str]


class CallSite(NamedTuple):
    """A call whose callee is a dotted chain from a name, for LLO003."""

    line: int
    col: int
    parts: List[str]


@dataclass
class Facts:
    """What one file holds, ready for the checks in ``rules``."""

    executions: List[Execution] = field(default_factory=list)
    kickoffs: List[Kickoff] = field(default_factory=list)
    call_sites: List[CallSite] = field(default_factory=list)
    imports: ImportMap = field(default_factory=dict)
    last_completion: int = -1


class Vocabulary(NamedTuple):
    """The option lists the walk looks names up in, as sets, built once per configuration."""

    task_methods: FrozenSet[str]
    kickoff_methods: FrozenSet[str]
    handler_factories: FrozenSet[str]
    start_callbacks: FrozenSet[str]
    completion_callbacks: FrozenSet[str]
    crew_callback_keywords: FrozenSet[str]
    tool_methods: FrozenSet[str]


@lru_cache(maxsize=8)
def vocabulary(config: Config) -> Vocabulary:
    return Vocabulary(*(frozenset(getattr(config, name)) for name in Vocabulary._fields))


class _Restore:
    """Stack marker: put back the walk state that held before a scope or class."""

    __slots__ = ("scope", "class_methods", "in_class_body")

    def __init__(
        self, scope: Scope, class_methods: Optional[frozenset[str]], in_class_body: bool
    ) -> None:
        self.scope = scope
        self.class_methods = class_methods
        self.in_class_body = in_class_body


def _unwrap(node: ast.expr) -> ast.expr:
    """``(crew := Crew(...))`` and ``await make()`` stand for the value inside."""
    while isinstance(node, (ast.NamedExpr, ast.Await)):
        node = node.value
    return node


def _stored_names(target: ast.AST) -> List[str]:
    return [
        node.id
        for node in ast.walk(target)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    ]


def _end(node: ast.AST) -> int:
    return position(getattr(node, "end_lineno", 0) or 0, getattr(node, "end_col_offset", 0) or 0)


class _Walk:
    def __init__(self, config: Config, with_calls: bool) -> None:
        self.config = vocabulary(config)
        self.with_calls = with_calls
        self.facts = Facts()
        self.scope = Scope(None, 0, False)
        self.class_methods: Optional[frozenset[str]] = None
        self.in_class_body = False
        self.stack: List[object] = []

    def run(self, tree: ast.AST) -> Facts:
        stack = self.stack
        stack.append(tree)
        pop = stack.pop
        push = stack.append
        extend = stack.extend
        table = _TABLE
        while stack:
            node = pop()
            entry = table.get(node.__class__)
            if entry is None:
                entry = _learn(node.__class__)
            handler, fields = entry
            if handler is not None and handler(self, node):
                continue
            for name in fields:
                value = getattr(node, name, None)
                if value.__class__ is list:
                    # Non-node items (a None key in a dict, a constant's
                    # ``None``) are popped as leaves with no fields.
                    extend(value)
                elif value is not None:
                    push(value)
        return self.facts

    # Handlers return True when the walk must not push the node's fields itself:
    # they pushed what needs walking (or there is nothing to walk).

    def _restore(self, marker: _Restore) -> bool:
        self.scope = marker.scope
        self.class_methods = marker.class_methods
        self.in_class_body = marker.in_class_body
        return True

    def _enter(self, outer_parts: List[Optional[ast.AST]], body: List[ast.stmt]) -> None:
        """Push *outer_parts* to run in the current state, then a restore, then *body*."""
        stack = self.stack
        stack.extend(part for part in outer_parts if part is not None)
        stack.append(_Restore(self.scope, self.class_methods, self.in_class_body))
        stack.extend(body)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        outer = self.scope
        pos = position(node.lineno, node.col_offset)
        in_tool = outer.in_tool or (self.in_class_body and node.name in self.config.tool_methods)
        self._bind(node.name, pos, False)
        self._enter(
            [*node.decorator_list, node.args, node.returns, *getattr(node, "type_params", ())],
            node.body,
        )
        self.scope = Scope(outer, pos, in_tool)
        self.in_class_body = False
        return True

    def _lambda(self, node: ast.Lambda) -> bool:
        outer = self.scope
        self._enter([node.args], [node.body])  # type: ignore[list-item]
        self.scope = Scope(outer, position(node.lineno, node.col_offset), outer.in_tool)
        self.in_class_body = False
        return True

    def _class(self, node: ast.ClassDef) -> bool:
        self._bind(node.name, position(node.lineno, node.col_offset), False)
        self._enter(
            [*node.decorator_list, *node.bases, *node.keywords, *getattr(node, "type_params", ())],
            node.body,
        )
        self.class_methods = frozenset(
            stmt.name
            for stmt in node.body
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
        )
        self.in_class_body = True
        return True

    def _carries_callbacks(self, node: ast.expr) -> bool:
        """A call passing a crew-callback keyword or a ``**mapping``."""
        if not isinstance(node, ast.Call):
            return False
        keywords = self.config.crew_callback_keywords
        return any(kw.arg is None or kw.arg in keywords for kw in node.keywords)

    def _delegates(self, func: ast.Attribute) -> bool:
        """``self.m()``, ``cls.m()`` or ``super().m()`` inside a class defining m."""
        methods = self.class_methods
        if methods is None or func.attr not in methods:
            return False
        value = func.value
        if isinstance(value, ast.Name):
            return value.id in ("self", "cls")
        return (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "super"
        )

    def _call(self, node: ast.Call) -> bool:
        func = node.func
        config = self.config
        scope = self.scope
        pos = (node.lineno << 32) | node.col_offset  # scopes.position, inlined
        if isinstance(func, ast.Attribute):
            name = func.attr
            if name in config.task_methods and not self._delegates(func):
                self.facts.executions.append(
                    Execution(node.lineno, node.col_offset, pos, name, scope)
                )
            if name in config.kickoff_methods:
                self._kickoff(node, func, pos)
            if name in config.start_callbacks:
                scope.first_start = min(scope.first_start, pos)
                scope.first_wiring = min(scope.first_wiring, pos)
            if name in config.handler_factories:
                scope.first_wiring = min(scope.first_wiring, pos)
            if name in config.completion_callbacks:
                top = scope.outermost
                top.last_completion = max(top.last_completion, pos)
                self.facts.last_completion = max(self.facts.last_completion, pos)
        elif isinstance(func, ast.Name) and func.id in config.handler_factories:
            scope.first_wiring = min(scope.first_wiring, pos)
        if self.with_calls:
            parts = dotted_parts(func)
            if parts is not None:
                self.facts.call_sites.append(CallSite(node.lineno, node.col_offset, parts))
        return False

    def _kickoff(self, node: ast.Call, func: ast.Attribute, pos: int) -> None:
        receiver = _unwrap(func.value)
        if (
            self._delegates(func)
            or self._carries_callbacks(node)
            or self._carries_callbacks(receiver)
        ):
            return
        name = receiver.id if isinstance(receiver, ast.Name) else None
        self.facts.kickoffs.append(
            Kickoff(node.lineno, node.col_offset, pos, func.attr, self.scope, name)
        )

    def _bind(self, name: str, pos: int, wired: bool) -> None:
        # A name bound in a class body is a class attribute, not a variable of
        # the scope around the class: ``def crew(self)`` does not rebind ``crew``.
        if not self.in_class_body:
            self.scope.bind(name, pos, wired)

    def _bind_targets(self, targets: List[ast.expr], end: int, value: Optional[ast.expr]) -> None:
        wired = value is not None and self._carries_callbacks(_unwrap(value))
        for target in targets:
            if isinstance(target, ast.Name):
                self._bind(target.id, end, wired)
            else:
                for name in _stored_names(target):
                    self._bind(name, end, False)

    def _assign(self, node: ast.Assign) -> bool:
        self._bind_targets(node.targets, _end(node), node.value)
        return False

    def _ann_assign(self, node: ast.AnnAssign) -> bool:
        if node.value is not None:
            self._bind_targets([node.target], _end(node), node.value)
        return False

    def _aug_assign(self, node: ast.AugAssign) -> bool:
        self._bind_targets([node.target], _end(node), None)
        return False

    def _named_expr(self, node: ast.NamedExpr) -> bool:
        self._bind_targets([node.target], _end(node), node.value)
        return False

    def _loop_target(self, node: ast.For | ast.AsyncFor | ast.comprehension) -> bool:
        self._bind_targets([node.target], _end(node.target), None)
        return False

    def _with_item(self, node: ast.withitem) -> bool:
        if node.optional_vars is not None:
            self._bind_targets([node.optional_vars], _end(node.optional_vars), None)
        return False

    def _import(self, node: ast.Import | ast.ImportFrom) -> bool:
        if self.with_calls:
            add_import(self.facts.imports, node)
        return True


# Fields that never hold a call on Python 3.9-3.13: contexts and operators,
# identifiers (``names`` of ``global`` and of imports, whose aliases are two
# identifiers), numbers and flags. Skipping them keeps the walk cheaper than a
# plain visitor; ``tests/test_walk_table.py`` checks the list against the
# running Python's own node signatures.
_INERT_FIELDS = frozenset(
    {
        "ctx", "op", "ops",
        "id", "attr", "arg", "names", "module", "kwd_attrs",
        "level", "kind", "type_comment", "is_async", "conversion",
    }
)

# Per node type: the handler (or None) and the fields to walk into. Each
# handler takes its own node type. Types not listed are learnt on first sight.
_TABLE: Dict[type, Tuple[Optional[Callable[[_Walk, Any], bool]], Tuple[str, ...]]] = {}


def _learn(kind: type) -> Tuple[Optional[Callable[[_Walk, Any], bool]], Tuple[str, ...]]:
    fields = tuple(
        name for name in getattr(kind, "_fields", ()) if name not in _INERT_FIELDS
    )
    entry = (None, fields)
    _TABLE[kind] = entry
    return entry


for _kind, _handler in (
    (_Restore, _Walk._restore),
    (ast.Call, _Walk._call),
    (ast.FunctionDef, _Walk._function),
    (ast.AsyncFunctionDef, _Walk._function),
    (ast.Lambda, _Walk._lambda),
    (ast.ClassDef, _Walk._class),
    (ast.Assign, _Walk._assign),
    (ast.AnnAssign, _Walk._ann_assign),
    (ast.AugAssign, _Walk._aug_assign),
    (ast.NamedExpr, _Walk._named_expr),
    (ast.For, _Walk._loop_target),
    (ast.AsyncFor, _Walk._loop_target),
    (ast.comprehension, _Walk._loop_target),
    (ast.withitem, _Walk._with_item),
    (ast.Import, _Walk._import),
    (ast.ImportFrom, _Walk._import),
):
    _TABLE[_kind] = (_handler, _learn(_kind)[1])
_LEAVES = (ast.Name, ast.Constant, str, int, type(None))
"""Leaves: nothing below them can be a call."""
for _leaf in _LEAVES:
    _TABLE[_leaf] = (None, ())


def analyse(tree: ast.AST, config: Config, subjects: FrozenSet[str]) -> Facts:
    """Walk *tree* once; record call sites only when a rule judging them may fire."""
    return _Walk(config, "call_sites" in subjects).run(tree)
