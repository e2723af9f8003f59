"""LLO003: names that look like LiteLLM or a client but are the project's own."""
# flake8-args: --llo-extend-banned-calls=openai.OpenAI().chat.completions.create

from openai import OpenAI

from . import litellm
from .routing import Router


def own_router():
    return Router().completion(model="gpt-4o")


def project_module_named_litellm():
    return litellm.completion(model="gpt-4o")


def local_function_named_completion():
    def completion(**kwargs):
        return kwargs

    return completion(model="gpt-4o")


class Service:
    def __init__(self, client):
        self.client = client

    def ask(self):
        return self.client.chat.completions.create(model="gpt-4o", messages=[])


class RealClient:
    def __init__(self):
        self.client = OpenAI()

    def ask(self):
        return self.client.chat.completions.create(model="gpt-4o", messages=[])  # error: LLO003:16 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead

    def other_path(self):
        return self.client.models.list()
