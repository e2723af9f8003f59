"""The plugin's flake8 options and the frozen configuration built from them.

Options are taken as plain strings and validated here rather than through
flake8's ``comma_separated_list``, which silently drops empty entries: a typo
such as ``execute_async,,execute_sync`` must stop the run, not shrink a list.
"""

from __future__ import annotations

import argparse
import keyword
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - flake8 is only needed for the type
    from flake8.options.manager import OptionManager


class OptionError(ValueError):
    """A bad option value; its text is the one line flake8 prints."""


@dataclass(frozen=True)
class OptionSpec:
    """One ``--llo-*`` option: how it is spelled, its default, what it holds."""

    flag: str
    field: str
    default: tuple[str, ...]
    dotted: bool
    single: bool
    help: str

    @property
    def dest(self) -> str:
        return self.flag[2:].replace("-", "_")


SPECS: tuple[OptionSpec, ...] = (
    OptionSpec(
        "--llo-task-methods",
        "task_methods",
        ("execute_async", "execute_sync", "aexecute_sync"),
        dotted=False,
        single=False,
        help="Methods whose call executes an agent task (LLO001, LLO004).",
    ),
    OptionSpec(
        "--llo-kickoff-methods",
        "kickoff_methods",
        (
            "kickoff",
            "kickoff_async",
            "kickoff_for_each",
            "kickoff_for_each_async",
            "akickoff",
            "akickoff_for_each",
        ),
        dotted=False,
        single=False,
        help="Methods whose call starts a crew (LLO002).",
    ),
    OptionSpec(
        "--llo-handler-factories",
        "handler_factories",
        ("create_callback_handler",),
        dotted=False,
        single=False,
        help="Functions or methods that create the tracking handler (LLO002).",
    ),
    OptionSpec(
        "--llo-start-callbacks",
        "start_callbacks",
        ("_step_callback",),
        dotted=False,
        single=False,
        help="Methods that register the start of a task (LLO001, LLO002).",
    ),
    OptionSpec(
        "--llo-completion-callbacks",
        "completion_callbacks",
        ("_task_completion_callback",),
        dotted=False,
        single=False,
        help="Methods that record the completion of a task (LLO004).",
    ),
    OptionSpec(
        "--llo-crew-callback-keywords",
        "crew_callback_keywords",
        ("callbacks", "step_callback", "task_callback"),
        dotted=False,
        single=False,
        help="Keyword arguments that wire a crew to the handler (LLO002).",
    ),
    OptionSpec(
        "--llo-banned-calls",
        "banned_calls",
        (
            "litellm.completion",
            "litellm.acompletion",
            "litellm.text_completion",
            "litellm.atext_completion",
            "litellm.completion_with_retries",
            "litellm.acompletion_with_retries",
            "litellm.batch_completion",
        ),
        dotted=True,
        single=False,
        help="Dotted names of calls that must go through the gateway (LLO003).",
    ),
    OptionSpec(
        "--llo-tool-methods",
        "tool_methods",
        ("_run", "_arun"),
        dotted=False,
        single=False,
        help="Tool entry-point methods exempt from LLO001 and LLO004.",
    ),
    OptionSpec(
        "--llo-gateway",
        "gateway",
        ("multi_model_service.generate_response",),
        dotted=True,
        single=True,
        help="The gateway call that LLO003 messages point to.",
    ),
)


@dataclass(frozen=True)
class Config:
    """Everything the checker needs, built once per flake8 run."""

    task_methods: frozenset[str]
    kickoff_methods: frozenset[str]
    handler_factories: frozenset[str]
    start_callbacks: frozenset[str]
    completion_callbacks: tuple[str, ...]
    crew_callback_keywords: frozenset[str]
    banned_calls: frozenset[str]
    tool_methods: frozenset[str]
    gateway: str


def _normalise(name: str) -> str:
    # Python folds identifiers with NFKC, so the tree holds the folded form.
    return unicodedata.normalize("NFKC", name)


def _entry_problem(entry: str, dotted: bool) -> str | None:
    if not entry:
        return "it has an empty entry"
    for part in entry.split(".") if dotted else (entry,):
        if not part.isidentifier():
            kind = "a dotted name" if dotted else "an identifier"
            return f"{entry!r} is not {kind}"
        if keyword.iskeyword(part):
            return f"{entry!r} uses the keyword {part!r}"
    return None


def parse_value(spec: OptionSpec, raw: str) -> tuple[str, ...]:
    """Split and check one option value; raise OptionError naming option and value."""
    entries = tuple(_normalise(entry.strip()) for entry in raw.split(","))
    problem = None
    if spec.single and len(entries) != 1:
        problem = "it takes exactly one dotted name"
    for entry in entries:
        problem = problem or _entry_problem(entry, spec.dotted)
    if problem:
        raise OptionError(f"{spec.flag}: invalid value {raw!r}: {problem}")
    return entries


def build_config(values: dict[str, tuple[str, ...]]) -> Config:
    """Build the frozen configuration from parsed option values, keyed by field."""
    return Config(
        task_methods=frozenset(values["task_methods"]),
        kickoff_methods=frozenset(values["kickoff_methods"]),
        handler_factories=frozenset(values["handler_factories"]),
        start_callbacks=frozenset(values["start_callbacks"]),
        completion_callbacks=values["completion_callbacks"],
        crew_callback_keywords=frozenset(values["crew_callback_keywords"]),
        banned_calls=frozenset(values["banned_calls"]),
        tool_methods=frozenset(values["tool_methods"]),
        gateway=values["gateway"][0],
    )


DEFAULT_CONFIG = build_config({spec.field: spec.default for spec in SPECS})


def config_from_namespace(namespace: argparse.Namespace) -> Config:
    """Validate every ``--llo-*`` value that flake8 parsed into *namespace*."""
    return build_config(
        {spec.field: parse_value(spec, getattr(namespace, spec.dest)) for spec in SPECS}
    )


def register(parser: OptionManager) -> None:
    """Add the ``--llo-*`` options; each is also read from flake8's config files."""
    for spec in SPECS:
        parser.add_option(
            spec.flag,
            default=",".join(spec.default),
            parse_from_config=True,
            help=f"{spec.help} (default: %(default)s)",
        )
