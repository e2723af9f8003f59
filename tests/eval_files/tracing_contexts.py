"""Tracing contexts named in --llo-tracing-contexts count as wiring for the with body."""
# flake8-args: --llo-tracing-contexts=app.telemetry.observe_llm_run,crew_lifecycle,*.start_as_current_span

import litellm
from app.telemetry import observe_llm_run


def crew_lifecycle(name):
    return name


def direct_context(crew):
    with crew_lifecycle("research"):
        crew.kickoff()
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


async def async_with_and_as(task):
    async with observe_llm_run("step") as run:
        await task.execute_async()
        run.log(litellm.completion(model="gpt-4o"))


def one_item_among_several(tracer, crew, lock):
    with lock, tracer.start_as_current_span("kickoff") as span:
        crew.kickoff()
        return span


def nested_spans(tracer, task):
    with crew_lifecycle("outer"):
        with open("log.txt") as log:
            log.write(task.execute_sync())


def nested_def_and_lambda_run_later(crew):
    with crew_lifecycle("research"):

        def later():
            return crew.kickoff()  # error: LLO002:20 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first

        return later, lambda: crew.kickoff()  # error: LLO002:31 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def comprehensions_are_covered(crews):
    with crew_lifecycle("batch"):
        return [crew.kickoff() for crew in crews]


def references_are_covered(pool, crew):
    with crew_lifecycle("background"):
        return pool.submit(crew.kickoff)


def another_context(crew):
    with open("log.txt"):
        return crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def the_items_run_before_the_span(crew):
    with crew_lifecycle(crew.kickoff()):  # error: LLO002:25 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
        return None


def _kick_inside_the_callers_span(crew):
    return crew.kickoff()


def opens_the_span(crew):
    with crew_lifecycle("research"):
        return _kick_inside_the_callers_span(crew)


def _kick_outside_the_span(crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def calls_after_the_span(crew):
    with crew_lifecycle("research"):
        pass
    return _kick_outside_the_span(crew)


def _kick_in_a_nested_def(crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def spans_only_the_definition(crew):
    with crew_lifecycle("research"):
        def later():
            return _kick_in_a_nested_def(crew)
    return later
