"""Exemptions that more than one rule lists; a rule's own live in its module."""

from __future__ import annotations

from .. import crews
from ..project import Context
from ..walk import Execution, MethodEvent
from .declaration import Exemption


def _delegates(event: MethodEvent, context: Context) -> bool:
    return event.delegates


def _in_tool_method(event: Execution, context: Context) -> bool:
    return event.scope.in_tool


DELEGATION = Exemption("delegation", _delegates, needs_file=False)
"""``self.execute_sync()`` in a class that implements it: the class uses its own code."""

TOOL_METHOD = Exemption("tool method", _in_tool_method, needs_file=False, reads=("tool_methods",))
"""Inside a method named in ``--llo-tool-methods``: the agent's tool, run inside a tracked task."""

OWN_IMPLEMENTATION = Exemption("own implementation", crews.implemented_here, needs_file=True)
"""The receiver's class, in this file or one import away, defines the method itself."""
