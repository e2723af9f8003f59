"""Model services share a client set in their base class."""
import openai


class BaseLLMService:
    def __init__(self, api_key):
        self.client = openai.OpenAI(api_key=api_key)


class ProjectClient:
    """The project's own client: its methods are not the SDK's."""

    def __init__(self):
        self.chat = None


class NotAModelService:
    def __init__(self):
        self.client = ProjectClient()
