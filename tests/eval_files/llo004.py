"""LLO004: a task execution whose completion is never recorded after it.

Starts are wired in every case, so that only LLO004 is in question.
"""
import crewai  # CrewAI runs the tasks here: task methods are judged


def never_recorded(task, handler):
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


async def never_recorded_async(task, handler):
    handler._step_callback(task)
    return await task.execute_async()  # error: LLO004:18 execute_async() result never recorded: no _task_completion_callback() after the execution


def recorded(task, handler):
    handler._step_callback(task)
    result = task.execute_sync()
    handler._task_completion_callback(result)


def recorded_before_is_not_after(task, handler):
    handler._step_callback(task)
    handler._task_completion_callback(None)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def recorded_in_a_done_callback(task, handler):
    handler._step_callback(task)
    future = task.execute_async()
    future.add_done_callback(lambda f: handler._task_completion_callback(f.result()))
    return future


def recorded_in_a_later_nested_def(task, handler):
    handler._step_callback(task)
    future = task.execute_async()

    def done(f):
        handler._task_completion_callback(f.result())

    future.add_done_callback(done)


def recorded_in_finally(task, handler):
    handler._step_callback(task)
    try:
        result = task.execute_sync()
    finally:
        handler._task_completion_callback(None)
    return result


def recorded_in_except(task, handler):
    handler._step_callback(task)
    try:
        return task.execute_sync()
    except Exception as error:
        handler._task_completion_callback(error)
        raise


def nested_execution_recorded_by_the_outer_function(task, handler):
    def inner():
        handler._step_callback(task)
        return task.execute_sync()

    handler._task_completion_callback(inner())


def recorded_on_another_receiver(task, tracker):
    tracker._step_callback(task)
    result = task.execute_sync()
    tracker.handler._task_completion_callback(result)


def recorded_in_a_sibling(handler):
    handler._task_completion_callback(None)


def sibling_completion_does_not_count(task, handler):
    handler._step_callback(task)
    return task.execute_sync()  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


class Worker:
    def run(self, task):
        self.handler._step_callback(task)
        return task.execute_sync()  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution

    def finish(self, result):
        self.handler._task_completion_callback(result)


def method_of_a_local_class_recorded_by_the_outer_function(task, handler):
    class Local:
        def run(self):
            handler._step_callback(task)
            return task.execute_sync()

    handler._task_completion_callback(Local().run())
