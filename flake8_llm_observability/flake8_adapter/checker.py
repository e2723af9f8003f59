"""The plugin flake8 loads: option hooks and the per-file ``run``, over ``core.pipeline``."""

from __future__ import annotations

import argparse
import ast
import multiprocessing
import sys
from typing import ClassVar, Iterator, List, Optional, Tuple, Type

from flake8.formatting.base import BaseFormatter
from flake8.options.manager import OptionManager
from flake8.style_guide import Decision, StyleGuideManager

from .. import __version__
from ..core.pipeline import (
    DEFAULT_SETTINGS,
    Settings,
    SettingsError,
    missing_baseline_note,
    not_baselined,
    settings_from,
)
from ..core.context import EVERY_CODE, Selection
from ..core.rules import option_users
from ..core.source import SourceFile
from .options import register, unknown_keys


class Checker:
    """Run once per file by flake8; all set-up happens once in ``parse_options``."""

    name = "flake8-llm-observability"
    version = __version__

    settings: ClassVar[Settings] = DEFAULT_SETTINGS
    """flake8 hands a plugin its options only through this hook: the run's settings."""
    guides: ClassVar[Optional[StyleGuideManager]] = None
    """flake8's select, ignore and per-file-ignores, for the noqa rules (``selection``)."""
    disable_noqa: ClassVar[bool] = False

    def __init__(self, tree: ast.AST, lines: List[str], filename: str = "") -> None:
        self.source = SourceFile(lines, tree, filename)

    @staticmethod
    def add_options(parser: OptionManager) -> None:
        register(parser, option_users())

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        try:
            settings = settings_from(options)
        except SettingsError as error:
            # SystemExit prints one line and exits 1: no traceback for a typo.
            raise SystemExit(f"flake8-llm-observability: {error}") from None
        if multiprocessing.parent_process() is None:  # once, in the main process
            for note in (*unknown_keys(options), missing_baseline_note(settings)):
                if note is not None:
                    print(note, file=sys.stderr)
        cls.settings = settings
        cls.guides = _style_guides(options)
        cls.disable_noqa = bool(getattr(options, "disable_noqa", False))

    def selection(self) -> Selection:
        """Which codes flake8 reports in this file, and whether it reads noqa comments.

        The file's style guide is looked up only when a noqa rule asks.
        """
        guides = self.guides
        if guides is None:
            return EVERY_CODE
        path = self.source.path

        def selected(code: str) -> bool:
            guide = guides.style_guide_for(path)
            return guide.should_report_error(code) is Decision.Selected

        return Selection(selected, not self.disable_noqa)

    def run(self) -> Iterator[Tuple[int, int, str, Type[Checker]]]:
        # Not a generator: most files end at the prefilter, and allocate nothing more.
        found = not_baselined(self.source, self.settings, self.selection())
        if not found:
            return iter(())
        kind = type(self)
        return iter([(f.line, f.col, f.message, kind) for f in found])


def _style_guides(options: argparse.Namespace) -> Optional[StyleGuideManager]:
    """flake8's style guides for these options; None for a namespace of the plugin's alone."""
    try:
        return StyleGuideManager(options, BaseFormatter(options))
    except AttributeError:  # only the --llo-* options: every code counts as reported
        return None
