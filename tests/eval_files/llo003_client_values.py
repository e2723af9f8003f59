"""LLO003 clients reached through a property, or as ``client or OpenAI()`` with a None default."""
# flake8-args: --llo-extend-banned-calls=openai.OpenAI().chat.completions.create
from functools import cached_property

from openai import OpenAI


class Assistant:
    @property
    def client(self):
        return OpenAI()

    @cached_property
    def cached(self):
        return OpenAI()

    def plain(self):
        return OpenAI()

    def answer(self, messages):
        self.client.chat.completions.create(model="m", messages=messages)  # error: LLO003:9 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead
        self.cached.chat.completions.create(model="m", messages=messages)  # error: LLO003:9 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead
        self.plain.chat.completions.create(model="m", messages=messages)


def injected(messages, client=None):
    client = client or OpenAI()
    return client.chat.completions.create(model="m", messages=messages)  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def chosen(messages, fresh, client=None):
    client = OpenAI() if fresh else client
    return client.chat.completions.create(model="m", messages=messages)  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def required(messages, client):
    client = client or OpenAI()
    return client.chat.completions.create(model="m", messages=messages)


def both_ways(messages, other=None):
    client = other and OpenAI()
    return client.chat.completions.create(model="m", messages=messages)


def kw_only(messages, *, client=None):
    client = client or OpenAI()
    return client.chat.completions.create(model="m", messages=messages)  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead
