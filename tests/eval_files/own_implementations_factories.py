"""A project class reached through a factory, a base class's attribute or a helper's callers
is its own implementation; each case has a near miss the resolver cannot place."""
from typing import Any

from crewai import Task


class CircuitBreaker:
    async def execute_async(self, fn):
        return await fn()

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def build():
        return CircuitBreaker()

    @classmethod
    def from_anything(cls, thing):
        return thing


class BreakerManager:
    def __init__(self):
        self._breakers = {}

    def get_breaker(self, name) -> CircuitBreaker:
        return self._breakers[name]

    def get_anything(self, name) -> Any:
        return self._breakers[name]

    def get_quoted(self, name) -> "CircuitBreaker":
        return self._breakers[name]


async def through_a_classmethod(fn):
    return await CircuitBreaker.create().execute_async(fn)


async def through_a_staticmethod(fn):
    return await CircuitBreaker.build().execute_async(fn)


async def through_a_classmethod_returning_its_argument(fn, thing):
    return await CircuitBreaker.from_anything(thing).execute_async(fn)  # error: LLO001:18 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:18 execute_async() result never recorded: no _task_completion_callback() after the execution


async def through_a_return_annotation(manager: BreakerManager, fn):
    return await manager.get_breaker("api").execute_async(fn)


async def through_a_string_return_annotation(fn):
    return await BreakerManager().get_quoted("api").execute_async(fn)


async def through_an_annotation_of_anything(manager: BreakerManager, fn):
    return await manager.get_anything("api").execute_async(fn)  # error: LLO001:18 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:18 execute_async() result never recorded: no _task_completion_callback() after the execution


class HookRunner:
    def execute_sync(self, event):
        return event


class HooksBase:
    def __init__(self):
        self._hook_runner = None

    def _setup(self):
        self._hook_runner = HookRunner()


class HooksMixin(HooksBase):
    def fire(self, event):
        return self._hook_runner.execute_sync(event)


class TasksBase:
    def __init__(self, description):
        self._task = Task(description=description)


class TasksMixin(TasksBase):
    def run(self):
        return self._task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution


def _fire(runner, event):
    return runner.execute_sync(event)


def fires_twice(event):
    _fire(HookRunner(), event)
    return _fire(HookRunner(), event)


def _run(runner):
    return runner.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def runs_a_runner_and_a_task(description):
    _run(HookRunner())
    return _run(Task(description=description))
