"""LLO002: crews built by a factory function or a @CrewBase class in the same file."""

from crewai import Agent, Crew, Process
from crewai.project import CrewBase, agent, crew


def build_crew(agents, tasks, handler):
    return Crew(agents=agents, tasks=tasks, step_callback=handler.on_step)


def build_unwired(agents):
    return Crew(agents=agents)


def build_then_wire(agents, handler):
    team = Crew(agents=agents)
    team.task_callback = handler.on_task
    return team


def build_sometimes(agents, handler, wired):
    if wired:
        return Crew(agents=agents, step_callback=handler.on_step)
    return Crew(agents=agents)


def build_without_a_return(agents):
    Crew(agents=agents, step_callback=print)


def build_bare_return(agents):
    if not agents:
        return
    return Crew(agents=agents, step_callback=print)


def build_through_another_factory(agents, tasks, handler):
    return build_crew(agents, tasks, handler)


def build_itself():
    return build_itself()


@CrewBase
class ResearchCrew:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"])

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.sequential,
            step_callback=self.on_step,
        )

    def on_step(self, step):
        return step

    def run(self, inputs):
        return self.crew().kickoff(inputs=inputs)


@CrewBase
class UnwiredCrew:
    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks)

    def run(self):
        return self.crew().kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def main(inputs, agents, tasks, handler):
    ResearchCrew().crew().kickoff(inputs=inputs)
    UnwiredCrew().crew().kickoff(inputs=inputs)  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_crew(agents, tasks, handler).kickoff()
    build_unwired(agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_then_wire(agents, handler).kickoff()
    build_sometimes(agents, handler, True).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_without_a_return(agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_bare_return(agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    build_through_another_factory(agents, tasks, handler).kickoff()
    build_itself().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    research = ResearchCrew()
    research.crew().kickoff()
    team = build_crew(agents, tasks, handler)
    team.kickoff()
    ResearchCrew().researcher().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    ResearchCrew().undefined().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    unknown_factory().kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
