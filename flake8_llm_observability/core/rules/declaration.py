"""What a rule is made of: the kind of event it judges, its exemptions, its check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Tuple

from ..project import Context

Fields = Optional[Mapping[str, str]]
"""What a check answers: None (fine), or the fields of the message."""


@dataclass(frozen=True)
class EventKind:
    """A kind of event the walk collects: its list in ``walk.Facts`` and its name in reports.

    ``real`` (None: every event is) says whether a collected event is one of
    this kind at all: a model-call candidate must reach a banned call.
    """

    name: str
    label: str
    real: Optional[Callable[[Any, Context], bool]]


@dataclass(frozen=True)
class Exemption:
    """Why an event is not the agent work a rule tracks (a tool's own method, a Flow).

    An exempt event gets no finding, and the coverage report counts it apart.
    ``needs_file`` exemptions look beyond the event's own facts (other
    definitions, other modules); they are only worked out for events that
    have a finding, or when every event is assessed.
    """

    name: str
    holds: Callable[[Any, Context], bool]
    needs_file: bool
    reads: Tuple[str, ...] = ()
    """The options (``Config`` fields) it reads."""


@dataclass(frozen=True)
class Rule:
    """One code: how it reads in the docs and messages, what triggers it, how it decides."""

    code: str
    summary: str
    """The heading in docs/rules.md, and SARIF's short description."""
    rationale: str
    """Why it matters, in one sentence: the docs' **Why.**, and SARIF's description."""
    template: str
    triggers: Tuple[str, ...]
    """Options whose names must appear in a file for the rule to fire (the prefilter)."""
    kind: EventKind
    exemptions: Tuple[Exemption, ...]
    check: Callable[[Any, Context], Fields]
    reads: Tuple[str, ...]
    """The other options (``Config`` fields) its check reads: the options docs' "used by"."""

    @property
    def options_read(self) -> Tuple[str, ...]:
        """Every option its findings depend on: triggers, its check's and its exemptions'."""
        read = (*self.triggers, *self.reads, *(f for ex in self.exemptions for f in ex.reads))
        return tuple(dict.fromkeys(read))

    def message(self, fields: Mapping[str, str]) -> str:
        """The flake8 message text: the code, then the filled template."""
        return f"{self.code} {self.template.format(**fields)}"
