"""A SARIF 2.1.0 formatter for flake8, for GitHub code scanning and other SARIF readers.

``flake8 --format=llo-sarif --output-file=flake8.sarif``. Every result carries
``partialFingerprints`` built as the baseline's fingerprints are, so a code
scanning alert stays the same alert when lines move. LLO rules come with
their metadata; other plugins' codes pass through with what flake8 knows of
them: the code and the message. Nothing is fetched from the network.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import metadata
from typing import Any, Dict, List, Optional, Tuple

import flake8
from flake8.formatting.base import BaseFormatter
from flake8.processor import FileProcessor
from flake8.violation import Violation

from .. import __version__
from ..core.fingerprints import fingerprints, relative_path
from ..core.pipeline import Settings, findings_in, settings_from
from ..core.rules import RULES, Finding
from ..core.source import NO_TREE, SourceFile

FINGERPRINT_KEY = "lloFingerprint/v1"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_ERROR_CODES = ("E9",)
"""flake8's own errors (a file that does not parse): as serious as an LLO finding."""


@lru_cache(maxsize=1)
def project_url() -> str:
    """The Homepage of ``[project.urls]`` in pyproject.toml, as the installed package has it."""
    entries = metadata.metadata("flake8-llm-observability").get_all("Project-URL") or []
    urls: Dict[str, str] = dict(entry.split(", ", 1) for entry in entries)
    return urls.get("Homepage", "")


def _anchor(code: str, summary: str) -> str:
    """The heading's anchor in docs/rules.md, as GitHub renders ``### LLO002 — bare kickoff``."""
    words = re.sub(r"[^\w\- ]", "", f"{code} — {summary}".lower())
    return words.replace(" ", "-")


def rule_metadata(code: str) -> Dict[str, Any]:
    rule = RULES[code]
    name = "".join(word.capitalize() for word in re.findall(r"[A-Za-z]+", rule.summary))
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": rule.rationale},
        "helpUri": f"{project_url()}/blob/main/docs/rules.md#{_anchor(code, rule.summary)}",
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["observability", "llm"]},
    }


class SarifFormatter(BaseFormatter):
    """Collects flake8's findings and writes one SARIF log when flake8 is done."""

    def after_init(self) -> None:
        self.violations: List[Violation] = []
        # flake8 has validated the options already: the plugin's parse_options ran first.
        self.settings: Optional[Settings] = settings_from(self.options)

    def handle(self, error: Violation) -> None:
        self.violations.append(error)

    def show_statistics(self, statistics: Any) -> None:
        """Statistics are text; a SARIF file holds only the log."""

    def show_benchmarks(self, benchmarks: Any) -> None:
        """Benchmarks are text; a SARIF file holds only the log."""

    def stop(self) -> None:
        log = sarif_log(self.violations, self.options, self.settings)
        text = json.dumps(log, indent=2, ensure_ascii=False)
        if self.output_fd is not None:
            self.output_fd.write(text + "\n")
        else:
            print(text)
        super().stop()


def sarif_log(
    violations: List[Violation], options: Any, settings: Optional[Settings]
) -> Dict[str, Any]:
    """The whole SARIF document for *violations*, found under flake8's *options*."""
    ordered = sorted(violations, key=lambda v: (v.filename, v.line_number, v.column_number, v.code))
    codes = sorted({v.code for v in ordered})
    rules = [rule_metadata(code) if code in RULES else _other_rule(code, ordered) for code in codes]
    index = {code: position for position, code in enumerate(codes)}
    prints = _fingerprints(ordered, options, settings)
    results = [
        {
            "ruleId": violation.code,
            "ruleIndex": index[violation.code],
            "level": _level(violation.code),
            "message": {"text": violation.text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": relative_path(violation.filename, os.getcwd()),
                            "uriBaseId": "%SRCROOT%",
                        },
                        # flake8 reports a file it cannot read at line 0, column 0.
                        "region": {
                            "startLine": max(violation.line_number, 1),
                            "startColumn": max(violation.column_number, 1),
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: print_},
        }
        for violation, print_ in zip(ordered, prints)
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "flake8",
                        "version": flake8.__version__,
                        "informationUri": "https://flake8.pycqa.org/",
                        "rules": rules,
                    },
                    "extensions": [
                        {
                            "name": "flake8-llm-observability",
                            "version": __version__,
                            "informationUri": project_url(),
                        }
                    ],
                },
                "originalUriBaseIds": {
                    "%SRCROOT%": {"uri": "file://" + os.getcwd().rstrip("/") + "/"}
                },
                "results": results,
            }
        ],
    }


def _level(code: str) -> str:
    return "error" if code in RULES or code.startswith(_ERROR_CODES) else "warning"


def _other_rule(code: str, violations: List[Violation]) -> Dict[str, Any]:
    """What flake8 knows of another plugin's code: the code, and a message it gave."""
    text = next(v.text for v in violations if v.code == code)
    return {"id": code, "shortDescription": {"text": text}}


def _fingerprints(
    violations: List[Violation], options: Any, settings: Optional[Settings]
) -> List[str]:
    """The baseline's fingerprints: for LLO findings, those the plugin computes for the file.

    An LLO finding's occurrence index counts every finding of the file, those
    suppressed by ``# noqa`` too, as the baseline does; another plugin's, the
    violations of the file that are not the plugin's.
    """
    by_file: Dict[str, List[int]] = {}
    for position, violation in enumerate(violations):
        by_file.setdefault(violation.filename, []).append(position)
    result = [""] * len(violations)
    base = settings.folder if settings is not None else os.getcwd()
    for filename, positions in by_file.items():
        source = _read(filename, options)
        known = _plugin_fingerprints(source, base, settings)
        others = []
        for position in positions:
            violation = violations[position]
            key = (violation.line_number, violation.column_number - 1, violation.code)
            if key in known:
                result[position] = known[key]
            else:
                others.append(position)
        located = [
            Finding(v.line_number, v.column_number - 1, v.code, v.text)
            for v in (violations[position] for position in others)
        ]
        for position, print_ in zip(others, fingerprints(located, source, base)):
            result[position] = print_
    return result


def _read(filename: str, options: Any) -> SourceFile:
    """The file as flake8 read it (stdin when that was checked); ``NO_TREE`` if it won't parse."""
    source = "-" if list(getattr(options, "filenames", ())) == ["-"] else filename
    try:
        processor = FileProcessor(source, options)
        lines = processor.lines
    except (OSError, UnicodeError, ValueError):
        return SourceFile([], NO_TREE, filename)
    try:
        return SourceFile(lines, processor.build_ast(), filename)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return SourceFile(lines, NO_TREE, filename)


def _plugin_fingerprints(
    source: SourceFile, base: str, settings: Optional[Settings]
) -> Dict[Tuple[int, int, str], str]:
    if source.tree is NO_TREE or settings is None:
        return {}
    found = findings_in(source, settings)
    prints = fingerprints(found, source, base)
    return {(f.line, f.col, f.code): print_ for f, print_ in zip(found, prints)}
