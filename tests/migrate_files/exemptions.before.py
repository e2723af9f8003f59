"""A module guarded by a home-grown script, before migration."""

import crewai, litellm  # CrewAI runs the tasks below


class SearchTool:
    def run_follow_up(self, task):
        # OBSERVABILITY: tracking not needed - runs inside the tracked parent step
        return task.execute_sync()

    async def nested(self, crew):
        async def go():
            # OBSERVABILITY: Tracking not needed, the scheduler kicks off with callbacks
            return await crew.kickoff_async()

        return go


def warmup():
    # observability: tracking not needed (warm-up call, no user cost)
    return litellm.completion(model="gpt-4o-mini", messages=[])


def multi_line(task):
    # OBSERVABILITY: tracking not needed for the health check
    return task.execute_sync(
        context="health",
    )


def trailing_comment(task):
    # OBSERVABILITY: tracking not needed - smoke test
    task.execute_sync()  # keep this comment


def wired(task, handler):
    handler._step_callback(task)
    # OBSERVABILITY: tracking not needed - left over from an old version
    result = task.execute_sync()
    handler._task_completion_callback(result)


def already_suppressed(task):
    # OBSERVABILITY: tracking not needed - already handled
    task.execute_sync()  # noqa: LLO001


def other_comment(task):
    # OBSERVABILITY: see the runbook
    task.execute_sync()


def not_directly_above(task):
    # OBSERVABILITY: tracking not needed - but a line stands between

    task.execute_sync()


TEXT = """
# OBSERVABILITY: tracking not needed
task.execute_sync()
"""


def marker_inside_a_comment(crew):
    # Execute the crew - OBSERVABILITY: tracking not needed
    return crew.kickoff()


def marker_after_code(crew):
    return crew.kickoff()  # OBSERVABILITY: tracking not needed
