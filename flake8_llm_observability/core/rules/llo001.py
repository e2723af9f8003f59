"""LLO001: a task execution with no start registration before it."""

from __future__ import annotations

from .. import callers
from ..context import Context
from ..walk import MethodEvent
from .declaration import Fields, Rule
from .event_kinds import EXECUTIONS


def task_without_start(run: MethodEvent, context: Context) -> Fields:
    """No start registration before the execution, in its function or an enclosing one."""
    if run.scope.sees_before(run.pos, wiring=False):
        return None
    if callers.all_wired(
        context, run.scope, lambda scope, pos: scope.sees_before(pos, False), "LLO001"
    ):
        return None  # a helper every caller of which registered the start first
    return {"method": run.method}


WHAT = """\
A task execution with no start registration before it in its own function or in
any function that encloses it. A nested function sees what its enclosing function registered
before the nested `def` (or `lambda`); sibling functions and module-level code do not count
for a function. Module-level executions see module-level registrations before them. A task
method passed by reference (`asyncio.to_thread(task.execute_sync, agent)`) is an execution
where the reference is.
"""

WHY = """\
An execution without one is a step that never appears, and its tokens and time are
attributed to nothing.
"""

BAD = """\
# Bad: nothing registers the start.
from crewai import Task


async def run(task: Task):
    return await task.execute_async()  # LLO001 (and LLO004)
"""

GOOD = """\
# Good
async def run(task: Task, handler):
    handler._step_callback(task)
    result = await task.execute_async()
    handler._task_completion_callback(result)
    return result
"""


RULE = Rule(
    code="LLO001",
    summary="task executed without start registration",
    rationale="The dashboard learns that an agent step started from the start registration.",
    template="{method}() called without in-scope CallbackHandler start registration",
    kind=EXECUTIONS,
    check=task_without_start,
    reads=("start_callbacks",),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
)
