"""Flows live in a module of their own."""

from crewai.flow import Flow, start


class BaseFlow(Flow[dict]):
    """The team's base flow."""


class PoemFlow(BaseFlow):
    @start()
    def generate(self):
        return "poem"
