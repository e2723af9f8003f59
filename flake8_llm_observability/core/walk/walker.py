"""The one walk: the four jobs put together, and which node type goes to which handler.

A handler here serves several jobs for its node: an assignment binds names
(symbol table) and may hold a model function (model references); a call may be
an execution or kickoff (agent events), a model call (model references), and
pass methods or model functions on. The jobs themselves live in ``traversal``,
``symbols``, ``agent_events`` and ``model_refs``.
"""

from __future__ import annotations

import ast
from typing import Any, FrozenSet, List, Optional, Tuple

from ..options import Config
from .agent_events import AgentEvents
from .events import Facts, Span
from .model_refs import BRANCHING, ModelReferences
from .symbols import SymbolTable, module_aliases
from .traversal import LEAF_TYPES, register
from .vocabulary import MODEL, WIRING, MethodKindSpec

_ATTRIBUTE = ast.Attribute
_NAME = ast.Name


class Walk(SymbolTable, AgentEvents, ModelReferences):
    def __init__(
        self,
        config: Config,
        method_kinds: Tuple[MethodKindSpec, ...],
        collect_model_calls: bool,
        aliases: FrozenSet[str],
    ) -> None:
        SymbolTable.__init__(self, config, method_kinds)
        self.collect_model_calls = collect_model_calls
        self.named = self.vocab.model_names | aliases
        self.missed_alias = False
        """An import inside a function binds an alias the walk did not know from the start."""

    def run(self, tree: ast.AST) -> Facts:
        self.traverse(tree)
        self._settle_declarations()
        return self.facts

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        outer = self.scope
        scope = self._open_function(node)
        decorators = node.decorator_list
        self._enter(
            [*decorators, node.args, node.returns, *getattr(node, "type_params", ())],
            node.body,
        )
        self.scope = scope
        self.body_of = None
        self.span = None
        if self.vocab.trace_decorators and decorators:
            self.span = Span(decorators, outer, None, True, scope, node.body)
            self.facts.spans.append(self.span)
        return True

    def _lambda(self, node: ast.Lambda) -> bool:
        scope = self._open_lambda(node)
        self._enter([node.args], [node.body])
        self.scope = scope
        self.body_of = None
        self.span = None
        if self.collect_model_calls:
            self._value_refs([node.body])
        return True

    def _with(self, node: ast.With | ast.AsyncWith) -> bool:
        if not self.vocab.trace_contexts:
            return False
        self._enter(node.items, node.body)
        self.span = Span(
            [item.context_expr for item in node.items], self.scope, self.span, False, self.scope,
            node.body,
        )
        self.facts.spans.append(self.span)
        return True

    def _call(self, node: ast.Call) -> bool:
        """The hot path: what the call does, then its arguments passed on, then its children.

        It pushes the children itself, skipping what cannot hold a call: the
        attribute of a method call, the keyword wrappers, names and constants.
        """
        # Dispatch on the exact class, which typing cannot narrow on: hence Any.
        func: Any = node.func
        kind = func.__class__
        stack = self.stack
        collect = self.collect_model_calls
        if kind is _ATTRIBUTE:
            role = self.roles.get(func.attr, 0)
            if role:
                self._roles(node, func, role)
                if role & MODEL and collect:
                    self._model_call(node, func)
            owner = func.value
            if owner.__class__ not in LEAF_TYPES:
                stack.append(owner)
        elif kind is _NAME:
            name = func.id
            role = self.roles.get(name, 0) & WIRING
            if role:
                self._wiring(node, role)
            if collect and name in self.named:
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
        method_bits = self.method_bits
        found: Optional[List[ast.expr]] = None
        for value in values:
            kind = value.__class__
            if kind is _ATTRIBUTE:
                role = roles.get(value.attr, 0)
                if role:
                    if role & method_bits:
                        self._passed_method(value, role)
                    if role & MODEL and collect:
                        found = found or []
                        found.append(value)
            elif collect and ((kind is _NAME and value.id in named) or kind in BRANCHING):
                found = found or []
                found.append(value)
        if found:
            self._passed_on(node, found)
        return True

    def _arguments_node(self, node: ast.arguments) -> bool:
        """Defaults and annotations can hold calls; the parameters themselves cannot."""
        defaults = [*node.defaults, *[d for d in node.kw_defaults if d is not None]]
        if self.collect_model_calls and defaults:
            self._value_refs(defaults)
        stack = self.stack
        stack.extend(defaults)
        for arg in (*getattr(node, "posonlyargs", ()), *node.args, *node.kwonlyargs,
                    node.vararg, node.kwarg):
            if arg is not None and arg.annotation is not None:
                stack.append(arg.annotation)
        return True

    def _assign(self, node: ast.Assign) -> bool:
        self._bind_assign(node)
        if self.collect_model_calls:
            self._value_ref(node.value)
        return False

    def _ann_assign(self, node: ast.AnnAssign) -> bool:
        self._bind_ann_assign(node)
        if self.collect_model_calls:
            self._value_ref(node.value)
        return False

    def _named_expr(self, node: ast.NamedExpr) -> bool:
        self._bind_named_expr(node)
        if self.collect_model_calls:
            self._value_ref(node.value)
        return False

    def _return(self, node: ast.Return) -> bool:
        self._record_return(node)
        if self.collect_model_calls:
            self._value_ref(node.value)
        return False

    def _import(self, node: ast.Import | ast.ImportFrom) -> bool:
        facts = self.facts
        for name in self._bind_imports(node):
            facts.aliases.add(name)
            if name not in self.named:
                self.missed_alias = True
        return True


