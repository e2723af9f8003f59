"""The walk's fourth job: calls and references that may reach a model directly (LLO003).

A call whose callee's last name is that of a banned call or client method, or
a bare name that may be one (``vocabulary.model_leaves`` and the file's import
aliases), is a candidate; so is such a name or attribute in a value position:
assigned, returned, put in a list or dict, passed on, a default. Whether a
candidate really reaches a banned call is resolved after the walk (``models``).
The walk collects candidates only when a rule that judges them may fire.
"""

from __future__ import annotations

import ast
from typing import Any, FrozenSet, List, Optional, cast

from .events import ModelCall
from .traversal import Traversal
from .vocabulary import INTROSPECTION, MODEL, PARTIALS

REFERABLE = frozenset({ast.Name, ast.Attribute, ast.IfExp, ast.BoolOp})
"""Value expressions that are, or may evaluate to, a function."""
BRANCHING = frozenset({ast.IfExp, ast.BoolOp})
"""Expressions that may evaluate to a function passed on instead of called."""


def callee_name(func: ast.expr) -> Optional[str]:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class ModelReferences(Traversal):
    """Model-call candidates: calls, and references in value positions."""

    collect_model_calls: bool
    """Whether candidates are recorded at all (a rule judging them may fire)."""
    named: FrozenSet[str]
    """Bare names that may be a banned function: last names, and import aliases."""

    def _model_call(self, node: ast.Call, func: ast.expr) -> None:
        llm_keywords = self.vocab.llm_callback_keywords
        self.facts.model_calls.append(
            ModelCall(
                node.lineno, node.col_offset, self.scope, self.span, func,
                any(keyword.arg in llm_keywords for keyword in node.keywords),
            )
        )

    def _passed_on(self, node: ast.Call, found: List[ast.expr]) -> None:
        """Model-call candidates among a call's arguments, unless the call only looks at them."""
        name = callee_name(node.func)
        if name in INTROSPECTION and node.args and found[0] is node.args[0]:
            found = found[1:]
        wrapped = False
        if name in PARTIALS:
            llm_keywords = self.vocab.llm_callback_keywords
            wrapped = any(kw.arg in llm_keywords for kw in node.keywords)
        self._value_refs(found, wrapped)

    def _value_refs(self, values: List[ast.expr], wrapped: bool = False) -> None:
        """Record names and attributes in a value position as model-call candidates.

        A conditional expression or ``or``/``and`` is looked through: either
        branch may be the function that gets called later.
        """
        roles = self.roles
        named = self.named
        todo: List[Any] = values
        while todo:
            branches: List[Any] = []
            for value in todo:
                kind = value.__class__
                if (kind is ast.Name and value.id in named) or (
                    kind is ast.Attribute and roles.get(value.attr, 0) & MODEL
                ):
                    self.facts.model_calls.append(
                        ModelCall(
                            value.lineno, value.col_offset, self.scope, self.span, value, wrapped
                        )
                    )
                elif kind is ast.IfExp:
                    branches += (value.body, value.orelse)
                elif kind is ast.BoolOp:
                    branches += value.values
            todo = branches

    def _value_ref(self, value: Optional[ast.expr]) -> None:
        """One value position: skip the common values that cannot be a function quickly."""
        if value.__class__ in REFERABLE:
            self._value_refs([cast(ast.expr, value)])

    def _elements(self, node: ast.List | ast.Tuple | ast.Set) -> bool:
        if self.collect_model_calls:
            self._value_refs(node.elts)
        return False

    def _dict(self, node: ast.Dict) -> bool:
        if self.collect_model_calls:
            self._value_refs(node.values)
        return False
