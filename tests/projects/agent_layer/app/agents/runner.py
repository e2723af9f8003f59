"""A module that imports CrewAI: task methods are judged, unless the receiver is placed."""
from crewai import Task

from app.resilience.breaker import CircuitBreaker
from app.resilience.manager import BreakerManager


class AgentRunner:
    def __init__(self):
        self._manager = BreakerManager()

    async def guarded(self, fn):
        return await self._manager.get_breaker("api").execute_async(fn)

    async def unguarded(self, fn):
        return await self._manager.get_raw("api").execute_async(fn)  # error: LLO001:22 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:22 execute_async() result never recorded: no _task_completion_callback() after the execution

    async def by_classmethod(self, fn):
        return await CircuitBreaker.default().execute_async(fn)

    async def run_task(self, task: Task):
        return await task.execute_async()  # error: LLO001:22 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:22 execute_async() result never recorded: no _task_completion_callback() after the execution
