"""The rules: each code declared once, with the check that decides it.

A declaration names the code, the README heading (``summary``), the message
template, the options whose names must appear in a file for the rule to fire
(``triggers``: the prefilter derives its probes from them), the kind of event
it judges (``subject``: a list in ``analysis.Facts``) and its check. The
checker, the prefilter, the SARIF metadata and the docs tests all read this
table, so a code cannot be added or renamed in one place only.

A check takes one event and answers None (fine) or the fields of its message.
Exemptions that need the call node itself are applied while walking, before an
event is recorded: see ``analysis``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Mapping, NamedTuple, Optional, Tuple

from .analysis import CallSite, Execution, Facts, Kickoff
from .imports import resolve
from .options import Config

Fields = Optional[Mapping[str, str]]


@dataclass(frozen=True)
class Rule:
    """One code: how it reads in the docs and messages, what triggers it, how it decides."""

    code: str
    summary: str
    template: str
    triggers: Tuple[str, ...]
    subject: str
    check: Callable[[Any, Facts, Config], Fields]

    def message(self, fields: Mapping[str, str]) -> str:
        """The flake8 message text: the code, then the filled template."""
        return f"{self.code} {self.template.format(**fields)}"


def _task_without_start(run: Execution, facts: Facts, config: Config) -> Fields:
    """No start registration before the execution, in its function or an enclosing one."""
    if run.scope.in_tool or run.scope.sees_before(run.pos, wiring=False):
        return None
    return {"method": run.method}


def _bare_kickoff(kickoff: Kickoff, facts: Facts, config: Config) -> Fields:
    """No handler or start before the kickoff, and no wired receiver.

    Keywords on the call and on a receiver call were ruled out while walking
    (``analysis._Walk._kickoff``); what is left needs the whole scope.
    """
    scope = kickoff.scope
    if scope.sees_before(kickoff.pos, wiring=True):
        return None
    if kickoff.receiver is not None and scope.latest_binding_wired(kickoff.receiver, kickoff.pos):
        return None
    return {"method": kickoff.method}


def _direct_model_call(site: CallSite, facts: Facts, config: Config) -> Fields:
    """A call that resolves, through the file's imports, to a banned LiteLLM call."""
    for name in resolve(site.parts, facts.imports):
        if name in config.banned_calls:
            return {"call": name, "gateway": config.gateway}
    return None


def _result_never_recorded(run: Execution, facts: Facts, config: Config) -> Fields:
    """No completion registration after the execution.

    In a function the completion may sit anywhere in the outermost function
    (nested callbacks, ``finally``); at module level, anywhere later.
    """
    scope = run.scope
    if scope.in_tool:
        return None
    last = scope.outermost.last_completion if scope.is_function else facts.last_completion
    if last > run.pos:
        return None
    completions = " or ".join(f"{name}()" for name in config.completion_callbacks)
    return {"method": run.method, "completions": completions}


LLO001 = Rule(
    "LLO001",
    "task executed without start registration",
    "{method}() called without in-scope CallbackHandler start registration",
    ("task_methods",),
    "executions",
    _task_without_start,
)
LLO002 = Rule(
    "LLO002",
    "bare kickoff",
    "{method}() called without callbacks parameter or in-scope handler",
    ("kickoff_methods",),
    "kickoffs",
    _bare_kickoff,
)
LLO003 = Rule(
    "LLO003",
    "direct LiteLLM call",
    "direct {call}() call - use {gateway}() instead",
    ("banned_calls",),
    "call_sites",
    _direct_model_call,
)
LLO004 = Rule(
    "LLO004",
    "task result never recorded",
    "{method}() result never recorded: no {completions} after the execution",
    ("task_methods",),
    "executions",
    _result_never_recorded,
)

RULES: Dict[str, Rule] = {rule.code: rule for rule in (LLO001, LLO002, LLO003, LLO004)}


def rules_by_subject() -> Dict[str, List[Rule]]:
    grouped: Dict[str, List[Rule]] = {}
    for rule in RULES.values():
        grouped.setdefault(rule.subject, []).append(rule)
    return grouped


SUBJECTS = rules_by_subject()


class Finding(NamedTuple):
    """A report at the call's start: 1-based line, 0-based column as in the tree."""

    line: int
    col: int
    code: str
    message: str


def findings(facts: Facts, config: Config) -> List[Finding]:
    """Every finding of every rule, in source order."""
    return sorted(iter_findings(facts, config))


def iter_findings(facts: Facts, config: Config) -> Iterator[Finding]:
    for subject, rules in SUBJECTS.items():
        for event in getattr(facts, subject):
            for rule in rules:
                fields = rule.check(event, facts, config)
                if fields is not None:
                    yield Finding(event.line, event.col, rule.code, rule.message(fields))
