"""What a kickoff's receiver is: a crew wired with callbacks, a Flow, or unknown.

LLO002 asks this of every kickoff that carries no callbacks itself. The
answer follows the receiver through the ways real CrewAI code builds crews:

- a call with a crew-callback keyword (``Crew(..., step_callback=h)``), or a
  crew class given a ``**mapping`` that may carry one (``Crew(**config)``);
- a name, through its latest binding (``scopes.lookup``), and assignments of
  a crew-callback attribute after it (``crew.step_callback = cb``);
- ``self.<attr>`` bound in the same function, or else every assignment of it in
  any method of the class and its project bases, and its ``@property``;
- a factory: a function or method whose every ``return`` gives a wired crew
  (``build_crew()``, ``ResearchCrew().crew()``, ``self.crew()``,
  ``CrewFactory.build()``), in this file or in any module of the project;
- a Flow class (configured, or a subclass of one), its instances, and
  ``self`` inside one: a Flow takes no callbacks.

Each answer passes through at most ``resolve.LIMIT`` bindings, factories and
classes, so a chain of definitions cannot run away. What a callee or an
instance is in general (a function, a class, imported names) is ``resolve``'s.
"""

from __future__ import annotations

import ast
from typing import Optional, Sequence, cast

from .walk import MethodEvent, receiver_key
from .context import Context
from .resolve import LIMIT, callee, inherits, lineage, matches_any, passed, returned
from .scopes import PARAM, VALUE, ClassInfo, Found, Scope, lookup, start, unwrap

WIRED = "wired"
FLOW = "flow"


def receiver_state(kickoff: MethodEvent, context: Context) -> Optional[str]:
    """WIRED, FLOW or None for the receiver of *kickoff*; worked out once per kickoff."""
    key = ("receiver", id(kickoff))
    if key not in context.memo:
        context.memo[key] = value_state(
            context, kickoff.receiver, kickoff.scope, kickoff.pos, 0
        )
    return cast(Optional[str], context.memo[key])


def value_state(
    context: Context, node: ast.expr, scope: Scope, pos: int, depth: int,
    in_factory: bool = False,
) -> Optional[str]:
    """What the expression *node*, evaluated in *scope* at *pos*, holds.

    *in_factory*: the value is what a factory returns, not what the kickoff's
    own function built (``Crew(**config)`` then needs its callbacks in view).
    """
    if depth > LIMIT:
        context.cutoffs.count += 1
        return None
    node = unwrap(node)
    if isinstance(node, ast.Call):
        return call_state(context, node, scope, pos, depth, in_factory)
    if isinstance(node, ast.Name) and node.id in ("self", "cls"):
        klass = scope.method_class()
        if klass is not None and is_flow_class(context, klass, depth + 1):
            return FLOW
        return None
    key = receiver_key(node)
    if key is None:
        return None
    if isinstance(node, ast.Name):
        found = lookup(scope, key, pos)
    else:
        # ``self.crew`` is followed within its own function only.
        binding = scope.latest(key, pos)
        after = binding.pos if binding is not None else -1
        found = Found(binding, scope, scope.wired_between(key, after, pos))
    if found.wired_by_attribute:
        return WIRED
    binding = found.binding
    if binding is not None and binding.kind == VALUE:
        return value_state(
            context, binding.value, found.scope, start(binding.value), depth + 1, in_factory
        )
    if binding is not None and binding.kind == PARAM and isinstance(node, ast.Name):
        return _passed_state(context, found.scope, node.id, depth + 1)
    if binding is None and isinstance(node, ast.Attribute):
        return _attribute_state(context, scope, node.attr, depth + 1)
    return None


def _attribute_state(context: Context, scope: Scope, attr: str, depth: int) -> Optional[str]:
    """``self.<attr>`` not bound in its own function: the one state every ``self.<attr> = ...``
    (``None`` aside) and every ``@property`` of that name gives, in the class and its
    project bases; None when they differ or there are none."""
    klass = scope.method_class()
    if klass is None:
        return None
    states = set()
    for info, where in lineage(context, klass, depth):
        for value, assigned_in in info.attrs.get(attr, ()):
            if not (isinstance(value, ast.Constant) and value.value is None):
                states.add(_factory_value(where, value, assigned_in, start(value), depth + 1))
        prop = info.methods.get(attr)
        if prop is not None and prop.is_property:
            states.add(function_state(where, prop, depth + 1))
    return states.pop() if len(states) == 1 else None


def _passed_state(context: Context, function: Scope, name: str, depth: int) -> Optional[str]:
    """A private or nested helper's parameter: what every call of it passes there, when all
    calls pass the same (a Flow built just before, a wired crew)."""
    return passed(context, function, name, value_state, depth)


def call_state(
    context: Context, call: ast.Call, scope: Scope, pos: int, depth: int,
    in_factory: bool = False,
) -> Optional[str]:
    config = context.config
    mapping = False
    for keyword in call.keywords:
        if keyword.arg is None:
            mapping = True
        elif keyword.arg in config.crew_callback_keywords:
            return WIRED
    target = callee(context, call.func, scope, pos, depth + 1)
    if target is None:
        return None
    keywords = config.crew_callback_keywords
    if mapping and matches_any(target.names, config.crew_classes) and (
        not in_factory or _mapping_carries_callbacks(call, scope, pos, keywords)
    ):
        return WIRED
    if matches_any(target.names, config.flow_classes):
        return FLOW
    if target.klass is not None:
        return FLOW if is_flow_class(target.context, target.klass, depth + 1) else None
    if target.function is not None:
        return function_state(target.context, target.function, depth + 1)
    return None


def function_state(context: Context, function: Scope, depth: int) -> Optional[str]:
    """WIRED (or FLOW) when the function has a ``return`` and every one gives that."""
    return returned(context, function, "returns", _factory_value, depth)


def _factory_value(
    context: Context, node: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[str]:
    """What a factory's ``return`` gives: a ``Crew(**config)`` there needs its callbacks in view."""
    return value_state(context, node, scope, pos, depth, in_factory=True)


def _mapping_carries_callbacks(
    call: ast.Call, scope: Scope, pos: int, keywords: Sequence[str]
) -> bool:
    """A ``**mapping`` of *call* shows a crew-callback key where it is built.

    A dict literal with the key, ``dict(...)`` with the keyword, or a name
    bound to either, or given the key by an item assignment
    (``config["step_callback"] = cb``) after its binding.
    """
    for keyword in call.keywords:
        if keyword.arg is not None:
            continue
        value = unwrap(keyword.value)
        if isinstance(value, ast.Name):
            found = lookup(scope, value.id, pos)
            if found.wired_by_attribute:
                return True
            binding = found.binding
            value = binding.value if binding is not None and binding.kind == VALUE else value
        if isinstance(value, ast.Dict) and any(
            isinstance(key, ast.Constant) and key.value in keywords for key in value.keys
        ):
            return True
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "dict"
            and any(item.arg in keywords for item in value.keywords)
        ):
            return True
    return False


def is_flow_class(context: Context, info: ClassInfo, depth: int) -> bool:
    """A configured Flow class among the bases (``Flow[State]`` too), or a subclass of one."""
    return inherits(context, info, context.config.flow_classes, "flow", depth)
