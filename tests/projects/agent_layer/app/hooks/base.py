from typing import Optional

from crewai import Task

from .runner import HookRunner


class HooksBase:
    _hooks: Optional["HookRunner"] = None

    def _setup(self):
        self._hook_runner = HookRunner()
        self._task = Task(description="summarise")
