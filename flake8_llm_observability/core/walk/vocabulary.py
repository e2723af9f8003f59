"""The option lists the walk looks names up in, as sets and role bits, built once per config."""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, NamedTuple

from ..options import Config

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


class Vocabulary(NamedTuple):
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