register([
    (ast.Call, Walk._call),
    (ast.FunctionDef, Walk._function),
    (ast.AsyncFunctionDef, Walk._function),
    (ast.Lambda, Walk._lambda),
    (ast.ClassDef, Walk._class),
    (ast.With, Walk._with),
    (ast.AsyncWith, Walk._with),
    (ast.Assign, Walk._assign),
    (ast.AnnAssign, Walk._ann_assign),
    (ast.AugAssign, Walk._aug_assign),
    (ast.NamedExpr, Walk._named_expr),
    (ast.For, Walk._loop_target),
    (ast.AsyncFor, Walk._loop_target),
    (ast.comprehension, Walk._loop_target),
    (ast.withitem, Walk._with_item),
    (ast.ExceptHandler, Walk._captured),
    (ast.Global, Walk._declaration),
    (ast.Nonlocal, Walk._declaration),
    (ast.Import, Walk._import),
    (ast.ImportFrom, Walk._import),
    (ast.Return, Walk._return),
    (ast.List, Walk._elements),
    (ast.Tuple, Walk._elements),
    (ast.Set, Walk._elements),
    (ast.Dict, Walk._dict),
    (ast.arguments, Walk._arguments_node),
    # Match captures exist from Python 3.10 on.
    (getattr(ast, "MatchAs", None), Walk._captured),
    (getattr(ast, "MatchStar", None), Walk._captured),
    (getattr(ast, "MatchMapping", None), Walk._captured),
])


def analyse(
    tree: ast.AST,
    config: Config,
    method_kinds: Tuple[MethodKindSpec, ...],
    collect: FrozenSet[str],
) -> Facts:
    """Walk *tree* once, recording the events of every kind in *method_kinds*.

    Model-call candidates are collected only when *collect* (the kinds of
    event some rule may report on) names ``model_calls``. An import alias met
    only inside a function (so possibly after its uses in walk order) makes
    the walk run once more, knowing every alias.
    """
    collect_model_calls = "model_calls" in collect
    aliases = module_aliases(tree) if collect_model_calls else frozenset()
    walk = Walk(config, method_kinds, collect_model_calls, aliases)
    facts = walk.run(tree)
    if walk.missed_alias and collect_model_calls:
        facts = Walk(config, method_kinds, collect_model_calls, frozenset(facts.aliases)).run(tree)
    return facts
