"""LLO003: a banned function passed on or stored instead of called is reported there."""

import asyncio
import functools
from functools import partial

import litellm
from litellm import acompletion, completion


async def handed_to_a_thread(kwargs):
    return await asyncio.to_thread(litellm.completion, **kwargs)  # error: LLO003:36 direct litellm.completion() call - use multi_model_service.generate_response() instead


def handed_to_an_executor_through_partial(loop, model):
    return loop.run_in_executor(None, partial(litellm.completion, model=model))  # error: LLO003:47 direct litellm.completion() call - use multi_model_service.generate_response() instead


def keyword_value(pool):
    return pool.submit(fn=acompletion)  # error: LLO003:27 direct litellm.acompletion() call - use multi_model_service.generate_response() instead


def stored_then_called_is_reported_once(kwargs):
    original = litellm.completion  # error: LLO003:16 direct litellm.completion() call - use multi_model_service.generate_response() instead
    return original(**kwargs)


def returned():
    return litellm.acompletion  # error: LLO003:12 direct litellm.acompletion() call - use multi_model_service.generate_response() instead


def lambda_body():
    return lambda: completion  # error: LLO003:20 direct litellm.completion() call - use multi_model_service.generate_response() instead


def containers():
    table = {"sync": litellm.completion, "async": acompletion}  # error: LLO003:22 direct litellm.completion() call - use multi_model_service.generate_response() instead  # error: LLO003:51 direct litellm.acompletion() call - use multi_model_service.generate_response() instead
    choices = [completion, litellm.aembedding]  # error: LLO003:16 direct litellm.completion() call - use multi_model_service.generate_response() instead  # error: LLO003:28 direct litellm.aembedding() call - use multi_model_service.generate_response() instead
    pair = (litellm.responses, None)  # error: LLO003:13 direct litellm.responses() call - use multi_model_service.generate_response() instead
    return table, choices, pair


def default(fn=litellm.completion):  # error: LLO003:16 direct litellm.completion() call - use multi_model_service.generate_response() instead
    return fn


def conditional(is_async, fallback):
    first = acompletion if is_async else completion  # error: LLO003:13 direct litellm.acompletion() call - use multi_model_service.generate_response() instead  # error: LLO003:42 direct litellm.completion() call - use multi_model_service.generate_response() instead
    return first or litellm.text_completion  # error: LLO003:21 direct litellm.text_completion() call - use multi_model_service.generate_response() instead


def walrus(kwargs):
    if (fn := litellm.completion) is not None:  # error: LLO003:15 direct litellm.completion() call - use multi_model_service.generate_response() instead
        return fn(**kwargs)
    return None


def assignment_target_is_instrumentation(traced):
    litellm.completion = traced
    setattr(litellm, "completion", traced)


def looked_at_not_run():
    hasattr(litellm, "completion")
    getattr(litellm.completion, "__wrapped__", None)
    isinstance(litellm.completion, object)
    callable(completion)
    return litellm.completion.__name__


def annotations(fn: litellm.completion) -> litellm.completion:
    result: litellm.completion = fn
    return result


def strings(mock):
    with mock.patch("litellm.completion"):
        return "litellm.completion"


def a_partial_carrying_callbacks(tracker):
    return functools.partial(litellm.completion, callbacks=[tracker])


def a_partial_carrying_other_keywords(model):
    return functools.partial(litellm.completion, model=model)  # error: LLO003:30 direct litellm.completion() call - use multi_model_service.generate_response() instead
