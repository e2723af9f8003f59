"""A configured bare name imported from somewhere else does not count."""
# flake8-args: --llo-tracing-decorators=traced --llo-tracing-contexts=span
import crewai  # CrewAI runs the tasks here: task methods are judged

from elsewhere import span, traced


@traced
def imported_decorator(task):
    return task.execute_sync()  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution


def imported_context(crew):
    with span("kickoff"):
        return crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
