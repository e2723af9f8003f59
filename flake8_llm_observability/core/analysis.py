"""The single pass over the tree that collects what the rules decide on.

The walk uses an explicit stack, never recursion, so a 900-term expression is
as safe as a one-liner. Nodes are dispatched by exact type to small handlers;
every other node only has its children pushed. Scope changes are undone by a
marker pushed beneath the children they apply to. Statement lists are popped
last-first, so nothing here depends on the order events are seen in: each
carries its position.

The walk records events (task executions, kickoffs, model calls) with what
only the walk can tell (the scope, the class around, the tracing span around,
the call's own keywords, walk-time exemptions), and the bindings, imports,
classes and returns that the rules resolve names through afterwards.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, List, NamedTuple, Optional, Set, Tuple, cast

from .imports import from_module, import_bindings
from .options import Config
from .scopes import (
    ANNOTATION,
    CLASS,
    DEF,
    IMPORT,
    OTHER,
    VALUE,
    Binding,
    ClassInfo,
    Scope,
    position,
    unwrap,
)

# Roles a called attribute's name can play; one name may play several.
TASK = 1
KICKOFF = 2
START = 4
FACTORY = 8
COMPLETION = 16
MODEL = 32
"""The last name of a banned call or client method: a model-call candidate."""

# Bits of ``Scope.impl``: inside a method that implements a task or kickoff method.
IMPL_TASK = 1
IMPL_KICKOFF = 2

INTROSPECTION = frozenset(
    {
        "hasattr", "getattr", "setattr", "delattr", "isinstance", "issubclass", "callable",
        "id", "type", "vars", "dir", "repr", "str", "hash",
        "iscoroutinefunction", "isfunction", "ismethod", "isroutine", "signature",
        "getsource", "getdoc", "getmodule", "unwrap",
    }
)
"""Calls whose first argument is looked at, not run: a banned function there is no call."""

PARTIALS = frozenset({"partial"})
"""``partial(f, callbacks=...)``: the call it makes carries the keywords given here."""


class Cover:
    """A tracing span a call may sit in: a decorated function's body or a ``with`` body.

    Whether its decorators or context items are tracing ones is decided after
    the walk, through the file's imports (``tracing.covered``), once.
    """

    __slots__ = ("exprs", "scope", "parent", "decorator", "result")

    def __init__(
        self, exprs: List[ast.expr], scope: Scope, parent: Optional[Cover], decorator: bool
    ) -> None:
        self.exprs = exprs
        self.scope = scope
        """Where the decorators or context expressions are evaluated."""
        self.parent = parent
        self.decorator = decorator
        self.result: Optional[bool] = None


class Execution(NamedTuple):
    """A task execution: ``<expr>.<task method>(...)``, or the method passed by reference."""

    line: int
    col: int
    pos: int
    method: str
    scope: Scope
    cover: Optional[Cover]
    exempt: Optional[str]
    receiver: ast.expr
    """What the method is called on, with walruses and ``await`` looked through."""


class Kickoff(NamedTuple):
    """A kickoff, or a kickoff method passed by reference."""

    line: int
    col: int
    pos: int
    method: str
    scope: Scope
    cover: Optional[Cover]
    exempt: Optional[str]
    receiver: ast.expr
    """What the method is called on, with walruses and ``await`` looked through."""
    keywords: bool
    """The call itself passes a crew-callback keyword or a ``**mapping``."""


class ModelCall(NamedTuple):
    """A call, or a reference in a value position, that may reach a model directly."""

    line: int
    col: int
    pos: int
    target: ast.expr
    """The callee, or the referenced expression: a ``Name`` or an attribute."""
    scope: Scope
    cover: Optional[Cover]
    wrapped: bool
    """It passes one of the LLM callback keywords (``partial`` included)."""
    exempt: Optional[str] = None


@dataclass
class Facts:
    """What one file holds, ready for the checks in ``rules``."""

    module: Scope
    executions: List[Execution] = field(default_factory=list)
    kickoffs: List[Kickoff] = field(default_factory=list)
    model_calls: List[ModelCall] = field(default_factory=list)
    covers: List[Cover] = field(default_factory=list)
    aliases: Set[str] = field(default_factory=set)
    """Names an import binds to something else's last name: ``from m import f as g``."""
    last_completion: int = -1


