"""Judging one file's events: exemptions, tracing spans, then each rule's check.

For every event of every kind some rule judges (``registry.PLANS``), in this order:

1. an exemption read from the event's own facts (delegation, a tool method);
2. a tracing span the team configured around it: wired for every rule;
3. each rule's check: None, or the fields of a finding;
4. an exemption that needs the rest of the file (a Flow, the class's own
   implementation), worked out only for an event with findings (or when every
   event is wanted, as the coverage report does).

Kinds about findings (noqa comments) come last, and read the findings made
before them in ``Context.findings``.
"""

from __future__ import annotations

from typing import Any, Iterator, List, NamedTuple, Optional, Tuple

from ..context import Context
from ..tracing import traced
from .declaration import EventKind
from .registry import PLANS


class Finding(NamedTuple):
    """A report at the call's start: 1-based line, 0-based column as in the tree.

    The code and the text stay apart: flake8 and ``llo check`` print
    ``message`` (the code, then the text), the baseline keeps the text.
    """

    line: int
    col: int
    code: str
    text: str

    @property
    def message(self) -> str:
        return f"{self.code} {self.text}"


class Assessment(NamedTuple):
    """One event and what the rules made of it."""

    kind: EventKind
    event: Any
    exempt: Optional[str]
    """The name of the exemption that holds, if one does."""
    traced: bool
    """It sits in a tracing span the team configured."""
    findings: Tuple[Finding, ...]


def assess(context: Context, every: bool = True) -> Iterator[Assessment]:
    """Every real event of the file, with its exemption or the findings of its rules.

    With *every* false only events with findings are yielded, and the
    exemptions that need the whole file are only worked out for those: the
    findings are the same, for less work on wired code.
    """
    facts = context.facts
    so_far: List[Finding] = []
    context.findings = so_far
    for kind, rules, at_once, with_file in PLANS:
        confirmed = kind.confirmed
        for event in facts.events.get(kind.name, ()):
            if confirmed is not None and not confirmed(event, context):
                continue
            exempt = None
            for exemption in at_once:
                if exemption.holds(event, context):
                    exempt = exemption.name
                    break
            span = event.span
            in_span = exempt is None and span is not None and traced(span, context)
            found: List[Finding] = []
            if exempt is None and not in_span:
                for rule in rules:
                    fields = rule.check(event, context)
                    if fields is not None:
                        found.append(
                            Finding(event.line, event.col, rule.code, rule.text(fields))
                        )
                if found or every:
                    for exemption in with_file:
                        if exemption.holds(event, context):
                            exempt = exemption.name
                            found = []
                            break
            so_far.extend(found)
            if found or every:
                yield Assessment(kind, event, exempt, in_span, tuple(found))


def findings(context: Context) -> List[Finding]:
    """Every finding of every rule, in source order."""
    return sorted(
        finding
        for assessment in assess(context, every=False)
        for finding in assessment.findings
    )
