"""What the walk records: events, tracing spans, and one file's ``Facts``.

Every event starts with the same header (``Event``): where it is, the scope it
sits in and the tracing span around it. A kind of event adds what only the walk
can tell about it, as facts (``delegates``, ``wrapped``); what those facts mean
for a rule is decided in ``core.rules``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Set

from ..scopes import Scope


class Span:
    """A tracing span a call may sit in: a decorated function's body or a ``with`` body.

    Whether its decorators or context items are tracing ones is decided after
    the walk, through the file's imports (``tracing.traced``), once.
    """

    __slots__ = ("exprs", "scope", "parent", "decorator", "traces", "inside", "body")

    def __init__(
        self,
        exprs: List[ast.expr],
        scope: Scope,
        parent: Optional[Span],
        decorator: bool,
        inside: Scope,
        body: List[ast.stmt],
    ) -> None:
        self.exprs = exprs
        self.scope = scope
        """Where the decorators or context expressions are evaluated."""
        self.parent = parent
        """The span around this one in the same function, if any."""
        self.decorator = decorator
        self.inside = inside
        """The function (or the module) the spanned body runs in."""
        self.body = body
        """The spanned statements: a call between the first's start and the last's end is in
        the span (``callers`` asks this of a helper's call sites)."""
        self.traces: Optional[bool] = None
        """Whether the span traces, once worked out."""


class Event:
    """The header every event shares: where it is, its scope and the span around it."""

    __slots__ = ("line", "col", "pos", "scope", "span")

    def __init__(self, line: int, col: int, scope: Scope, span: Optional[Span]) -> None:
        self.line = line
        """1-based, as in the tree."""
        self.col = col
        """0-based, as in the tree."""
        self.pos = (line << 32) | col  # scopes.position, inlined
        self.scope = scope
        self.span = span


class MethodEvent(Event):
    """A method of some event kind called on something, or passed on by reference.

    Task executions and kickoffs are method events; their kind is the
    ``Facts.events`` list that holds them.
    """

    __slots__ = ("method", "receiver", "delegates", "passes_callbacks")

    def __init__(
        self,
        line: int,
        col: int,
        scope: Scope,
        span: Optional[Span],
        method: str,
        receiver: ast.expr,
        delegates: bool,
        passes_callbacks: bool,
    ) -> None:
        Event.__init__(self, line, col, scope, span)
        self.method = method
        self.receiver = receiver
        """What the method is called on, with walruses and ``await`` looked through."""
        self.delegates = delegates
        """``self.m()``, ``cls.m()`` or ``super().m()`` in a class that implements ``m``
        (or in one of its own methods of the same kind): the class uses its own code."""
        self.passes_callbacks = passes_callbacks
        """The call itself passes one of its kind's callback keywords (a kickoff's
        ``step_callback=``) or a ``**mapping`` that may carry one."""


class ModelCall(Event):
    """A call, or a reference in a value position, that may reach a model directly."""

    __slots__ = ("target", "wrapped")

    def __init__(
        self, line: int, col: int, scope: Scope, span: Optional[Span], target: ast.expr,
        wrapped: bool,
    ) -> None:
        Event.__init__(self, line, col, scope, span)
        self.target = target
        """The callee, or the referenced expression: a ``Name`` or an attribute."""
        self.wrapped = wrapped
        """It passes one of the LLM callback keywords (``partial`` included)."""


class Patch(NamedTuple):
    """``Owner.attr = function``: a name assigned to an attribute of something else than self."""

    owner: ast.expr
    attr: str
    value: ast.Name
    scope: Scope
    pos: int


@dataclass
class Facts:
    """What one file holds, ready for the checks in ``core.rules``."""

    module: Scope
    events: Dict[str, List[Event]]
    """The events of each kind, by the kind's name: the walk's method events and model
    calls, and the kinds scanned from the text (``rules.EventKind.scan``)."""
    model_calls: List[ModelCall] = field(default_factory=list)
    """Model-call candidates (``model_refs``): ``events["model_calls"]`` too."""
    spans: List[Span] = field(default_factory=list)
    aliases: Set[str] = field(default_factory=set)
    """Names an import binds to something else's last name: ``from m import f as g``."""
    last_completion: int = -1
    functions: List[Scope] = field(default_factory=list)
    """Every ``def``'s scope, with where it starts and ends (``callers.scope_at``)."""
    patches: List[Patch] = field(default_factory=list)
    """``Crew._execute_tasks = patched``: where a function may be put into another object."""
    imported: Set[str] = field(default_factory=set)
    """The top-level packages the file imports, anywhere and in any form (``crewai``)."""

    def __post_init__(self) -> None:
        self.events.setdefault("model_calls", self.model_calls)  # type: ignore[arg-type]
