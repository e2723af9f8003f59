"""Names imported only for type checking place receivers like any import."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crewai import Task

    from .runner import HookRunner


def fire(runner: "HookRunner", event):
    return runner.execute_sync(event)


def run(task: "Task"):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution
