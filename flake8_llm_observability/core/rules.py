"""The rules: each code declared once, with the check that decides it.

A declaration names the code, the README heading (``summary``), the message
template, the options whose names must appear in a file for the rule to fire
(``triggers``: the prefilter derives its probes from them), the kind of event
it judges (``subject``) and its check. The checker, the prefilter, the SARIF
metadata, the coverage report and the docs tests all read these tables, so a
code cannot be added or renamed in one place only.

A subject is a kind of event the walk collects (a list in ``analysis.Facts``),
with what makes an event of that list real (a model call must reach a banned
call) and what exempts it from every rule (a tool method, delegation, a Flow).
A check takes one real, non-exempt event and answers None (fine) or the fields
of its message. An event in a tracing span the team configured is wired for
every rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Mapping, NamedTuple, Optional, Tuple

from . import crews, models
from .analysis import Execution, Kickoff, ModelCall
from .project import Context
from .tracing import covered

Fields = Optional[Mapping[str, str]]


@dataclass(frozen=True)
class Subject:
    """A kind of event: its list in ``Facts``, its name in reports, what it needs to count.

    ``real`` (None: every event is) says whether a collected event is one of
    this kind at all; ``exempt`` adds, to the exemptions the walk recorded,
    those that need the whole file. Exempt events get no finding from any rule.
    """

    name: str
    label: str
    real: Optional[Callable[[Any, Context], bool]]
    exempt: Optional[Callable[[Any, Context], Optional[str]]]


def _own_implementation(event: Execution | Kickoff, context: Context) -> Optional[str]:
    return "own implementation" if crews.implemented_here(event, context) else None


def _flow_or_own_implementation(kickoff: Kickoff, context: Context) -> Optional[str]:
    if crews.receiver_state(kickoff, context) == crews.FLOW:
        return "flow"
    return _own_implementation(kickoff, context)


def _reaches_a_model(call: ModelCall, context: Context) -> bool:
    return models.banned_entry(call, context) is not None


EXECUTIONS = Subject("executions", "task_executions", None, _own_implementation)
KICKOFFS = Subject("kickoffs", "kickoffs", None, _flow_or_own_implementation)
MODEL_CALLS = Subject("model_calls", "model_calls", _reaches_a_model, None)
SUBJECTS: Dict[str, Subject] = {s.name: s for s in (EXECUTIONS, KICKOFFS, MODEL_CALLS)}


@dataclass(frozen=True)
class Rule:
    """One code: how it reads in the docs and messages, what triggers it, how it decides."""

    code: str
    summary: str
    rationale: str
    """Why it matters, in one sentence: the README's **Why.**, and SARIF's description."""
    template: str
    triggers: Tuple[str, ...]
    subject: Subject
    check: Callable[[Any, Context], Fields]

    def message(self, fields: Mapping[str, str]) -> str:
        """The flake8 message text: the code, then the filled template."""
        return f"{self.code} {self.template.format(**fields)}"


def _task_without_start(run: Execution, context: Context) -> Fields:
    """No start registration before the execution, in its function or an enclosing one."""
    if run.scope.sees_before(run.pos, wiring=False):
        return None
    return {"method": run.method}


def _bare_kickoff(kickoff: Kickoff, context: Context) -> Fields:
    """No callbacks on the call, no handler or start before it, no wired receiver."""
    if kickoff.keywords:
        return None
    if kickoff.scope.sees_before(kickoff.pos, wiring=True):
        return None
    if crews.receiver_state(kickoff, context) == crews.WIRED:
        return None
    return {"method": kickoff.method}


def _direct_model_call(call: ModelCall, context: Context) -> Fields:
    """A call (or reference) reaching a banned call, carrying no LLM callback keyword."""
    if call.wrapped:
        return None
    entry = models.banned_entry(call, context)
    return {"call": entry or "", "gateway": context.config.gateway}


def _result_never_recorded(run: Execution, context: Context) -> Fields:
    """No completion registration after the execution.

    In a function the completion may sit anywhere in the outermost function
    (nested callbacks, ``finally``); at module level, anywhere later.
    """
    scope = run.scope
    facts = context.facts
    last = scope.outermost.last_completion if scope.is_function else facts.last_completion
    if last > run.pos:
        return None
    completions = " or ".join(f"{name}()" for name in context.config.completion_callbacks)
    return {"method": run.method, "completions": completions}


LLO001 = Rule(
    "LLO001",
    "task executed without start registration",
    "The dashboard learns that an agent step started from the start registration.",
    "{method}() called without in-scope CallbackHandler start registration",
    ("task_methods",),
    EXECUTIONS,
    _task_without_start,
)
LLO002 = Rule(
    "LLO002",
    "bare kickoff",
    "A crew kicked off without callbacks runs all of its agents' steps untracked.",
    "{method}() called without crew callbacks: build the Crew with "
    "step_callback=/task_callback= or create a callback handler first",
    ("kickoff_methods",),
    KICKOFFS,
    _bare_kickoff,
)
LLO003 = Rule(
    "LLO003",
    "direct LiteLLM call",
    "The gateway logs tokens and cost; a direct call is spend the dashboards never see.",
    "direct {call}() call - use {gateway}() instead",
    ("banned_calls", "extend_banned_calls"),
    MODEL_CALLS,
    _direct_model_call,
)
LLO004 = Rule(
    "LLO004",
    "task result never recorded",
    "The completion carries the result, the token count and the cost of the step.",
    "{method}() result never recorded: no {completions} after the execution",
    ("task_methods",),
    EXECUTIONS,
    _result_never_recorded,
)

RULES: Dict[str, Rule] = {rule.code: rule for rule in (LLO001, LLO002, LLO003, LLO004)}


def rules_by_subject() -> Dict[str, List[Rule]]:
    grouped: Dict[str, List[Rule]] = {}
    for rule in RULES.values():
        grouped.setdefault(rule.subject.name, []).append(rule)
    return grouped


BY_SUBJECT = rules_by_subject()


class Finding(NamedTuple):
    """A report at the call's start: 1-based line, 0-based column as in the tree."""

    line: int
    col: int
    code: str
    message: str


class Assessment(NamedTuple):
    """One event and what the rules made of it."""

    subject: Subject
    event: Any
    exempt: Optional[str]
    covered: bool
    findings: Tuple[Finding, ...]


def assess(context: Context, every: bool = True) -> Iterator[Assessment]:
    """Every real event of the file, with its exemption or the findings of its rules.

    With *every* false only events with findings are yielded, and the
    exemptions that need the whole file are only worked out for those: the
    findings are the same, for less work on wired code.
    """
    facts = context.facts
    for name, rules in BY_SUBJECT.items():
        subject = SUBJECTS[name]
        real = subject.real
        exempt_by = subject.exempt
        for event in getattr(facts, name):
            if real is not None and not real(event, context):
                continue
            exempt = event.exempt
            traced = exempt is None and event.cover is not None and covered(event.cover, context)
            found: List[Finding] = []
            if exempt is None and not traced:
                for rule in rules:
                    fields = rule.check(event, context)
                    if fields is not None:
                        found.append(
                            Finding(event.line, event.col, rule.code, rule.message(fields))
                        )
                if (found or every) and exempt_by is not None:
                    exempt = exempt_by(event, context)
                    found = [] if exempt is not None else found
            if found or every:
                yield Assessment(subject, event, exempt, traced, tuple(found))


def findings(context: Context) -> List[Finding]:
    """Every finding of every rule, in source order."""
    return sorted(
        finding
        for assessment in assess(context, every=False)
        for finding in assessment.findings
    )
