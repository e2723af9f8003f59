"""The baseline file format: today's findings frozen as known debt.

With ``llo-baseline = FILE`` in the flake8 configuration, the plugin
suppresses the findings the file lists, in the editor, pre-commit and CI
alike; ``tools.baseline`` writes and checks the file.

Entries are keyed by fingerprints (``fingerprints``) that survive moved code
and edits elsewhere; the line and message are kept for people reading it.
"""

from __future__ import annotations

import json
import os
import posixpath
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Sequence, Tuple

DEFAULT_FILE = ".llo-baseline.json"
VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be used; its text is one line."""


@dataclass(frozen=True)
class Entry:
    code: str
    path: str
    fingerprint: str
    line: int
    message: str

    def as_json(self) -> Dict[str, Any]:
        return {
            "code": self.code,
            "fingerprint": self.fingerprint,
            "line": self.line,
            "message": self.message,
            "path": self.path,
        }


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline file: its entries, and the folder its paths are relative to."""

    path: str
    entries: Tuple[Entry, ...]
    fingerprints: FrozenSet[str]

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)


def load(path: str) -> Baseline:
    """Read a baseline file; raise BaselineError saying what is wrong in one line."""
    path = os.path.abspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise BaselineError(f"cannot read {path!r}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path!r} is not a baseline file: it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        problem = str(error).splitlines()[0]
        raise BaselineError(f"{path!r} is not a baseline file: {problem}") from None
    entries = _entries(data, path)
    return Baseline(path, entries, frozenset(entry.fingerprint for entry in entries))


def _entries(data: Any, path: str) -> Tuple[Entry, ...]:
    def bad(problem: str) -> BaselineError:
        return BaselineError(f"{path!r} is not a baseline file: {problem}")

    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise bad(f'expected an object with "version": {VERSION}')
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise bad('expected a "findings" list')
    entries = []
    for index, item in enumerate(findings):
        if not isinstance(item, dict):
            raise bad(f"finding {index} is not an object")
        try:
            entry = Entry(
                str(item["code"]), str(item["path"]), str(item["fingerprint"]),
                int(item.get("line", 0)), str(item.get("message", "")),
            )
        except (KeyError, TypeError, ValueError):
            raise bad(f"finding {index} needs a code, a path and a fingerprint") from None
        entries.append(entry)
    return tuple(entries)


def dumps(entries: Sequence[Entry]) -> str:
    """The file's text: sorted and stable, so it diffs cleanly in review."""
    ordered = sorted(
        set(entries), key=lambda e: (e.path, e.line, e.code, e.fingerprint, e.message)
    )
    data = {
        "version": VERSION,
        "tool": "flake8-llm-observability",
        "findings": [entry.as_json() for entry in ordered],
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def under(path: str, scope: Sequence[str]) -> bool:
    """Whether an entry's *path* is one of the *scope* paths or lies below one.

    Both are relative to the baseline's folder, with forward slashes; ``.`` is
    everything in that folder.
    """
    for root in map(posixpath.normpath, scope):
        if root == "." and not path.startswith("../"):
            return True
        if path == root or path.startswith(root + "/"):
            return True
    return False
