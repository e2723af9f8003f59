"""A text test that tells, per rule, whether a file can hold a finding.

It is sound: every reported call names its method in the source, and a banned
call can only be reached through text that holds both its module's name and
its own (``import litellm`` ... ``completion``). It is selective: ``completion``
alone is common, ``litellm`` together with it is not. Python folds identifiers
with NFKC, so non-ASCII source is folded the same way before the test.

Each rule's text test comes from its trigger options (``Rule.trigger_options``:
those of its event kind, unless it declares its own) and its literal
``trigger_patterns`` (regular expressions, searched as they are): a list of
names fires on any of them, a list of dotted names
on a module root and one of its last names together. Rules with the same
triggers share one ``TextTest``.

Each search through a file's text costs about as much as any other, so the
names are reduced to as few substrings as possible: a name that contains
another is dropped, and names sharing a long prefix (``execute_async``,
``execute_sync``) are searched for once by that prefix and confirmed only
where it occurs.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Pattern, Sequence, Tuple

from .options import SPECS, Config, Kind, NAMES
from .rules import RULES

PREFIX = 6
"""A shared prefix at least this long is searched for instead of its names."""

Substring = Tuple[str, Tuple[str, ...]]
"""A text to search for, and the names that contain it: absent, so are they."""

RootAndNames = Tuple[Tuple[Substring, ...], Tuple[Substring, ...]]
"""Two groups of substrings that must both be found: a module root and its last names."""

NOTHING: FrozenSet[str] = frozenset()

_OPTION_KINDS: Dict[str, Kind] = {spec.field: spec.kind for spec in SPECS}


def _minimal(words: Iterable[str]) -> Tuple[str, ...]:
    """Drop every word that contains another: finding the shorter one suffices."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def substrings(words: Iterable[str]) -> Tuple[Substring, ...]:
    """The minimal words, grouped by shared prefixes of at least ``PREFIX`` characters."""
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


def _found(found: Tuple[Substring, ...], text: str) -> bool:
    for substring, names in found:
        if substring in text:
            for name in names:
                if name in text:
                    return True
    return False


def _longest_first(
    root: Tuple[Substring, ...], lasts: Tuple[Substring, ...]
) -> RootAndNames:
    """Search first for the group that is faster to rule out: the one with the longer text."""
    shortest_last = min(len(substring) for substring, _ in lasts)
    return (lasts, root) if shortest_last > len(root[0][0]) else (root, lasts)


def _roots_and_names(dotted: Iterable[str]) -> Tuple[RootAndNames, ...]:
    roots: Dict[str, List[str]] = {}
    for name in dotted:
        root, _, _ = name.partition(".")
        roots.setdefault(root, []).append(name.rpartition(".")[2])
    return tuple(
        sorted(
            _longest_first(((root, (root,)),), substrings(lasts)) for root, lasts in roots.items()
        )
    )


@dataclass(frozen=True)
class TextTest:
    """The text that lets the rules in *codes* fire: any name, or a module root with a name."""

    codes: FrozenSet[str]
    names: Tuple[Substring, ...]
    pairs: Tuple[RootAndNames, ...]
    patterns: Tuple[Pattern[str], ...] = ()

    def matches(self, text: str) -> bool:
        if _found(self.names, text):
            return True
        for first, second in self.pairs:
            if _found(first, text) and _found(second, text):
                return True
        for pattern in self.patterns:
            if pattern.search(text):
                return True
        return False


@dataclass(frozen=True)
class Prefilter:
    """The text tests of every group of rules, computed once per flake8 run."""

    tests: Tuple[TextTest, ...]

    def codes_in(self, lines: Sequence[str]) -> FrozenSet[str]:
        """The codes that may fire in a file with these lines."""
        text = "".join(lines)
        if not text.isascii():
            # An identifier cannot span lines: fold only the lines that need it,
            # and search the original text and the folded lines together.
            odd = "".join([line for line in lines if not line.isascii()])
            if not unicodedata.is_normalized("NFKC", odd):
                text = text + "\n" + unicodedata.normalize("NFKC", odd)
        fire = NOTHING
        for test in self.tests:
            if test.matches(text):
                fire = fire | test.codes
        return fire


def prefilter_for(config: Config) -> Prefilter:
    """The text tests for *config*'s names, one per group of rules with the same triggers."""
    by_trigger: Dict[Tuple[Tuple[str, ...], Tuple[str, ...]], List[str]] = {}
    for rule in RULES.values():
        key = (rule.trigger_options, rule.trigger_patterns)
        by_trigger.setdefault(key, []).append(rule.code)
    tests = []
    for (options, patterns), codes in sorted(by_trigger.items()):
        names: List[str] = []
        dotted: List[str] = []
        for option in options:
            target = names if _OPTION_KINDS[option] is NAMES else dotted
            target.extend(getattr(config, option))
        tests.append(TextTest(
            frozenset(codes), substrings(names), _roots_and_names(dotted),
            tuple(re.compile(pattern) for pattern in patterns),
        ))
    return Prefilter(tuple(tests))
