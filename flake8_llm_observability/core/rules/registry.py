"""Every rule, in code order, and what follows from them: the kinds of event, the code range.

A new rule is one module (``llo00N.py`` with a ``RULE``) and one line here.
"""

from __future__ import annotations

from typing import Dict, List, NamedTuple, Tuple

from . import llo001, llo002, llo003, llo004
from .declaration import EventKind, Exemption, Rule

RULES: Dict[str, Rule] = {
    rule.code: rule for rule in (llo001.RULE, llo002.RULE, llo003.RULE, llo004.RULE)
}

EVENT_KINDS: Dict[str, EventKind] = {rule.kind.name: rule.kind for rule in RULES.values()}
"""The kinds of event some rule judges, by their list's name in ``walk.Facts``."""


def code_range() -> str:
    """``LLO001-LLO004``: every code, as the docs and help texts name them all."""
    codes = sorted(RULES)
    return codes[0] if len(codes) == 1 else f"{codes[0]}-{codes[-1]}"


FOR_EVERY_RULE = ("tracing_decorators", "tracing_contexts", "baseline")
"""Options that change every rule's findings: tracing spans (``engine.assess``) and
the baseline (``pipeline``)."""


def option_users() -> Dict[str, str]:
    """Per option (``Config`` field): the codes whose findings it changes, as the docs show them."""
    users: Dict[str, List[str]] = {field: list(RULES) for field in FOR_EVERY_RULE}
    for code, rule in RULES.items():
        for field in rule.options_read:
            users.setdefault(field, []).append(code)
    return {
        field: code_range() if codes == list(RULES) else ", ".join(codes)
        for field, codes in users.items()
    }


class KindPlan(NamedTuple):
    """How the events of one kind are judged: its rules, and their exemptions by cost."""

    kind: EventKind
    rules: Tuple[Rule, ...]
    exemptions_at_once: Tuple[Exemption, ...]
    """Read from the event's own facts: checked before the rules."""
    exemptions_with_file: Tuple[Exemption, ...]
    """Needing the rest of the file: checked only for an event that has findings."""


def _plans() -> Tuple[KindPlan, ...]:
    rules_of: Dict[str, List[Rule]] = {}
    for rule in RULES.values():
        rules_of.setdefault(rule.kind.name, []).append(rule)
    plans = []
    for name, rules in rules_of.items():
        exemptions: List[Exemption] = []
        for rule in rules:
            exemptions += [ex for ex in rule.exemptions if ex not in exemptions]
        plans.append(
            KindPlan(
                EVENT_KINDS[name],
                tuple(rules),
                tuple(ex for ex in exemptions if not ex.needs_file),
                tuple(ex for ex in exemptions if ex.needs_file),
            )
        )
    return tuple(plans)


PLANS = _plans()
