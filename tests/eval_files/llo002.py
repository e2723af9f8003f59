"""LLO002: a crew kickoff with no callbacks and no handler in view."""

from crewai import Crew


def bare(crew):
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


async def bare_async(crew):
    await crew.kickoff_async(inputs={})  # error: LLO002:11 kickoff_async() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


async def every_kickoff_method(crew):
    crew.kickoff_for_each(inputs=[])  # error: LLO002:5 kickoff_for_each() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    await crew.kickoff_for_each_async(inputs=[])  # error: LLO002:11 kickoff_for_each_async() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    await crew.akickoff()  # error: LLO002:11 akickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    await crew.akickoff_for_each(inputs=[])  # error: LLO002:11 akickoff_for_each() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def callbacks_keyword(crew, handler):
    crew.kickoff(callbacks=[handler])
    crew.kickoff_for_each(inputs=[], step_callback=handler.on_step)
    crew.kickoff(task_callback=handler.on_task)


def mapping_may_carry_callbacks(crew, options):
    crew.kickoff(**options)


def other_keywords_do_not_count(crew):
    crew.kickoff(inputs={"topic": "agents"}, callback=None)  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def handler_created_before(crew):
    handler = create_callback_handler("run")
    crew.kickoff()
    return handler


def handler_created_through_a_module(crew, tracking):
    with tracking.create_callback_handler("run"):
        crew.kickoff()


def handler_created_in_a_walrus(crew):
    if (handler := create_callback_handler()) is not None:
        crew.kickoff()
    return handler


async def handler_created_awaited(crew):
    await create_callback_handler()
    await crew.akickoff()


def handler_created_annotated(crew):
    handler: object = create_callback_handler()
    crew.kickoff()
    return handler


def handler_created_after(crew):
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    create_callback_handler()


def start_registration_before(crew, handler):
    handler._step_callback(None)
    crew.kickoff()


def handler_in_enclosing_function(crew):
    create_callback_handler()

    def go():
        return crew.kickoff()

    return go


def handler_in_enclosing_function_after_the_def(crew):
    def go():
        return crew.kickoff()  # error: LLO002:16 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first

    create_callback_handler()
    return go


def handler_in_a_sibling(crew):
    return crew.kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def receiver_is_a_call_with_callbacks(agents, tasks, handler, settings):
    Crew(agents=agents, tasks=tasks, task_callback=handler.on_task).kickoff()
    Crew(agents=agents, **settings).kickoff()


def receiver_is_a_call_without_callbacks(agents):
    Crew(agents=agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def receiver_assigned_with_callbacks(agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)
    crew.kickoff()


def receiver_assigned_annotated(agents, handler):
    crew: Crew = Crew(agents=agents, callbacks=[handler])
    crew.kickoff()


def receiver_assigned_twice_at_once(agents, handler):
    crew = same = Crew(agents=agents, callbacks=[handler])
    same.kickoff()
    crew.kickoff()


async def receiver_assigned_from_awaited_builder(handler):
    crew = await build_crew(callbacks=[handler])
    await crew.akickoff()


def receiver_assigned_in_walrus(agents, handler):
    (crew := Crew(agents=agents, callbacks=[handler])).kickoff()
    crew.kickoff()


def receiver_assigned_without_callbacks(agents):
    crew = Crew(agents=agents)
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def annotation_alone_does_not_rebind(agents, handler):
    crew = Crew(agents=agents, callbacks=[handler])
    crew: Crew
    crew.kickoff()


def rebinding_loses_the_callbacks(agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)
    crew = Crew(agents=agents)
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def rebinding_after_the_kickoff_does_not_matter(agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)
    crew.kickoff()
    crew = None
    return crew


def self_referencing_rebinding(agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)
    crew = crew.kickoff()
    return crew


def loop_rebinding(crews, handler):
    crew = Crew(callbacks=[handler])
    for crew in crews:
        crew.kickoff()  # error: LLO002:9 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def with_rebinding(handler):
    crew = Crew(callbacks=[handler])
    with make_crew() as crew:
        crew.kickoff()  # error: LLO002:9 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def augmented_rebinding(handler, extra):
    crew = Crew(callbacks=[handler])
    crew += extra
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def tuple_rebinding(handler):
    crew, other = Crew(callbacks=[handler]), None
    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
    return other


def assignment_in_the_enclosing_function(agents, handler):
    crew = Crew(agents=agents, step_callback=handler.on_step)

    def go():
        crew.kickoff()

    return go


def assignment_in_the_enclosing_function_after_the_def(agents, handler):
    def go():
        crew.kickoff()  # error: LLO002:9 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first

    crew = Crew(agents=agents, step_callback=handler.on_step)
    return go, crew


def class_attributes_do_not_rebind(agents, handler):
    crew = Crew(agents=agents, callbacks=[handler])

    class Project:
        crew = None

        def crew(self):
            return Crew(agents=agents)

    crew.kickoff()
    return Project


def local_class_named_like_the_crew(agents, handler):
    crew = Crew(agents=agents, callbacks=[handler])

    class crew:  # noqa: N801
        pass

    crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def attribute_receiver(self, handler):
    self.crew = Crew(callbacks=[handler])
    self.crew.kickoff()


def attribute_receiver_bound_elsewhere(self):
    self.crew.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def multi_line_kickoff(crew):
    result = crew.kickoff(  # error: LLO002:14 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
        inputs={"topic": "agents"},
    )
    return result


def not_kickoffs(crew):
    method = crew.kickoff
    hasattr(crew, "kickoff")
    kickoff(crew)
    return method


crew.kickoff()  # error: LLO002:1 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
create_callback_handler()
crew.kickoff()
