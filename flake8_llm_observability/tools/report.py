"""Observability coverage: how much of the agent work in a tree is wired, per folder.

Usage::

    python -m flake8_llm_observability.report [--depth N] [--format text|json|markdown]
                                              [--fail-under PCT] [PATH ...]

It counts task executions, kickoffs and direct model calls with the plugin's
own analysis (``runner``, under the project's flake8 configuration), and splits
each count into wired (no finding), exempt by rule (tool methods, delegation,
Flows, the project's own implementations), suppressed (``# noqa``,
``per-file-ignores``, ``--ignore`` or the baseline, with the reasons found) and
unwired (reported). An event with any reported finding is unwired.

Exit status: 0, or the sum of 1 (wired % below ``--fail-under``) and 2 (a file
could not be read or parsed); 4 when nothing was done (``tools.status``).
"""

from __future__ import annotations

import argparse
import json
import posixpath
import sys
import time
from dataclasses import dataclass, field
from typing import Counter, Dict, List, NamedTuple, Optional, Sequence, Set, TextIO, Tuple

from ..core.baseline_file import Entry, under
from ..core.fingerprints import relative_path
from ..core.rules import EVENT_KINDS, RULES
from ..core.suppressions import NOQA_INLINE
from ..flake8_adapter.runner import FileResult, Runner, Verdict
from .status import FOUND, OK, UNREADABLE, ToolParser, epilog, run_tool, split_known

KINDS = tuple(kind.label for kind in EVENT_KINDS.values() if not kind.about_findings)
"""The kinds of agent work counted; noqa comments are not work, their findings still count."""
CATEGORIES = ("total", "wired", "exempt", "suppressed", "unwired")
_COLUMNS = (*(kind.replace("_", " ") for kind in KINDS), *CATEGORIES[1:])
"""The Markdown table's count columns: each kind's total, then each category's."""


@dataclass
class Tally:
    """The counts of one folder, or of the whole tree."""

    counts: Dict[str, Counter[str]] = field(
        default_factory=lambda: {kind: Counter() for kind in KINDS}
    )
    findings: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for kind in KINDS:
            self.counts[kind].update(other.counts[kind])
        self.findings.update(other.findings)

    def total(self, category: str) -> int:
        return sum(self.counts[kind][category] for kind in KINDS)

    def observed(self) -> float:
        """(wired + exempt + suppressed) / total; 100 when there is nothing to observe."""
        total = self.total("total")
        return 100.0 if not total else 100.0 * (total - self.total("unwired")) / total

    def wired(self) -> float:
        """wired / the events that need wiring (not exempt); 100 when there are none."""
        needing = self.total("total") - self.total("exempt")
        return 100.0 if not needing else 100.0 * self.total("wired") / needing

    def as_json(self) -> Dict[str, object]:
        data: Dict[str, object] = {
            kind: {category: self.counts[kind][category] for category in CATEGORIES}
            for kind in KINDS
        }
        data["findings"] = {code: self.findings[code] for code in sorted(RULES)}
        return data


class NoqaListing(NamedTuple):
    """A ``# noqa`` that names an LLO code, or a bare one that silences an LLO finding."""

    path: str
    line: int
    codes: str
    """Its LLO codes, or "every code" for a bare ``# noqa``."""
    reason: str


