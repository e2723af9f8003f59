"""A module guarded by a home-grown script, before migration."""

import crewai, litellm  # CrewAI runs the tasks below


class SearchTool:
    def run_follow_up(self, task):
        return task.execute_sync()  # noqa: LLO001,LLO004  tracking not needed - runs inside the tracked parent step

    async def nested(self, crew):
        async def go():
            # LLO002: Tracking not needed, the scheduler kicks off with callbacks
            return await crew.kickoff_async()  # noqa: LLO002

        return go


def warmup():
    # LLO003: tracking not needed (warm-up call, no user cost)
    return litellm.completion(model="gpt-4o-mini", messages=[])  # noqa: LLO003


def multi_line(task):
    return task.execute_sync(  # noqa: LLO001,LLO004  tracking not needed for the health check
        context="health",
    )


def trailing_comment(task):
    task.execute_sync()  # keep this comment  # noqa: LLO001,LLO004  tracking not needed - smoke test


def wired(task, handler):
    handler._step_callback(task)
    # OBSERVABILITY: tracking not needed - left over from an old version
    result = task.execute_sync()
    handler._task_completion_callback(result)


def already_suppressed(task):
    task.execute_sync()  # noqa: LLO001,LLO004  tracking not needed - already handled


def other_comment(task):
    # OBSERVABILITY: see the runbook
    task.execute_sync()


def not_directly_above(task):

    task.execute_sync()  # noqa: LLO001,LLO004  tracking not needed - but a line stands between


TEXT = """
# OBSERVABILITY: tracking not needed
task.execute_sync()
"""


def marker_inside_a_comment(crew):
    # Execute the crew
    return crew.kickoff()  # noqa: LLO002  tracking not needed


def marker_after_code(crew):
    return crew.kickoff()  # OBSERVABILITY: tracking not needed
