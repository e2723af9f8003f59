"""Two imports away from main, re-exported by factory.py: followed at any depth."""

from crewai import Crew


def build_deep(agents, handler):
    return Crew(agents=agents, step_callback=handler.on_step)
