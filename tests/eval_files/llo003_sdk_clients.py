"""LLO003: SDK clients a team bans on top of LiteLLM (the README recipe's names)."""
# flake8-args: --llo-extend-banned-calls=openai.OpenAI().chat.completions.create,openai.AsyncOpenAI().chat.completions.create,anthropic.Anthropic().messages.create,crewai.LLM().call

from typing import Annotated, List, Optional

import anthropic
from crewai import LLM
from openai import AsyncOpenAI, OpenAI

client = OpenAI()


def module_client():
    return client.chat.completions.create(model="gpt-4o", messages=[])  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


async def async_client():
    local = AsyncOpenAI()
    return await local.chat.completions.create(model="gpt-4o", messages=[])  # error: LLO003:18 direct openai.AsyncOpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def direct_chain():
    return anthropic.Anthropic().messages.create(model="claude", messages=[])  # error: LLO003:12 direct anthropic.Anthropic().messages.create() call - use multi_model_service.generate_response() instead


def crewai_llm():
    return LLM(model="gpt-4o").call("hello")  # error: LLO003:12 direct crewai.LLM().call() call - use multi_model_service.generate_response() instead


def another_path_of_the_client():
    return client.chat.other.create(model="gpt-4o")


def forward_reference(sdk: "OpenAI"):
    return sdk.chat.completions.create(model="gpt-4o")  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def forward_reference_with_brackets(sdk: "Optional[OpenAI]"):
    return sdk.chat.completions.create(model="gpt-4o")


def annotated_with_metadata(sdk: Annotated[OpenAI, "shared"]):
    return sdk.chat.completions.create(model="gpt-4o")  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def optional_client(sdk: Optional[OpenAI]):
    return sdk.chat.completions.create(model="gpt-4o")  # error: LLO003:12 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead


def a_list_of_clients_is_not_a_client(sdks: List[OpenAI]):
    return sdks.chat.completions.create(model="gpt-4o")


def self_outside_a_class(self):
    return self.client.chat.completions.create(model="gpt-4o")


class Agent:
    def ask(self):
        self.sdk = OpenAI()
        return self.sdk.chat.completions.create(model="gpt-4o")  # error: LLO003:16 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead

    def ask_other(self):
        return self.other.chat.completions.create(model="gpt-4o")


def followed_so_far():
    c0 = OpenAI()
    c1 = c0
    c2 = c1
    c3 = c2
    c4 = c3
    c5 = c4
    c6 = c5
    c7 = c6
    c8 = c7
    c9 = c8
    c10 = c9
    c11 = c10
    c12 = c11
    c13 = c12
    c14 = c13
    c15 = c14
    c5.chat.completions.create(model="gpt-4o")  # error: LLO003:5 direct openai.OpenAI().chat.completions.create() call - use multi_model_service.generate_response() instead
    c15.chat.completions.create(model="gpt-4o")
