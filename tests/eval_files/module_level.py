"""Module-level code is its own scope: it sees only module-level registrations."""
import crewai  # CrewAI runs the tasks here: task methods are judged

task.execute_sync()  # error: LLO001:1 execute_sync() called without in-scope CallbackHandler start registration

handler._step_callback(task)

task.execute_sync()


def function_does_not_see_module_start(task):
    result = task.execute_sync()  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(result)


def function_does_not_see_later_module_completion(task, handler):
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


class Config:
    # A class body at module level runs as module-level code.
    result = task.execute_sync()


handler._task_completion_callback(None)

task.execute_sync()  # error: LLO004:1 execute_sync() result never recorded: no _task_completion_callback() after the execution
