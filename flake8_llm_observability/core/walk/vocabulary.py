"""The option lists the walk looks names up in, as sets and role bits, built once per config."""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, NamedTuple, Optional, Protocol, Tuple

from ..options import Config

# Roles a called attribute's name can play; one name may play several.
START = 1
FACTORY = 2
COMPLETION = 4
MODEL = 8
"""The last name of a banned call or client method: a model-call candidate."""
WIRING = START | FACTORY | COMPLETION
"""The roles a call plays on a name as much as on an attribute: ``crew_started(...)``."""
FIRST_METHOD_KIND = 16
"""The role of the first kind of method event; each further kind takes the next bit."""


class MethodKindSpec(Protocol):
    """What the walk reads of a kind of method event (``rules.EventKind`` declares it)."""

    @property
    def name(self) -> str:
        """The kind's list in ``Facts.events``."""

    @property
    def methods(self) -> str:
        """The option (``Config`` field) naming the methods whose call is such an event."""

    @property
    def call_keywords(self) -> str:
        """The option naming keywords the call may pass (``passes_callbacks``), or ""."""


class MethodKind(NamedTuple):
    """A kind of method event as the walk records it: its role bit, its list, its keywords.

    The bit is also the ``Scope.impl`` bit of a method that implements one of
    the kind's methods.
    """

    bit: int
    name: str
    methods: FrozenSet[str]
    call_keywords: Optional[FrozenSet[str]]


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


class Vocabulary(NamedTuple):
    roles: Dict[str, int]
    method_kinds: Tuple[MethodKind, ...]
    method_bits: int
    """Every method kind's bit: a name with one of them is some kind's method."""
    crew_callback_keywords: FrozenSet[str]
    llm_callback_keywords: FrozenSet[str]
    tool_methods: FrozenSet[str]
    trace_decorators: bool
    trace_contexts: bool
    model_names: FrozenSet[str]


def model_leaves(config: Config) -> FrozenSet[str]:
    """The last names of banned calls and client methods (``completion``, ``create``)."""
    return frozenset(entry.rpartition(".")[2] for entry in config.all_banned_calls)


@lru_cache(maxsize=8)
def vocabulary(config: Config, specs: Tuple[MethodKindSpec, ...]) -> Vocabulary:
    """The names of *config* by role, and the method kinds of *specs* with their bits."""
    kinds = tuple(
        MethodKind(
            FIRST_METHOD_KIND << index,
            spec.name,
            frozenset(getattr(config, spec.methods)),
            frozenset(getattr(config, spec.call_keywords)) if spec.call_keywords else None,
        )
        for index, spec in enumerate(specs)
    )
    roles: Dict[str, int] = {}
    for names, role in (
        *((kind.methods, kind.bit) for kind in kinds),
        (config.start_callbacks, START),
        (config.handler_factories, FACTORY),
        (config.completion_callbacks, COMPLETION),
        (model_leaves(config), MODEL),
    ):
        for name in names:
            roles[name] = roles.get(name, 0) | role
    return Vocabulary(
        roles=roles,
        method_kinds=kinds,
        method_bits=sum(kind.bit for kind in kinds),
        crew_callback_keywords=frozenset(config.crew_callback_keywords),
        llm_callback_keywords=frozenset(config.llm_callback_keywords),
        tool_methods=frozenset(config.tool_methods),
        trace_decorators=bool(config.tracing_decorators),
        trace_contexts=bool(config.tracing_contexts),
        model_names=model_leaves(config),
    )
