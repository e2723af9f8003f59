"""LLO003: a direct LiteLLM call (or an opted-in SDK client call) that bypasses the gateway."""

from __future__ import annotations

from .. import models
from ..project import Context
from ..walk import ModelCall
from .declaration import Fields, Rule
from .event_kinds import MODEL_CALLS


def direct_model_call(call: ModelCall, context: Context) -> Fields:
    """A call (or reference) reaching a banned call, carrying no LLM callback keyword."""
    if call.wrapped:
        return None
    entry = models.banned_entry(call, context)
    return {"call": entry or "", "gateway": context.config.gateway}


RULE = Rule(
    code="LLO003",
    summary="direct LiteLLM call",
    rationale="The gateway logs tokens and cost; a direct call is spend the dashboards never see.",
    template="direct {call}() call - use {gateway}() instead",
    triggers=("banned_calls", "extend_banned_calls"),
    kind=MODEL_CALLS,
    exemptions=(),
    check=direct_model_call,
    reads=("llm_callback_keywords", "gateway"),
)
