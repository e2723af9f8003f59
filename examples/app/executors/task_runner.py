"""Runs single agent tasks with the tracking handler wired around them."""

from crewai import Task

from app.tracking import create_callback_handler


class TaskRunner:
    def __init__(self, agent_name: str) -> None:
        self.callback_handler = create_callback_handler(agent_name)

    async def run(self, task: Task, context: str):
        self.callback_handler._step_callback(task)
        try:
            result = await task.execute_async(context=context)
        finally:
            self.callback_handler._task_completion_callback(task)
        return result

    def run_in_background(self, task: Task, context: str):
        self.callback_handler._step_callback(task)
        future = task.execute_async(context=context)
        future.add_done_callback(
            lambda done: self.callback_handler._task_completion_callback(done.result())
        )
        return future


def run_quick_check(task: Task):
    # A shortcut added later: nothing records that this step started or finished.
    return task.execute_sync()