class Vocabulary(NamedTuple):
    """The option lists the walk looks names up in, built once per configuration."""

    roles: Dict[str, int]
    handler_factories: FrozenSet[str]
    crew_callback_keywords: FrozenSet[str]
    llm_callback_keywords: FrozenSet[str]
    tool_methods: FrozenSet[str]
    task_methods: FrozenSet[str]
    kickoff_methods: FrozenSet[str]
    trace_decorators: bool
    trace_contexts: bool
    model_names: FrozenSet[str]


def model_leaves(config: Config) -> FrozenSet[str]:
    """The last names of banned calls and client methods (``completion``, ``create``)."""
    return frozenset(entry.rpartition(".")[2] for entry in config.all_banned_calls)


@lru_cache(maxsize=8)
def vocabulary(config: Config) -> Vocabulary:
    roles: Dict[str, int] = {}
    for names, role in (
        (config.task_methods, TASK),
        (config.kickoff_methods, KICKOFF),
        (config.start_callbacks, START),
        (config.handler_factories, FACTORY),
        (config.completion_callbacks, COMPLETION),
        (model_leaves(config), MODEL),
    ):
        for name in names:
            roles[name] = roles.get(name, 0) | role
    return Vocabulary(
        roles=roles,
        handler_factories=frozenset(config.handler_factories),
        crew_callback_keywords=frozenset(config.crew_callback_keywords),
        llm_callback_keywords=frozenset(config.llm_callback_keywords),
        tool_methods=frozenset(config.tool_methods),
        task_methods=frozenset(config.task_methods),
        kickoff_methods=frozenset(config.kickoff_methods),
        trace_decorators=bool(config.tracing_decorators),
        trace_contexts=bool(config.tracing_contexts),
        model_names=model_leaves(config),
    )


class _Restore:
    """Stack marker: put back the walk state that held before a scope, class or span."""

    __slots__ = ("scope", "klass", "body_of", "cover")

    def __init__(
        self,
        scope: Scope,
        klass: Optional[ClassInfo],
        body_of: Optional[ClassInfo],
        cover: Optional[Cover],
    ) -> None:
        self.scope = scope
        self.klass = klass
        self.body_of = body_of
        self.cover = cover


def _stored_names(target: ast.AST) -> List[str]:
    return [
        node.id
        for node in ast.walk(target)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    ]


def _end(node: ast.AST) -> int:
    return position(getattr(node, "end_lineno", 0) or 0, getattr(node, "end_col_offset", 0) or 0)


