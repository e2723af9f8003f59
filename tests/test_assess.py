"""What the rules make of each event: exempt, covered, wired or findings (the report's input)."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import List, Tuple

from flake8_llm_observability.core.pipeline import file_context
from flake8_llm_observability.core.source import SourceFile
from flake8_llm_observability.core.options import DEFAULT_CONFIG, Config
from flake8_llm_observability.core.rules import RULES, assess, findings
from flake8_llm_observability.core.tracing import used_entries

SOURCE = '''\
import litellm
from crewai.flow.flow import Flow
from langfuse import observe


class Poem(Flow):
    pass


class Tool:
    def _run(self, task):
        return task.execute_sync()


class Task:
    def execute_sync(self):
        return self.execute_async()


def wired(task, handler):
    handler._step_callback(task)
    task.execute_sync()
    handler._task_completion_callback(task)


def unwired(task, crew):
    task.execute_sync()
    crew.kickoff()
    litellm.completion(model="m")
    litellm.completion(model="m", callbacks=[])


def flows():
    Poem().kickoff()


@observe
def traced(crew):
    crew.kickoff()


def not_model_calls(print_it):
    print_it(litellm.__version__)
'''

TRACED = replace(DEFAULT_CONFIG, tracing_decorators=("langfuse.observe", "app.unused"))


def outcomes(config: Config) -> List[Tuple[str, int, str]]:
    tree = ast.parse(SOURCE)
    context = file_context(SourceFile([], tree), config, frozenset(RULES))
    result = []
    for assessment in assess(context):
        if assessment.exempt:
            status = "exempt: " + assessment.exempt
        elif assessment.traced:
            status = "covered"
        elif assessment.findings:
            status = ",".join(finding.code for finding in assessment.findings)
        else:
            status = "wired"
        result.append((assessment.kind.label, assessment.event.line, status))
    return sorted(result)


def test_every_real_event_is_classified_once() -> None:
    assert outcomes(TRACED) == [
        ("kickoffs", 28, "LLO002"),
        ("kickoffs", 34, "exempt: flow"),
        ("kickoffs", 39, "covered"),
        ("model_calls", 29, "LLO003"),
        ("model_calls", 30, "wired"),
        ("task_executions", 12, "exempt: tool method"),
        ("task_executions", 17, "exempt: delegation"),
        ("task_executions", 22, "wired"),
        ("task_executions", 27, "LLO001,LLO004"),
    ]


def test_without_the_tracing_option_the_traced_kickoff_is_reported() -> None:
    assert ("kickoffs", 39, "LLO002") in outcomes(DEFAULT_CONFIG)


def test_findings_are_those_of_the_assessments() -> None:
    context = file_context(SourceFile([], ast.parse(SOURCE)), TRACED, frozenset(RULES))
    every = sorted(f for a in assess(context) for f in a.findings)
    assert findings(context) == every
    assert [f.code for f in every] == ["LLO001", "LLO004", "LLO002", "LLO003"]


def test_used_tracing_entries() -> None:
    context = file_context(SourceFile([], ast.parse(SOURCE)), TRACED, frozenset(RULES))
    assert used_entries(context) == {"langfuse.observe"}
