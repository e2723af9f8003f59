"""The client comes from a base class in another module, re-exported by the package."""
from app.llm import BaseLLMService, NotAModelService


class Summarizer(BaseLLMService):
    def summarize(self, text):
        return self.client.chat.completions.create(model="gpt-4o", messages=[text])  # error: LLO003:16 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


class Archive(NotAModelService):
    def store(self, text):
        return self.client.chat.completions.create(model="gpt-4o", messages=[text])
