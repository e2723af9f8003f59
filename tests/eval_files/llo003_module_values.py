"""LLO003: LiteLLM reached as a value: a property, a lazy loader, an attribute holding it."""
import importlib

import litellm
from app.caching import lazy_property


class Speaker:
    def __init__(self):
        self.lib = litellm
        self.client = object()

    @property
    def litellm(self):
        return litellm

    def _get_litellm(self):
        import litellm as lazily_loaded

        return lazily_loaded

    def _maybe_litellm(self, ready):
        if ready:
            return litellm
        return None

    @property
    def wrapper(self):
        return self.client

    @lazy_property
    def lazily(self):
        return litellm

    def plain_method(self):
        return litellm

    def speak(self, text):
        self.litellm.speech(model="tts", input=text)  # error: LLO003:9 direct litellm.speech() call - use multi_model_service.generate_response() instead
        loaded = self._get_litellm()
        loaded.aspeech(model="tts", input=text)  # error: LLO003:9 direct litellm.aspeech() call - use multi_model_service.generate_response() instead
        self.lib.completion(model="m", messages=[])  # error: LLO003:9 direct litellm.completion() call - use multi_model_service.generate_response() instead
        self.litellm.completion(model="m", messages=[], callbacks=[text])
        self._maybe_litellm(True).completion(model="m", messages=[])
        self.wrapper.completion(model="m", messages=[])
        self.lazily.completion(model="m", messages=[])  # error: LLO003:9 direct litellm.completion() call - use multi_model_service.generate_response() instead
        self.plain_method.completion(model="m", messages=[])  # a bound method has no completion
        importlib.import_module("litellm").completion(model="m", messages=[])


def loader():
    return litellm


def uses_the_loader(text):
    return loader().speech(model="tts", input=text)  # error: LLO003:12 direct litellm.speech() call - use multi_model_service.generate_response() instead


def loops():
    return loops().completion(model="m")


def self_outside_a_class(self):
    return self.lib.completion(model="m")


def past_the_chain_limit():
    # Thirteen names between the module and the call: past the limit, the value is unknown.
    a0 = litellm
    a1 = a0
    a2 = a1
    a3 = a2
    a4 = a3
    a5 = a4
    a6 = a5
    a7 = a6
    a8 = a7
    a9 = a8
    a10 = a9
    a11 = a10
    a12 = a11
    a13 = a12
    return a13.completion(model="m")
