"""LLO002: a Flow takes no callbacks; the crews it runs are checked where they kick off."""

import crewai
from crewai import Crew
from crewai import Flow as CrewFlow
from crewai.flow.flow import Flow, start


class PoemFlow(Flow[dict]):
    @start()
    def generate(self):
        return "poem"

    def again(self):
        return self.kickoff()


class LongPoemFlow(PoemFlow):
    pass


class TopLevelFlow(crewai.Flow):
    pass


def direct():
    return PoemFlow().kickoff()


async def bound_to_a_name():
    flow = LongPoemFlow()
    return await flow.kickoff_async(inputs={"topic": "sea"})


def through_an_alias():
    return CrewFlow().kickoff()


def configured_name_itself():
    return crewai.Flow().kickoff()


def subclass_of_a_dotted_base():
    flow = TopLevelFlow()
    return flow.kickoff()


def by_reference(loop):
    return loop.run_in_executor(None, PoemFlow().kickoff)


def in_a_method_of_the_flow_only():
    class Helper:
        def go(self):
            return self.kickoff()  # error: LLO002:20 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first

    return Helper


def a_crew_is_not_a_flow(agents):
    return Crew(agents=agents).kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def rebound_to_a_crew(agents):
    flow = PoemFlow()
    flow = Crew(agents=agents)
    return flow.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def unknown_receiver(flow):
    return flow.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class HoldsAFlow:
    def __init__(self):
        self.flow = None

    def prepare(self):
        self.flow = PoemFlow()

    def run(self):
        return self.flow.kickoff()


class HoldsAWiredCrew:
    def __init__(self, agents, handler):
        self.crew = Crew(agents=agents, step_callback=handler)


class KicksOffTheInheritedCrew(HoldsAWiredCrew):
    def run(self):
        return self.crew.kickoff()


class ReplacesItsCrew(HoldsAWiredCrew):
    def reset(self, agents):
        self.crew = Crew(agents=agents)

    def run(self):
        return self.crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


class BuildsItsFlowInAProperty:
    @property
    def flow(self):
        return PoemFlow()

    def run(self):
        return self.flow.kickoff()
