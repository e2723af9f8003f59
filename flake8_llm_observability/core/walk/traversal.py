"""The walk's first job: visiting every node once, with an explicit stack, never recursion.

Nodes are dispatched by exact type, through ``TABLE``, to small handlers; every
other node only has its children pushed. A handler returns True when the walk
must not push the node's fields itself (it pushed what needs walking, or there
is nothing to walk). Statement lists are popped last-first, so nothing may
depend on the order events are seen in: each carries its position.

The state a node is walked in (scope, class, tracing span) is set by the
handler that opens it and undone by a ``Restore`` marker pushed beneath the
children it applies to.
"""

from __future__ import annotations

import ast
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Tuple

from ..options import Config
from ..scopes import ClassInfo, Scope
from .events import Facts, Span
from .vocabulary import MethodKindSpec, vocabulary


class Restore:
    """Stack marker: put back the walk state that held before a scope, class or span."""

    __slots__ = ("scope", "klass", "body_of", "span")

    def __init__(
        self,
        scope: Scope,
        klass: Optional[ClassInfo],
        body_of: Optional[ClassInfo],
        span: Optional[Span],
    ) -> None:
        self.scope = scope
        self.klass = klass
        self.body_of = body_of
        self.span = span


class Traversal:
    """The stack, the dispatch loop and the state each node is walked in."""

    def __init__(self, config: Config, method_kinds: Tuple[MethodKindSpec, ...]) -> None:
        self.vocab = vocabulary(config, method_kinds)
        self.roles = self.vocab.roles
        self.scope = Scope(None, 0)
        self.facts = Facts(self.scope, {kind.name: [] for kind in self.vocab.method_kinds})
        self.method_bits = self.vocab.method_bits
        """Every method kind's role bit: a name with one of them is some kind's method."""
        self.method_lists: List[Tuple[int, Optional[FrozenSet[str]], List[Any]]] = [
            (kind.bit, kind.call_keywords, self.facts.events[kind.name])
            for kind in self.vocab.method_kinds
        ]
        """Per method kind, for the hot path: its bit, its call keywords, its events' list."""
        self.klass: Optional[ClassInfo] = None
        """The class whose body, or one of whose methods, is being walked."""
        self.body_of: Optional[ClassInfo] = None
        """The class whose body itself is being walked (not one of its methods)."""
        self.span: Optional[Span] = None
        """The innermost span around the node, in the current function."""
        self.stack: List[object] = []

    def traverse(self, tree: ast.AST) -> None:
        stack = self.stack
        stack.append(tree)
        pop = stack.pop
        push = stack.append
        extend = stack.extend
        table = TABLE
        leaves = LEAF_TYPES
        while stack:
            node = pop()
            entry = table.get(node.__class__)
            if entry is None:
                entry = _learn(node.__class__)
            handler, fields = entry
            if handler is not None and handler(self, node):
                continue
            for name in fields:
                value: Any = getattr(node, name, None)
                kind = value.__class__
                if kind is list:
                    # Items of a list are pushed as they are; leaves among
                    # them (a name, a None key in a dict) are popped as such.
                    extend(value)
                elif kind not in leaves:
                    push(value)

    def _restore(self, marker: Restore) -> bool:
        self.scope = marker.scope
        self.klass = marker.klass
        self.body_of = marker.body_of
        self.span = marker.span
        return True

    def _enter(self, outer_parts: List[Any], body: List[Any]) -> None:
        """Push *outer_parts* to run in the current state, then a restore, then *body*.

        The caller then sets the state *body* is walked in.
        """
        stack = self.stack
        stack.extend(part for part in outer_parts if part is not None)
        stack.append(Restore(self.scope, self.klass, self.body_of, self.span))
        stack.extend(body)


Handler = Callable[[Any, Any], bool]

# Fields that never hold a call on Python 3.9-3.13: contexts and operators,
# identifiers (``names`` of ``global`` and of imports, whose aliases are two
# identifiers), numbers and flags. Skipping them keeps the walk cheaper than a
# plain visitor; ``tests/test_walk_table.py`` checks the list against the
# running Python's own node signatures.
INERT_FIELDS = frozenset(
    {
        "ctx", "op", "ops",
        "id", "attr", "arg", "names", "module", "kwd_attrs",
        "level", "kind", "type_comment", "is_async", "conversion",
    }
)

LEAVES = (ast.Name, ast.Constant, str, int, type(None))
"""Leaves: nothing below them can be a call, so they are not pushed where that is cheap."""
LEAF_TYPES: FrozenSet[type] = frozenset(LEAVES)

# Per node type: the handler (or None) and the fields to walk into. Each
# handler takes its own node type. Types not listed are learnt on first sight.
TABLE: Dict[type, Tuple[Optional[Handler], Tuple[str, ...]]] = {
    leaf: (None, ()) for leaf in LEAVES
}


def _learn(kind: type) -> Tuple[Optional[Handler], Tuple[str, ...]]:
    fields = tuple(name for name in getattr(kind, "_fields", ()) if name not in INERT_FIELDS)
    entry = (None, fields)
    TABLE[kind] = entry
    return entry


def register(handlers: List[Tuple[Optional[type], Handler]]) -> None:
    """Dispatch each node type to its handler (a type of None: not on this Python)."""
    TABLE.update(
        {kind: (handler, _learn(kind)[1]) for kind, handler in handlers if kind is not None}
    )
    TABLE[Restore] = (Traversal._restore, ())
