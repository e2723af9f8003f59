"""Two imports away from main: not followed."""

from crewai import Crew


def build_deep(agents, handler):
    return Crew(agents=agents, step_callback=handler.on_step)
