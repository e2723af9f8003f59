"""A project class that defines a task or kickoff method itself is checked where it is written."""

from crewai import Crew


class EmailFilterCrew:
    """The team's wrapper: its kickoff builds and kicks off a crew (reported there)."""

    def kickoff(self, state):
        crew = Crew(agents=[], tasks=[])
        return crew.kickoff(inputs=state)  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class CachedTask:
    def execute_sync(self, agent=None):
        return self.result


def graph(workflow):
    workflow.add_node("draft_responses", EmailFilterCrew().kickoff)
    wrapper = EmailFilterCrew()
    return wrapper.kickoff({})


def cached(agent):
    return CachedTask().execute_sync(agent)


class NoKickoffHere:
    def run(self):
        return None


def a_class_without_the_method(crew_factory):
    return NoKickoffHere().kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
