"""LLO003: module-level bindings are flow-insensitive; any import of a name there wins."""

litellm = None


def setup():
    global litellm
    import litellm


def use():
    return litellm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


try:
    from litellm import embedding
except ImportError:
    embedding = None


def optional():
    return embedding(model="x", input=["a"])  # error: LLO003:12 direct litellm.embedding() call - use multi_model_service.generate_response() instead


def completion(**kwargs):
    return kwargs


def own_function():
    return completion(model="gpt-4o")


# A lazy loader that fills the module's name through a local alias (seen in real code).
lazy_llm = None


def _load():
    global lazy_llm
    import litellm as _llm

    lazy_llm = _llm


def through_the_lazy_loader():
    return lazy_llm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def _load_something_else():
    global other
    import json as _json

    other = _json


other = None


def not_litellm():
    return other.completion(model="gpt-4o")


def _fill_from_a_local_value():
    global plain
    _made = object()
    plain = _made


plain = None


def a_plain_value():
    return plain.completion(model="gpt-4o")
