"""Function scopes, classes, the names they bind, and how a name is looked up.

A scope keeps only the earliest start registration, the earliest wiring
(start or handler creation) and the latest completion it has seen: the rules
ask "is there one before this point?" or "is there one after it?", so the
extreme positions answer them without keeping every event.

Two lookups answer different questions:

- ``lookup`` follows a value: the latest binding of a name before a point in
  its function, then in the enclosing functions before the nested ``def``,
  then in the module. LLO002 uses it for crew receivers, LLO003 for clients.
- ``meaning`` follows Python's scoping, flow-insensitively: the innermost
  function (or the module) that binds the name decides what it is. LLO003
  and the tracing options use it to resolve callees through imports.
"""

from __future__ import annotations

import ast
from typing import Any, Dict, List, NamedTuple, Optional, Set, Tuple, Union, cast

NEVER = 1 << 80
"""A position later than any real one."""


def position(lineno: int, col: int) -> int:
    """Source order as one integer, so comparisons stay cheap."""
    return (lineno << 32) | col


def start(node: ast.expr) -> int:
    """Where *node* starts, as a ``position``."""
    return (node.lineno << 32) | node.col_offset


def unwrap(node: ast.expr) -> ast.expr:
    """``(crew := Crew(...))`` and ``await make()`` stand for the value inside."""
    while isinstance(node, (ast.NamedExpr, ast.Await)):
        node = node.value
    return node


# Binding kinds.
VALUE = 0
"""``name = value`` (also annotated, walrus): ``value`` holds the expression."""
OTHER = 1
"""A binding whose value is not tracked: loop and ``with`` targets, ``+=``, tuples."""
DEF = 2
"""``def name``: ``value`` holds the function's Scope."""
CLASS = 3
"""``class name``: ``value`` holds its ClassInfo."""
IMPORT = 4
"""An import: ``value`` holds the dotted name it stands for (``.x`` when relative)."""
PARAM = 5
"""A parameter of the function."""
ANNOTATION = 6
"""``name: T`` without a value: not a rebinding, but says what the name holds."""


class Binding(NamedTuple):
    """One binding of a name: it holds from *pos* on."""

    pos: int
    kind: int
    value: Any
    annotation: Optional[ast.expr]


class ClassInfo:
    """A ``class`` statement: what a receiver such as ``self`` or ``Name()`` can reach."""

    __slots__ = ("bases", "scope", "pos", "method_names", "methods", "attrs", "annotations")

    def __init__(
        self, bases: List[ast.expr], scope: Scope, pos: int, method_names: Set[str]
    ) -> None:
        self.bases = bases
        self.scope = scope
        """The scope the class statement sits in: its bases resolve there."""
        self.pos = pos
        self.method_names = method_names
        """Every method the body defines, known before the body is walked."""
        self.methods: Dict[str, Scope] = {}
        self.attrs: Dict[str, List[Tuple[ast.expr, Scope]]] = {}
        """``self.<attr> = value`` in any method: the values and where they were assigned."""
        self.annotations: Dict[str, ast.expr] = {}
        """``attr: T`` in the class body."""


