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
import re
from typing import Callable, List, NamedTuple, Optional, Sequence, Tuple, TypeVar, cast

from . import callers
from .context import Context
from .imports import matches, resolve
from .project import find, framework_roots
from .scopes import (
    CLASS, DEF, IMPORT, NEVER, PARAM, VALUE, Binding, ClassInfo, Scope, lookup, meaning, start,
    unwrap,
)
from .walk import MethodEvent

LIMIT = 12
"""How many bindings, factories and classes one answer may pass through."""

_DOTTED = re.compile(r"^[^\W\d]\w*(\.[^\W\d]\w*)*$")

T = TypeVar("T")
Question = Callable[[Context, ast.expr, Scope, int, int], Optional[T]]
"""What a value is, asked of an expression evaluated in a scope at a position: an answer,
or a falsy one when it cannot be told (``None``, ``False``, ``[]``)."""


class Target(NamedTuple):
    """What a callee is: a function or class (with the context it is defined in), or names."""

    names: Sequence[str]
    function: Optional[Scope]
    klass: Optional[ClassInfo]
    context: Context


def matches_any(names: Sequence[str], entries: Sequence[str]) -> bool:
    return any(matches(name, entry) for name in names for entry in entries)


def framework_classes(context: Context) -> Tuple[str, ...]:
    """Every configured framework class: tasks, crews and Flows."""
    config = context.config
    return (*config.task_classes, *config.crew_classes, *config.flow_classes)


def implemented_here(event: MethodEvent, context: Context) -> bool:
    """The receiver is an instance of a project class that implements the method itself.

    ``EmailFilterCrew().kickoff(state)``, where ``EmailFilterCrew`` is the
    team's own wrapper whose ``kickoff`` builds and kicks off a crew, calls
    code that is checked where it is written, not a CrewAI kickoff. The class
    may define the method through a base class of the project; a configured
    framework class or a subclass of one (``class MyCrew(Crew)``) is the
    framework's work, whatever it overrides.
    """
    owner = class_of(context, event.receiver, event.scope, event.pos, 0)
    if owner is None:
        return False
    info, where = owner
    if inherits(where, info, framework_classes(context), "framework", 0):
        return False
    return defines(where, info, event.method, 0)


def _bases(context: Context, info: ClassInfo, depth: int) -> List[Target]:
    """What each base of the class names (``Flow[State]`` is ``Flow``), where it can be told."""
    targets = []
    for base in info.bases:
        if isinstance(base, ast.Subscript):
            base = base.value
        target = callee(context, base, info.scope, info.pos, depth)
        if target is not None:
            targets.append(target)
    return targets


def inherits(
    context: Context, info: ClassInfo, entries: Sequence[str], label: str, depth: int
) -> bool:
    """One of the configured classes *entries* among the bases, or a project base inheriting one.

    *label* names the question in the memo: one per list of entries.
    """
    key = (label, id(info))
    if key in context.memo:
        return cast(bool, context.memo[key])
    if depth > LIMIT:
        context.cutoffs.count += 1
        return False
    context.memo[key] = False  # a class that is its own base inherits nothing through it
    cutoffs = context.cutoffs.count
    result = any(
        matches_any(target.names, entries)
        or (
            target.klass is not None
            and inherits(target.context, target.klass, entries, label, depth + 1)
        )
        for target in _bases(context, info, depth)
    )
    remember(context, key, result, cutoffs)
    return result


def defines(context: Context, info: ClassInfo, method: str, depth: int) -> bool:
    """The class defines *method* itself, or through a base class of the project."""
    if method in info.method_names:
        return True
    key = ("defines " + method, id(info))
    if key in context.memo:
        return cast(bool, context.memo[key])
    if depth > LIMIT:
        context.cutoffs.count += 1
        return False
    context.memo[key] = False
    cutoffs = context.cutoffs.count
    result = any(
        target.klass is not None and defines(target.context, target.klass, method, depth + 1)
        for target in _bases(context, info, depth)
    )
    remember(context, key, result, cutoffs)
    return result


