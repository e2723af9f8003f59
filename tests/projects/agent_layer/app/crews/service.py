"""Crews built by class and static methods of a factory in another module."""
from app.crews.factory import CrewFactory


def run(agents, handler):
    return CrewFactory.build(agents, handler).kickoff()


def run_bare(agents):
    return CrewFactory.bare(agents).kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def run_from_config(config):
    return CrewFactory.from_config(config).kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