class Scope:
    """A ``def``, ``async def`` or ``lambda`` body, or the module.

    Class bodies are not scopes: the calls in them belong to the scope around
    the class (the names they bind do not: those are class attributes), and
    their methods are siblings of each other.
    """

    __slots__ = (
        "parent",
        "def_pos",
        "is_function",
        "outermost",
        "in_tool",
        "impl",
        "args",
        "klass",
        "first_start",
        "first_wiring",
        "last_completion",
        "bindings",
        "attr_wires",
        "returns",
        "declared",
        "stars",
        "_params",
        "name",
        "end",
        "is_property",
        "returns_annotation",
    )

    def __init__(
        self,
        parent: Optional[Scope],
        def_pos: int,
        in_tool: bool = False,
        impl: int = 0,
        args: Optional[ast.arguments] = None,
    ) -> None:
        self.parent = parent
        self.def_pos = def_pos
        self.is_function = parent is not None
        # The outermost function around this one (itself at the top level);
        # the module is its own outermost scope.
        self.outermost: Scope = (
            parent.outermost if parent is not None and parent.is_function else self
        )
        self.in_tool = in_tool
        self.impl = impl
        """Method-kind bits (``walk.vocabulary.MethodKind.bit``): inside a method that
        implements one of that kind's methods (a task or kickoff method)."""
        self.args = args
        self.klass: Optional[ClassInfo] = None
        """The class whose method this is, for a ``def`` directly in a class body."""
        self.first_start = NEVER
        self.first_wiring = NEVER
        self.last_completion = -1
        self.bindings: Dict[str, List[Binding]] = {}
        self.attr_wires: Optional[Dict[str, List[int]]] = None
        """``crew.step_callback = ...``: where each name was wired by attribute."""
        self.returns: Tuple[Tuple[int, Optional[ast.expr]], ...] = ()
        """Every ``return`` and its value; a tuple, grown by the few functions with one."""
        self.declared: Optional[Dict[str, bool]] = None
        """``global`` (True) and ``nonlocal`` (False) names."""
        self.stars: List[str] = []
        """Modules of ``from M import *`` (module scope only)."""
        self._params: Optional[Dict[str, Optional[ast.expr]]] = None if args else {}
        self.name = ""
        """The ``def``'s name; "" for a lambda and the module."""
        self.end = NEVER
        """Where the ``def`` or ``lambda`` ends (the module: never)."""
        self.is_property = False
        """A method decorated with ``@property``, ``cached_property`` or another decorator
        whose name ends in ``property``."""
        self.returns_annotation: Optional[ast.expr] = None
        """The ``def``'s ``-> T``, if any."""

    def none_default(self, name: str) -> bool:
        """Whether the parameter *name* of this function defaults to ``None``."""
        args = cast(ast.arguments, self.args)
        positional = [*getattr(args, "posonlyargs", ()), *args.args]
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        pairs += [(arg, d) for arg, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        return any(
            arg.arg == name and isinstance(default, ast.Constant) and default.value is None
            for arg, default in pairs
        )

    def method_class(self) -> Optional[ClassInfo]:
        """The class whose ``self`` is in view: that of the method this scope is, or is in."""
        scope: Optional[Scope] = self
        while scope is not None and scope.is_function:
            if scope.klass is not None:
                return scope.klass
            scope = scope.parent
        return None

    @property
    def module(self) -> Scope:
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope

    def bind(self, name: str, binding: Binding) -> None:
        self.bindings.setdefault(name, []).append(binding)

    def wire_by_attribute(self, name: str, pos: int) -> None:
        if self.attr_wires is None:
            self.attr_wires = {}
        self.attr_wires.setdefault(name, []).append(pos)

    def declare(self, names: List[str], is_global: bool) -> None:
        if self.declared is None:
            self.declared = {}
        for name in names:
            self.declared[name] = is_global

    def params(self) -> Dict[str, Optional[ast.expr]]:
        """Parameter names and annotations, read from the ``def`` only when asked."""
        if self._params is None:
            args = cast(ast.arguments, self.args)  # only the module has none, and it is set
            every = (
                *getattr(args, "posonlyargs", ()), *args.args, *args.kwonlyargs,
                args.vararg, args.kwarg,
            )
            self._params = {arg.arg: arg.annotation for arg in every if arg is not None}
        return self._params

    def binds(self, name: str) -> bool:
        return name in self.bindings or (self.args is not None and self._is_param(name))

    def _is_param(self, name: str) -> bool:
        """A parameter named *name*: asked often, so the ``def`` is read without building."""
        if self._params is not None:
            return name in self._params
        args = cast(ast.arguments, self.args)
        for arg in (*getattr(args, "posonlyargs", ()), *args.args, *args.kwonlyargs,
                    args.vararg, args.kwarg):
            if arg is not None and arg.arg == name:
                return True
        return False

    def latest(self, name: str, pos: int) -> Optional[Binding]:
        """The last binding of *name* that holds at *pos*; a parameter holds from the start."""
        latest: Optional[Binding] = None
        for binding in self.bindings.get(name, ()):
            if binding.kind != ANNOTATION and binding.pos < pos and (
                latest is None or binding.pos > latest.pos
            ):
                latest = binding
        if latest is None and self.args is not None and self._is_param(name):
            latest = Binding(self.def_pos, PARAM, None, self.params()[name])
        return latest

    def annotation_of(self, name: str) -> Optional[ast.expr]:
        """What ``name: T`` (alone or with a value) or a parameter says *name* holds."""
        for binding in self.bindings.get(name, ()):
            if binding.annotation is not None:
                return binding.annotation
        if self.args is not None:
            return self.params().get(name)
        return None

    def wired_between(self, name: str, after: int, before: int) -> bool:
        return self.attr_wires is not None and any(
            after < pos < before for pos in self.attr_wires.get(name, ())
        )

    def sees_before(self, pos: int, wiring: bool) -> bool:
        """Whether a start (or, with *wiring*, any wiring) precedes *pos* in view.

        A function sees its own registrations before *pos* and those of each
        enclosing function made before the nested ``def``; the module's own
        code counts only for module-level code.
        """
        scope = self
        while True:
            first = scope.first_wiring if wiring else scope.first_start
            if first < pos:
                return True
            parent = scope.parent
            if parent is None or not parent.is_function:
                return False
            pos = scope.def_pos
            scope = parent


class Found(NamedTuple):
    """What ``lookup`` found: the binding (None when unbound) and where."""

    binding: Optional[Binding]
    scope: Scope
    wired_by_attribute: bool


def lookup(scope: Scope, name: str, pos: int) -> Found:
    """The binding of *name* that holds at *pos*, following the value outward.

    In a function: its own latest binding before *pos*; failing that, each
    enclosing function's before the nested ``def``; then the module's, all of
    them (a function runs after the module has been executed). At module
    level: the latest before *pos*. An attribute wiring (``crew.step_callback
    = ...``) after the binding and before *pos*, in the scope looked at, wires
    the name whichever scope binds it.
    """
    while True:
        declared = scope.declared
        if declared is not None and declared.get(name):
            # Only functions declare; a ``global`` name is the module's.
            pos, scope = NEVER, scope.module
            continue
        binding = scope.latest(name, pos)
        after = binding.pos if binding is not None else -1
        wired = scope.wired_between(name, after, pos)
        parent = scope.parent
        if binding is not None or wired or parent is None:
            return Found(binding, scope, wired)
        pos = scope.def_pos if parent.is_function else NEVER
        scope = parent


UNBOUND = None
"""``meaning``: no scope binds the name; it is taken literally (or via ``import *``)."""


def meaning(scope: Scope, name: str) -> Union[None, Scope, Set[str]]:
    """What *name* stands for in *scope*, as Python's scoping decides it.

    The innermost function binding the name anywhere (a parameter, an
    assignment, a loop or ``with`` target, a ``def`` or ``class``, an import)
    decides, whatever the order: if it imports the name, the set of dotted
    names it may stand for; if it binds the name otherwise, that Scope (a
    local shadows the module's import). The module decides last and is
    flow-insensitive: any import of the name there wins, so a module-level
    ``litellm = None`` that a function fills with ``global`` stays litellm.
    ``global`` and ``nonlocal`` declarations skip to the module or outward.
    """
    current: Optional[Scope] = scope
    while current is not None:
        declared = current.declared
        if declared is not None and name in declared:
            current = current.module if declared[name] else current.parent
            continue
        if current.binds(name):
            imported = {
                binding.value
                for binding in current.bindings.get(name, ())
                if binding.kind == IMPORT
            }
            return imported if imported else current
        current = current.parent
    return UNBOUND
