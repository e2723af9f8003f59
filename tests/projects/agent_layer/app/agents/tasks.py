from crewai import Task


class TrackedTask(Task):
    """The team's own task class: a CrewAI Task all the same."""
