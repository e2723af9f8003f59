"""A project class that implements a task or kickoff method through a project base is not
agent work; a subclass of a framework class is, whatever it overrides."""
from crewai import Crew


class Runner:
    def execute_sync(self, event):
        return event


class HookRunner(Runner):
    pass


class CrewLike(Crew):
    def kickoff(self, inputs=None):
        return inputs


def fire(event):
    return HookRunner().execute_sync(event)


def fire_again(event):
    return HookRunner().execute_sync(event)


def start(inputs):
    return CrewLike().kickoff(inputs)  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class Looped(Looped):
    pass


def unknown_through_a_loop(task):
    return Looped().execute_sync(task)  # error: LLO001:12 execute_sync() called without in-scope CallbackHandler start registration  # error: LLO004:12 execute_sync() result never recorded: no _task_completion_callback() after the execution
