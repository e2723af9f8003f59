"""LLO002: where a receiver name gets its value, and crews wired by attribute."""

from crewai import Crew

from app.tracking import create_execution_callbacks

crew = Crew(agents=[], tasks=[], step_callback=print)
observed = Crew(agents=[], tasks=[])
observed.task_callback = print


def module_level_crew():
    return crew.kickoff()


def module_level_crew_wired_by_attribute():
    return observed.kickoff()


def local_binding_shadows_the_module(agents):
    crew = Crew(agents=agents)
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def enclosing_function_before_the_nested_def(agents, handler):
    team = Crew(agents=agents, task_callback=handler.on_task)

    def go():
        return team.kickoff()

    return go


async def wired_by_attribute(agents, run_id):
    step_cb, task_cb = create_execution_callbacks(run_id)
    team = Crew(agents=agents)
    team.step_callback = step_cb
    team.task_callback = task_cb
    return await team.kickoff_async()


def annotated_and_augmented_attributes(agents, handler):
    team = Crew(agents=agents)
    team.step_callback: object = handler.on_step
    team.kickoff()
    other = Crew(agents=agents)
    other.callbacks += [handler]
    other.kickoff()


def attribute_after_the_kickoff(agents, handler):
    team = Crew(agents=agents)
    team.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    team.step_callback = handler.on_step


def attribute_before_a_rebinding(agents, handler):
    team = Crew(agents=agents)
    team.step_callback = handler.on_step
    team = Crew(agents=agents)
    team.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def another_attribute(agents):
    team = Crew(agents=agents)
    team.verbose = True
    team.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def attribute_on_a_module_crew(handler):
    crew.step_callback = handler.on_step
    return crew.kickoff()


class Runner:
    def __init__(self, agents, handler):
        self.crew = Crew(agents=agents, step_callback=handler.on_step)

    def run(self):
        # Every method that assigns self.crew builds it wired.
        return self.crew.kickoff()

    def run_wired_here(self, handler):
        self.crew.step_callback = handler.on_step
        return self.crew.kickoff()

    def rebuild(self, agents, handler):
        self.crew = Crew(agents=agents, task_callback=handler.on_task)
        return self.crew.kickoff()

    def deeper_attributes_are_not_followed(self, handler):
        self.team.crew = Crew(step_callback=handler.on_step)
        return self.team.crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
