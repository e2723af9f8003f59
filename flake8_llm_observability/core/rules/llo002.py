"""LLO002: a crew kickoff with no callbacks."""

from __future__ import annotations

from .. import crews
from ..project import Context
from ..walk import Kickoff
from .declaration import Exemption, Fields, Rule
from .event_kinds import KICKOFFS
from .exemptions import DELEGATION, OWN_IMPLEMENTATION


def bare_kickoff(kickoff: Kickoff, context: Context) -> Fields:
    """No callbacks on the call, no handler or start before it, no wired receiver."""
    if kickoff.keywords:
        return None
    if kickoff.scope.sees_before(kickoff.pos, wiring=True):
        return None
    if crews.receiver_state(kickoff, context) == crews.WIRED:
        return None
    return {"method": kickoff.method}


def _is_flow(kickoff: Kickoff, context: Context) -> bool:
    return crews.receiver_state(kickoff, context) == crews.FLOW


FLOW = Exemption("flow", _is_flow, needs_file=True, reads=("flow_classes",))
"""The receiver is a Flow (``--llo-flow-classes``): a Flow takes no crew callbacks."""

RULE = Rule(
    code="LLO002",
    summary="bare kickoff",
    rationale="A crew kicked off without callbacks runs all of its agents' steps untracked.",
    template="{method}() called without crew callbacks: build the Crew with "
    "step_callback=/task_callback= or create a callback handler first",
    triggers=("kickoff_methods",),
    kind=KICKOFFS,
    exemptions=(DELEGATION, FLOW, OWN_IMPLEMENTATION),
    check=bare_kickoff,
    reads=("handler_factories", "start_callbacks", "crew_callback_keywords", "crew_classes"),
)
