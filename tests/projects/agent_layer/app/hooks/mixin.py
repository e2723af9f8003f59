"""The attributes are set in a base class in another module."""
import crewai

from .base import HooksBase


class HooksMixin(HooksBase):
    def fire(self, event):
        self._hooks.execute_sync(event)
        return self._hook_runner.execute_sync(event)

    def run(self):
        return self._task.execute_sync()  # error: LLO001:16 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:16 execute_sync() result never recorded: no _task_completion_callback() after the execution