def receiver_key(node: ast.expr) -> Optional[str]:
    """``crew`` for a name, ``self.crew`` for one attribute of ``self``; else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.value.id == "self":
            return "self." + node.attr
    return None


def _callee_name(func: ast.expr) -> Optional[str]:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class _Walk:
    def __init__(self, config: Config, model_calls: bool, aliases: FrozenSet[str]) -> None:
        self.vocab = vocabulary(config)
        self.roles = self.vocab.roles
        self.model_calls = model_calls
        self.named = self.vocab.model_names | aliases
        """Bare names that may be a banned function: last names, and import aliases."""
        self.missed_alias = False
        self.scope = Scope(None, 0)
        self.facts = Facts(self.scope)
        self.klass: Optional[ClassInfo] = None
        """The class whose body, or one of whose methods, is being walked."""
        self.body_of: Optional[ClassInfo] = None
        """The class whose body itself is being walked (not one of its methods)."""
        self.cover: Optional[Cover] = None
        self.stack: List[object] = []
        self.declaring: List[Scope] = []

    def run(self, tree: ast.AST) -> Facts:
        stack = self.stack
        stack.append(tree)
        pop = stack.pop
        push = stack.append
        extend = stack.extend
        table = _TABLE
        leaves = _LEAF_TYPES
        while stack:
            node = pop()
            entry = table.get(node.__class__)
            if entry is None:
                entry = _learn(node.__class__)
            handler, fields = entry
            if handler is not None and handler(self, node):
                continue
            for name in fields:
                value: Any = getattr(node, name, None)
                kind = value.__class__
                if kind is list:
                    # Items of a list are pushed as they are; leaves among
                    # them (a name, a None key in a dict) are popped as such.
                    extend(value)
                elif kind not in leaves:
                    push(value)
        self._settle_declarations()
        return self.facts

    def _settle_declarations(self) -> None:
        """Move bindings of ``global`` and ``nonlocal`` names where they belong.

        Statements are walked last-first, so a declaration is only known for
        certain once its function has been walked. A declared name assigned a
        name the function imports stands for that import where it moves to.
        """
        for scope in self.declaring:
            for name, is_global in (scope.declared or {}).items():
                target = scope.module if is_global else scope.parent
                moved = scope.bindings.pop(name, None)
                if moved and target is not None:
                    for binding in moved:
                        target.bind(name, binding)
                        # ``import litellm as _l; litellm = _l``: the name is that import.
                        value = binding.value
                        if binding.kind == VALUE and isinstance(value, ast.Name):
                            for alias in scope.bindings.get(value.id, ()):
                                if alias.kind == IMPORT:
                                    target.bind(name, alias._replace(pos=binding.pos))

    # Handlers return True when the walk must not push the node's fields itself:
    # they pushed what needs walking (or there is nothing to walk).

    def _restore(self, marker: _Restore) -> bool:
        self.scope = marker.scope
        self.klass = marker.klass
        self.body_of = marker.body_of
        self.cover = marker.cover
        return True

    def _enter(self, outer_parts: List[Any], body: List[Any]) -> None:
        """Push *outer_parts* to run in the current state, then a restore, then *body*."""
        stack = self.stack
        stack.extend(part for part in outer_parts if part is not None)
        stack.append(_Restore(self.scope, self.klass, self.body_of, self.cover))
        stack.extend(body)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        outer = self.scope
        vocab = self.vocab
        pos = position(node.lineno, node.col_offset)
        name = node.name
        klass = self.body_of
        method = klass is not None
        impl = outer.impl
        if method:
            impl |= (IMPL_TASK if name in vocab.task_methods else 0) | (
                IMPL_KICKOFF if name in vocab.kickoff_methods else 0
            )
        scope = Scope(
            outer,
            pos,
            in_tool=outer.in_tool or (method and name in vocab.tool_methods),
            impl=impl,
            args=node.args,
        )
        if klass is not None:
            scope.klass = klass
            klass.methods.setdefault(name, scope)
        self._bind(name, Binding(pos, DEF, scope, None))
        decorators = node.decorator_list
        self._enter(
            [*decorators, node.args, node.returns, *getattr(node, "type_params", ())],
            node.body,
        )
        self.scope = scope
        self.body_of = None
        self.cover = None
        if vocab.trace_decorators and decorators:
            self.cover = Cover(decorators, outer, None, decorator=True)
            self.facts.covers.append(self.cover)
        return True

    def _lambda(self, node: ast.Lambda) -> bool:
        outer = self.scope
        self._enter([node.args], [node.body])
        self.scope = Scope(
            outer,
            position(node.lineno, node.col_offset),
            in_tool=outer.in_tool,
            impl=outer.impl,
            args=node.args,
        )
        self.body_of = None
        self.cover = None
        if self.model_calls:
            self._value_refs([node.body])
        return True

    def _class(self, node: ast.ClassDef) -> bool:
        pos = position(node.lineno, node.col_offset)
        info = ClassInfo(
            node.bases,
            self.scope,
            pos,
            {
                stmt.name
                for stmt in node.body
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
            },
        )
        self._bind(node.name, Binding(pos, CLASS, info, None))
        self._enter(
            [*node.decorator_list, *node.bases, *node.keywords, *getattr(node, "type_params", ())],
            node.body,
        )
        self.klass = self.body_of = info
        return True

    def _with(self, node: ast.With | ast.AsyncWith) -> bool:
        if not self.vocab.trace_contexts:
            return False
        self._enter(node.items, node.body)
        self.cover = Cover(
            [item.context_expr for item in node.items], self.scope, self.cover, decorator=False
        )
        self.facts.covers.append(self.cover)
        return True

    def _delegates(self, func: ast.Attribute, impl: int) -> bool:
        """``self.m()``, ``cls.m()`` or ``super().m()``: a class using its own implementation.

        It is, when the class defines ``m``, or when the call sits in a method
        that itself implements a task (or kickoff) method: a wrapper that runs
        ``execute_async`` from ``execute_sync`` implements the API, not uses it.
        """
        value = func.value
        if isinstance(value, ast.Name):
            if value.id not in ("self", "cls"):
                return False
        elif not (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "super"
        ):
            return False
        if self.scope.impl & impl:
            return True
        return self.klass is not None and func.attr in self.klass.method_names

    def _call(self, node: ast.Call) -> bool:
        """The hot path: what the call does, then its arguments passed on, then its children.

        It pushes the children itself, skipping what cannot hold a call: the
        attribute of a method call, the keyword wrappers, names and constants.
        """
        # Dispatch on the exact class, which typing cannot narrow on: hence Any.
        func: Any = node.func
        kind = func.__class__
        stack = self.stack
        model_calls = self.model_calls
        if kind is _ATTRIBUTE:
            role = self.roles.get(func.attr, 0)
            if role:
                self._roles(node, func, role)
                if role & MODEL and model_calls:
                    self._model_call(node, func)
            owner = func.value
            if owner.__class__ not in _LEAF_TYPES:
                stack.append(owner)
        elif kind is _NAME:
            name = func.id
            if name in self.vocab.handler_factories:
                scope = self.scope
                scope.first_wiring = min(scope.first_wiring, (node.lineno << 32) | node.col_offset)
            if model_calls and name in self.named:
                self._model_call(node, func)
        else:
            stack.append(func)
        keywords = node.keywords
        values: List[Any] = [*node.args, *[kw.value for kw in keywords]] if keywords else node.args
        if not values:
            return True
        stack.extend(values)
        roles = self.roles
        named = self.named
        found: Optional[List[ast.expr]] = None
        for value in values:
            kind = value.__class__
            if kind is _ATTRIBUTE:
                role = roles.get(value.attr, 0)
                if role:
                    if role & (TASK | KICKOFF):
                        self._passed_method(value, role)
                    if role & MODEL and model_calls:
                        found = found or []
                        found.append(value)
            elif model_calls and (
                (kind is _NAME and value.id in named) or kind in _BRANCHING
            ):
                found = found or []
                found.append(value)
        if found:
            self._passed_on(node, found)
        return True

    def _model_call(self, node: ast.Call, func: ast.expr) -> None:
        llm_keywords = self.vocab.llm_callback_keywords
        self.facts.model_calls.append(
            ModelCall(
                node.lineno, node.col_offset, (node.lineno << 32) | node.col_offset, func,
                self.scope, self.cover,
                any(keyword.arg in llm_keywords for keyword in node.keywords),
            )
        )

    def _roles(self, node: ast.Call, func: ast.Attribute, role: int) -> None:
        scope = self.scope
        pos = (node.lineno << 32) | node.col_offset  # scopes.position, inlined
        if role & TASK:
            self._execution(func, node.lineno, node.col_offset, pos)
        if role & KICKOFF:
            keywords = self.vocab.crew_callback_keywords
            self._kickoff(
                func,
                node.lineno,
                node.col_offset,
                pos,
                any(kw.arg is None or kw.arg in keywords for kw in node.keywords),
            )
        if role & START:
            scope.first_start = min(scope.first_start, pos)
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & FACTORY:
            scope.first_wiring = min(scope.first_wiring, pos)
        if role & COMPLETION:
            top = scope.outermost
            top.last_completion = max(top.last_completion, pos)
            self.facts.last_completion = max(self.facts.last_completion, pos)

    def _passed_method(self, value: ast.Attribute, role: int) -> None:
        """A task or kickoff method passed by reference: an execution or kickoff there."""
        line, col = value.lineno, value.col_offset
        pos = (line << 32) | col
        if role & TASK:
            self._execution(value, line, col, pos)
        if role & KICKOFF:
            # The call the method is passed to carries its own keywords, not the kickoff's.
            self._kickoff(value, line, col, pos, False)

    def _execution(self, func: ast.Attribute, line: int, col: int, pos: int) -> None:
        scope = self.scope
        exempt = None
        if self._delegates(func, IMPL_TASK):
            exempt = "delegation"
        elif scope.in_tool:
            exempt = "tool method"
        self.facts.executions.append(
            Execution(line, col, pos, func.attr, scope, self.cover, exempt, unwrap(func.value))
        )

    def _kickoff(
        self, func: ast.Attribute, line: int, col: int, pos: int, keywords: bool
    ) -> None:
        exempt = "delegation" if self._delegates(func, IMPL_KICKOFF) else None
        self.facts.kickoffs.append(
            Kickoff(
                line, col, pos, func.attr, self.scope, self.cover, exempt,
                unwrap(func.value), keywords,
            )
        )

    def _passed_on(self, node: ast.Call, found: List[ast.expr]) -> None:
        """Model-call candidates among a call's arguments, unless the call only looks at them."""
        name = _callee_name(node.func)
        if name in INTROSPECTION and node.args and found[0] is node.args[0]:
            found = found[1:]
        wrapped = False
        if name in PARTIALS:
            llm_keywords = self.vocab.llm_callback_keywords
            wrapped = any(kw.arg in llm_keywords for kw in node.keywords)
        self._value_refs(found, wrapped)

    def _value_refs(self, values: List[ast.expr], wrapped: bool = False) -> None:
        """Record names and attributes in a value position as model-call candidates.

        A conditional expression or ``or``/``and`` is looked through: either
        branch may be the function that gets called later.
        """
        roles = self.roles
        named = self.named
        todo: List[Any] = values
        while todo:
            branches: List[Any] = []
            for value in todo:
                kind = value.__class__
                if (kind is ast.Name and value.id in named) or (
                    kind is ast.Attribute and roles.get(value.attr, 0) & MODEL
                ):
                    line, col = value.lineno, value.col_offset
                    self.facts.model_calls.append(
                        ModelCall(
                            line, col, (line << 32) | col, value, self.scope, self.cover, wrapped
                        )
                    )
                elif kind is ast.IfExp:
                    branches += (value.body, value.orelse)
                elif kind is ast.BoolOp:
                    branches += value.values
            todo = branches

    def _value_ref(self, value: Optional[ast.expr]) -> None:
        """One value position: skip the common values that cannot be a function quickly."""
        if value.__class__ in _REFERABLE:
            self._value_refs([cast(ast.expr, value)])

    def _elements(self, node: ast.List | ast.Tuple | ast.Set) -> bool:
        if self.model_calls:
            self._value_refs(node.elts)
        return False

    def _dict(self, node: ast.Dict) -> bool:
        if self.model_calls:
            self._value_refs(node.values)
        return False

    def _arguments_node(self, node: ast.arguments) -> bool:
        """Defaults and annotations can hold calls; the parameters themselves cannot."""
        defaults = [*node.defaults, *[d for d in node.kw_defaults if d is not None]]
        if self.model_calls and defaults:
            self._value_refs(defaults)
        stack = self.stack
        stack.extend(defaults)
        for arg in (*getattr(node, "posonlyargs", ()), *node.args, *node.kwonlyargs,
                    node.vararg, node.kwarg):
            if arg is not None and arg.annotation is not None:
                stack.append(arg.annotation)
        return True

    def _return(self, node: ast.Return) -> bool:
        scope = self.scope
        scope.returns = (*scope.returns, (position(node.lineno, node.col_offset), node.value))
        if self.model_calls:
            self._value_ref(node.value)
        return False

    def _bind(self, name: str, binding: Binding) -> None:
        # A name bound in a class body is a class attribute, not a variable of
        # the scope around the class: ``def crew(self)`` does not rebind ``crew``.
        if self.body_of is None:
            self.scope.bind(name, binding)

    def _bind_target(
        self, target: ast.expr, end: int, value: Optional[ast.expr], annotation: Optional[ast.expr]
    ) -> None:
        if isinstance(target, ast.Name):
            kind = VALUE if value is not None else OTHER
            self._bind(target.id, Binding(end, kind, value and unwrap(value), annotation))
        elif isinstance(target, ast.Attribute):
            self._bind_attribute(target, end, value)
        else:
            for name in _stored_names(target):
                self._bind(name, Binding(end, OTHER, None, None))

    def _bind_attribute(self, target: ast.Attribute, end: int, value: Optional[ast.expr]) -> None:
        """``crew.step_callback = cb`` wires ``crew``; ``self.x = v`` binds ``self.x``."""
        if self.body_of is not None:
            return
        scope = self.scope
        if target.attr in self.vocab.crew_callback_keywords:
            key = receiver_key(target.value)
            if key is not None:
                scope.wire_by_attribute(key, end)
        owner = target.value
        if isinstance(owner, ast.Name) and owner.id == "self":
            kind = VALUE if value is not None else OTHER
            scope.bind("self." + target.attr, Binding(end, kind, value and unwrap(value), None))
            klass = self.klass
            if klass is not None and value is not None:
                klass.attrs.setdefault(target.attr, []).append((unwrap(value), scope))

    def _assign(self, node: ast.Assign) -> bool:
        end = _end(node)
        for target in node.targets:
            self._bind_target(target, end, node.value, None)
        if self.model_calls:
            self._value_ref(node.value)
        return False

    def _ann_assign(self, node: ast.AnnAssign) -> bool:
        target = node.target
        if self.body_of is not None:
            if isinstance(target, ast.Name):
                self.body_of.annotations[target.id] = node.annotation
        elif node.value is None:
            if isinstance(target, ast.Name):
                self._bind(target.id, Binding(_end(node), ANNOTATION, None, node.annotation))
        else:
            self._bind_target(target, _end(node), node.value, node.annotation)
        if self.model_calls:
            self._value_ref(node.value)
        return False

    def _aug_assign(self, node: ast.AugAssign) -> bool:
        self._bind_target(node.target, _end(node), None, None)
        return False

    def _named_expr(self, node: ast.NamedExpr) -> bool:
        self._bind_target(node.target, _end(node), node.value, None)
        if self.model_calls:
            self._value_ref(node.value)
        return False

    def _loop_target(self, node: ast.For | ast.AsyncFor | ast.comprehension) -> bool:
        self._bind_target(node.target, _end(node.target), None, None)
        return False

    def _with_item(self, node: ast.withitem) -> bool:
        if node.optional_vars is not None:
            self._bind_target(node.optional_vars, _end(node.optional_vars), None, None)
        return False

    def _captured(self, node: Any) -> bool:
        """A name an ``except ... as`` or a ``match`` pattern binds (``case Crew() as crew``,
        ``case [*rest]``, ``case {**rest}``): it holds from where the clause or pattern starts."""
        name = getattr(node, "name", None) or getattr(node, "rest", None)
        if name:
            self._bind(name, Binding(position(node.lineno, node.col_offset), OTHER, None, None))
        return False

    def _declaration(self, node: ast.Global | ast.Nonlocal) -> bool:
        scope = self.scope
        if scope.is_function:
            scope.declare(node.names, isinstance(node, ast.Global))
            self.declaring.append(scope)
        return True

    def _import(self, node: ast.Import | ast.ImportFrom) -> bool:
        end = _end(node)
        for name, binding in import_bindings(node, end):
            self._bind(name, binding)
            if _is_alias(name, binding.value):
                self.facts.aliases.add(name)
                if name not in self.named:
                    self.missed_alias = True
        if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
            self.scope.module.stars.append(from_module(node))
        return True


