"""The walk's third job: method events (task executions, kickoffs) and the wiring calls.

A call whose attribute name plays a role is recorded here: an event of each
method kind (``rules.EventKind`` with ``methods``) whose option names it, or a
position in the scope for a start registration (``vocabulary.START``), a
handler factory (``FACTORY``) or a completion (``COMPLETION``). A method of a
kind passed on by reference is an event too.
"""

from __future__ import annotations

import ast

from ..scopes import unwrap
from .events import MethodEvent
from .traversal import Traversal
from .vocabulary import COMPLETION, FACTORY, START, WIRING


class AgentEvents(Traversal):
    """Method events of every kind, and where the wiring calls sit in each scope."""

    def _roles(self, node: ast.Call, func: ast.Attribute, role: int) -> None:
        if role & self.method_bits:
            given = node.keywords
            for bit, keywords, events in self.method_lists:
                if role & bit:
                    passes = bool(given) and keywords is not None and any(
                        kw.arg is None or kw.arg in keywords for kw in given
                    )
                    events.append(MethodEvent(
                        node.lineno, node.col_offset, self.scope, self.span, func.attr,
                        unwrap(func.value), self._delegates(func, bit), passes,
                    ))
        if role & WIRING:
            self._wiring(node, role)

    def _wiring(self, node: ast.Call, role: int) -> None:
        """A start registration, handler factory or completion called here, as a method or
        as a plain function (``crew_started(...)``, ``crew_completed(task_id, out)``)."""
        scope = self.scope
        pos = (node.lineno << 32) | node.col_offset  # scopes.position, inlined
        if role & START:
            scope.first_start = min(scope.first_start, pos)
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & FACTORY:
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & COMPLETION:
            top = scope.outermost
            top.last_completion = max(top.last_completion, pos)
            self.facts.last_completion = max(self.facts.last_completion, pos)

    def _passed_method(self, value: ast.Attribute, role: int) -> None:
        """A method of some kind passed by reference: an event of that kind there.

        The call it is passed to carries its own keywords, not the method's.
        """
        for bit, _, events in self.method_lists:
            if role & bit:
                events.append(MethodEvent(
                    value.lineno, value.col_offset, self.scope, self.span, value.attr,
                    unwrap(value.value), self._delegates(value, bit), False,
                ))

    def _delegates(self, func: ast.Attribute, bit: int) -> bool:
        """``self.m()``, ``cls.m()`` or ``super().m()``: a class using its own implementation.

        It is, when the class defines ``m``, or when the call sits in a method
        that itself implements a method of the same kind: a wrapper that runs
        ``execute_async`` from ``execute_sync`` implements the API, not uses it.
        """
        value = func.value
        if isinstance(value, ast.Name):
            if value.id not in ("self", "cls"):
                return False
        elif not (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "super"
        ):
            return False
        if self.scope.impl & bit:
            return True
        return self.klass is not None and func.attr in self.klass.method_names
