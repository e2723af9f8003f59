"""The rules: one module per code, each holding its declaration, its check and its exemptions.

- ``llo001.py`` to ``llo004.py``: one rule each (``RULE``), where it is decided;
- ``declaration.py``: what a rule is made of (``Rule``, ``EventKind``, ``Exemption``);
- ``event_kinds.py``: the kinds of event the walk collects for the rules;
- ``exemptions.py``: exemptions that several rules list;
- ``registry.py``: every rule, and what derives from them (event kinds, the code range);
- ``engine.py``: how one file's events are judged (``assess``, ``findings``).

The checker, the prefilter, the SARIF metadata, the coverage report and the
docs tests all read ``RULES``, so a code cannot be added or renamed in one
place only.
"""

from __future__ import annotations

from .declaration import EventKind, Exemption, Fields, Rule
from .engine import Assessment, Finding, assess, findings
from .registry import EVENT_KINDS, PLANS, RULES, code_range, option_users

__all__ = [
    "EVENT_KINDS", "PLANS", "RULES", "Assessment", "EventKind", "Exemption", "Fields", "Finding",
    "Rule", "assess", "code_range", "findings", "option_users",
]