_ATTRIBUTE = ast.Attribute
_NAME = ast.Name
_REFERABLE = frozenset({ast.Name, ast.Attribute, ast.IfExp, ast.BoolOp})
_BRANCHING = frozenset({ast.IfExp, ast.BoolOp})
"""Expressions that are, or may evaluate to, a function passed on instead of called."""

# Fields that never hold a call on Python 3.9-3.13: contexts and operators,
# identifiers (``names`` of ``global`` and of imports, whose aliases are two
# identifiers), numbers and flags. Skipping them keeps the walk cheaper than a
# plain visitor; ``tests/test_walk_table.py`` checks the list against the
# running Python's own node signatures.
_INERT_FIELDS = frozenset(
    {
        "ctx", "op", "ops",
        "id", "attr", "arg", "names", "module", "kwd_attrs",
        "level", "kind", "type_comment", "is_async", "conversion",
    }
)

# Per node type: the handler (or None) and the fields to walk into. Each
# handler takes its own node type. Types not listed are learnt on first sight.
_TABLE: Dict[type, Tuple[Optional[Callable[[_Walk, Any], bool]], Tuple[str, ...]]] = {}


def _learn(kind: type) -> Tuple[Optional[Callable[[_Walk, Any], bool]], Tuple[str, ...]]:
    fields = tuple(
        name for name in getattr(kind, "_fields", ()) if name not in _INERT_FIELDS
    )
    entry = (None, fields)
    _TABLE[kind] = entry
    return entry


