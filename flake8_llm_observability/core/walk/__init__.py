"""The single pass over a tree that records the facts the rules decide on.

The walk has four jobs, one module each, put together in ``walker.Walk``:

- ``traversal``: every node once, with an explicit stack, dispatched by type;
- ``symbols``: scopes, classes and the bindings of names;
- ``agent_events``: method events of every declared kind (task executions,
  kickoffs) and the wiring calls around them;
- ``model_refs``: calls and references that may reach a model directly.

``events`` holds what is recorded (``Facts``, the events, tracing spans);
``vocabulary`` the option lists as the walk looks names up in them.
"""

from __future__ import annotations

from .events import Event, Facts, MethodEvent, ModelCall, Patch, Span
from .symbols import receiver_key
from .vocabulary import MethodKindSpec, model_leaves, vocabulary
from .walker import analyse

__all__ = [
    "Event", "Facts", "MethodEvent", "MethodKindSpec", "ModelCall", "Patch", "Span",
    "analyse", "model_leaves", "receiver_key", "vocabulary",
]
