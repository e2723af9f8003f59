"""LLO003: a name bound in a function shadows the module's import there, as in Python."""

import litellm
from litellm import completion


def parameter(completion):
    return completion(model="gpt-4o")


def injected_client(litellm):
    return litellm.completion(model="gpt-4o")


def loop_target(functions):
    for completion in functions:
        completion()


def local_lambda():
    completion = lambda **kwargs: kwargs  # noqa: E731
    return completion(model="gpt-4o")


def bound_after_the_call_still_shadows():
    result = completion(model="gpt-4o")
    completion = None
    return result, completion


def with_target(open_session):
    with open_session() as completion:
        return completion()


def except_name():
    try:
        return None
    except Exception as completion:
        return completion()


def local_def():
    def completion(**kwargs):
        return kwargs

    return completion(model="gpt-4o")


def local_class():
    class litellm:  # noqa: N801
        completion = staticmethod(dict)

    return litellm.completion(model="gpt-4o")


def local_import_of_something_else():
    from app.services import completion

    return completion(model="gpt-4o")


def local_import_of_litellm_is_litellm():
    import litellm as llm

    return llm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def enclosing_function_binds_it(completion):
    def inner():
        return completion(model="gpt-4o")

    return inner


def enclosing_function_does_not():
    def inner():
        return completion(model="gpt-4o")  # error: LLO003:16 direct litellm.completion() call - use multi_model_service.generate_response() instead

    return inner


def global_name_is_the_modules():
    global completion
    return completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def nonlocal_name_is_the_enclosing_functions(completion):
    def inner():
        nonlocal completion
        return completion(model="gpt-4o")

    return inner


class Holder:
    completion = staticmethod(dict)

    def run(self):
        # Class attributes are not in scope in methods: this is the import.
        return completion(model="gpt-4o")  # error: LLO003:16 direct litellm.completion() call - use multi_model_service.generate_response() instead


def still_the_module():
    return completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead
