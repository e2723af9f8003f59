"""Task methods in a module that imports no package of --llo-task-classes (crewai).

execute_sync and execute_async are common names: a project's hook runner or circuit breaker
calls them through mixins and lazily built attributes no resolver can place. In a module
that never imports CrewAI, such a call is not agent work; a receiver placed as a CrewAI task
is judged all the same, and kickoffs are judged everywhere.
"""


class EventMixin:
    def emit(self, event):
        return self._hook_runner.execute_sync(event)

    async def guarded(self, fn):
        return await self._api_breaker.execute_async(fn)


def annotated_as_a_crewai_task(task: "crewai.Task"):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def built_as_a_crewai_task(description):
    task = crewai.task.Task(description=description)
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def kickoffs_are_judged_everywhere(crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
