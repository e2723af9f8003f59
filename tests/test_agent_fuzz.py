"""Never crash on agent-shaped code: programs built from the shapes the rules look into.

Generic fuzzers rarely write ``Crew(**c).kickoff()`` under ``@observe`` with a
``client: Annotated[()]`` parameter. Here hypothesis combines such fragments
(imports and aliases, bindings of every kind, receivers, annotations, bases,
decorators, spans, references, other modules) into whole files, and every
rule, every option and the tools' per-event view run over them.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path
from typing import List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_llm_observability.core.pipeline import file_context
from flake8_llm_observability.core.fingerprints import fingerprints
from flake8_llm_observability.core.source import SourceFile
from flake8_llm_observability.core.options import DEFAULT_CONFIG
from flake8_llm_observability.core.rules import RULES, assess
from flake8_llm_observability.core.tracing import used_entries

CONFIG = replace(
    DEFAULT_CONFIG,
    extend_banned_calls=("openai.OpenAI().chat.completions.create", "crewai.LLM().call"),
    tracing_decorators=("langfuse.observe", "traced", "*.span"),
    tracing_contexts=("app.telemetry.run", "*.start_as_current_span"),
)

NAMES = st.sampled_from(["crew", "task", "client", "flow", "x", "self", "cls", "completion"])
IMPORTS = st.sampled_from([
    "import litellm", "import litellm as ll", "from litellm import completion as c",
    "from litellm import *", "from litellm import Router", "from openai import OpenAI",
    "from crewai import Crew, Flow, LLM", "from crewai.flow.flow import Flow as F",
    "from . import crew as crew_module", "from .crew import ResearchCrew",
    "from ..deep.mod import build", "from langfuse import observe",
    "from app.telemetry import run", "from typing import Annotated, Optional, Union",
])
VALUES = st.sampled_from([
    "Crew(step_callback=h)", "Crew(**cfg)", "Crew()", "F()", "Flow[dict]()", "OpenAI()",
    "Router()", "ll.Router(model_list=[])", "build()", "ResearchCrew().crew()",
    "crew_module.ResearchCrew()", "self.crew()", "cls()", "litellm.completion",
    "c", "completion", "lambda: crew.kickoff()", "x if y else litellm.acompletion",
    "a or b", "(z := Crew(callbacks=[h]))", "await make()", "factories[0]()", "None",
    "f()()", "[litellm.embedding, c]", "{'k': ll.completion}", "partial(c, callbacks=[t])",
])
ANNOTATIONS = st.sampled_from([
    "OpenAI", "'OpenAI'", "Optional[Router]", "Union[None, 'litellm.Router']",
    "Router | None", "Annotated[()]", "Annotated[OpenAI, 1]", "List[OpenAI]", "'Optional[x]'",
    "x[1:2]", "'class'", "Annotated", "int",
])
CALLS = st.sampled_from([
    "{r}.kickoff()", "{r}.kickoff(**o)", "{r}.kickoff_async(inputs={{}})",
    "{r}.execute_sync()", "await {r}.execute_async()", "{r}.chat.completions.create()",
    "{r}.acompletion(model='m')", "{r}.call('x')", "litellm.completion(model='m')",
    "c(model='m', callbacks=[h])", "completion()", "pool.submit({r}.kickoff)",
    "to_thread({r}.execute_sync)", "hasattr(litellm.completion, 'x')",
    "h._step_callback({r})", "h._task_completion_callback({r})", "create_callback_handler()",
    "{r}.step_callback = h", "self.{r} = {v}", "{r}: {a} = {v}", "{r}: {a}", "{r} = {v}",
    "{r} += 1", "del {r}", "global {r}", "return {v}", "return", "yield {v}",
    "super().kickoff()", "self.execute_async()",
])


@st.composite
def statement(draw: st.DrawFn) -> str:
    template = draw(CALLS)
    return template.format(r=draw(NAMES), v=draw(VALUES), a=draw(ANNOTATIONS))


@st.composite
def block(draw: st.DrawFn, depth: int = 0) -> List[str]:
    lines = [draw(statement()) for _ in range(draw(st.integers(1, 4)))]
    if depth < 2:
        for _ in range(draw(st.integers(0, 2))):
            inner = ["    " + line for line in draw(block(depth=depth + 1))]
            header = draw(st.sampled_from([
                "with run('x') as {r}:", "async with tracer.start_as_current_span('s'):",
                "for {r} in items:", "if {r}:", "try:", "while {r}:",
                "def {r}_helper({r}: {a} = {v}, *args, **kwargs):", "lambda_holder = 1\nif 1:",
                "match {r}:\n    case Crew() as {r}:", "class {r}_class(Flow[dict], *bases):",
            ])).format(r=draw(NAMES), v=draw(VALUES), a=draw(ANNOTATIONS))
            if header.startswith("match"):
                inner = ["    " + line for line in inner]
            if header == "try:":
                inner += ["except Exception as crew:", "    pass"]
            decorator = draw(st.sampled_from(["", "@observe", "@observe(name='x')",
                                              "@tracer.span('x')", "@traced", "@crew"]))
            if decorator and header.startswith("def"):
                lines.append(decorator)
            lines.append(header)
            lines.extend(inner)
    return lines


@st.composite
def program(draw: st.DrawFn) -> str:
    imports = draw(st.lists(IMPORTS, max_size=5))
    body = draw(block())
    wrapper = draw(st.sampled_from(["module", "function", "method"]))
    if wrapper == "function":
        body = ["async def run(crew, task, client: OpenAI, h):"] + ["    " + line for line in body]
    elif wrapper == "method":
        body = ["class Service:", "    client: Optional[OpenAI]",
                "    def kickoff(self, h):"] + ["        " + line for line in body]
    return "\n".join([*imports, *body]) + "\n"


def parses(source: str) -> bool:
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        return False
    return True


AGENT_FUZZ = settings(deadline=None, suppress_health_check=list(HealthCheck))


def _check(source: str, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "crew.py").write_text("class ResearchCrew:\n    def crew(self):\n        pass\n")
    lines = source.splitlines(keepends=True)
    file = SourceFile(lines, ast.parse(source), str(folder / "main.py"))
    assessments = list(assess(file_context(file, CONFIG, frozenset(RULES))))
    for assessment in assessments:
        # An exempt or traced event has no finding, and a finding sits on a line of the file.
        assert not (assessment.findings and (assessment.exempt or assessment.traced))
        for finding in assessment.findings:
            assert 1 <= finding.line <= len(lines), finding
            assert finding.code in RULES and finding.text, finding
    findings = sorted(f for a in assessments for f in a.findings)
    # Every finding gets its own fingerprint: identical statements differ by occurrence.
    assert len(set(fingerprints(findings, file, str(folder)))) == len(findings)
    used_entries(file_context(file, CONFIG, frozenset(RULES)))


@pytest.mark.varying_inputs
@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@settings(AGENT_FUZZ, max_examples=100)
@given(source=program().filter(parses))
def test_agent_shaped_programs(source: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    _check(source, tmp_path_factory.getbasetemp() / "agent-fuzz")


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@settings(AGENT_FUZZ, max_examples=3000)
@given(source=program().filter(parses))
def test_many_agent_shaped_programs(
    source: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _check(source, tmp_path_factory.getbasetemp() / "agent-fuzz")
