"""LLO004: a task execution whose completion is never recorded."""

from __future__ import annotations

from .. import callers, resolve
from ..context import Context
from ..scopes import Scope
from ..walk import MethodEvent
from .declaration import Fields, Rule
from .event_kinds import EXECUTIONS


def _completed_after(context: Context, scope: Scope, pos: int) -> bool:
    """A completion after *pos*: anywhere later in the outermost function, or the module."""
    last = scope.outermost.last_completion if scope.is_function else context.facts.last_completion
    return last > pos


def result_never_recorded(run: MethodEvent, context: Context) -> Fields:
    """No completion registration after the execution.

    In a function the completion may sit anywhere in the outermost function
    (nested callbacks, ``finally``); at module level, anywhere later.
    """
    scope = run.scope
    if _completed_after(context, scope, run.pos):
        return None
    if callers.all_wired(
        context, scope, lambda caller, at: _completed_after(context, caller, at), "LLO004"
    ):
        return None  # a helper every caller of which records the completion afterwards
    tasks = [entry for entry in context.config.task_classes if entry.endswith("Task")]
    built = resolve.construction(context, run.receiver, scope, run.pos, tasks)
    if built is not None and any(keyword.arg == "callback" for keyword in built.keywords):
        return None  # CrewAI calls the task's callback when it completes
    completions = " or ".join(f"{name}()" for name in context.config.completion_callbacks)
    return {"method": run.method, "completions": completions}


WHAT = """\
A task execution with no completion registration after it anywhere inside the
outermost function containing it: nested callbacks such as
`future.add_done_callback(lambda f: h._task_completion_callback(f.result()))`, `finally` and
`except` blocks all count. For module-level code, a completion anywhere later in the module
counts.

A task that was built with `callback=` (an entry of `--llo-task-classes` named `Task`, such as
`Task(..., callback=record)`, [placed](#what-a-receiver-is) through the names bound to it) has
its completion recorded: CrewAI calls the callback when the task completes.

LLO001 and LLO004 are independent: an unwired execution gets both, so a team can ignore one.
"""

WHY = """\
Without it the dashboard shows a step that started and never finished.
"""

BAD = """\
# Bad
from crewai import Task


def run(task: Task, handler):
    handler._step_callback(task)
    return task.execute_sync()  # LLO004
"""

GOOD = """\
# Good: recorded even when the task raises.
def run(task: Task, handler):
    handler._step_callback(task)
    try:
        result = task.execute_sync()
    finally:
        handler._task_completion_callback(task)
    return result
"""


RULE = Rule(
    code="LLO004",
    summary="task result never recorded",
    rationale="The completion carries the result, the token count and the cost of the step.",
    template="{method}() result never recorded: no {completions} after the execution",
    kind=EXECUTIONS,
    check=result_never_recorded,
    reads=("completion_callbacks", "task_classes"),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
)
