"""A text test that skips files which cannot hold a finding.

It is sound: every reported call names its method in the source, and a banned
call can only be reached through text that holds both its module's name and
its own (``import litellm`` ... ``completion``). It is selective: ``completion``
alone is common, ``litellm`` together with it is not. Python folds identifiers
with NFKC, so non-ASCII source is folded the same way before the test.

Each pass over a file's text costs about as much as any other, so the names
are reduced to as few probes as possible: a name that contains another is
dropped, and names sharing a long prefix (``execute_async``, ``execute_sync``)
are probed once by that prefix and confirmed only where it occurs.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

from .options import Config

PREFIX = 6
"""A shared prefix at least this long is probed instead of its names."""

Probe = Tuple[str, Tuple[str, ...]]
"""A substring of every name in the tuple: absent, so are they."""


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


@dataclass(frozen=True)
class Needles:
    """The probes to look for, computed once per flake8 run.

    ``banned`` holds, per module root of the banned calls, two groups of
    probes that must both match (the root, and one of the function names);
    the group with the longer probe comes first, as it is faster to rule out.
    """

    flow: Tuple[Probe, ...]
    banned: Tuple[Tuple[Tuple[Probe, ...], Tuple[Probe, ...]], ...]

    def scan(self, lines: Sequence[str]) -> Tuple[bool, bool]:
        """(may hold LLO001/002/004, may hold LLO003) for a file's lines."""
        text = "".join(lines)
        if not text.isascii():
            # An identifier cannot span lines: fold only the lines that need it,
            # and search the original text and the folded lines together.
            odd = "".join([line for line in lines if not line.isascii()])
            if not unicodedata.is_normalized("NFKC", odd):
                text = text + "\n" + unicodedata.normalize("NFKC", odd)
        calls = False
        for first, second in self.banned:
            if _found(first, text) and _found(second, text):
                calls = True
                break
        return _found(self.flow, text), calls


def _longest_first(
    root: Tuple[Probe, ...], lasts: Tuple[Probe, ...]
) -> Tuple[Tuple[Probe, ...], Tuple[Probe, ...]]:
    shortest_last = min(len(probe) for probe, _ in lasts)
    return (lasts, root) if shortest_last > len(root[0][0]) else (root, lasts)


def needles_for(config: Config) -> Needles:
    roots: Dict[str, List[str]] = {}
    for name in config.banned_calls:
        root, _, _ = name.partition(".")
        roots.setdefault(root, []).append(name.rpartition(".")[2])
    return Needles(
        flow=probes([*config.task_methods, *config.kickoff_methods]),
        banned=tuple(
            sorted(
                _longest_first(((root, (root,)),), probes(lasts))
                for root, lasts in roots.items()
            )
        ),
    )
