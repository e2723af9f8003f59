"""From flake8's options to findings: the one path the flake8 adapter and the tools take.

``settings_from`` turns flake8's parsed options into ``Settings`` (the
validated configuration, the prefilter's probes, the loaded baseline) once per
options object; ``check_tree`` runs the prefilter, the walk and the rules on one file;
``file_context`` gives the tools the walk's facts for their own questions.
"""

from __future__ import annotations

import argparse
import ast
import os
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Tuple

from .walk import analyse
from .baseline_file import Baseline, BaselineError, load
from .fingerprints import of_findings
from .options import DEFAULT_CONFIG, SPECS, Config, OptionError, config_from_namespace
from .prefilter import Needles, needles_for
from .project import Context
from .rules import RULES, Finding, findings


class SettingsError(ValueError):
    """Options or a baseline file that cannot be used; its text is the one line to print."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs besides the files: built once per process."""

    config: Config
    needles: Needles
    baseline: Optional[Baseline]
    missing_baseline: Optional[str] = None
    """The configured baseline file's absolute path, when it does not exist yet."""

    @property
    def folder(self) -> str:
        """Fingerprints name files relative to this folder: the baseline file's, or the cwd."""
        if self.baseline is not None:
            return self.baseline.folder
        if self.missing_baseline is not None:
            return os.path.dirname(self.missing_baseline)
        return os.getcwd()


DEFAULT_SETTINGS = Settings(DEFAULT_CONFIG, needles_for(DEFAULT_CONFIG), None)


_LATEST: List[Tuple[argparse.Namespace, Tuple[object, ...], Settings]] = []
"""The options last turned into settings, their ``--llo-*`` values, and the settings."""


def settings_from(options: argparse.Namespace) -> Settings:
    """Validate the ``--llo-*`` options and load the baseline they name.

    A configured baseline that does not exist yet is no error (the first step
    of adopting is naming it, the second writing it): nothing is suppressed and
    ``missing_baseline`` says so. One that exists but cannot be read as a
    baseline is a ``SettingsError``.

    The same options object with the same values gives the same settings
    without reading anything again: flake8's ``parse_options``, a tool's
    runner and the SARIF formatter of one process share one baseline load.
    """
    values = tuple(getattr(options, spec.dest, None) for spec in SPECS)
    if _LATEST and _LATEST[0][0] is options and _LATEST[0][1] == values:
        return _LATEST[0][2]
    settings = _settings_from(options)
    _LATEST[:] = [(options, values, settings)]
    return settings


def _settings_from(options: argparse.Namespace) -> Settings:
    try:
        config = config_from_namespace(options)
    except OptionError as error:
        raise SettingsError(str(error)) from None
    baseline, missing = None, None
    if config.baseline:
        path = os.path.abspath(config.baseline)
        if not os.path.lexists(path):
            missing = path
        else:
            try:
                baseline = load(path)
            except BaselineError as error:
                raise SettingsError(f"--llo-baseline: {error}") from None
    return Settings(config, needles_for(config), baseline, missing)


def missing_baseline_note(settings: Settings) -> Optional[str]:
    """The one line to print when the configured baseline does not exist yet."""
    if settings.missing_baseline is None:
        return None
    shown = os.path.relpath(settings.missing_baseline)
    return (
        f"flake8-llm-observability: --llo-baseline: {shown} does not exist yet, so nothing "
        "is suppressed; create it with: llo baseline write"
    )


_KINDS: Dict[FrozenSet[str], FrozenSet[str]] = {}


def kinds_judged(codes: FrozenSet[str]) -> FrozenSet[str]:
    """The kinds of event the rules in *codes* judge: what the walk must collect."""
    kinds = _KINDS.get(codes)
    if kinds is None:
        kinds = _KINDS[codes] = frozenset(RULES[code].kind.name for code in codes)
    return kinds


def file_context(
    tree: ast.AST, config: Config, codes: FrozenSet[str], filename: str
) -> Context:
    """The walk's facts for one file, ready for the rules; *filename* as flake8 names it."""
    facts = analyse(tree, config, kinds_judged(codes))
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


def reported(tree: ast.AST, lines: List[str], filename: str, settings: Settings) -> List[Finding]:
    """What flake8 gets from the plugin for one file: the findings the baseline does not list."""
    found = check_tree(tree, lines, settings.config, settings.needles, filename)
    if found and settings.baseline is not None:
        found = without_baselined(found, settings.baseline, tree, lines, filename)
    return found
