"""The plugin's flake8 options and the frozen configuration built from them.

Each option is declared once, as a field of ``Config``: its name gives the
flag (``task_methods`` is ``--llo-task-methods``), its metadata holds the kind
of value, the default and the help. ``SPECS``, flake8's registration, parsing
and the README's options table all derive from those fields.

Values are taken as plain strings and validated here rather than through
flake8's ``comma_separated_list``, which silently drops empty entries: a typo
such as ``execute_async,,execute_sync`` must stop the run, not shrink a list.
"""

from __future__ import annotations

import argparse
import keyword
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Dict, Optional, Tuple


class OptionError(ValueError):
    """A bad option value; its text is the one line flake8 prints."""


def _normalise(name: str) -> str:
    # Python folds identifiers with NFKC, so the tree holds the folded form.
    return unicodedata.normalize("NFKC", name)


def _call_path_problem(entry: str) -> Optional[str]:
    """A dotted name, or a constructor and a method path: ``litellm.Router().acompletion``."""
    constructor, marker, method = entry.partition("().")
    if not marker:
        return _dotted_problem(entry)
    kind = "a dotted name or Constructor().method"
    for part in (*constructor.split("."), *method.split(".")):
        problem = _identifier_problem(part, entry, kind)
        if problem:
            return problem
    return None


def _tracing_problem(entry: str) -> Optional[str]:
    """A dotted name, or ``*.<method>`` for a method of that name on any receiver."""
    if entry.startswith("*."):
        return _identifier_problem(entry[2:], entry, "a dotted name or *.<method>")
    return _dotted_problem(entry)


def _identifier_problem(part: str, entry: str, kind: str) -> Optional[str]:
    if not part.isidentifier():
        return f"{entry!r} is not {kind}"
    if keyword.iskeyword(part):
        return f"{entry!r} uses the keyword {part!r}"
    return None


def _name_problem(entry: str) -> Optional[str]:
    return _identifier_problem(entry, entry, "an identifier")


def _dotted_problem(entry: str) -> Optional[str]:
    for part in entry.split("."):
        problem = _identifier_problem(part, entry, "a dotted name")
        if problem:
            return problem
    return None


@dataclass(frozen=True)
class Kind:
    """What one option holds: how each entry is checked, and whether it is a list."""

    describe: str
    problem: Callable[[str], Optional[str]]
    single: bool = False
    path: bool = False
    """A file path: not split on commas, and made absolute by flake8 from a config file."""


NAMES = Kind("names", _name_problem)
DOTTED = Kind("dotted names", _dotted_problem)
CALL_PATHS = Kind("dotted names or Constructor().method paths", _call_path_problem)
TRACING = Kind("dotted names or *.<method>", _tracing_problem)
ONE_DOTTED = Kind("one dotted name", _dotted_problem, single=True)
PATH = Kind("a file path", lambda entry: None, single=True, path=True)

LITELLM_FUNCTIONS = (
    # The completion family.
    "completion", "acompletion", "text_completion", "atext_completion", "acreate",
    "completion_with_retries", "acompletion_with_retries",
    "completion_with_fallbacks", "async_completion_with_fallbacks",
    "batch_completion", "batch_completion_models", "batch_completion_models_all_responses",
    "adapter_completion", "aadapter_completion",
    "anthropic_messages", "anthropic_messages_handler",
    "run_tool_loop", "arun_tool_loop", "agent", "aagent",
    # Responses.
    "responses", "aresponses", "responses_with_retries", "aresponses_with_retries",
    "aresponses_api_with_mcp", "compact_responses", "acompact_responses",
    # Embeddings, images, video, audio, OCR.
    "embedding", "aembedding",
    "image_generation", "aimage_generation", "image_edit", "aimage_edit",
    "image_variation", "aimage_variation",
    "video_generation", "avideo_generation", "video_edit", "avideo_edit",
    "video_remix", "avideo_remix", "video_extension", "avideo_extension",
    "transcription", "atranscription", "speech", "aspeech",
    "arealtime_calls", "arealtime_translation_calls",
    "ocr", "aocr",
    # Rerank, moderation, structured answers.
    "rerank", "arerank", "moderation", "amoderation",
    "decisions", "adecisions", "extraction", "aextraction", "systemone", "asystemone",
    # Batches and pass-through.
    "create_batch", "acreate_batch", "llm_passthrough_route", "allm_passthrough_route",
)
"""Functions LiteLLM 1.110.2 exports at its top level that send a request to a model."""

