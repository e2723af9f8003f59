"""Crews for the research workflow."""

from crewai import Crew, Process

from app.tracking import create_callback_handler


def build_research_crew(agents, tasks, handler) -> Crew:
    return Crew(
        agents=agents,
        tasks=tasks,
        process=Process.sequential,
        step_callback=handler.on_step,
        task_callback=handler.on_task,
    )


def run_research(agents, tasks, topic: str):
    handler = create_callback_handler("research")
    crew = build_research_crew(agents, tasks, handler)
    return crew.kickoff(inputs={"topic": topic})


def run_wired_inline(agents, tasks, handler, topic: str):
    crew = Crew(agents=agents, tasks=tasks, callbacks=[handler])
    return crew.kickoff(inputs={"topic": topic})


async def run_nightly_batch(agents, tasks, topics: list[str]):
    crew = Crew(agents=agents, tasks=tasks)
    return await crew.kickoff_for_each_async(inputs=[{"topic": t} for t in topics])
