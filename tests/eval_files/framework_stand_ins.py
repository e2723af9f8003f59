"""A stand-in defined when the framework import fails is the framework's class: production
runs with the framework installed."""
try:
    from crewai import Crew
except ImportError:
    class Crew:
        def kickoff(self, inputs=None):
            return inputs


class Scheduler:
    def kickoff(self, inputs=None):
        return inputs


def run():
    Crew().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    Scheduler().kickoff()
