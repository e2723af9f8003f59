"""A text test that tells, per rule, whether a file can hold a finding.

It is sound: every reported call names its method in the source, and a banned
call can only be reached through text that holds both its module's name and
its own (``import litellm`` ... ``completion``). It is selective: ``completion``
alone is common, ``litellm`` together with it is not. Python folds identifiers
with NFKC, so non-ASCII source is folded the same way before the test.

Each rule's probes come from the options it declares as ``triggers``: a list
of names fires on any of them, a list of dotted names on a module root and
one of its last names together. Rules with the same triggers share one ``Trigger``.

Each pass over a file's text costs about as much as any other, so the names
are reduced to as few probes as possible: a name that contains another is
dropped, and names sharing a long prefix (``execute_async``, ``execute_sync``)
are probed once by that prefix and confirmed only where it occurs.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Sequence, Tuple

from .options import SPECS, Config, Kind, NAMES
from .rules import RULES

PREFIX = 6
"""A shared prefix at least this long is probed instead of its names."""

Probe = Tuple[str, Tuple[str, ...]]
"""A substring of every name in the tuple: absent, so are they."""

Pair = Tuple[Tuple[Probe, ...], Tuple[Probe, ...]]
"""Two groups of probes that must both match: a module root and its last names."""

NOTHING: FrozenSet[str] = frozenset()

_KINDS: Dict[str, Kind] = {spec.field: spec.kind for spec in SPECS}


def _minimal(words: Iterable[str]) -> Tuple[str, ...]:
    """Drop every word that contains another: finding the shorter one suffices."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def probes(words: Iterable[str]) -> Tuple[Probe, ...]:
    """Group the minimal words by shared prefixes of at least ``PREFIX`` characters."""
    groups: Dict[str, List[str]] = {}
    for word in _minimal(words):
        for prefix in list(groups):
            shared = os.path.commonprefix([prefix, word])
            if len(shared) >= PREFIX:
                groups[shared] = groups.pop(prefix) + [word]
                break
        else:
            groups[word] = [word]
    return tuple(sorted((prefix, tuple(names)) for prefix, names in groups.items()))


def _found(found: Tuple[Probe, ...], text: str) -> bool:
    for probe, names in found:
        if probe in text:
            for name in names:
                if name in text:
                    return True
    return False


def _longest_first(root: Tuple[Probe, ...], lasts: Tuple[Probe, ...]) -> Pair:
    """Probe first the group that is faster to rule out: the one with the longer probe."""
    shortest_last = min(len(probe) for probe, _ in lasts)
    return (lasts, root) if shortest_last > len(root[0][0]) else (root, lasts)


def _pairs(dotted: Iterable[str]) -> Tuple[Pair, ...]:
    roots: Dict[str, List[str]] = {}
    for name in dotted:
        root, _, _ = name.partition(".")
        roots.setdefault(root, []).append(name.rpartition(".")[2])
    return tuple(
        sorted(_longest_first(((root, (root,)),), probes(lasts)) for root, lasts in roots.items())
    )


@dataclass(frozen=True)
class Trigger:
    """The probes shared by the rules in *codes*: any name, or any root-and-name pair."""

    codes: FrozenSet[str]
    names: Tuple[Probe, ...]
    pairs: Tuple[Pair, ...]

    def matches(self, text: str) -> bool:
        if _found(self.names, text):
            return True
        for first, second in self.pairs:
            if _found(first, text) and _found(second, text):
                return True
        return False


@dataclass(frozen=True)
class Needles:
    """The triggers to look for in a file's text, computed once per flake8 run."""

    triggers: Tuple[Trigger, ...]

    def scan(self, lines: Sequence[str]) -> FrozenSet[str]:
        """The codes that may fire in a file with these lines."""
        text = "".join(lines)
        if not text.isascii():
            # An identifier cannot span lines: fold only the lines that need it,
            # and search the original text and the folded lines together.
            odd = "".join([line for line in lines if not line.isascii()])
            if not unicodedata.is_normalized("NFKC", odd):
                text = text + "\n" + unicodedata.normalize("NFKC", odd)
        fire = NOTHING
        for trigger in self.triggers:
            if trigger.matches(text):
                fire = fire | trigger.codes
        return fire


def needles_for(config: Config) -> Needles:
    by_trigger: Dict[Tuple[str, ...], List[str]] = {}
    for rule in RULES.values():
        by_trigger.setdefault(rule.triggers, []).append(rule.code)
    triggers = []
    for options, codes in sorted(by_trigger.items()):
        names: List[str] = []
        dotted: List[str] = []
        for option in options:
            target = names if _KINDS[option] is NAMES else dotted
            target.extend(getattr(config, option))
        triggers.append(Trigger(frozenset(codes), probes(names), _pairs(dotted)))
    return Needles(tuple(triggers))
