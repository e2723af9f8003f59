"""The walk's second job: the symbol table, pyflakes-style.

Scopes and classes are opened here, and every statement that binds a name
records a ``Binding`` in the scope that holds it: assignments, imports, loop
and ``with`` targets, captures, ``global`` and ``nonlocal``. The rules resolve
names through these bindings after the walk (``scopes``, ``crews``, ``models``).
"""

from __future__ import annotations

import ast
from typing import Any, FrozenSet, List, Optional, Set, Tuple

from ..imports import from_module, import_bindings
from ..options import Config
from ..scopes import (
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
from .events import Patch
from .traversal import Traversal
from .vocabulary import MethodKindSpec


def _makes_an_attribute(decorator: ast.expr) -> bool:
    """``@property``, ``@functools.cached_property``, a project's ``@lazy_property``: a decorator
    whose name ends in ``property`` makes the method an attribute (``self.client`` runs it)."""
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    name = getattr(decorator, "id", None) or getattr(decorator, "attr", None)
    return isinstance(name, str) and name.endswith("property")


def stored_names(target: ast.AST) -> List[str]:
    return [
        node.id
        for node in ast.walk(target)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    ]


def end_of(node: ast.AST) -> int:
    return position(getattr(node, "end_lineno", 0) or 0, getattr(node, "end_col_offset", 0) or 0)


def receiver_key(node: ast.expr) -> Optional[str]:
    """``crew`` for a name, ``self.crew`` for one attribute of ``self``; else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.value.id == "self":
            return "self." + node.attr
    return None


def is_alias(name: str, target: str) -> bool:
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
                name for name, binding in import_bindings(stmt, 0) if is_alias(name, binding.value)
            )
        elif not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in ("body", "orelse", "finalbody", "handlers"):
                todo.extend(getattr(stmt, name, ()))
    return frozenset(aliases)


class SymbolTable(Traversal):
    """Scopes, classes and the bindings of names."""

    def __init__(self, config: Config, method_kinds: Tuple[MethodKindSpec, ...]) -> None:
        Traversal.__init__(self, config, method_kinds)
        self.declaring: List[Scope] = []
        """Functions with ``global`` or ``nonlocal`` declarations, settled after the walk."""

    def _open_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> Scope:
        """The function's scope, bound to its name; the walk enters it next."""
        outer = self.scope
        vocab = self.vocab
        pos = position(node.lineno, node.col_offset)
        name = node.name
        klass = self.body_of
        method = klass is not None
        impl = outer.impl
        if method:
            impl |= self.roles.get(name, 0) & self.method_bits
        scope = Scope(
            outer,
            pos,
            in_tool=outer.in_tool or (method and name in vocab.tool_methods),
            impl=impl,
            args=node.args,
        )
        scope.name = name
        scope.end = end_of(node)
        scope.returns_annotation = node.returns
        scope.is_property = method and any(map(_makes_an_attribute, node.decorator_list))
        self.facts.functions.append(scope)
        if klass is not None:
            scope.klass = klass
            klass.methods.setdefault(name, scope)
        self._bind(name, Binding(pos, DEF, scope, None))
        return scope

    def _open_lambda(self, node: ast.Lambda) -> Scope:
        """The lambda's scope; the walk enters it next."""
        outer = self.scope
        return Scope(
            outer,
            position(node.lineno, node.col_offset),
            in_tool=outer.in_tool,
            impl=outer.impl,
            args=node.args,
        )

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
        elif isinstance(target, ast.Subscript):
            # ``config["step_callback"] = cb``: the mapping carries a crew callback from here.
            item = target.slice
            key = receiver_key(target.value)
            if (
                isinstance(item, ast.Constant)
                and item.value in self.vocab.crew_callback_keywords
                and key is not None
                and self.body_of is None
            ):
                self.scope.wire_by_attribute(key, end)
        else:
            for name in stored_names(target):
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
        if isinstance(value, ast.Name) and not (
            isinstance(owner, ast.Name) and owner.id in ("self", "cls")
        ):
            self.facts.patches.append(Patch(owner, target.attr, value, scope, end))
        if isinstance(owner, ast.Name) and owner.id == "self":
            kind = VALUE if value is not None else OTHER
            scope.bind("self." + target.attr, Binding(end, kind, value and unwrap(value), None))
            klass = self.klass
            if klass is not None and value is not None:
                klass.attrs.setdefault(target.attr, []).append((unwrap(value), scope))

    def _bind_assign(self, node: ast.Assign) -> None:
        end = end_of(node)
        for target in node.targets:
            self._bind_target(target, end, node.value, None)

    def _bind_ann_assign(self, node: ast.AnnAssign) -> None:
        target = node.target
        if self.body_of is not None:
            if isinstance(target, ast.Name):
                self.body_of.annotations[target.id] = node.annotation
        elif node.value is None:
            if isinstance(target, ast.Name):
                self._bind(target.id, Binding(end_of(node), ANNOTATION, None, node.annotation))
        else:
            self._bind_target(target, end_of(node), node.value, node.annotation)

    def _bind_named_expr(self, node: ast.NamedExpr) -> None:
        self._bind_target(node.target, end_of(node), node.value, None)

    def _aug_assign(self, node: ast.AugAssign) -> bool:
        self._bind_target(node.target, end_of(node), None, None)
        return False

    def _loop_target(self, node: ast.For | ast.AsyncFor | ast.comprehension) -> bool:
        self._bind_target(node.target, end_of(node.target), None, None)
        return False

    def _with_item(self, node: ast.withitem) -> bool:
        if node.optional_vars is not None:
            self._bind_target(node.optional_vars, end_of(node.optional_vars), None, None)
        return False

    def _captured(self, node: Any) -> bool:
        """A name an ``except ... as`` or a ``match`` pattern binds (``case Crew() as crew``,
        ``case [*rest]``, ``case {**rest}``): it holds from where the clause or pattern starts."""
        name = getattr(node, "name", None) or getattr(node, "rest", None)
        if name:
            self._bind(name, Binding(position(node.lineno, node.col_offset), OTHER, None, None))
        return False

    def _record_return(self, node: ast.Return) -> None:
        scope = self.scope
        scope.returns = (*scope.returns, (position(node.lineno, node.col_offset), node.value))

    def _declaration(self, node: ast.Global | ast.Nonlocal) -> bool:
        scope = self.scope
        if scope.is_function:
            scope.declare(node.names, isinstance(node, ast.Global))
            self.declaring.append(scope)
        return True

    def _bind_imports(self, node: ast.Import | ast.ImportFrom) -> List[str]:
        """Bind what the import binds; answer the aliases among the names (``as g``)."""
        aliases = []
        if isinstance(node, ast.Import):
            self.facts.imported.update(alias.name.partition(".")[0] for alias in node.names)
        elif not node.level and node.module:
            self.facts.imported.add(node.module.partition(".")[0])
        for name, binding in import_bindings(node, end_of(node)):
            self._bind(name, binding)
            if is_alias(name, binding.value):
                aliases.append(name)
        if isinstance(node, ast.ImportFrom) and any(alias.name == "*" for alias in node.names):
            self.scope.module.stars.append(from_module(node))
        return aliases

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
