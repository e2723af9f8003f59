"""Whether a call sits in a tracing span the team configured: wired, for every rule.

``--llo-tracing-decorators`` and ``--llo-tracing-contexts`` name what traces:
a dotted name resolved through the file's imports (``langfuse.observe``), a
bare name defined in the file itself (``traced``), or ``*.<method>`` for a
method of that name on any receiver (``*.start_as_current_span``). A
decorator counts with or without a call, a context with or without ``as``.
The walk records every decorated function and ``with`` body as a ``Span``
when these options are set; this module decides each once.
"""

from __future__ import annotations

import ast
from typing import List, Optional, Set

from .walk import Span
from .imports import resolve
from .options import Config
from .context import Context
from .scopes import Scope, meaning


def traced(span: Optional[Span], context: Context) -> bool:
    """Whether *span*, or a span around it in the same function, traces."""
    while span is not None:
        if span.traces is None:
            span.traces = bool(_matched(span, context.config))
        if span.traces:
            return True
        span = span.parent
    return False


def _matched(span: Span, config: Config) -> List[str]:
    """The configured entries the span's decorators (or ``with`` items) call."""
    entries = config.tracing_decorators if span.decorator else config.tracing_contexts
    return [
        entry
        for expr in span.exprs
        for entry in entries
        if is_entry(expr.func if isinstance(expr, ast.Call) else expr, entry, span.scope)
    ]


def is_entry(func: ast.expr, entry: str, scope: Scope) -> bool:
    """Whether the decorator or context callee *func* is the configured *entry*."""
    if entry.startswith("*."):
        return isinstance(func, ast.Attribute) and func.attr == entry[2:]
    if "." not in entry and isinstance(func, ast.Name) and func.id == entry:
        # A bare name: defined in this file, or bound nowhere; not imported.
        return not isinstance(meaning(scope, entry), set)
    return entry in resolve(func, scope)


def used_entries(context: Context) -> Set[str]:
    """Every configured decorator or context that some span in the file uses."""
    return {entry for span in context.facts.spans for entry in _matched(span, context.config)}