@dataclass
class Coverage:
    """Everything the report shows."""

    depth: int
    roots: Tuple[str, ...] = (".",)
    """The paths given: folders are counted *depth* levels below the one holding a file."""
    total: Tally = field(default_factory=Tally)
    folders: Dict[str, Tally] = field(default_factory=dict)
    reasons: Counter[str] = field(default_factory=Counter)
    unscanned: List[Tuple[str, str]] = field(default_factory=list)
    tracing_used: Set[str] = field(default_factory=set)
    tracing_configured: Tuple[str, ...] = ()
    noqa: List[NoqaListing] = field(default_factory=list)
    baselined: List[Entry] = field(default_factory=list)
    """The baseline's entries under the paths given."""
    list_suppressions: bool = False
    """Whether the text and Markdown reports list every suppression (``--suppressions``)."""

    def unexplained(self) -> int:
        """How many of the noqa comments give no reason."""
        return sum(not listing.reason for listing in self.noqa)

    def folder_of(self, path: str) -> str:
        """The file's folder, cut *depth* levels below the given path that holds it."""
        parts = _parts(path)[:-1]
        below = max(
            (len(root) for root in map(_parts, self.roots) if parts[: len(root)] == root),
            default=0,
        )
        return "/".join(parts[: below + self.depth]) or "."

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.unscanned.append((result.path, result.error))
            return
        self.tracing_used |= result.tracing_used
        tally = Tally()
        verdicts: Dict[object, Verdict] = {v.finding: v for v in result.verdicts}
        listed: Set[int] = set()
        for assessment in result.assessments:
            if assessment.kind.about_findings:
                judged = [verdicts[finding] for finding in assessment.findings]
                tally.findings.update(v.finding.code for v in judged if v.reported)
                comment = assessment.event
                listed.add(comment.line)
                self.noqa.append(NoqaListing(
                    result.path, comment.line, ",".join(comment.codes), comment.reason
                ))
                continue
            counts = tally.counts[assessment.kind.label]
            counts["total"] += 1
            if assessment.exempt is not None:
                counts["exempt"] += 1
                continue
            judged = [verdicts[finding] for finding in assessment.findings]
            if not judged:
                counts["wired"] += 1
            elif any(verdict.reported for verdict in judged):
                counts["unwired"] += 1
            else:
                # One event, one count: its reasons together when they differ.
                counts["suppressed"] += 1
                self.reasons[" + ".join(sorted({_reason(verdict) for verdict in judged}))] += 1
            tally.findings.update(v.finding.code for v in judged if v.reported)
        for verdict in result.verdicts:  # a bare noqa silencing an LLO finding
            match = NOQA_INLINE.search(verdict.noqa_line or "")
            line = verdict.finding.line
            if verdict.suppressed_by == "noqa" and match and not match.group("codes") and (
                line not in listed
            ):
                listed.add(line)
                self.noqa.append(NoqaListing(result.path, line, "every code", verdict.reason))
        if tally.total("total") or tally.findings:
            self.folders.setdefault(self.folder_of(result.path), Tally()).add(tally)
            self.total.add(tally)

    def unused_tracing(self) -> List[str]:
        return sorted(set(self.tracing_configured) - self.tracing_used)

    def as_json(self) -> Dict[str, object]:
        return {
            "total": self.total.as_json(),
            "folders": {name: tally.as_json() for name, tally in sorted(self.folders.items())},
            "headline": headline(self.total, self.unexplained()),
            "percent": {
                "observed": round(self.total.observed(), 1),
                "wired": round(self.total.wired(), 1),
            },
            "suppressed_by": dict(sorted(self.reasons.items())),
            "could_not_scan": [{"path": path, "error": error} for path, error in self.unscanned],
            "unused_tracing": self.unused_tracing(),
            "suppressions": {
                "noqa": [listing._asdict() for listing in sorted(self.noqa)],
                "noqa_without_reason": self.unexplained(),
                "baseline": [entry.as_json() for entry in self.baselined],
            },
        }


def _below(value: float, threshold: float) -> str:
    """*value* with as many decimals (one at least) as it takes to read as below *threshold*."""
    for digits in range(1, 10):
        shown = f"{value:.{digits}f}"
        if float(shown) < threshold:
            return shown
    return repr(value)


def _reason(verdict: Verdict) -> str:
    if verdict.suppressed_by == "noqa" and verdict.reason:
        return f"noqa: {verdict.reason}"
    return str(verdict.suppressed_by)


def _parts(path: str) -> List[str]:
    parts = posixpath.normpath(path.replace("\\", "/")).split("/")
    return [part for part in parts if part not in ("", ".")]


def _rows(coverage: Coverage) -> List[Tuple[str, Tally]]:
    return [*sorted(coverage.folders.items()), ("total", coverage.total)]


def headline(total: Tally, unexplained: int = 0) -> str:
    """How much is unwired, in plain words: the first line of every format.

    *unexplained* noqa comments (no reason given) are counted at its end.
    """
    needing = total.total("total") - total.total("exempt")
    unwired = total.total("unwired")
    share = 100.0 * unwired / needing if needing else 0.0
    suppressed = total.total("suppressed")
    # Suppressed events are neither wired nor reported: say so, or the numbers do not add up.
    held = f"; {suppressed} more suppressed" if suppressed else ""
    why = f"; {unexplained} noqa without a reason" if unexplained else ""
    return (
        f"unwired: {unwired} of {needing} agent calls that need wiring ({share:.1f}%){held}; "
        f"wired {total.wired():.1f}%{why}"
    )


def text(coverage: Coverage) -> str:
    rows = _rows(coverage)
    width = max(len("folder"), *(len(name) for name, _ in rows)) + 2
    header = f"{'folder':<{width}}{'kind':<16}" + "".join(f"{c:>11}" for c in CATEGORIES)
    lines = [headline(coverage.total, coverage.unexplained()), "", header, "-" * len(header)]
    for name, tally in rows:
        for kind in KINDS:
            counts = tally.counts[kind]
            if counts["total"] or name == "total":
                lines.append(
                    f"{name:<{width}}{kind.replace('_', ' '):<16}"
                    + "".join(f"{counts[c]:>11}" for c in CATEGORIES)
                )
    lines.extend(_summary(coverage))
    return "\n".join(lines) + "\n"


def markdown(coverage: Coverage) -> str:
    lines = [
        "### Observability coverage",
        "",
        f"**{headline(coverage.total, coverage.unexplained())}**",
        "",
        "| " + " | ".join(["folder", *_COLUMNS, "observed", "wired %"]) + " |",
        "| --- |" + " ---: |" * (len(_COLUMNS) + 2),
    ]
    for name, tally in _rows(coverage):
        shown = f"**{name}**" if name == "total" else f"`{name}`"
        kinds = " | ".join(str(tally.counts[kind]["total"]) for kind in KINDS)
        categories = " | ".join(
            str(tally.total(category)) for category in CATEGORIES if category != "total"
        )
        lines.append(
            f"| {shown} | {kinds} | {categories} "
            f"| {tally.observed():.1f}% | {tally.wired():.1f}% |"
        )
    lines.append("")
    lines.extend(f"- {line}" for line in _summary(coverage)[1:])
    return "\n".join(lines) + "\n"


