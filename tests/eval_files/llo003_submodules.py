"""LLO003: a banned function is the same function reached through a LiteLLM submodule."""

import litellm
import litellm.main
from litellm.chat_completions.dispatch import completion as dispatched
from litellm.main import acompletion as main_acompletion


def through_submodules():
    litellm.main.completion(model="gpt-4o")  # error: LLO003:5 direct litellm.completion() call - use multi_model_service.generate_response() instead
    dispatched(model="gpt-4o")  # error: LLO003:5 direct litellm.completion() call - use multi_model_service.generate_response() instead
    main_acompletion(model="gpt-4o")  # error: LLO003:5 direct litellm.acompletion() call - use multi_model_service.generate_response() instead
    litellm.embeddings.dispatch.embedding(model="x", input=["a"])  # error: LLO003:5 direct litellm.embedding() call - use multi_model_service.generate_response() instead


def other_functions_of_the_submodules():
    litellm.main.completion_cost(completion_response=None)
    litellm.utils.token_counter(model="gpt-4o", text="x")
    litellm.main.acompletion_tokens()