LITELLM_ROUTER_METHODS = (
    "completion", "acompletion", "text_completion", "atext_completion",
    "abatch_completion", "abatch_completion_fastest_response",
    "abatch_completion_one_model_multiple_requests", "schedule_acompletion",
    "aadapter_completion", "anthropic_messages", "aanthropic_messages",
    "generate_content", "agenerate_content", "generate_content_stream",
    "agenerate_content_stream",
    "responses", "aresponses", "acompact_responses",
    "embedding", "aembedding", "image_generation", "aimage_generation", "aimage_edit",
    "video_generation", "avideo_generation", "video_edit", "avideo_edit",
    "video_remix", "avideo_remix", "video_extension", "avideo_extension",
    "atranscription", "aspeech", "arealtime_calls", "arealtime_translation_calls",
    "ocr", "aocr", "arerank", "amoderation",
    "decisions", "adecisions", "extraction", "aextraction", "systemone", "asystemone",
    "acreate_batch", "allm_passthrough_route",
)
"""Methods of LiteLLM 1.110.2's ``Router`` that send a request to a model."""


@dataclass(frozen=True)
class OptionSpec:
    """One ``--llo-*`` option: its field, what it holds, its default and help."""

    field: str
    kind: Kind
    default: Tuple[str, ...]
    help: str
    may_be_empty: bool = False

    @property
    def flag(self) -> str:
        return "--llo-" + self.field.replace("_", "-")

    @property
    def dest(self) -> str:
        """The attribute flake8 stores the value under: ``llo_`` plus the field."""
        return "llo_" + self.field

    def parse(self, raw: str) -> Tuple[str, ...]:
        """Split and check one value; raise OptionError naming option and value."""
        if self.may_be_empty and not raw.strip():
            return ()
        if self.kind.path:
            return (raw.strip(),)
        entries = tuple(_normalise(entry.strip()) for entry in raw.split(","))
        problem = None
        if self.kind.single and len(entries) != 1:
            problem = f"it takes exactly {self.kind.describe}"
        for entry in entries:
            problem = problem or (
                self.kind.problem(entry) if entry else "it has an empty entry"
            )
        if problem:
            raise OptionError(f"{self.flag}: invalid value {raw!r}: {problem}")
        return entries

    def value(self, entries: Tuple[str, ...]) -> Any:
        """The field's value: the one entry of a single-valued option ("" if none), else all."""
        if self.kind.single:
            return entries[0] if entries else ""
        return entries


def option(
    kind: Kind, default: Tuple[str, ...], help: str, may_be_empty: bool = False
) -> Any:
    """Declare a ``Config`` field as an option; the spec rides in the field's metadata."""
    return field(
        metadata={"spec": (kind, default, help, may_be_empty)},
    )


