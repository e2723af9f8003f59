"""Exemptions: why an event is not the agent work its kind tracks.

Each kind of event lists the ones that apply to it (``event_kinds``), in the
order they are tried; every rule on that kind honours them.
"""

from __future__ import annotations

import ast
from typing import List, Optional, cast

from .. import crews, resolve
from ..context import Context
from ..scopes import DEF, Scope, lookup
from ..walk import MethodEvent, Patch
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


def _in_crew_machinery(run: MethodEvent, context: Context) -> bool:
    """In a method of a crew class or subclass, or in a function put into a crew."""
    crews = context.config.crew_classes
    klass = run.scope.method_class()
    if klass is not None and resolve.inherits(context, klass, crews, "crew", 0):
        return True
    enclosing = set()
    scope: Optional[Scope] = run.scope
    while scope is not None:
        enclosing.add(id(scope))
        scope = scope.parent
    for patch in context.facts.patches:
        binding = lookup(patch.scope, patch.value.id, patch.pos).binding
        if binding is not None and binding.kind == DEF and id(binding.value) in enclosing:
            if _is_a_crew(patch, context):
                return True
    return False


def _is_a_crew(patch: Patch, context: Context) -> bool:
    """The patched owner is a crew class (or subclass), or a name kicked off after the patch
    in the same function: ``crew._execute_tasks = tracked`` ... ``crew.kickoff()``."""
    owner = patch.owner
    crews = context.config.crew_classes
    target = resolve.callee(context, owner, patch.scope, patch.pos, 0)
    if target is not None and (
        resolve.matches_any(target.names, crews)
        or (target.klass is not None and resolve.inherits(target.context, target.klass, crews,
                                                          "crew", 0))
    ):
        return True
    # The kickoffs' list, by the name event_kinds gives it (which imports this module).
    kickoffs = cast(List[MethodEvent], context.facts.events.get("kickoffs", []))
    return isinstance(owner, ast.Name) and any(
        isinstance(kickoff.receiver, ast.Name)
        and kickoff.receiver.id == owner.id
        and kickoff.scope is patch.scope
        and kickoff.pos > patch.pos
        for kickoff in kickoffs
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

CREW_MACHINERY = Exemption(
    "crew machinery", _in_crew_machinery, needs_file=True, reads=("crew_classes",)
)
"""Inside a crew's own machinery: a method of a crew class or subclass, or a function put
into a crew (``Crew._execute_tasks = patched``); it runs under the crew's callbacks."""

OWN_IMPLEMENTATION = Exemption("own implementation", resolve.implemented_here, needs_file=True)
"""The receiver's class, in this file or another module of the project, implements the method."""