def lineage(context: Context, info: ClassInfo, depth: int) -> List[Tuple[ClassInfo, Context]]:
    """The class and the project classes among its bases at any depth, nearest first, each
    once, at most ``LIMIT`` of them (a class that is its own base ends there)."""
    key = ("lineage", id(info))
    if key in context.memo:
        return cast(List[Tuple[ClassInfo, Context]], context.memo[key])
    found = [(info, context)]
    seen = {id(info)}
    index = 0
    while index < len(found):
        klass, where = found[index]
        index += 1
        for target in _bases(where, klass, depth):
            base = target.klass
            if base is not None and id(base) not in seen:
                if len(found) >= LIMIT:
                    context.cutoffs.count += 1
                    break
                seen.add(id(base))
                found.append((base, target.context))
    context.memo[key] = found
    return found


def returned(
    context: Context, function: Scope, label: str, question: Question[T], depth: int
) -> Optional[T]:
    """The one answer every ``return`` of *function* gives (a factory, a loader, a property).

    None when it has no ``return``, a bare ``return``, or two answers differ.
    *label* names the question in the memo; a function that returns itself
    answers nothing.
    """
    key = (label, id(function))
    if key in context.memo:
        return cast(Optional[T], context.memo[key])
    context.memo[key] = None
    cutoffs = context.cutoffs.count
    answer: Optional[T] = None
    for _, value in function.returns:
        got = question(context, value, function, start(value), depth + 1) if value else None
        if not got or (answer is not None and got != answer):
            answer = None
            break
        answer = got
    remember(context, key, answer, cutoffs)
    return answer


def passed(
    context: Context, function: Scope, name: str, question: Question[T], depth: int
) -> Optional[T]:
    """A private or nested helper's parameter *name*: the one answer for what every call of
    the helper in its module passes there (``callers.arguments``); None if they differ."""
    values = callers.arguments(context, function, name)
    answer: Optional[T] = None
    for value, scope, pos in values or ():
        got = question(context, value, scope, pos, depth + 1)
        if not got or (answer is not None and got != answer):
            return None
        answer = got
    return answer


def attribute(
    context: Context, klass: ClassInfo, attr: str, label: str, question: Question[T],
    annotated: Question[T], depth: int,
) -> Optional[T]:
    """What ``self.<attr>`` holds in a method of *klass*: the first answer from an assignment
    ``self.<attr> = value`` in a method, a ``@property`` of that name, or an annotation
    ``attr: T`` in the class body, looked for in the class and then in its project bases."""
    for info, where in lineage(context, klass, depth):
        for value, scope in info.attrs.get(attr, ()):
            got = question(where, value, scope, start(value), depth + 1)
            if got:
                return got
        prop = info.methods.get(attr)
        if prop is not None and prop.is_property:
            got = returned(where, prop, label, question, depth + 1)
            if got:
                return got
        annotation = info.annotations.get(attr)
        if annotation is not None:
            got = annotated(where, annotation, info.scope, NEVER, depth + 1)
            if got:
                return got
    return None


def method_of(
    context: Context, info: ClassInfo, name: str, depth: int
) -> Optional[Tuple[Scope, Context]]:
    """The method *name* of the class, or of the nearest project base defining it."""
    for klass, where in lineage(context, info, depth):
        method = klass.methods.get(name)
        if method is not None:
            return method, where
    return None


def remember(context: Context, key: Tuple[str, int], answer: object, cutoffs: int) -> None:
    """Keep an answer about a definition, unless a chain was cut short while working it out.

    A cut answer depends on how deep the question started; asked again from
    nearer, it may come out otherwise.
    """
    if context.cutoffs.count == cutoffs:
        context.memo[key] = answer
    else:
        del context.memo[key]


