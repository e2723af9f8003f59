"""Newer syntax: match statements and walrus targets are walked like any code."""
# minimum-python: 3.10
import crewai  # CrewAI runs the tasks here: task methods are judged


def dispatch(command, task, handler):
    match command:
        case [first, *rest] if (crew := first).kickoff():  # error: LLO002:32 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
            result = rest
        case Crew(callbacks=hooks) as crew:
            result = crew.kickoff(hooks)  # error: LLO002:22 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
        case {"task": task}:
            result = task.execute_sync()  # error: LLO001:22 execute_sync() called without in-scope CallbackHandler start registration
        case _:
            handler._step_callback(task)
            result = task.execute_sync()
    handler._task_completion_callback(result)


def walrus(task, handler):
    if (started := handler._step_callback(task)) is not None:
        if (result := task.execute_sync()) is not None:
            handler._task_completion_callback(result)
    return started


def walrus_unwired(task):
    if (result := task.execute_sync()):  # error: LLO001:19 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:19 execute_sync() result never recorded: no _task_completion_callback() after the execution
        return result
