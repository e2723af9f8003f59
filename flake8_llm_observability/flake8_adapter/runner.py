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

import configparser
import contextlib
import io
import os
import sys
from typing import FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from flake8 import defaults
from flake8.discover_files import expand_paths
from flake8.formatting.base import BaseFormatter
from flake8.options.parse_args import parse_args
from flake8.plugins import reporter
from flake8.processor import FileProcessor
from flake8.style_guide import Decision, StyleGuideManager
from flake8.violation import Violation

from ..core.context import Selection
from ..core.options import Config
from ..core.pipeline import file_context, fingerprinted, settings_from
from ..core.prefilter import Prefilter
from ..core.rules import Assessment, Finding, assess
from ..core.source import SourceFile
from ..core.tracing import used_entries

NOQA_INLINE = defaults.NOQA_INLINE_REGEXP
"""flake8's own pattern of a ``# noqa`` comment, with its codes as ``codes``."""

_UNREADABLE = (OSError, UnicodeError, ValueError)
_UNPARSABLE = (SyntaxError, ValueError, RecursionError, MemoryError)


class UnusableConfiguration(Exception):
    """Nothing can be done: a path that does not exist, a bad option value, a bad baseline.

    Its text is the one line to print (empty: flake8 printed it already).
    """


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
        self,
        paths: Sequence[str],
        flake8_args: Sequence[str] = (),
        use_baseline: bool = True,
        prog: str = "llo",
    ) -> None:
        """flake8's configuration from the current folder, with *flake8_args* on top.

        A path that does not exist, a bad option value or a baseline file that
        cannot be read as one is ``UnusableConfiguration``: nothing is done.
        """
        missing = [path for path in paths if path != "-" and not os.path.lexists(path)]
        if missing:
            raise UnusableConfiguration(f"{missing[0]}: no such file or folder; nothing done")
        # flake8's own parsing: config files from the current folder and every plugin's
        # options. The plugin's parse_options prints the configuration's notes once and
        # stops on a bad value; the settings it made are the ones read here.
        said = io.StringIO()
        try:
            with contextlib.redirect_stderr(said):
                self.plugins, self.options = parse_args([*flake8_args, *paths])
        except SystemExit as stop:
            if not stop.code:
                sys.stderr.write(said.getvalue())
                raise  # --help, --version
            if isinstance(stop.code, str):  # the plugin's one line for a bad option value
                raise UnusableConfiguration(stop.code) from None
            # flake8's argparse error: its last line, without flake8's usage before it.
            lines = said.getvalue().strip().splitlines() or [""]
            raise UnusableConfiguration(lines[-1].replace("flake8: ", f"{prog}: ", 1)) from None
        except configparser.Error as error:  # a duplicate key, a broken section
            raise UnusableConfiguration(
                "flake8 configuration: " + " ".join(str(error).split())
            ) from None
        sys.stderr.write(said.getvalue())  # the plugin's notes, once
        settings = settings_from(self.options)
        self.settings = settings
        self.config: Config = settings.config
        self.prefilter: Prefilter = settings.prefilter
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

    def selection(self, path: str) -> Selection:
        """What flake8 reports in the file at *path*, for the noqa rules, as in flake8."""
        return Selection(
            lambda code: self.selects(code, path), not self.options.disable_noqa
        )

    def selects(self, code: str, path: str) -> bool:
        """Whether flake8 reports *code* in the file at *path* (select, ignore, per-file)."""
        return self.guides.style_guide_for(path).should_report_error(code) is Decision.Selected

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
        codes = self.prefilter.codes_in(lines)
        scan_tracing = tracing_usage and self._mentions_tracing(lines)
        if not codes and not scan_tracing:
            return FileResult(processor.filename, (), (), None, frozenset())
        try:
            tree = processor.build_ast()
        except _UNPARSABLE as error:
            return FileResult(processor.filename, (), (), f"cannot parse ({_why(error)})",
                              frozenset())
        source = SourceFile(lines, tree, processor.filename)
        context = file_context(source, self.config, codes, self.selection(processor.filename))
        assessments = tuple(assess(context)) if codes else ()
        used = frozenset(used_entries(context)) if scan_tracing else frozenset()
        verdicts = self._verdicts(processor, source, assessments)
        return FileResult(processor.filename, assessments, verdicts, None, used)

    def _mentions_tracing(self, lines: Sequence[str]) -> bool:
        text = "".join(lines)
        return any(name in text for name in self.tracing_names)

    def _verdicts(
        self, processor: FileProcessor, source: SourceFile, assessments: Sequence[Assessment]
    ) -> Tuple[Verdict, ...]:
        found = sorted(f for assessment in assessments for f in assessment.findings)
        if not found:
            return ()
        guide = self.guides.style_guide_for(processor.filename)
        default = self.guides.default_style_guide
        verdicts = []
        for finding, print_, baselined in fingerprinted(found, source, self.baseline, self.folder):
            suppressed_by, reason = None, ""
            physical = processor.noqa_line_for(finding.line)
            if guide.should_report_error(finding.code) is not Decision.Selected:
                selected_by_default = default.should_report_error(finding.code)
                suppressed_by = (
                    "per-file-ignores" if selected_by_default is Decision.Selected else "ignored"
                )
            elif Violation(
                finding.code, processor.filename, finding.line, finding.col + 1,
                finding.text, physical,
            ).is_inline_ignored(self.options.disable_noqa):
                suppressed_by, reason = "noqa", noqa_reason(physical or "")
            elif baselined:
                suppressed_by = "baseline"
            verdicts.append(
                Verdict(finding, print_, suppressed_by is None, suppressed_by, reason, physical)
            )
        return tuple(verdicts)


class Flake8Printer:
    """Prints findings as flake8 would: its formatter (``--format``, ``--output-file``,
    ``--show-source``), its ``# noqa`` and ``per-file-ignores``, ``--statistics``."""

    def __init__(self, runner: Runner) -> None:
        self.options = runner.options
        self.formatter = reporter.make(runner.plugins.reporters, self.options)
        self.guide = StyleGuideManager(self.options, self.formatter)
        self.formatter.start()

    def print(self, result: FileResult, verdicts: Sequence[Verdict]) -> int:
        """Print what flake8 reports of *verdicts* in *result*'s file; how many it reported."""
        count = 0
        with self.guide.processing_file(result.path):
            for verdict in verdicts:
                finding = verdict.finding
                count += self.guide.handle_error(
                    finding.code, result.path, finding.line, finding.col, finding.text,
                    verdict.noqa_line,
                )
        return int(count)

    def stop(self) -> None:
        """Statistics first, then stop: the formatter writes both where its output goes."""
        if self.options.statistics:
            self.formatter.show_statistics(self.guide.stats)
        self.formatter.stop()


def noqa_reason(line: str) -> str:
    """The words after a ``# noqa: CODES`` comment's codes: why it is there."""
    match = NOQA_INLINE.search(line)
    return line[match.end():].strip(" -:;#\n") if match is not None else ""


def _why(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0]