_HANDLERS: List[Tuple[Optional[type], Callable[[_Walk, Any], bool]]] = [
    (_Restore, _Walk._restore),
    (ast.Call, _Walk._call),
    (ast.FunctionDef, _Walk._function),
    (ast.AsyncFunctionDef, _Walk._function),
    (ast.Lambda, _Walk._lambda),
    (ast.ClassDef, _Walk._class),
    (ast.With, _Walk._with),
    (ast.AsyncWith, _Walk._with),
    (ast.Assign, _Walk._assign),
    (ast.AnnAssign, _Walk._ann_assign),
    (ast.AugAssign, _Walk._aug_assign),
    (ast.NamedExpr, _Walk._named_expr),
    (ast.For, _Walk._loop_target),
    (ast.AsyncFor, _Walk._loop_target),
    (ast.comprehension, _Walk._loop_target),
    (ast.withitem, _Walk._with_item),
    (ast.ExceptHandler, _Walk._captured),
    (ast.Global, _Walk._declaration),
    (ast.Nonlocal, _Walk._declaration),
    (ast.Import, _Walk._import),
    (ast.ImportFrom, _Walk._import),
    (ast.Return, _Walk._return),
    (ast.List, _Walk._elements),
    (ast.Tuple, _Walk._elements),
    (ast.Set, _Walk._elements),
    (ast.Dict, _Walk._dict),
    (ast.arguments, _Walk._arguments_node),
    # Match captures exist from Python 3.10 on.
    (getattr(ast, "MatchAs", None), _Walk._captured),
    (getattr(ast, "MatchStar", None), _Walk._captured),
    (getattr(ast, "MatchMapping", None), _Walk._captured),
]
_TABLE.update({kind: (handler, _learn(kind)[1]) for kind, handler in _HANDLERS if kind})

