"""LLO101: under --disable-noqa no noqa comment counts, so none is called unused."""
# flake8-args: --disable-noqa --extend-ignore=LLO102


def wired(task, handler):
    handler._step_callback(task)
    task.execute_sync()  # noqa: LLO001,LLO004  stale, but noqa is off
    handler._task_completion_callback(task)


def suppressed_no_more(crew):
    crew.kickoff()  # noqa: LLO002  under --disable-noqa this is reported
    # ^ error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
