"""A configured bare name imported from somewhere else does not count."""
# flake8-args: --llo-tracing-decorators=traced --llo-tracing-contexts=span

from elsewhere import span, traced


@traced
def imported_decorator(task):
    return task.execute_sync()  # error: LLO001:12, LLO004:12


def imported_context(crew):
    with span("kickoff"):
        return crew.kickoff()  # error: LLO002:16
