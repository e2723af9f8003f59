"""What a name or a receiver is: a function, a class, an instance of one, or imported names.

Every rule that asks what a call's receiver or callee is asks here: LLO002's
crews and Flows (``crews``), LLO003's clients (``models``), and the exemption
for a project's own implementation of a task or kickoff method. Names are
followed through ``scopes.lookup`` (values) and ``imports.resolve`` (what an
imported name stands for), and into other modules of the project through
``project.find``.
"""

from __future__ import annotations

import ast
from typing import NamedTuple, Optional, Sequence, Tuple

from .context import Context
from .imports import matches, resolve
from .project import find
from .scopes import CLASS, DEF, IMPORT, VALUE, ClassInfo, Scope, lookup, start, unwrap
from .walk import MethodEvent

LIMIT = 12
"""How many bindings, factories and classes one answer may pass through."""


class Target(NamedTuple):
    """What a callee is: a function or class (with the context it is defined in), or names."""

    names: Sequence[str]
    function: Optional[Scope]
    klass: Optional[ClassInfo]
    context: Context


def matches_any(names: Sequence[str], entries: Sequence[str]) -> bool:
    return any(matches(name, entry) for name in names for entry in entries)


def implemented_here(event: MethodEvent, context: Context) -> bool:
    """The receiver is an instance of a project class that defines the method itself.

    ``EmailFilterCrew().kickoff(state)``, where ``EmailFilterCrew`` is the
    team's own wrapper whose ``kickoff`` builds and kicks off a crew, calls
    code that is checked where it is written, not a CrewAI kickoff.
    """
    owner = class_of(context, event.receiver, event.scope, event.pos, 0)
    return owner is not None and event.method in owner[0].method_names


def callee(
    context: Context, func: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[Target]:
    """What *func* names: a local ``def`` or ``class``, a method, or imported names.

    A method counts only where the receiver shows its class (``Crew()``,
    ``self``, a name bound to ``Crew()``) and that class defines it.
    """
    if isinstance(func, ast.Name):
        binding = lookup(scope, func.id, pos).binding
        if binding is not None:
            if binding.kind == DEF:
                return Target((), binding.value, None, context)
            if binding.kind == CLASS:
                return Target((), None, binding.value, context)
            if binding.kind != IMPORT:
                return None
    elif isinstance(func, ast.Attribute):
        owner = class_of(context, func.value, scope, pos, depth + 1)
        if owner is not None:
            info, owner_context = owner
            method = info.methods.get(func.attr)
            return Target((), method, None, owner_context) if method is not None else None
    names = resolve(func, scope)
    for name in names:
        definition = find(context, name)
        if definition is not None:
            binding = definition.binding
            if binding.kind == DEF:
                return Target(names, binding.value, None, definition.context)
            if binding.kind == CLASS:
                return Target(names, None, binding.value, definition.context)
    return Target(names, None, None, context)


def class_of(
    context: Context, node: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[Tuple[ClassInfo, Context]]:
    """The class of the instance *node* holds: ``Cls()``, ``self``, or a name bound to one."""
    if depth > LIMIT:
        context.cutoffs.count += 1
        return None
    node = unwrap(node)
    if isinstance(node, ast.Call):
        target = callee(context, node.func, scope, pos, depth + 1)
        if target is not None and target.klass is not None:
            return target.klass, target.context
        return None
    if isinstance(node, ast.Name):
        if node.id == "self":
            klass = scope.method_class()
            return (klass, context) if klass is not None else None
        found = lookup(scope, node.id, pos)
        binding = found.binding
        if binding is not None and binding.kind == VALUE:
            return class_of(context, binding.value, found.scope, start(binding.value), depth + 1)
    return None
