"""LLO001: a task execution with no start registration before it in view.

Completions are wired in every case that is not about LLO004, so that only
LLO001 is in question; unwired cases show both codes.
"""
import crewai  # CrewAI runs the tasks here: task methods are judged

import logging

log = logging.getLogger(__name__)


def sync_unwired(task):
    task.execute_sync()  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution


async def async_unwired(task):
    await task.execute_async()  # error: LLO001:11 execute_async() called without in-scope CallbackHandler start registration  # error: LLO004:11 execute_async() result never recorded: no _task_completion_callback() after the execution


async def aexecute_unwired(task):
    return await task.aexecute_sync()  # error: LLO001:18 aexecute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:18 aexecute_sync() result never recorded: no _task_completion_callback() after the execution


def wired(task, handler):
    handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)


async def wired_through_attribute_receiver(self, task):
    self.callback_handler._step_callback(task)
    result = await task.execute_async(context="ctx")
    self.callback_handler._task_completion_callback(result)


def wired_through_parameter(task, tracker):
    tracker._step_callback(task)
    result = task.execute_sync()
    tracker._task_completion_callback(result)


def start_after_execution(task, handler):
    result = task.execute_sync()  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._step_callback(task)
    handler._task_completion_callback(result)


def start_on_same_line_after(task, handler):
    result = task.execute_sync(); handler._step_callback(task)  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(result)


def start_inside_arguments_is_not_before(task, handler):
    result = task.execute_sync(handler._step_callback(task))  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(result)


def nested_def_sees_enclosing_start(task, handler):
    handler._step_callback(task)

    def inner():
        return task.execute_sync()

    handler._task_completion_callback(inner())


def nested_def_before_start_called_after_it(task, handler):
    # Defined before the start, but its one call comes after it: the caller wires it.
    def inner():
        return task.execute_sync()

    handler._step_callback(task)
    handler._task_completion_callback(inner())


def nested_def_called_before_the_start_too(task, handler):
    def inner():
        return task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration

    early = inner()
    handler._step_callback(task)
    handler._task_completion_callback(inner(), early)


def two_levels_of_nesting(task, handler):
    handler._step_callback(task)

    def middle():
        async def inner():
            return await task.execute_async()

        return inner

    handler._task_completion_callback(middle())


async def nested_async_def_unwired(task, handler):
    async def inner():
        return await task.execute_async()  # error: LLO001:22 execute_async() called without in-scope CallbackHandler start registration

    handler._task_completion_callback(await inner())


def lambda_sees_enclosing_start(task, handler):
    handler._step_callback(task)
    run = lambda: task.execute_sync()  # noqa: E731
    handler._task_completion_callback(run())


def lambda_unwired(task, handler):
    run = lambda: task.execute_sync()  # noqa: E731  # error: LLO001:19 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(run())


def start_inside_nested_def_does_not_cover_outer(task, handler):
    def register():
        handler._step_callback(task)

    register()
    result = task.execute_sync()  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(result)


def sibling_registers(handler):
    handler._step_callback(None)


def sibling_registration_does_not_count(task, handler):
    result = task.execute_sync()  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(result)


def comprehension_belongs_to_its_function(tasks, handler):
    handler._step_callback(tasks)
    results = [t.execute_sync() for t in tasks]
    handler._task_completion_callback(results)


def comprehension_unwired(tasks, handler):
    results = [t.execute_sync() for t in tasks]  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(results)


async def async_comprehension_unwired(tasks, handler):
    results = [await t.execute_async() async for t in tasks]  # error: LLO001:22 execute_async() called without in-scope CallbackHandler start registration
    handler._task_completion_callback(results)


def start_in_a_branch_counts(task, handler, enabled):
    if enabled:
        handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)


def multi_line_call_reported_where_it_starts(task, handler):
    result = task.execute_sync(  # error: LLO001:14 execute_sync() called without in-scope CallbackHandler start registration
        context="a long context",
    )
    handler._task_completion_callback(result)


def chained_call_reported_where_the_chain_starts(handler):
    result = (
        get_task()  # error: LLO001:9 execute_sync() called without in-scope CallbackHandler start registration
        .execute_sync()
    )
    handler._task_completion_callback(result)


def decorators_run_in_the_enclosing_scope(task, handler):
    @retry(task.execute_sync())  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration
    def inner():
        handler._step_callback(task)

    handler._task_completion_callback(inner)


def not_executions(task):
    hasattr(task, "execute_async")
    getattr(task, "execute_sync")
    method = task.execute_async
    task.execute_async_later()
    execute_sync(task)
    return method


class Executor:
    def __init__(self, handler):
        self.handler = handler
        self.handler._step_callback(None)

    def init_registration_does_not_count(self, task):
        result = task.execute_sync()  # error: LLO001:18 execute_sync() called without in-scope CallbackHandler start registration
        self.handler._task_completion_callback(result)

    async def wired(self, task):
        self.handler._step_callback(task)
        result = await task.execute_async()
        self.handler._task_completion_callback(result)

    def execute_async(self):
        """A definition is not a call."""


def outer_function_covers_method_of_local_class(task, handler):
    handler._step_callback(task)

    class Local:
        def run(self):
            return task.execute_sync()

    handler._task_completion_callback(Local().run())
