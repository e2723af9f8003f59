"""Callers of helpers, where the eval files cannot reach: a module read for another one."""

from __future__ import annotations

import ast

from flake8_llm_observability.core.callers import call_sites
from flake8_llm_observability.core.context import Context
from flake8_llm_observability.core.options import DEFAULT_CONFIG
from flake8_llm_observability.core.rules import METHOD_KINDS
from flake8_llm_observability.core.walk import analyse

SOURCE = "def _helper(crew):\n    return crew.kickoff()\n\n\ndef caller(crew):\n    _helper(crew)\n"


def test_a_module_read_for_another_one_has_no_tree_to_find_callers_in() -> None:
    tree = ast.parse(SOURCE)
    facts = analyse(tree, DEFAULT_CONFIG, METHOD_KINDS, frozenset())
    (helper,) = [function for function in facts.functions if function.name == "_helper"]
    with_tree = Context(facts, DEFAULT_CONFIG, None, follow=False, tree=tree)
    assert [site.pos >> 32 for site in call_sites(with_tree, helper) or []] == [6]
    without = Context(facts, DEFAULT_CONFIG, "/elsewhere/module.py", follow=False)
    assert call_sites(without, helper) is None
