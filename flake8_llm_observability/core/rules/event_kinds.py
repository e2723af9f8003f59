"""The kinds of event the rules judge: each one declaration, from which the walk, the
prefilter, the coverage report's columns and the docs derive."""

from __future__ import annotations

from typing import List

from .. import models
from ..context import Context
from ..source import SourceFile
from ..suppressions import noqa_comments
from ..walk import Event, Facts, ModelCall
from .declaration import EventKind
from .exemptions import (
    CREW_MACHINERY, DELEGATION, FLOW, NO_FRAMEWORK_IMPORT, OWN_IMPLEMENTATION, TOOL_METHOD,
)


def _reaches_a_model(call: ModelCall, context: Context) -> bool:
    return models.banned_entry(call, context) is not None


def _noqa_comments(source: SourceFile, facts: Facts) -> List[Event]:
    return list(noqa_comments(source.lines, source.tree, facts.module))


EXECUTIONS = EventKind(
    name="executions",
    label="task_executions",
    exemptions=(DELEGATION, TOOL_METHOD, OWN_IMPLEMENTATION, CREW_MACHINERY, NO_FRAMEWORK_IMPORT),
    methods="task_methods",
)
"""``task.execute_sync()``: a task execution."""

KICKOFFS = EventKind(
    name="kickoffs",
    label="kickoffs",
    exemptions=(DELEGATION, FLOW, OWN_IMPLEMENTATION),
    methods="kickoff_methods",
    call_keywords="crew_callback_keywords",
)
"""``crew.kickoff()``: a crew (or Flow) started."""

MODEL_CALLS = EventKind(
    name="model_calls",
    label="model_calls",
    triggers=("banned_calls", "extend_banned_calls"),
    confirmed=_reaches_a_model,
)
"""``litellm.completion(...)``, or such a function passed on: recorded by ``walk.model_refs``."""

NOQA_COMMENTS = EventKind(
    name="noqa_comments",
    label="noqa_comments",
    scan=_noqa_comments,
    about_findings=True,
)
"""``# noqa: LLO002  <reason>``: a comment naming LLO codes, found in the file's text."""
