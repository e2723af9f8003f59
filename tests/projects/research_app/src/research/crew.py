"""The crew module as `crewai create crew` lays it out, one crew wired and one not."""

from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task

from .tracking import Tracker


@CrewBase
class ResearchCrew:
    """Research crew, wired to the team's tracker."""

    agents_config = "config/agents.yaml"
    tasks_config = "config/tasks.yaml"
    tracker = Tracker()

    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"], verbose=True)

    @task
    def research_task(self) -> Task:
        return Task(config=self.tasks_config["research_task"])

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.sequential,
            verbose=True,
            step_callback=self.tracker.on_step,
            task_callback=self.tracker.on_task,
        )


@CrewBase
class UnwiredCrew:
    """A crew nobody wired."""

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)
