"""What the rules are made of: kinds of event, their exemptions, and the rules that judge them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, List, Mapping, Optional, Tuple

from ..context import Context
from ..source import SourceFile
from ..walk import Event, Facts

Fields = Optional[Mapping[str, str]]
"""What a check answers: None (fine), or the fields of the message."""


@dataclass(frozen=True)
class Exemption:
    """Why an event is not the agent work its kind tracks (a tool's own method, a Flow).

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
class EventKind:
    """A kind of event: what names it, what the walk records for it, what exempts it.

    A *method* kind (``methods`` set) is recorded by the walk itself for every
    call ``<expr>.<m>(...)`` with ``m`` in that option, and for such a method
    passed by reference: a ``walk.MethodEvent`` in ``Facts.events[name]``.
    Another kind is recorded by a walk job of its own under ``name`` (model
    calls: ``walk.model_refs``).
    """

    name: str
    """Its list in ``walk.Facts.events``."""
    label: str
    """The coverage report's name for it: its key in JSON, its column (with spaces) in text."""
    triggers: Tuple[str, ...] = ()
    """Options whose names must appear in a file for its events to exist (the prefilter);
    for a method kind, none but ``methods`` unless given (``trigger_options``)."""
    exemptions: Tuple[Exemption, ...] = ()
    """What makes one of its events not the tracked work, in the order they are tried."""
    methods: str = ""
    """For a method kind: the option naming its methods."""
    call_keywords: str = ""
    """For a method kind: the option naming the keywords recorded as ``passes_callbacks``."""
    confirmed: Optional[Callable[[Any, Context], bool]] = None
    """Whether a recorded candidate is an event of this kind at all (None: every one is);
    a model-call candidate must reach a banned call."""
    scan: Optional[Callable[[SourceFile, Facts], List[Event]]] = None
    """For a kind found in the file's text rather than by the walk (noqa comments): how."""
    about_findings: bool = False
    """Its events are about the other rules' findings (a noqa comment): they are judged
    after every other kind, with those findings in ``Context.findings``, and are no agent
    work for the coverage report to count."""

    @property
    def trigger_options(self) -> Tuple[str, ...]:
        return self.triggers or ((self.methods,) if self.methods else ())


@dataclass(frozen=True)
class Rule:
    """One code: how it reads in the docs and messages, what triggers it, how it decides.

    Its docs entry in docs/rules.md is generated from these fields
    (``scripts/generate_reference.py``).
    """

    code: str
    summary: str
    """The heading in docs/rules.md, the README's table, and SARIF's short description."""
    rationale: str
    """Why it matters, in one sentence: opens the docs' **Why.**, and SARIF's description."""
    template: str
    """The finding's text after its code, with ``{fields}`` its check fills in."""
    kind: EventKind
    """The kind of event it judges; the kind's exemptions apply to it."""
    check: Callable[[Any, Context], Fields]
    """Takes one event and the file's ``Context``; None, or the template's fields."""
    reads: Tuple[str, ...]
    """The other options (``Config`` fields) its check reads: the options docs' "used by"."""
    what: str
    """The docs' **What.**: what it reports and what not (Markdown)."""
    why: str
    """The rest of the docs' **Why.**, after the rationale (Markdown)."""
    bad: str
    """Code it reports: the docs' example, marked ``# LLOxxx`` where it fires."""
    good: str
    """The same code fixed: the docs' example it stays silent on."""
    more: str = ""
    """Further docs sections (Markdown), after the examples."""
    triggers: Tuple[str, ...] = ()
    """Options whose names let it fire, when not its kind's (``trigger_options``)."""
    trigger_patterns: Tuple[str, ...] = ()
    """Regular expressions a file's text must match for it to fire, for a rule whose trigger
    is no option: ``LLO[0-9]`` for the noqa rules (a code flake8 reads has a digit)."""

    @property
    def trigger_options(self) -> Tuple[str, ...]:
        """The options whose names let it fire: its own ``triggers``, else its kind's."""
        return self.triggers or self.kind.trigger_options

    @property
    def exemptions(self) -> Tuple[Exemption, ...]:
        return self.kind.exemptions

    @property
    def options_read(self) -> Tuple[str, ...]:
        """Every option its findings depend on: triggers, its check's and its exemptions'."""
        read = (
            *self.trigger_options, *self.reads, *(f for ex in self.exemptions for f in ex.reads)
        )
        return tuple(dict.fromkeys(read))

    def text(self, fields: Mapping[str, str]) -> str:
        """The finding's text, after its code: the filled template."""
        return self.template.format(**fields)
