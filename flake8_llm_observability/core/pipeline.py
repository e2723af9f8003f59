"""From flake8's parsed options to one file's findings, for the flake8 adapter and the tools.

``settings_from`` turns the parsed ``--llo-*`` options into ``Settings`` (the
validated configuration, the prefilter, the loaded baseline) once per options
object; ``findings_in`` runs the prefilter, the walk and the rules on one
``SourceFile``; ``fingerprinted`` is the one baseline filter; ``not_baselined``
is what the plugin reports for a file. ``file_context`` gives the tools the
walk's facts for their own questions.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from . import project
from .walk import analyse
from .baseline_file import Baseline, BaselineError, load
from .fingerprints import fingerprints
from .options import DEFAULT_CONFIG, SPECS, Config, OptionError, config_from_namespace
from .prefilter import Prefilter, prefilter_for
from .context import EVERY_CODE, Context, Selection
from .rules import EVENT_KINDS, METHOD_KINDS, RULES, Finding, findings
from .source import SourceFile


class SettingsError(ValueError):
    """Options or a baseline file that cannot be used; its text is the one line to print."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs besides the files: built once per process."""

    config: Config
    prefilter: Prefilter
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


DEFAULT_SETTINGS = Settings(DEFAULT_CONFIG, prefilter_for(DEFAULT_CONFIG), None)


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
    return Settings(config, prefilter_for(config), baseline, missing)


def missing_baseline_note(settings: Settings) -> Optional[str]:
    """The one line to print when the configured baseline does not exist yet."""
    if settings.missing_baseline is None:
        return None
    shown = os.path.relpath(settings.missing_baseline)
    return (
        f"flake8-llm-observability: --llo-baseline: {shown} does not exist yet, so nothing "
        "is suppressed; create it with: llo baseline write"
    )


_KINDS_OF_CODES: Dict[FrozenSet[str], FrozenSet[str]] = {}


def kinds_judged(codes: FrozenSet[str]) -> FrozenSet[str]:
    """The kinds of event the rules in *codes* judge: what the walk must collect."""
    kinds = _KINDS_OF_CODES.get(codes)
    if kinds is None:
        kinds = _KINDS_OF_CODES[codes] = frozenset(RULES[code].kind.name for code in codes)
    return kinds


CODES = {code: rule.kind.about_findings for code, rule in RULES.items()}
"""Every code, and whether its rule is about the other rules' findings (``Context.codes``)."""


def file_context(
    source: SourceFile,
    config: Config,
    codes: FrozenSet[str],
    selection: Selection = EVERY_CODE,
) -> Context:
    """The facts of one file, ready for the rules to judge the kinds *codes* need.

    The walk records what it records; a kind found in the text (``EventKind.scan``)
    is scanned only when one of *codes* judges it.
    """
    judged = kinds_judged(codes)
    facts = analyse(source.tree, config, METHOD_KINDS, judged)
    for name in judged:
        scan = EVENT_KINDS[name].scan
        if scan is not None:
            facts.events[name] = scan(source, facts)
    path = os.path.abspath(source.path) if source.path else None
    if path is not None:
        size = sum(len(line.encode("utf-8", "surrogatepass")) for line in source.lines)
        project.share(path, facts, config, size)
    return Context(
        facts, config, path, follow=True, selection=selection, codes=CODES, tree=source.tree
    )


def findings_in(
    source: SourceFile, settings: Settings, selection: Selection = EVERY_CODE
) -> List[Finding]:
    """Every finding in one file, baselined or not: the prefilter, then one walk, then the rules.

    *selection* says which codes the run reports in the file: a noqa comment
    naming a code that is not reported is never called unused.
    """
    codes = settings.prefilter.codes_in(source.lines)
    if not codes:
        return []
    return findings(file_context(source, settings.config, codes, selection))


class Fingerprinted(NamedTuple):
    """A finding, its fingerprint, and whether the baseline lists it."""

    finding: Finding
    fingerprint: str
    baselined: bool


def fingerprinted(
    found: List[Finding], source: SourceFile, baseline: Optional[Baseline], folder: str
) -> List[Fingerprinted]:
    """The one baseline filter: each finding with its fingerprint, matched against *baseline*."""
    prints = fingerprints(found, source, folder)
    known = baseline.fingerprints if baseline is not None else frozenset()
    return [Fingerprinted(f, print_, print_ in known) for f, print_ in zip(found, prints)]


def not_baselined(
    source: SourceFile, settings: Settings, selection: Selection = EVERY_CODE
) -> List[Finding]:
    """What the plugin reports to flake8 for one file: its findings the baseline does not list."""
    found = findings_in(source, settings, selection)
    baseline = settings.baseline
    if found and baseline is not None:
        found = [
            each.finding
            for each in fingerprinted(found, source, baseline, baseline.folder)
            if not each.baselined
        ]
    return found
