"""The rules: one module per code, each holding its declaration, its docs and its check.

- ``llo001.py`` ... : one rule each (``RULE``), where it is decided, found by ``registry``;
- ``declaration.py``: what a rule is made of (``Rule``, ``EventKind``, ``Exemption``);
- ``event_kinds.py``: the kinds of event, each with the options naming it and its exemptions;
- ``exemptions.py``: why an event is not the tracked work;
- ``registry.py``: every rule, and what derives from them (event kinds, the code range);
- ``engine.py``: how one file's events are judged (``assess``, ``findings``).

The checker, the prefilter, the SARIF metadata, the coverage report and the
generated docs all read ``RULES``, so a code cannot be added or renamed in one
place only.
"""

from __future__ import annotations

from .declaration import EventKind, Exemption, Fields, Rule
from .engine import Assessment, Finding, assess, findings
from .registry import EVENT_KINDS, METHOD_KINDS, PLANS, RULES, code_range, option_users

__all__ = [
    "EVENT_KINDS", "METHOD_KINDS", "PLANS", "RULES", "Assessment", "EventKind", "Exemption",
    "Fields", "Finding", "Rule", "assess", "code_range", "findings", "option_users",
]
