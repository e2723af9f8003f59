"""Suppression: flake8's own ``# noqa`` handling applies to every code."""
import crewai  # CrewAI runs the tasks here: task methods are judged


def suppressed(task, crew):
    task.execute_sync()  # noqa
    task.execute_sync()  # noqa: LLO001,LLO004  run by the tracked scheduler
    task.execute_sync()  # noqa: LLO001  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
    task.execute_sync()  # noqa:LLO004 tool wrapper  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration
    task.execute_sync()  # noqa: E501  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
    crew.kickoff()  # noqa: LLO002  built with callbacks by the caller
    crew.kickoff()  # NOQA: LLO002 kicked off by the scheduler, which is tracked


def multi_line_noqa_goes_where_the_call_starts(task):
    task.execute_sync(  # noqa: LLO001,LLO004  health check
        context="suppressed on the first line",
    )
    task.execute_sync(  # error: LLO001:5 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:5 execute_sync() result never recorded: no _task_completion_callback() after the execution
        context="a noqa on a later line does not reach the call",  # noqa: LLO001,LLO004  late
        # ^ error: LLO101:68 LLO001, LLO004 in this noqa suppress nothing on its line
    )


def banned():
    litellm.completion(model="gpt-4o")  # noqa: LLO003  warm-up, mocked
    litellm.completion(model="gpt-4o")  # error: LLO003:5 direct litellm.completion() call - use multi_model_service.generate_response() instead
