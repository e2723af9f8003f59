"""The rule table: what derives from it, and what every declaration must hold."""

from __future__ import annotations

import pytest

from flake8_llm_observability.core.options import SPECS
from flake8_llm_observability.core.rules import PLANS, RULES, code_range, option_users
from flake8_llm_observability.core.rules import registry


def test_rules_of_one_kind_list_the_same_exemptions() -> None:
    # An exemption says an event is not the work the rules on its kind track.
    for plan in PLANS:
        lists = {rule.exemptions for rule in plan.rules}
        assert len(lists) == 1, (plan.kind.name, [rule.code for rule in plan.rules])


def test_exemptions_split_by_what_they_need() -> None:
    by_kind = {
        plan.kind.name: ([e.name for e in plan.exemptions_at_once],
                         [e.name for e in plan.exemptions_with_file])
        for plan in PLANS
    }
    assert by_kind == {
        "executions": (["delegation", "tool method"], ["own implementation"]),
        "kickoffs": (["delegation"], ["flow", "own implementation"]),
        "model_calls": ([], []),
    }


def test_every_option_names_the_codes_it_changes() -> None:
    # register() shows these in --help: an option no rule lists would fail flake8's start.
    assert set(option_users()) == {spec.field for spec in SPECS}


def test_every_option_a_rule_reads_exists() -> None:
    fields = {spec.field for spec in SPECS}
    for rule in RULES.values():
        assert set(rule.options_read) <= fields, rule.code


@pytest.mark.parametrize(
    ("codes", "expected"),
    [(["LLO001"], "LLO001"), (["LLO001", "LLO002", "LLO007"], "LLO001-LLO007")],
)
def test_the_code_range(monkeypatch: pytest.MonkeyPatch, codes, expected) -> None:
    monkeypatch.setattr(registry, "RULES", {code: RULES["LLO001"] for code in codes})
    assert code_range() == expected


def test_the_code_range_of_the_real_table() -> None:
    assert code_range() == "LLO001-LLO004"
