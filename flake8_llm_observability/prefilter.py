"""A text test that skips files which cannot hold a finding.

It is sound: every reported call names its method in the source, and a banned
call can only be reached through text that holds both its module's name and
its own (``import litellm`` ... ``completion``). It is selective: ``completion``
alone is common, ``litellm`` together with it is not. Python folds identifiers
with NFKC, so non-ASCII source is folded the same way before the test.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable, Tuple

from .options import Config


def _minimal(words: Iterable[str]) -> Tuple[str, ...]:
    """Drop every word that contains another: finding the shorter one suffices."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


@dataclass(frozen=True)
class Needles:
    """The words to look for, computed once per flake8 run."""

    flow: Tuple[str, ...]
    banned: Tuple[Tuple[str, Tuple[str, ...]], ...]

    def scan(self, text: str) -> Tuple[bool, bool]:
        """(may hold LLO001/002/004, may hold LLO003) for the file's *text*."""
        if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        flow = any(word in text for word in self.flow)
        calls = any(
            root in text and any(last in text for last in lasts) for root, lasts in self.banned
        )
        return flow, calls


def needles_for(config: Config) -> Needles:
    roots: dict[str, list[str]] = {}
    for name in config.banned_calls:
        root, _, _ = name.partition(".")
        roots.setdefault(root, []).append(name.rpartition(".")[2])
    return Needles(
        flow=_minimal([*config.task_methods, *config.kickoff_methods]),
        banned=tuple(sorted((root, _minimal(lasts)) for root, lasts in roots.items())),
    )
