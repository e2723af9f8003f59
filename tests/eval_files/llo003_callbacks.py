"""LLO003: a direct call that carries its own callbacks is wrapped, as the plan allows."""

import litellm
from litellm import Router


def wrapped(tracker):
    litellm.completion(model="gpt-4o", callbacks=[tracker])
    litellm.acompletion(model="gpt-4o", success_callback=[tracker.log])
    Router(model_list=[]).completion(model="gpt-4o", callbacks=[tracker])


def a_mapping_does_not_count(kwargs):
    return litellm.completion(**kwargs)  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def other_keywords_do_not_count():
    return litellm.completion(model="gpt-4o", metadata={"team": "research"})  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead
