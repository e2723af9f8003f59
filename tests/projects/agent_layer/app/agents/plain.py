"""No CrewAI import here: a task method is judged where the receiver is placed as a task,
here through a project subclass of CrewAI's Task defined in another module."""
from app.hooks.runner import HookRunner

from .tasks import TrackedTask


def run(description):
    return TrackedTask(description=description).execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def run_typed(task: TrackedTask):
    return task.execute_async()  # error: LLO001:12 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_async() result never recorded: no _task_completion_callback() after the execution


def fire(event):
    return HookRunner().execute_sync(event)


def unknown(thing):
    return thing.execute_sync()
