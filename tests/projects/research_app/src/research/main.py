"""Entry points that kick off crews defined in other modules of the project."""

import research.factory
from research import crew as crew_module
from research.crew import ResearchCrew, UnwiredCrew

from . import factory
from .broken import build_broken
from .factory import build_crew, build_deep, build_unwired, not_defined_there
from .flows import PoemFlow
from .missing import build_missing


def run():
    inputs = {"topic": "AI LLMs"}
    return ResearchCrew().crew().kickoff(inputs=inputs)


def run_unwired():
    return UnwiredCrew().crew().kickoff(inputs={})  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def run_flow():
    return PoemFlow().kickoff()


def run_factories(agents, handler):
    build_crew(agents, handler).kickoff()
    build_unwired(agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    factory.build_crew(agents, handler).kickoff()
    research.factory.build_crew(agents, handler).kickoff()
    crew_module.ResearchCrew().crew().kickoff()


def run_unknown(agents, handler):
    build_broken().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_missing().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_deep(agents, handler).kickoff()  # wired two modules away
    not_defined_there().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
