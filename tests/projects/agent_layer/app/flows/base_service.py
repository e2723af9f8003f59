from crewai import Crew

from .discovery import DiscoveryFlow


class FlowServiceBase:
    def __init__(self, agents):
        self.flow = DiscoveryFlow()
        self.crew = Crew(agents=agents)
