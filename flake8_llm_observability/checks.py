"""Where each code is decided: one function per rule over the collected facts.

Exemptions that need the call node itself are applied while walking, before
an event is recorded: self-delegation in ``analysis._Walk._delegates`` (task
executions and kickoffs) and callback keywords on a kickoff or its receiver
in ``analysis._Walk._kickoff``. Everything that needs the whole file is here.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from .analysis import Facts
from .imports import resolve
from .options import Config
from .rules import LLO001, LLO002, LLO003, LLO004


class Finding(NamedTuple):
    """A report at the call's start: 1-based line, 0-based column as in the tree."""

    line: int
    col: int
    message: str


def check_llo001(facts: Facts, config: Config) -> Iterator[Finding]:
    """Task execution with no start registration before it in view."""
    for run in facts.executions:
        if not run.scope.in_tool and not run.scope.sees_before(run.pos, wiring=False):
            yield Finding(run.line, run.col, LLO001.message(method=run.method))


def check_llo002(facts: Facts, config: Config) -> Iterator[Finding]:
    """Kickoff with no callbacks keyword, wired receiver or handler before it.

    Keywords on the call and on a receiver call were ruled out while walking
    (``analysis._Walk._kickoff``); what is left needs the whole scope.
    """
    for kickoff in facts.kickoffs:
        scope = kickoff.scope
        if scope.sees_before(kickoff.pos, wiring=True):
            continue
        if kickoff.receiver is not None and scope.latest_binding_wired(
            kickoff.receiver, kickoff.pos
        ):
            continue
        yield Finding(kickoff.line, kickoff.col, LLO002.message(method=kickoff.method))


def check_llo003(facts: Facts, config: Config) -> Iterator[Finding]:
    """Call that resolves, through the file's imports, to a banned LiteLLM call."""
    for site in facts.call_sites:
        for name in resolve(site.parts, facts.imports):
            if name in config.banned_calls:
                yield Finding(
                    site.line, site.col, LLO003.message(call=name, gateway=config.gateway)
                )
                break


def check_llo004(facts: Facts, config: Config) -> Iterator[Finding]:
    """Task execution with no completion registration after it.

    In a function the completion may sit anywhere in the outermost function
    (nested callbacks, ``finally``); at module level, anywhere later.
    """
    completions = " or ".join(f"{name}()" for name in config.completion_callbacks)
    for run in facts.executions:
        scope = run.scope
        if scope.in_tool:
            continue
        last = scope.outermost.last_completion if scope.is_function else facts.last_completion
        if last <= run.pos:
            yield Finding(
                run.line, run.col, LLO004.message(method=run.method, completions=completions)
            )


CHECKS = (check_llo001, check_llo002, check_llo003, check_llo004)


def findings(facts: Facts, config: Config) -> list[Finding]:
    """Every finding of every rule, in source order."""
    return sorted(finding for check in CHECKS for finding in check(facts, config))
