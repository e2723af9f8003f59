"""Newer syntax: match statements and walrus targets are walked like any code."""
# minimum-python: 3.10


def dispatch(command, task, handler):
    match command:
        case [first, *rest] if (crew := first).kickoff():  # error: LLO002:32
            result = rest
        case Crew(callbacks=hooks) as crew:
            result = crew.kickoff(hooks)  # error: LLO002:22
        case {"task": task}:
            result = task.execute_sync()  # error: LLO001:22
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
    if (result := task.execute_sync()):  # error: LLO001:19, LLO004:19
        return result
