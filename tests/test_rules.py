"""The rule table: what derives from it, and what every declaration must hold."""

from __future__ import annotations

import pytest

from flake8_llm_observability.core.options import SPECS
from flake8_llm_observability.core.rules import (
    EVENT_KINDS, METHOD_KINDS, PLANS, RULES, code_range, option_users,
)
from flake8_llm_observability.core.rules import registry

FIELDS = {spec.field for spec in SPECS}


def test_every_rule_module_holds_the_rule_of_its_code() -> None:
    for code, rule in RULES.items():
        module = rule.check.__module__
        assert module.rsplit(".", 1)[1] == code.lower(), (code, module)


def test_a_kinds_exemptions_split_by_what_they_need_in_their_order() -> None:
    for plan in PLANS:
        assert plan.exemptions_at_once + plan.exemptions_with_file == tuple(
            sorted(plan.kind.exemptions, key=lambda exemption: exemption.needs_file)
        ), plan.kind.name
        assert all(not ex.needs_file for ex in plan.exemptions_at_once)
        assert all(ex.needs_file for ex in plan.exemptions_with_file)
        assert plan.rules == tuple(r for r in RULES.values() if r.kind is plan.kind)


def test_every_kind_a_rule_judges_has_a_plan_and_method_kinds_name_an_option() -> None:
    assert [plan.kind for plan in PLANS] == list(EVENT_KINDS.values())
    for kind in METHOD_KINDS:
        assert kind.methods in FIELDS and kind.trigger_options == (kind.methods,)
        assert not kind.call_keywords or kind.call_keywords in FIELDS


def test_every_option_names_the_codes_it_changes() -> None:
    # register() shows these in --help: an option no rule lists would fail flake8's start.
    assert set(option_users()) == FIELDS


def test_every_option_a_rule_reads_exists() -> None:
    for rule in RULES.values():
        assert set(rule.options_read) <= FIELDS, rule.code


@pytest.mark.parametrize(
    ("codes", "expected"),
    [(["LLO001"], "LLO001"), (["LLO001", "LLO002", "LLO007"], "LLO001-LLO007")],
)
def test_the_code_range(monkeypatch: pytest.MonkeyPatch, codes, expected) -> None:
    monkeypatch.setattr(registry, "RULES", {code: RULES["LLO001"] for code in codes})
    assert code_range() == expected


def test_the_code_range_of_the_real_table_spans_every_code() -> None:
    first, last = min(RULES), max(RULES)
    assert code_range() == (first if first == last else f"{first}-{last}")
