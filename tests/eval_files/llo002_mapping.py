"""LLO002: a **mapping counts as wiring only where the callee can take the callbacks."""

import crewai
from crewai import Crew


def crew_class_given_a_mapping(config):
    Crew(**config).kickoff()
    team = crewai.Crew(**config)
    team.kickoff()
    crewai.crew.Crew(**config).kickoff()


def factory_given_a_mapping(crew_manager, phase_input):
    team = crew_manager.create_crew_on_demand("validation", **phase_input)
    team.kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def unknown_class_given_a_mapping(config):
    MyCrew(**config).kickoff()  # error: LLO002:5 kickoff() called without crew callbacks: build the Crew with step_callback=/task_callback= or create a callback handler first


def a_mapping_on_the_kickoff_itself(team, options):
    team.kickoff(**options)
