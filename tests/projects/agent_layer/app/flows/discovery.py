from crewai.flow.flow import Flow


class DiscoveryFlow(Flow):
    pass
