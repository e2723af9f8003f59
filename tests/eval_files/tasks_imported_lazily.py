"""A module that imports CrewAI anywhere (here inside a function) judges every task method."""


def run(task):
    from crewai import Task  # noqa: F401  only the import matters here

    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution
