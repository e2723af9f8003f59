"""Run this plugin's analysis over a tree, as flake8 would report it, without flake8's checks.

``flake8 --select=LLO`` still runs pycodestyle and pyflakes on every file. The
repository tools (migration, baseline, coverage report) need only this
plugin, so they use flake8's own machinery for everything else: its option
and configuration parsing (the ``--llo-*`` options, ``exclude``,
``per-file-ignores``, ``select``/``ignore``), its file discovery, its file
reading and its ``# noqa`` rules. A file the prefilter rules out is not even
parsed.
"""

from __future__ import annotations

import ast
import os
from typing import FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from flake8 import defaults
from flake8.discover_files import expand_paths
from flake8.formatting.base import BaseFormatter
from flake8.options.parse_args import parse_args
from flake8.processor import FileProcessor
from flake8.style_guide import Decision, StyleGuideManager
from flake8.violation import Violation

from ..core.fingerprints import of_findings
from ..core.options import Config
from ..core.pipeline import file_context, settings_from
from ..core.prefilter import Needles
from ..core.rules import Assessment, Finding, assess
from ..core.tracing import used_entries
from .status import CONFIGURATION, ToolError

_UNREADABLE = (OSError, UnicodeError, ValueError)
_UNPARSABLE = (SyntaxError, ValueError, RecursionError, MemoryError)


class Verdict(NamedTuple):
    """One finding, and what flake8 (with the plugin's baseline) makes of it."""

    finding: Finding
    fingerprint: str
    reported: bool
    suppressed_by: Optional[str]
    """``noqa``, ``per-file-ignores``, ``ignored`` (select or ignore) or ``baseline``; None
    when it is reported."""
    reason: str
    """The text of the ``# noqa`` comment after its codes, when a noqa suppresses it."""
    noqa_line: Optional[str]
    """The physical line (or lines) flake8 reads the finding's ``# noqa`` from."""


class FileResult(NamedTuple):
    """What the plugin finds in one file, or why the file could not be checked."""

    path: str
    assessments: Tuple[Assessment, ...]
    verdicts: Tuple[Verdict, ...]
    error: Optional[str]
    tracing_used: FrozenSet[str]


class Runner:
    """flake8's configuration for the paths given, and the plugin's analysis per file."""

    def __init__(
        self, paths: Sequence[str], flake8_args: Sequence[str] = (), use_baseline: bool = True
    ) -> None:
        """flake8's configuration from the current folder, with *flake8_args* on top.

        A path that does not exist, a bad option value or a baseline file that
        cannot be read as one is a ``ToolError``: nothing is done.
        """
        missing = [path for path in paths if path != "-" and not os.path.lexists(path)]
        if missing:
            raise ToolError(f"{missing[0]}: no such file or folder; nothing done", CONFIGURATION)
        # flake8's own parsing: config files from the current folder and every plugin's
        # options. The plugin's parse_options prints the configuration's notes once and
        # stops on a bad value; the settings it made are the ones read here.
        try:
            self.plugins, self.options = parse_args([*flake8_args, *paths])
        except SystemExit as stop:
            if not stop.code:
                raise  # --help, --version
            raise ToolError(str(stop.code) if isinstance(stop.code, str) else "", CONFIGURATION)
        settings = settings_from(self.options)
        self.settings = settings
        self.config: Config = settings.config
        self.needles: Needles = settings.needles
        self.tracing_names = {
            entry.rpartition(".")[2]
            for entry in (*self.config.tracing_decorators, *self.config.tracing_contexts)
        }
        """What a file that uses a tracing entry must spell."""
        self.baseline = settings.baseline if use_baseline else None
        self.folder = settings.folder
        """Fingerprints name files relative to this folder: the baseline file's."""
        # flake8's decisions are read here, never handed to the formatter to print.
        self.guides = StyleGuideManager(self.options, BaseFormatter(self.options))

    def files(self) -> List[str]:
        options = self.options
        return sorted(
            expand_paths(
                paths=options.filenames,
                stdin_display_name=options.stdin_display_name,
                filename_patterns=options.filename,
                exclude=(*options.exclude, *options.extend_exclude),
            )
        )

    def run(self, tracing_usage: bool = False) -> Iterator[FileResult]:
        for path in self.files():
            yield self.check(path, tracing_usage=tracing_usage)

    def check(
        self, path: str, lines: Optional[List[str]] = None, tracing_usage: bool = False
    ) -> FileResult:
        """The plugin's findings in one file, each with flake8's verdict on it."""
        try:
            processor = FileProcessor(path, self.options, lines=lines)
        except _UNREADABLE as error:
            return FileResult(path, (), (), f"cannot read ({_why(error)})", frozenset())
        lines = processor.lines
        codes = self.needles.scan(lines)
        scan_tracing = tracing_usage and self._mentions_tracing(lines)
        if not codes and not scan_tracing:
            return FileResult(processor.filename, (), (), None, frozenset())
        try:
            tree = processor.build_ast()
        except _UNPARSABLE as error:
            return FileResult(processor.filename, (), (), f"cannot parse ({_why(error)})",
                              frozenset())
        context = file_context(tree, self.config, codes, processor.filename)
        assessments = tuple(assess(context)) if codes else ()
        used = frozenset(used_entries(context)) if scan_tracing else frozenset()
        verdicts = self._verdicts(processor, tree, lines, assessments)
        return FileResult(processor.filename, assessments, verdicts, None, used)

    def _mentions_tracing(self, lines: Sequence[str]) -> bool:
        text = "".join(lines)
        return any(name in text for name in self.tracing_names)

    def _verdicts(
        self,
        processor: FileProcessor,
        tree: ast.AST,
        lines: List[str],
        assessments: Sequence[Assessment],
    ) -> Tuple[Verdict, ...]:
        found = sorted(f for assessment in assessments for f in assessment.findings)
        if not found:
            return ()
        prints = of_findings(found, tree, lines, processor.filename, self.folder)
        guide = self.guides.style_guide_for(processor.filename)
        default = self.guides.default_style_guide
        verdicts = []
        for finding, print_ in zip(found, prints):
            suppressed_by, reason = None, ""
            physical = processor.noqa_line_for(finding.line)
            if guide.should_report_error(finding.code) is not Decision.Selected:
                selected_by_default = default.should_report_error(finding.code)
                suppressed_by = (
                    "per-file-ignores" if selected_by_default is Decision.Selected else "ignored"
                )
            elif Violation(
                finding.code, processor.filename, finding.line, finding.col + 1,
                finding.message, physical,
            ).is_inline_ignored(self.options.disable_noqa):
                suppressed_by, reason = "noqa", noqa_reason(physical or "")
            elif self.baseline is not None and print_ in self.baseline.fingerprints:
                suppressed_by = "baseline"
            verdicts.append(
                Verdict(finding, print_, suppressed_by is None, suppressed_by, reason, physical)
            )
        return tuple(verdicts)


def noqa_reason(line: str) -> str:
    """The words after a ``# noqa: CODES`` comment's codes: why it is there."""
    match = defaults.NOQA_INLINE_REGEXP.search(line)
    return line[match.end():].strip(" -:;#\n") if match is not None else ""


def _why(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0]
