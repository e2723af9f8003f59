"""LLO003: with no import binding the root, a dotted name is taken literally."""


def unbound_root():
    return litellm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def a_local_variable_is_not_the_module(loader):
    litellm = loader.load("client")
    return litellm.completion(model="gpt-4o")


def local_function_named_completion():
    def completion(**kwargs):
        return kwargs

    return completion(model="gpt-4o")


def other_roots(openai, client):
    openai.completion(model="gpt-4o")
    client.litellm.completion(model="gpt-4o")
    get_litellm().completion(model="gpt-4o")
