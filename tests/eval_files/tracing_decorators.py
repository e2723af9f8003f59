"""Tracing decorators named in --llo-tracing-decorators count as wiring for their body."""
# flake8-args: --llo-tracing-decorators=langfuse.observe,app.telemetry.traced,traced_here,*.trace_step
import crewai  # CrewAI runs the tasks here: task methods are judged

import langfuse
import litellm
from app.telemetry import traced
from langfuse import observe


def traced_here(function):
    return function


@observe
def without_a_call(task, crew):
    task.execute_sync()
    crew.kickoff()
    return litellm.completion(model="gpt-4o")


@observe(name="research")
async def with_a_call(task):
    return await task.execute_async()


@langfuse.observe()
def dotted_with_a_call(crew):
    return crew.kickoff()


@traced
def imported_from_the_teams_module(task):
    return task.execute_sync()


@traced_here
def defined_in_this_file(crew):
    return crew.kickoff()


@tracer.trace_step("kickoff")
def any_receiver_method(crew):
    return crew.kickoff()


@observe
def comprehensions_are_covered(tasks):
    return [task.execute_sync() for task in tasks]


@observe
def references_are_covered(pool, crew):
    return pool.submit(crew.kickoff)


@observe
def nested_def_runs_later(task):
    def later():
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    return later


@observe
def lambda_runs_later(crew):
    return lambda: crew.kickoff()  # error: LLO002:20 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


@observe
class DecoratedClassesAreNotSpans:
    def run(self, task):
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution


def undecorated(task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


@other_decorator
def another_decorator(crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


@observe
def calls_in_the_decorators_are_outside(crew):
    @traced_here
    def inner():
        return None

    return inner


@traced_here(litellm.completion(model="gpt-4o"))  # error: LLO003:14 direct litellm.completion() call - use multi_model_service.generate_response() instead
def decorator_arguments_run_outside(task):
    return task.execute_sync()


def _runs_under_the_callers_decorator(task):
    return task.execute_sync()


@observe
def decorated_caller(task):
    return _runs_under_the_callers_decorator(task)


def _runs_for_an_undecorated_caller(task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def undecorated_caller(task):
    return _runs_for_an_undecorated_caller(task)
