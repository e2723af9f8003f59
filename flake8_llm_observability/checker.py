"""The flake8 entry point: option hooks and the per-file ``run``."""

from __future__ import annotations

import argparse
import ast
import os
from typing import TYPE_CHECKING, ClassVar, Dict, FrozenSet, Iterator, List, Optional, Tuple, Type

from . import __version__
from .analysis import analyse
from .baseline import Baseline, BaselineError, load
from .fingerprints import of_findings
from .options import DEFAULT_CONFIG, Config, OptionError, config_from_namespace, register
from .prefilter import Needles, needles_for
from .project import Context
from .rules import RULES, Finding, findings

if TYPE_CHECKING:  # flake8 is only needed for the type
    from flake8.options.manager import OptionManager

_SUBJECTS: Dict[FrozenSet[str], FrozenSet[str]] = {}


def subjects_of(codes: FrozenSet[str]) -> FrozenSet[str]:
    """The kinds of event the rules in *codes* judge: what the walk must collect."""
    subjects = _SUBJECTS.get(codes)
    if subjects is None:
        subjects = _SUBJECTS[codes] = frozenset(RULES[code].subject.name for code in codes)
    return subjects


def file_context(
    tree: ast.AST, config: Config, codes: FrozenSet[str], filename: str
) -> Context:
    """The walk's facts for one file, ready for the rules; *filename* as flake8 names it."""
    facts = analyse(tree, config, subjects_of(codes))
    path = os.path.abspath(filename) if filename else None
    return Context(facts, config, path, follow=True)


def check_tree(
    tree: ast.AST, lines: List[str], config: Config, needles: Needles, filename: str = ""
) -> List[Finding]:
    """Every finding in one file: the prefilter, then one walk, then the rules."""
    codes = needles.scan(lines)
    if not codes:
        return []
    return findings(file_context(tree, config, codes, filename))


def without_baselined(
    reports: List[Finding], baseline: Baseline, tree: ast.AST, lines: List[str], filename: str
) -> List[Finding]:
    """Drop the findings the baseline lists, matched by fingerprint."""
    known = baseline.fingerprints
    prints = of_findings(reports, tree, lines, filename or "stdin", baseline.folder)
    return [finding for finding, print_ in zip(reports, prints) if print_ not in known]


class Checker:
    """Run once per file by flake8; all set-up happens once in ``parse_options``."""

    name = "flake8-llm-observability"
    version = __version__

    config: ClassVar[Config] = DEFAULT_CONFIG
    needles: ClassVar[Needles] = needles_for(DEFAULT_CONFIG)
    baseline: ClassVar[Optional[Baseline]] = None
    loads_baseline: ClassVar[bool] = True
    """False while the baseline tool reads the configuration: it may be about to write it."""

    def __init__(self, tree: ast.AST, lines: List[str], filename: str = "") -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @staticmethod
    def add_options(parser: OptionManager) -> None:
        register(parser)

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        try:
            config = config_from_namespace(options)
            wanted = config.baseline and cls.loads_baseline
            baseline = load(config.baseline) if wanted else None
        except OptionError as error:
            # SystemExit prints one line and exits 1: no traceback for a typo.
            raise SystemExit(f"flake8-llm-observability: {error}") from None
        except BaselineError as error:
            raise SystemExit(f"flake8-llm-observability: --llo-baseline: {error}") from None
        cls.config = config
        cls.needles = needles_for(config)
        cls.baseline = baseline

    def run(self) -> Iterator[Tuple[int, int, str, Type[Checker]]]:
        # Not a generator: most files end at the prefilter, and allocate nothing more.
        reports = check_tree(self.tree, self.lines, self.config, self.needles, self.filename)
        if reports and self.baseline is not None:
            reports = without_baselined(
                reports, self.baseline, self.tree, self.lines, self.filename
            )
        if not reports:
            return iter(())
        kind = type(self)
        return iter([(line, col, message, kind) for line, col, _, message in reports])
