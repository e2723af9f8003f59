"""Task executions inside a crew's own machinery run under the crew's callbacks."""
from crewai import Crew


class TrackedCrew(Crew):
    def _execute_tasks(self, tasks):
        return [task.execute_sync() for task in tasks]


class Scheduler:
    def _execute_tasks(self, tasks):
        return [task.execute_sync() for task in tasks]  # error: LLO001:17 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:17 execute_sync() result never recorded: no _task_completion_callback() after the execution


def patched(self, tasks):
    return [task.execute_sync() for task in tasks]


Crew._execute_tasks = patched


def run_tracked(crew, handler):
    def tracked(tasks):
        return [task.execute_sync() for task in tasks]

    crew._execute_tasks = tracked
    crew.step_callback = handler
    return crew.kickoff()


def not_kicked_off(scheduler):
    def tracked(tasks):
        return [task.execute_sync() for task in tasks]  # error: LLO001:17 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:17 execute_sync() result never recorded: no _task_completion_callback() after the execution

    scheduler._execute_tasks = tracked
    return scheduler
