"""The one registry of codes and message templates.

The README, the CHANGELOG and the eval files are tested against this table,
so a code cannot be added or renamed in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A code, its one-line summary and the template of its message."""

    code: str
    summary: str
    template: str

    def message(self, **fields: str) -> str:
        """Return the flake8 message text: the code, then the filled template."""
        return f"{self.code} {self.template.format(**fields)}"


LLO001 = Rule(
    "LLO001",
    "task executed without start registration",
    "{method}() called without in-scope CallbackHandler start registration",
)
LLO002 = Rule(
    "LLO002",
    "crew kickoff without callbacks",
    "{method}() called without callbacks parameter or in-scope handler",
)
LLO003 = Rule(
    "LLO003",
    "direct LiteLLM call bypasses the gateway",
    "direct {call}() call - use {gateway}() instead",
)
LLO004 = Rule(
    "LLO004",
    "task result never recorded",
    "{method}() result never recorded: no {completions} after the execution",
)

RULES: dict[str, Rule] = {rule.code: rule for rule in (LLO001, LLO002, LLO003, LLO004)}