def _summary(coverage: Coverage) -> List[str]:
    total = coverage.total
    lines = [
        "",
        f"observed {total.observed():.1f}% (wired, exempt or suppressed), "
        f"wired {total.wired():.1f}% (of the events not exempt)",
        "findings: " + ", ".join(f"{code} {total.findings[code]}" for code in sorted(RULES)),
    ]
    if coverage.reasons:
        lines.append(
            "suppressed by: "
            + "; ".join(f"{reason} ({count})" for reason, count in sorted(coverage.reasons.items()))
        )
    for path, error in coverage.unscanned:
        lines.append(f"could not scan {path}: {error}")
    unused = coverage.unused_tracing()
    if unused:
        lines.append("configured but never used: " + ", ".join(unused))
    if coverage.list_suppressions:
        lines.extend(_suppressions(coverage))
    return lines


def _suppressions(coverage: Coverage) -> List[str]:
    """Every noqa and baseline entry under the paths given, one line each."""
    lines = [
        f"suppressions: {len(coverage.noqa)} noqa ({coverage.unexplained()} without a reason), "
        f"{len(coverage.baselined)} baseline entries"
    ]
    for listing in sorted(coverage.noqa):
        reason = listing.reason or "(no reason)"
        lines.append(f"{listing.path}:{listing.line}: noqa {listing.codes}: {reason}")
    for entry in coverage.baselined:
        lines.append(f"{entry.path}:{entry.line}: baseline {entry.code} {entry.message}")
    return lines


FORMATS = {"text": text, "markdown": markdown}


class Progress:
    """A line on stderr, when it is a terminal and the run is taking a while."""

    def __init__(self, stream: TextIO, total: int, after: float = 1.0) -> None:
        self.stream = stream
        self.total = total
        self.shown = False
        self.start = time.monotonic()
        self.after = after
        self.last = 0.0

    def step(self, done: int) -> None:
        now = time.monotonic()
        if not self.stream.isatty() or now - self.start < self.after or now - self.last < 0.2:
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\rscanned {done}/{self.total} files")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = ToolParser(
        prog="llo report",
        description="How much agent work is wired, per folder and in total.",
        epilog=epilog("the wired % is below --fail-under", both=True),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files and folders")
    parser.add_argument("--depth", type=int, default=2, help="folder depth (default: 2)")
    parser.add_argument(
        "--format", choices=("text", "json", "markdown"), default="text",
        help="text (default), json, or markdown for a pull-request comment",
    )
    parser.add_argument(
        "--suppressions", action="store_true",
        help="list every noqa naming an LLO code (and every bare noqa silencing an LLO "
        "finding) and every baseline entry under PATH, with their reasons",
    )
    parser.add_argument(
        "--fail-under", type=float, metavar="PCT",
        help="exit 1 when the wired %% is below PCT (0 to 100), saying so on stderr",
    )
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    return run_tool(_main, argv)


def _main(argv: Optional[Sequence[str]]) -> int:
    parser = build_parser()
    args, flake8_args = split_known(parser, argv)
    if args.depth < 1:
        parser.error(f"--depth: invalid value {args.depth}: it must be at least 1")
    if args.fail_under is not None and not 0 <= args.fail_under <= 100:
        parser.error(f"--fail-under: invalid value {args.fail_under:g}: it must be 0 to 100")

    runner = Runner(args.paths, flake8_args, prog="llo report")
    config = runner.config
    coverage = Coverage(
        args.depth,
        roots=tuple(args.paths or ["."]),
        tracing_configured=(*config.tracing_decorators, *config.tracing_contexts),
        list_suppressions=args.suppressions,
    )
    if runner.baseline is not None:
        scope = [relative_path(path, runner.folder) for path in coverage.roots]
        coverage.baselined = [e for e in runner.baseline.entries if under(e.path, scope)]
    files = runner.files()
    progress = Progress(sys.stderr, len(files))
    for done, path in enumerate(files, start=1):
        coverage.add(runner.check(path, tracing_usage=bool(coverage.tracing_configured)))
        progress.step(done)
    progress.close()

    if args.format == "json":
        sys.stdout.write(json.dumps(coverage.as_json(), indent=2) + "\n")
    else:
        sys.stdout.write(FORMATS[args.format](coverage))
    status = OK
    wired = coverage.total.wired()
    if args.fail_under is not None and wired < args.fail_under:
        print(f"wired {_below(wired, args.fail_under)}% is below --fail-under="
              f"{args.fail_under:g}", file=sys.stderr)
        status |= FOUND
    if coverage.unscanned:
        status |= UNREADABLE
    return status


if __name__ == "__main__":
    sys.exit(main())
