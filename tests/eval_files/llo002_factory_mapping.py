"""LLO002: reached through a factory, Crew(**mapping) is wiring only where the callbacks show.

A shared factory that fills its config from defaults and returns Crew(**config) hides
unwired kickoffs; in the kickoff's own function, Crew(**config) keeps counting as wiring.
"""
from crewai import Crew

DEFAULTS = {"verbose": True}


def build(config):
    merged = dict(DEFAULTS)
    merged.update(config)
    return Crew(**merged)


def run(config):
    return build(config).kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def run_passing_the_callback(config, handler):
    return build(config, step_callback=handler).kickoff()


def build_from_a_literal(agents, on_step):
    return Crew(**{"agents": agents, "step_callback": on_step})


def build_from_dict_keywords(agents, on_task):
    return Crew(**dict(agents=agents, task_callback=on_task))


def build_by_item(agents, on_step):
    config = {"agents": agents}
    config["step_callback"] = on_step
    return Crew(**config)


def build_by_name(agents, on_task):
    config = dict(agents=agents, callbacks=[on_task])
    return Crew(**config)


def build_without(agents):
    config = {"agents": agents, "verbose": True}
    config["process"] = "sequential"
    return Crew(**config)


def run_the_wired_ones(agents, hooks):
    build_from_a_literal(agents, hooks).kickoff()
    build_from_dict_keywords(agents, hooks).kickoff()
    build_by_item(agents, hooks).kickoff()
    build_by_name(agents, hooks).kickoff()
    build_without(agents).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def built_here(config):
    crew = Crew(**config)
    return crew.kickoff()


def build_mixed(agents, config):
    return Crew(agents=agents, **config)


def run_mixed(agents, config):
    return build_mixed(agents, config).kickoff()  # error: LLO002:12 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first
