"""Exemptions: why an event is not the agent work its kind tracks.

Each kind of event lists the ones that apply to it (``event_kinds``), in the
order they are tried; every rule on that kind honours them.
"""

from __future__ import annotations

from .. import crews, resolve
from ..context import Context
from ..walk import MethodEvent
from .declaration import Exemption


def _delegates(event: MethodEvent, context: Context) -> bool:
    return event.delegates


def _in_tool_method(event: MethodEvent, context: Context) -> bool:
    return event.scope.in_tool


def _outside_the_framework(run: MethodEvent, context: Context) -> bool:
    """No package of a task class is imported, and nothing places the receiver as one."""
    classes = context.config.task_classes
    if {entry.partition(".")[0] for entry in classes} & context.facts.imported:
        return False
    return not any(
        resolve.is_instance(context, run.receiver, entry, run.scope, run.pos, 0)
        for entry in classes
    )


def _is_flow(kickoff: MethodEvent, context: Context) -> bool:
    return crews.receiver_state(kickoff, context) == crews.FLOW


DELEGATION = Exemption("delegation", _delegates, needs_file=False)
"""``self.execute_sync()`` in a class that implements it: the class uses its own code."""

TOOL_METHOD = Exemption("tool method", _in_tool_method, needs_file=False, reads=("tool_methods",))
"""Inside a method named in ``--llo-tool-methods``: the agent's tool, run inside a tracked task."""

FLOW = Exemption("flow", _is_flow, needs_file=True, reads=("flow_classes",))
"""The receiver is a Flow (``--llo-flow-classes``): a Flow takes no crew callbacks."""

NO_FRAMEWORK_IMPORT = Exemption(
    "no framework import", _outside_the_framework, needs_file=True, reads=("task_classes",)
)
"""A task method on a receiver nothing places as a ``--llo-task-classes`` instance, in a
module that imports none of their packages: ``execute_sync`` is a common name (circuit
breakers, hook runners), and CrewAI work is written where CrewAI is imported."""

OWN_IMPLEMENTATION = Exemption("own implementation", resolve.implemented_here, needs_file=True)
"""The receiver's class, in this file or one import away, defines the method itself."""