@dataclass(frozen=True)
class Config:
    """Every option's value: its entries in the order given, or the one entry.

    Built once per flake8 run. The sets the walk looks names up in are derived
    from it once (``walk.vocabulary``), not stored beside the options.
    """

    task_methods: Tuple[str, ...] = option(
        NAMES,
        ("execute_async", "execute_sync", "aexecute_sync"),
        "Methods whose call executes an agent task.",
    )
    kickoff_methods: Tuple[str, ...] = option(
        NAMES,
        (
            "kickoff",
            "kickoff_async",
            "kickoff_for_each",
            "kickoff_for_each_async",
            "akickoff",
            "akickoff_for_each",
        ),
        "Methods whose call starts a crew.",
    )
    handler_factories: Tuple[str, ...] = option(
        NAMES,
        ("create_callback_handler",),
        "Functions or methods that create the tracking handler.",
    )
    start_callbacks: Tuple[str, ...] = option(
        NAMES,
        ("_step_callback",),
        "Methods that register the start of a task.",
    )
    completion_callbacks: Tuple[str, ...] = option(
        NAMES,
        ("_task_completion_callback",),
        "Methods that record the completion of a task.",
    )
    crew_callback_keywords: Tuple[str, ...] = option(
        NAMES,
        ("callbacks", "step_callback", "task_callback"),
        "Keyword arguments that wire a crew to the handler.",
    )
    banned_calls: Tuple[str, ...] = option(
        CALL_PATHS,
        (
            *(f"litellm.{name}" for name in LITELLM_FUNCTIONS),
            *(f"litellm.Router().{name}" for name in LITELLM_ROUTER_METHODS),
        ),
        "Calls that must go through the gateway: dotted names, or a constructor "
        "and a method path such as litellm.Router().acompletion.",
    )
    extend_banned_calls: Tuple[str, ...] = option(
        CALL_PATHS,
        (),
        "Calls banned on top of --llo-banned-calls, such as SDK clients.",
        may_be_empty=True,
    )
    llm_callback_keywords: Tuple[str, ...] = option(
        NAMES,
        ("callbacks", "success_callback"),
        "Keyword arguments with which a direct model call carries its own tracking.",
        may_be_empty=True,
    )
    tool_methods: Tuple[str, ...] = option(
        NAMES,
        ("_run", "_arun"),
        "Tool entry-point methods: task executions inside them are not reported.",
    )
    gateway: str = option(
        ONE_DOTTED,
        ("multi_model_service.generate_response",),
        "The gateway call that messages point to.",
    )
    crew_classes: Tuple[str, ...] = option(
        DOTTED,
        ("crewai.Crew", "crewai.crew.Crew"),
        "Crew classes: a **mapping passed to one may carry the crew callbacks.",
    )
    flow_classes: Tuple[str, ...] = option(
        DOTTED,
        ("crewai.Flow", "crewai.flow.Flow", "crewai.flow.flow.Flow"),
        "Flow classes: their kickoffs take no callbacks and are not reported.",
    )
    tracing_decorators: Tuple[str, ...] = option(
        TRACING,
        (),
        "Decorators that trace the function they wrap.",
        may_be_empty=True,
    )
    tracing_contexts: Tuple[str, ...] = option(
        TRACING,
        (),
        "Callables whose with block traces its body.",
        may_be_empty=True,
    )
    baseline: str = option(
        PATH,
        (),
        "A baseline file (llo baseline write): the findings it lists are not reported.",
        may_be_empty=True,
    )

    @property
    def all_banned_calls(self) -> Tuple[str, ...]:
        return self.banned_calls + self.extend_banned_calls

    @classmethod
    def from_raw(cls, raw: Dict[str, str]) -> Config:
        """Parse each field's raw text (its default when absent) into a Config."""
        return cls(
            **{
                spec.field: spec.value(
                    spec.parse(raw[spec.field]) if spec.field in raw else spec.default
                )
                for spec in SPECS
            }
        )


SPECS: Tuple[OptionSpec, ...] = tuple(
    OptionSpec(item.name, *item.metadata["spec"]) for item in fields(Config)
)

DEFAULT_CONFIG = Config.from_raw({})


def config_from_namespace(namespace: argparse.Namespace) -> Config:
    """Validate every ``--llo-*`` value that flake8 parsed into *namespace*."""
    return Config.from_raw({spec.field: getattr(namespace, spec.dest) for spec in SPECS})
