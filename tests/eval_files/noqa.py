"""Suppression: flake8's own ``# noqa`` handling applies to every code."""


def suppressed(task, crew):
    task.execute_sync()  # noqa
    task.execute_sync()  # noqa: LLO001,LLO004
    task.execute_sync()  # noqa: LLO001  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
    task.execute_sync()  # noqa:LLO004 tool wrapper  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration
    task.execute_sync()  # noqa: E501  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
    crew.kickoff()  # noqa: LLO002
    crew.kickoff()  # NOQA: LLO002 kicked off by the scheduler, which is tracked


def multi_line_noqa_goes_where_the_call_starts(task):
    task.execute_sync(  # noqa: LLO001,LLO004
        context="suppressed on the first line",
    )
    task.execute_sync(  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
        context="a noqa on a later line does not reach the call",  # noqa: LLO001,LLO004
    )


def banned():
    litellm.completion(model="gpt-4o")  # noqa: LLO003
    litellm.completion(model="gpt-4o")  # error: LLO003:5 direct litellm.completion() call - use multi_model_service.generate_response() instead
