"""LLO002, LLO001, LLO004: kickoffs and executions passed on by reference."""

import asyncio
import functools

from crewai import Crew


async def run_in_executor(loop, crew, inputs):
    return await loop.run_in_executor(None, crew.kickoff, inputs)  # error: LLO002:45 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


async def to_thread(task, agent):
    return await asyncio.to_thread(task.execute_sync, agent)  # error: LLO001:36 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:36 execute_sync() result never recorded: no _task_completion_callback() after the execution


def submitted(pool, crew):
    return pool.submit(crew.kickoff)  # error: LLO002:24 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def partial_application(crew, inputs, handler):
    functools.partial(crew.kickoff_async, inputs=inputs)  # error: LLO002:23 kickoff_async() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    # The call's own keywords are the partial's, not the kickoff's.
    functools.partial(crew.kickoff, step_callback=handler.on_step)  # error: LLO002:23 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def keyword_argument(pool, crew):
    return pool.submit(fn=crew.kickoff)  # error: LLO002:27 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def wired_crew(pool, agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)
    return pool.submit(crew.kickoff)


def handler_first(pool, crew):
    create_callback_handler("run")
    return pool.submit(crew.kickoff)


def wired_task(pool, task, handler):
    handler._step_callback(task)
    future = pool.submit(task.execute_sync)
    handler._task_completion_callback(future)
    return future


def assignment_is_not_passing(crew, task):
    later = crew.kickoff
    run = task.execute_async
    return later, run


class TrackedCrew(Crew):
    def kickoff(self, inputs=None):
        return super().kickoff(inputs)

    def later(self, pool):
        return pool.submit(self.kickoff)
