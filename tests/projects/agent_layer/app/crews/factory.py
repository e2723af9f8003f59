from crewai import Crew


class CrewFactory:
    @classmethod
    def build(cls, agents, handler):
        return Crew(agents=agents, step_callback=handler.on_step)

    @staticmethod
    def bare(agents):
        return Crew(agents=agents)

    @classmethod
    def from_config(cls, config):
        return Crew(**config)
