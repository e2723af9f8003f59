"""LLO003: direct LiteLLM calls, through every import form."""

import litellm
import litellm as ll
from litellm import acompletion as acomp
from litellm import completion

from app.services import litellm as llm


def module_attribute():
    return litellm.completion(model="gpt-4o", messages=[])  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


async def aliased_module():
    return await ll.acompletion(model="gpt-4o", messages=[])  # error: LLO003:18 direct litellm.acompletion() call - use multi_model_service.generate_response() instead


def from_import():
    return completion(model="gpt-4o", messages=[])  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


async def from_import_with_alias():
    return await acomp(model="gpt-4o", messages=[])  # error: LLO003:18 direct litellm.acompletion() call - use multi_model_service.generate_response() instead


async def every_default_banned_call():
    litellm.text_completion(prompt="x")  # error: LLO003:5 direct litellm.text_completion() call - use multi_model_service.generate_response() instead
    await litellm.atext_completion(prompt="x")  # error: LLO003:11 direct litellm.atext_completion() call - use multi_model_service.generate_response() instead
    litellm.completion_with_retries(model="x")  # error: LLO003:5 direct litellm.completion_with_retries() call - use multi_model_service.generate_response() instead
    await litellm.acompletion_with_retries(model="x")  # error: LLO003:11 direct litellm.acompletion_with_retries() call - use multi_model_service.generate_response() instead
    litellm.batch_completion(model="x", messages=[])  # error: LLO003:5 direct litellm.batch_completion() call - use multi_model_service.generate_response() instead


def multi_line_call():
    return litellm.completion(  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead
        model="gpt-4o",
        messages=[],
    )


def other_module_bound_to_the_name():
    return llm.completion(model="gpt-4o")


def methods_are_not_banned(self, client):
    self.completion(model="gpt-4o")
    client.completion(model="gpt-4o")
    client.chat.completions.create(model="gpt-4o")


def references_are_reported_once():
    handler = litellm.completion  # error: LLO003:15 direct litellm.completion() call - use multi_model_service.generate_response() instead
    handler(model="gpt-4o")
    return [handler, completion, acomp]  # error: LLO003:22 direct litellm.completion() call - use multi_model_service.generate_response() instead  # error: LLO003:34 direct litellm.acompletion() call - use multi_model_service.generate_response() instead


def other_litellm_apis():
    litellm.embedding(model="text-embedding-3-small", input=["x"])  # error: LLO003:5 direct litellm.embedding() call - use multi_model_service.generate_response() instead
    litellm.Router(model_list=[]).completion(model="gpt-4o")  # error: LLO003:5 direct litellm.Router().completion() call - use multi_model_service.generate_response() instead
    ll.utils.token_counter(model="gpt-4o", text="x")
    litellm.get_model_info("gpt-4o")


def passing_the_function_is_a_reference(executor):
    return executor.submit(litellm.completion, model="gpt-4o")  # error: LLO003:28 direct litellm.completion() call - use multi_model_service.generate_response() instead
