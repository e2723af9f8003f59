"""Home-grown registration functions count as plain calls too, not only as handler methods."""
# flake8-args: --llo-start-callbacks=crew_started --llo-completion-callbacks=crew_completed
from crewai import Task


def registered(task: Task, crew):
    task_id = crew_started(task)
    out = task.execute_sync()
    crew.kickoff()
    crew_completed(task_id, out)


def completed_before_the_run(task: Task):
    crew_completed(None, None)
    task_id = crew_started(task)
    return task_id, task.execute_sync()  # error: LLO004:21 execute_sync() result never recorded: no crew_completed() after the execution
