"""A project class reached through an annotation or an attribute: its own implementation.

Hook runners and circuit breakers in a module that imports CrewAI: the class is known from a
class-body annotation, a parameter annotation (a string too), or self.<attr> = Class().
"""
from typing import Optional

from crewai import Task


class CircuitBreaker:
    async def execute_async(self, fn):
        return await fn()


class HookRunner:
    def execute_sync(self, event):
        return event


class Mixin:
    _hooks: Optional[HookRunner] = None

    def __init__(self):
        self._breaker = CircuitBreaker()

    def emit(self, event):
        return self._hooks.execute_sync(event)

    async def guarded(self, fn):
        return await self._breaker.execute_async(fn)

    async def passed_in(self, breaker: "CircuitBreaker", fn):
        return await breaker.execute_async(fn)


def a_crewai_task(task: Task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def an_unknown_class(thing: "SomethingElse"):
    return thing.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


class Holder:
    other: "Optional[int]" = None

    def run(self):
        return self.other.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    def run_unknown(self):
        return self.missing.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution


def self_outside_a_class(self):
    return self.runner.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution
