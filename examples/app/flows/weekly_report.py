"""The weekly report: a CrewAI Flow that runs the research crew."""

from crewai.flow.flow import Flow, start

from app.crews.research_crew import build_research_crew
from app.tracking import create_callback_handler


class WeeklyReportFlow(Flow):
    def __init__(self, agents, tasks):
        super().__init__()
        self.agents = agents
        self.tasks = tasks

    @start()
    def research(self):
        handler = create_callback_handler("weekly-report")
        crew = build_research_crew(self.agents, self.tasks, handler)
        return crew.kickoff(inputs={"topic": "this week"})


def run_weekly_report(agents, tasks):
    # A Flow takes no callbacks: the crew it runs is wired where it kicks off.
    return WeeklyReportFlow(agents, tasks).kickoff()
