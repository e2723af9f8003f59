"""Crew factories: one wired, one not, and one that only re-exports."""

from crewai import Crew

from .deep import build_deep  # noqa: F401


def build_crew(agents, handler):
    return Crew(agents=agents, step_callback=handler.on_step)


def build_unwired(agents):
    return Crew(agents=agents)
