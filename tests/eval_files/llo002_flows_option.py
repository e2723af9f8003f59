"""LLO002: --llo-flow-classes names a team's own Flow base."""
# flake8-args: --llo-flow-classes=app.flows.BaseFlow

from app.flows import BaseFlow
from crewai.flow.flow import Flow


class Research(BaseFlow):
    pass


class Plain(Flow):
    pass


def run():
    Research().kickoff()
    Plain().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
