"""Every rule, in code order, and what follows from them: the kinds of event, the code range.

The rules are found, not listed: every module of this package named like a
code (``llo001.py``) holds one ``RULE``. A new rule is one such module.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from typing import Dict, List, NamedTuple, Tuple

from .declaration import EventKind, Exemption, Rule

RULE_MODULE = re.compile(r"llo\d{3}")
"""The name of a module that holds one rule: its code, in lower case."""


def _found_rules() -> Tuple[Rule, ...]:
    package = __name__.rpartition(".")[0]
    names = sorted(
        info.name
        for info in pkgutil.iter_modules([os.path.dirname(__file__)])
        if RULE_MODULE.fullmatch(info.name)
    )
    return tuple(importlib.import_module(f"{package}.{name}").RULE for name in names)


RULES: Dict[str, Rule] = {rule.code: rule for rule in _found_rules()}

EVENT_KINDS: Dict[str, EventKind] = {rule.kind.name: rule.kind for rule in RULES.values()}
"""The kinds of event some rule judges, by their list's name in ``walk.Facts.events``."""

METHOD_KINDS: Tuple[EventKind, ...] = tuple(kind for kind in EVENT_KINDS.values() if kind.methods)
"""The kinds the walk records as method calls, in the order their roles are numbered."""


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
    """How the events of one kind are judged: its rules, and its exemptions by cost."""

    kind: EventKind
    rules: Tuple[Rule, ...]
    exemptions_at_once: Tuple[Exemption, ...]
    """Read from the event's own facts: checked before the rules."""
    exemptions_with_file: Tuple[Exemption, ...]
    """Needing the rest of the file: checked only for an event that has findings."""


def _plans() -> Tuple[KindPlan, ...]:
    """One plan per kind; the kinds about findings last, since they read the others'."""
    plans = []
    kinds = sorted(EVENT_KINDS.items(), key=lambda item: item[1].about_findings)
    for name, kind in kinds:
        exemptions = kind.exemptions
        plans.append(
            KindPlan(
                kind,
                tuple(rule for rule in RULES.values() if rule.kind.name == name),
                tuple(ex for ex in exemptions if not ex.needs_file),
                tuple(ex for ex in exemptions if ex.needs_file),
            )
        )
    return tuple(plans)


PLANS = _plans()
