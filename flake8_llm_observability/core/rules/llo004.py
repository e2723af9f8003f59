"""LLO004: a task execution whose completion is never recorded."""

from __future__ import annotations

from ..project import Context
from ..walk import Execution
from .declaration import Fields, Rule
from .event_kinds import EXECUTIONS
from .exemptions import DELEGATION, OWN_IMPLEMENTATION, TOOL_METHOD


def result_never_recorded(run: Execution, context: Context) -> Fields:
    """No completion registration after the execution.

    In a function the completion may sit anywhere in the outermost function
    (nested callbacks, ``finally``); at module level, anywhere later.
    """
    scope = run.scope
    facts = context.facts
    last = scope.outermost.last_completion if scope.is_function else facts.last_completion
    if last > run.pos:
        return None
    completions = " or ".join(f"{name}()" for name in context.config.completion_callbacks)
    return {"method": run.method, "completions": completions}


RULE = Rule(
    code="LLO004",
    summary="task result never recorded",
    rationale="The completion carries the result, the token count and the cost of the step.",
    template="{method}() result never recorded: no {completions} after the execution",
    triggers=("task_methods",),
    kind=EXECUTIONS,
    exemptions=(DELEGATION, TOOL_METHOD, OWN_IMPLEMENTATION),
    check=result_never_recorded,
    reads=("completion_callbacks",),
)
