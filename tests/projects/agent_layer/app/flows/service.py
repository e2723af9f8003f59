"""A Flow and a crew set in a base class in another module."""
from .base_service import FlowServiceBase


class FlowService(FlowServiceBase):
    def discover(self):
        return self.flow.kickoff()

    def crunch(self):
        return self.crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
