"""LLO003: names bound by relative imports are the project's own modules."""

from . import litellm
from .. import litellm as parent_litellm
from .litellm import completion
from .vendored.litellm import acompletion
import litellm as real


def project_modules():
    litellm.completion(model="gpt-4o")
    parent_litellm.completion(model="gpt-4o")
    completion(model="gpt-4o")
    return acompletion(model="gpt-4o")


def the_real_one():
    return real.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead
