"""LLO003 with no LLM callback keywords: the gateway is the only way."""
# flake8-args: --llo-llm-callback-keywords=

import litellm


def wrapped_is_not_enough(tracker):
    litellm.completion(model="gpt-4o", callbacks=[tracker])  # error: LLO003:5 direct litellm.completion() call - use multi_model_service.generate_response() instead
