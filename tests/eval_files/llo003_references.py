"""LLO003: a banned function passed on or stored instead of called is reported there."""

import asyncio
import functools
from functools import partial

import litellm
from litellm import acompletion, completion


async def handed_to_a_thread(kwargs):
    return await asyncio.to_thread(litellm.completion, **kwargs)  # error: LLO003:36


def handed_to_an_executor_through_partial(loop, model):
    return loop.run_in_executor(None, partial(litellm.completion, model=model))  # error: LLO003:47


def keyword_value(pool):
    return pool.submit(fn=acompletion)  # error: LLO003:27


def stored_then_called_is_reported_once(kwargs):
    original = litellm.completion  # error: LLO003:16
    return original(**kwargs)


def returned():
    return litellm.acompletion  # error: LLO003:12


def lambda_body():
    return lambda: completion  # error: LLO003:20


def containers():
    table = {"sync": litellm.completion, "async": acompletion}  # error: LLO003:22, LLO003:51
    choices = [completion, litellm.aembedding]  # error: LLO003:16, LLO003:28
    pair = (litellm.responses, None)  # error: LLO003:13
    return table, choices, pair


def default(fn=litellm.completion):  # error: LLO003:16
    return fn


def conditional(is_async, fallback):
    first = acompletion if is_async else completion  # error: LLO003:13, LLO003:42
    return first or litellm.text_completion  # error: LLO003:21


def walrus(kwargs):
    if (fn := litellm.completion) is not None:  # error: LLO003:15
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
    return functools.partial(litellm.completion, model=model)  # error: LLO003:30
