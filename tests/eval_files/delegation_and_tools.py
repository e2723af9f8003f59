"""Exemptions: a class delegating to its own method, and tool entry points."""
import crewai  # CrewAI runs the tasks here: task methods are judged


class TrackedTask(Task):
    def execute_sync(self, context=None):
        return self._implementation(context)

    def execute_async(self, context=None):
        return self.execute_sync(context)

    async def aexecute_sync(self, context=None):
        return await super().aexecute_sync(context)

    @classmethod
    def run_class(cls, context):
        return cls.execute_sync(context)

    def run_other_task(self, task):
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    def nested_delegation(self):
        def go():
            return self.execute_sync()

        return go


class NoOwnTaskMethod:
    def run(self):
        return self.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    def parent_call(self):
        return super().execute_async()  # error: LLO001:16 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_async() result never recorded: no _task_completion_callback() after the execution


class TrackedCrew(Crew):
    def kickoff(self, inputs=None):
        return super().kickoff(inputs)

    def kickoff_async(self, inputs=None):
        return self.kickoff(inputs)


class NoOwnKickoff:
    def start(self):
        return self.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class Outer:
    def execute_sync(self):
        """Outer defines it; Inner does not."""

    class Inner:
        def run(self):
            return self.execute_sync()  # error: LLO001:20 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:20 execute_sync() result never recorded: no _task_completion_callback() after the execution


class SearchTool(BaseTool):
    def _run(self, query):
        return self.task.execute_sync()

    async def _arun(self, query):
        return await self.task.execute_async()

    def _run_nested(self, query):
        return self.task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    def _run_does_not_exempt_kickoffs(self, query):
        return self.crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class NestedInTool(BaseTool):
    def _run(self, tasks):
        async def go():
            return [await task.execute_async() for task in tasks]

        return run_loop(go())

    def _arun(self, crew):
        return crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def _run(task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def factory():
    def _run(task):
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    return _run


class SyncWrapperMixin:
    """Implements the task and kickoff APIs through their async twins."""

    def execute_sync(self, *args):
        return run_sync(self.execute_async(*args))

    def kickoff(self, inputs=None):
        def go():
            return self.kickoff_async(inputs)

        return run_sync(go())

    def helper(self):
        return self.execute_async()  # error: LLO001:16 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_async() result never recorded: no _task_completion_callback() after the execution


def execute_sync(task):
    # Not a method: a module-level function named like a task method uses the API.
    return task.execute_async()  # error: LLO001:12 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_async() result never recorded: no _task_completion_callback() after the execution