def callee(
    context: Context, func: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[Target]:
    """What *func* names: a local ``def`` or ``class``, a method, or imported names.

    A method counts where the receiver shows its class (``Crew()``, ``self``,
    a name bound to ``Crew()``, the class itself for a ``@classmethod`` or
    ``@staticmethod``) and that class or a project base of it defines it;
    ``cls`` in a method is its class.
    """
    if depth > LIMIT:
        context.cutoffs.count += 1
        return None
    if isinstance(func, ast.Name):
        found = lookup(scope, func.id, pos)
        binding = found.binding
        if binding is not None and _stand_in(context, found.scope, func.id, binding):
            binding = None  # the framework's class, as production runs with it installed
        if binding is not None:
            if binding.kind == DEF:
                return Target((), binding.value, None, context)
            if binding.kind == CLASS:
                return Target((), None, binding.value, context)
            if binding.kind == PARAM and func.id == "cls":
                klass = found.scope.method_class()
                return Target((), None, klass, context) if klass is not None else None
            if binding.kind != IMPORT:
                return None
    elif isinstance(func, ast.Attribute):
        owner = class_of(context, func.value, scope, pos, depth + 1)
        if owner is None:
            named = callee(context, func.value, scope, pos, depth + 1)
            if named is not None and named.klass is not None:
                owner = named.klass, named.context  # ``Breaker.create()``
        if owner is not None:
            method = method_of(owner[1], owner[0], func.attr, depth + 1)
            return Target((), method[0], None, method[1]) if method is not None else None
    names = resolve(func, scope)
    for name in names:
        definition = find(context, name)
        for _ in range(LIMIT):
            # A re-export (``from .crew import ResearchCrew`` in a package's __init__):
            # follow it into the module it names, or take the name it gives.
            if definition is None or definition.binding.kind != IMPORT:
                break
            imported = str(definition.binding.value)
            further = find(definition.context, imported)
            if further is None and not imported.startswith("."):
                return Target((*names, imported), None, None, context)
            definition = further
        if definition is not None:
            binding = definition.binding
            if binding.kind == DEF:
                return Target(names, binding.value, None, definition.context)
            if binding.kind == CLASS:
                return Target(names, None, binding.value, definition.context)
    return Target(names, None, None, context)


def _stand_in(context: Context, scope: Scope, name: str, binding: Binding) -> bool:
    """A ``class`` or ``def`` of a name the same scope also imports from a framework package:
    the stand-in of ``try: from crewai import Crew`` / ``except ImportError: class Crew: ...``."""
    if binding.kind not in (CLASS, DEF):
        return False
    roots = framework_roots(context.config)
    return any(
        other.kind == IMPORT and str(other.value).partition(".")[0] in roots
        for other in scope.bindings.get(name, ())
    )


def class_of(
    context: Context, node: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[Tuple[ClassInfo, Context]]:
    """The project class of the instance *node* holds, where it can be told.

    ``Cls()``; a factory (function, method, ``@classmethod``, ``@staticmethod``)
    every ``return`` of which gives one, or annotated ``-> Cls``; ``self``; a
    name bound to one, annotated with one, or a private helper's parameter
    every call passes one at; ``self.<attr>`` (``attribute``).
    """
    if depth > LIMIT:
        context.cutoffs.count += 1
        return None
    node = unwrap(node)
    if isinstance(node, ast.Call):
        target = callee(context, node.func, scope, pos, depth + 1)
        if target is None:
            return None
        if target.klass is not None:
            return target.klass, target.context
        function = target.function
        if function is None:
            return None
        made = returned(target.context, function, "class", class_of, depth + 1)
        annotation = function.returns_annotation
        if made is None and annotation is not None and function.parent is not None:
            made = _annotated_class(target.context, annotation, function.parent, NEVER, depth + 1)
        return made
    if isinstance(node, ast.Name):
        if node.id == "self":
            klass = scope.method_class()
            return (klass, context) if klass is not None else None
        found = lookup(scope, node.id, pos)
        binding = found.binding
        if binding is not None and binding.kind == VALUE:
            return class_of(context, binding.value, found.scope, start(binding.value), depth + 1)
        annotation = found.scope.annotation_of(node.id)
        made = None
        if annotation is not None:
            made = _annotated_class(context, annotation, found.scope, NEVER, depth + 1)
        if made is None and binding is not None and binding.kind == PARAM:
            made = passed(context, found.scope, node.id, class_of, depth + 1)
        return made
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (
        node.value.id == "self"
    ):
        klass = scope.method_class()
        if klass is None:
            return None
        return attribute(context, klass, node.attr, "class", class_of, _annotated_class, depth)
    return None


def _annotated_class(
    context: Context, annotation: ast.expr, scope: Scope, pos: int, depth: int
) -> Optional[Tuple[ClassInfo, Context]]:
    """The project class an annotation names: ``C``, ``"C"``, ``Optional[C]``, ``C | None``."""
    for named in annotated_names(annotation):
        target = callee(context, named, scope, NEVER, depth)
        if target is not None and target.klass is not None:
            return target.klass, target.context
    return None


def is_instance(
    context: Context, node: ast.expr, constructor: str, scope: Scope, pos: int, depth: int
) -> bool:
    """Whether *node* holds an instance made by the *constructor* class.

    The constructor's call; a factory every ``return`` of which gives one, or
    annotated ``-> C``; a name bound to one, annotated with the class, or a
    private helper's parameter every call passes one at; ``self.<attr>``
    (``attribute``); ``client or C()`` with ``client`` a ``None`` default.
    """
    if depth > LIMIT:
        context.cutoffs.count += 1
        return False
    node = unwrap(node)
    if isinstance(node, ast.Call):
        if any(matches(name, constructor) for name in resolve(node.func, scope)):
            return True
        target = callee(context, node.func, scope, pos, depth + 1)
        if target is not None and target.klass is not None:
            return _subclass(target.context, target.klass, constructor, depth + 1)
        function = target.function if target is not None else None
        if target is None or function is None:
            return False
        annotation = function.returns_annotation
        return bool(
            returned(target.context, function, "makes " + constructor, _made_by(constructor),
                     depth + 1)
        ) or (
            annotation is not None
            and function.parent is not None
            and _annotated_instance(target.context, annotation, constructor, function.parent,
                                    depth + 1)
        )
    if isinstance(node, ast.Name):
        found = lookup(scope, node.id, pos)
        binding = found.binding
        if binding is not None and binding.kind == VALUE and is_instance(
            context, binding.value, constructor, found.scope, start(binding.value), depth + 1
        ):
            return True
        annotation = found.scope.annotation_of(node.id)  # ``client: Router`` alone too
        if annotation is not None and _annotated_instance(
            context, annotation, constructor, found.scope, depth + 1
        ):
            return True
        return binding is not None and binding.kind == PARAM and bool(
            passed(context, found.scope, node.id, _made_by(constructor), depth + 1)
        )
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    ):
        return _self_attribute(context, node.attr, constructor, scope, pos, depth)
    # ``client or OpenAI()``, ``OpenAI() if c else client``: with ``client=None`` a
    # parameter, the instance is the other side's.
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        return _either(context, node.values, constructor, scope, pos, depth)
    if isinstance(node, ast.IfExp):
        return _either(context, [node.body, node.orelse], constructor, scope, pos, depth)
    return False


def _subclass(context: Context, info: ClassInfo, constructor: str, depth: int) -> bool:
    """A project class with *constructor* among its bases at any depth: its instances are
    instances of the constructor's class (``class TeamRouter(litellm.Router)``)."""
    return inherits(context, info, (constructor,), "inherits " + constructor, depth)


def _annotated_instance(
    context: Context, annotation: ast.expr, constructor: str, scope: Scope, depth: int
) -> bool:
    """The annotation names the constructor's class, or a project subclass of it."""
    if annotated_as(annotation, constructor, scope):
        return True
    named = _annotated_class(context, annotation, scope, NEVER, depth)
    return named is not None and _subclass(named[1], named[0], constructor, depth)


def _made_by(constructor: str) -> Question[bool]:
    """``is_instance`` of *constructor*, as a question about a value."""
    def question(context: Context, node: ast.expr, scope: Scope, pos: int, depth: int) -> bool:
        return is_instance(context, node, constructor, scope, pos, depth)

    return question


def _either(
    context: Context, sides: List[ast.expr], constructor: str, scope: Scope, pos: int,
    depth: int,
) -> bool:
    """Every side is an instance, or a parameter defaulting to ``None``; one at least is one."""
    made = [is_instance(context, side, constructor, scope, pos, depth + 1) for side in sides]
    return any(made) and all(
        made_here or (isinstance(side, ast.Name) and _a_none_parameter(scope, side.id, pos))
        for side, made_here in zip(sides, made)
    )


def _a_none_parameter(scope: Scope, name: str, pos: int) -> bool:
    """*name* is, where it is read, a parameter of its function that defaults to ``None``."""
    found = lookup(scope, name, pos)
    return found.binding is not None and found.binding.kind == PARAM and (
        found.scope.none_default(name)
    )


def _self_attribute(
    context: Context, attr: str, constructor: str, scope: Scope, pos: int, depth: int
) -> bool:
    """``self.<attr>``: bound before *pos* in this function, or as ``attribute`` finds it."""
    binding = scope.latest("self." + attr, pos)
    if binding is not None and binding.kind == VALUE and is_instance(
        context, binding.value, constructor, scope, start(binding.value), depth + 1
    ):
        return True
    klass = scope.method_class()
    if klass is None:
        return False

    def annotated(
        context: Context, annotation: ast.expr, scope: Scope, pos: int, depth: int
    ) -> bool:
        return _annotated_instance(context, annotation, constructor, scope, depth)

    return bool(attribute(
        context, klass, attr, "makes " + constructor, _made_by(constructor), annotated, depth
    ))


def _dotted_node(text: str) -> ast.expr:
    """A forward reference ``"openai.OpenAI"`` as the expression it names."""
    first, *rest = text.split(".")
    node: ast.expr = ast.Name(id=first, ctx=ast.Load())
    for part in rest:
        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
    return node


_WRAPPERS = {"Optional": "all", "Union": "all", "Annotated": "first"}


def annotated_names(annotation: ast.expr) -> List[ast.expr]:
    """The names a class annotation may stand for: ``C``, ``"C"``, ``Optional[C]``,
    ``Union[C, ...]``, ``C | None``, ``Annotated[C, ...]``."""
    names: List[ast.expr] = []
    stack = [annotation]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _DOTTED.match(node.value):
                stack.append(_dotted_node(node.value))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            stack.extend((node.left, node.right))
        elif isinstance(node, ast.Subscript):
            head = node.value.attr if isinstance(node.value, ast.Attribute) else getattr(
                node.value, "id", None
            )
            how = _WRAPPERS.get(head or "")
            inner = node.slice
            inner = getattr(inner, "value", inner) if type(inner).__name__ == "Index" else inner
            elements = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            if how == "all":
                stack.extend(elements)
            elif how == "first":
                stack.extend(elements[:1])  # Annotated[()] parses too
        elif isinstance(node, (ast.Name, ast.Attribute)):
            names.append(node)
    return names


def annotated_as(annotation: ast.expr, constructor: str, scope: Scope) -> bool:
    """``C``, ``"C"``, ``Optional[C]``, ``Union[C, ...]``, ``C | None``, ``Annotated[C, ...]``."""
    return any(
        matches(name, constructor)
        for node in annotated_names(annotation)
        for name in resolve(node, scope)
    )


def construction(
    context: Context, node: ast.expr, scope: Scope, pos: int, classes: Sequence[str]
) -> Optional[ast.Call]:
    """The call of one of *classes* that *node* holds, directly or through names bound to it.

    ``Task(..., callback=cb)`` itself, or ``task`` where ``task = Task(...)``
    is its binding at *pos*; None when the value is anything else or unknown.
    """
    for _ in range(LIMIT):
        node = unwrap(node)
        if isinstance(node, ast.Call):
            names = resolve(node.func, scope)
            return node if matches_any(names, classes) else None
        if not isinstance(node, ast.Name):
            return None
        found = lookup(scope, node.id, pos)
        binding = found.binding
        if binding is None or binding.kind != VALUE:
            return None
        node, scope, pos = binding.value, found.scope, start(binding.value)
    context.cutoffs.count += 1
    return None


def module_names(
    context: Context, node: ast.expr, scope: Scope, pos: int, depth: int
) -> List[str]:
    """The dotted names of the module *node* holds as a value, if it holds an imported module.

    ``litellm`` where it is imported; a name bound to such a value
    (``litellm = self._get_litellm()``); a call of a function or method whose
    every ``return`` gives the module (a lazy loader); ``self.<attr>`` assigned
    the module in any method of the class, or a ``@property`` of that name
    returning it. Empty when the value is anything else or cannot be told.
    """
    if depth > LIMIT:
        context.cutoffs.count += 1
        return []
    node = unwrap(node)
    if isinstance(node, ast.Name):
        found = meaning(scope, node.id)
        if isinstance(found, set):
            return sorted(found)
        bound = lookup(scope, node.id, pos)
        binding = bound.binding
        if binding is not None and binding.kind == VALUE:
            value = binding.value
            return module_names(context, value, bound.scope, start(value), depth + 1)
        return []
    if isinstance(node, ast.Call):
        target = callee(context, node.func, scope, pos, depth + 1)
        if target is not None and target.function is not None:
            return returned(target.context, target.function, "module", module_names,
                            depth + 1) or []
        return []
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (
        node.value.id == "self"
    ):
        klass = scope.method_class()
        if klass is None:
            return []
        return attribute(
            context, klass, node.attr, "module", module_names, _no_module, depth
        ) or []
    return []


def _no_module(
    context: Context, annotation: ast.expr, scope: Scope, pos: int, depth: int
) -> List[str]:
    """An annotation never says which module an attribute holds."""
    return []
