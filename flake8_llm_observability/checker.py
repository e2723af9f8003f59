"""The flake8 entry point: option hooks and the per-file ``run``."""

from __future__ import annotations

import argparse
import ast
from typing import TYPE_CHECKING, ClassVar, Iterator, List, Tuple, Type

from . import __version__
from .analysis import analyse
from .checks import findings
from .options import DEFAULT_CONFIG, Config, OptionError, config_from_namespace, register
from .prefilter import Needles, needles_for

if TYPE_CHECKING:  # pragma: no cover - flake8 is only needed for the type
    from flake8.options.manager import OptionManager


class Checker:
    """Run once per file by flake8; all set-up happens once in ``parse_options``."""

    name = "flake8-llm-observability"
    version = __version__

    config: ClassVar[Config] = DEFAULT_CONFIG
    needles: ClassVar[Needles] = needles_for(DEFAULT_CONFIG)

    def __init__(self, tree: ast.AST, lines: List[str]) -> None:
        self.tree = tree
        self.lines = lines

    @staticmethod
    def add_options(parser: OptionManager) -> None:
        register(parser)

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        try:
            config = config_from_namespace(options)
        except OptionError as error:
            # SystemExit prints one line and exits 1: no traceback for a typo.
            raise SystemExit(f"flake8-llm-observability: {error}") from None
        cls.config = config
        cls.needles = needles_for(config)

    def run(self) -> Iterator[Tuple[int, int, str, Type[Checker]]]:
        # Not a generator: most files end at the prefilter, and allocate nothing more.
        flow, calls = self.needles.scan(self.lines)
        if not (flow or calls):
            return iter(())
        facts = analyse(self.tree, self.config, with_calls=calls)
        kind = type(self)
        reports = findings(facts, self.config)
        return iter([(line, col, message, kind) for line, col, message in reports])
