"""A star import binds no name that can be seen, so calls through it are not resolved."""

import litellm
from litellm import *  # noqa: F403


def through_the_star_import():
    return completion(model="gpt-4o")  # noqa: F405


def explicit():
    return litellm.completion(model="gpt-4o")  # error: LLO003:12
