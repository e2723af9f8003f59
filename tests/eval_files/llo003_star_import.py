"""LLO003: after ``from litellm import *``, a bare banned name is that call."""

import litellm
from litellm import *  # noqa: F403


def through_the_star_import():
    return completion(model="gpt-4o")  # noqa: F405  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def bound_another_way():
    def acompletion(**kwargs):
        return kwargs

    return acompletion(model="gpt-4o")


def not_banned():
    return token_counter(model="gpt-4o")  # noqa: F405


def explicit():
    return litellm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead
