"""LLO001: a task execution with no start registration before it."""

from __future__ import annotations

from ..project import Context
from ..walk import Execution
from .declaration import Fields, Rule
from .event_kinds import EXECUTIONS
from .exemptions import DELEGATION, OWN_IMPLEMENTATION, TOOL_METHOD


def task_without_start(run: Execution, context: Context) -> Fields:
    """No start registration before the execution, in its function or an enclosing one."""
    if run.scope.sees_before(run.pos, wiring=False):
        return None
    return {"method": run.method}


RULE = Rule(
    code="LLO001",
    summary="task executed without start registration",
    rationale="The dashboard learns that an agent step started from the start registration.",
    template="{method}() called without in-scope CallbackHandler start registration",
    triggers=("task_methods",),
    kind=EXECUTIONS,
    exemptions=(DELEGATION, TOOL_METHOD, OWN_IMPLEMENTATION),
    check=task_without_start,
    reads=("start_callbacks",),
)
