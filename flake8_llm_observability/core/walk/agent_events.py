"""The walk's third job: task executions, kickoffs and the wiring calls around them.

A call whose attribute name plays a role (``vocabulary.TASK``, ``KICKOFF``,
``START``, ``FACTORY``, ``COMPLETION``) is recorded here: an event for a task
execution or a kickoff, a position in the scope for a start registration, a
handler factory or a completion. A task or kickoff method passed on by
reference is an event too.
"""

from __future__ import annotations

import ast

from ..scopes import unwrap
from .events import Execution, Kickoff
from .traversal import Traversal
from .vocabulary import COMPLETION, FACTORY, IMPL_KICKOFF, IMPL_TASK, KICKOFF, START, TASK


class AgentEvents(Traversal):
    """Executions, kickoffs, and where the wiring calls sit in each scope."""

    def _roles(self, node: ast.Call, func: ast.Attribute, role: int) -> None:
        scope = self.scope
        pos = (node.lineno << 32) | node.col_offset  # scopes.position, inlined
        if role & TASK:
            self._execution(func, node.lineno, node.col_offset)
        if role & KICKOFF:
            keywords = self.vocab.crew_callback_keywords
            self._kickoff(
                func,
                node.lineno,
                node.col_offset,
                any(kw.arg is None or kw.arg in keywords for kw in node.keywords),
            )
        if role & START:
            scope.first_start = min(scope.first_start, pos)
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & FACTORY:
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & COMPLETION:
            top = scope.outermost
            top.last_completion = max(top.last_completion, pos)
            self.facts.last_completion = max(self.facts.last_completion, pos)

    def _handler_factory_called(self, node: ast.Call) -> None:
        """A bare-name call to a handler factory: wiring from here on in the scope."""
        scope = self.scope
        scope.first_wiring = min(scope.first_wiring, (node.lineno << 32) | node.col_offset)

    def _passed_method(self, value: ast.Attribute, role: int) -> None:
        """A task or kickoff method passed by reference: an execution or kickoff there."""
        line, col = value.lineno, value.col_offset
        if role & TASK:
            self._execution(value, line, col)
        if role & KICKOFF:
            # The call the method is passed to carries its own keywords, not the kickoff's.
            self._kickoff(value, line, col, False)

    def _execution(self, func: ast.Attribute, line: int, col: int) -> None:
        self.facts.executions.append(
            Execution(
                line, col, self.scope, self.span, func.attr, unwrap(func.value),
                self._delegates(func, IMPL_TASK),
            )
        )

    def _kickoff(self, func: ast.Attribute, line: int, col: int, keywords: bool) -> None:
        kickoff = Kickoff(
            line, col, self.scope, self.span, func.attr, unwrap(func.value),
            self._delegates(func, IMPL_KICKOFF),
        )
        kickoff.keywords = keywords
        self.facts.kickoffs.append(kickoff)

    def _delegates(self, func: ast.Attribute, impl: int) -> bool:
        """``self.m()``, ``cls.m()`` or ``super().m()``: a class using its own implementation.

        It is, when the class defines ``m``, or when the call sits in a method
        that itself implements a task (or kickoff) method: a wrapper that runs
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
        if self.scope.impl & impl:
            return True
        return self.klass is not None and func.attr in self.klass.method_names