_LEAVES = (ast.Name, ast.Constant, str, int, type(None))
"""Leaves: nothing below them can be a call, so they are not pushed where that is cheap."""
_LEAF_TYPES = frozenset(_LEAVES)
for _leaf in _LEAVES:
    _TABLE[_leaf] = (None, ())


def _is_alias(name: str, target: str) -> bool:
    """``from m import f as g`` binds ``g`` to something whose last name is ``f``."""
    return target != name and not target.endswith("." + name)


def module_aliases(tree: ast.AST) -> FrozenSet[str]:
    """The aliases that imports outside any function or class bind.

    Read before the walk, from the statements alone, so that a call or
    reference through such an alias is recognised wherever it is met.
    """
    aliases: Set[str] = set()
    todo: List[Any] = list(getattr(tree, "body", ()))
    while todo:
        stmt = todo.pop()
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            aliases.update(
                name for name, binding in import_bindings(stmt, 0) if _is_alias(name, binding.value)
            )
        elif not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in ("body", "orelse", "finalbody", "handlers"):
                todo.extend(getattr(stmt, name, ()))
    return frozenset(aliases)


def analyse(tree: ast.AST, config: Config, subjects: FrozenSet[str]) -> Facts:
    """Walk *tree* once; collect model-call candidates only when a rule judging them may fire.

    An import alias met only inside a function (so possibly after its uses in
    walk order) makes the walk run once more, knowing every alias.
    """
    model_calls = "model_calls" in subjects
    walk = _Walk(config, model_calls, module_aliases(tree) if model_calls else frozenset())
    facts = walk.run(tree)
    if walk.missed_alias and model_calls:
        facts = _Walk(config, model_calls, frozenset(facts.aliases)).run(tree)
    return facts
