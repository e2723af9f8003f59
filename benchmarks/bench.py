"""Measure the checker against a sound text floor, ``ast.parse`` and a naive visitor.

Usage: ``python benchmarks/bench.py [--repeat N] [--functions N] [--corpus-only]``

Two corpora: every ``.py`` file of the running interpreter's stdlib and
site-packages (the files that parse), and a generated dense file in which
every function executes a task, kicks off a crew and calls LiteLLM. Each
timing is the median of N rounds, all in this one process.

The floor is the least any sound text test can do with the lines flake8 hands
a plugin: join them, and probe the text once per trigger word (the task and
kickoff method names, less those containing another, and the module root of
every banned call, which any reference to a banned call spells), and search it
once per pattern rules declare (``LLO[0-9]``, for the noqa rules).
"""

from __future__ import annotations

import argparse
import ast
import gc
import re
import statistics
import sys
import sysconfig
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from flake8_llm_observability.flake8_adapter.checker import Checker
from flake8_llm_observability.core.options import DEFAULT_CONFIG
from flake8_llm_observability.core.prefilter import _minimal
from flake8_llm_observability.core.rules import RULES

NAMES = frozenset(
    {
        "execute_async", "execute_sync", "aexecute_sync", "kickoff", "kickoff_async",
        "kickoff_for_each", "kickoff_for_each_async", "akickoff", "akickoff_for_each",
        "_step_callback", "_task_completion_callback", "completion", "acompletion",
    }
)


def trigger_words() -> List[str]:
    """The method names, less those containing another, and every banned call's module root."""
    config = DEFAULT_CONFIG
    roots = {entry.partition(".")[0] for entry in config.all_banned_calls}
    return [*_minimal([*config.task_methods, *config.kickoff_methods]), *sorted(roots)]


def trigger_patterns() -> List["re.Pattern[str]"]:
    """The regular expressions rules declare (``LLO[0-9]`` for the noqa rules)."""
    found = {pattern for rule in RULES.values() for pattern in rule.trigger_patterns}
    return [re.compile(pattern) for pattern in sorted(found)]


class NaiveVisitor(ast.NodeVisitor):
    """The naive baseline: a recursive visitor that only matches method names."""

    def __init__(self) -> None:
        self.hits = 0

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in NAMES:
            self.hits += 1
        self.generic_visit(node)


def corpus_files() -> List[Path]:
    roots = {sysconfig.get_paths()[key] for key in ("stdlib", "purelib", "platlib")}
    files = set()
    for root in roots:
        files.update(Path(root).rglob("*.py"))
    return sorted(files)


def load(paths: Sequence[Path]) -> List[Tuple[str, str]]:
    """(text, path) of every file that parses; lines are split per round, not kept."""
    sources = []
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8")
            compile(text, str(path), "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            continue
        sources.append((text, str(path)))
    return sources


def dense_source(functions: int) -> str:
    body = []
    for index in range(functions):
        body.append(
            f"async def step_{index}(task, crew, handler):\n"
            f"    if handler:\n"
            f"        handler._step_callback(task)\n"
            f"    result = await task.execute_async(context={index})\n"
            f"    crew.kickoff(inputs={{'n': {index}}})\n"
            f"    reply = litellm.completion(model='m', messages=[result])\n"
            f"    handler._task_completion_callback(reply)\n"
            f"    return [item.value for item in result if item]\n"
        )
    return "import crewai\nimport litellm\n\n\n" + "\n\n".join(body)


def measure(name: str, sources: Sequence[Tuple[str, str]], repeat: int) -> Dict[str, float]:
    """Per round, per file: parse it, then the floor, the checker and the visitor on it.

    This is what flake8 does, one file at a time with the garbage collector
    on, so no contender pays for a heap of trees (or of line lists) it did not
    make: only the texts are kept, and strings are not tracked by the collector. The fresh
    tree is frozen (``gc.freeze``) while the contenders run on it, so none pays
    for collecting what the parse allocated. A round's total per contender is
    one sample; the medians of the rounds are printed.
    """
    kinds = ("parse", "floor", "checker", "naive")
    rounds: Dict[str, List[float]] = {kind: [] for kind in kinds}
    words = trigger_words()
    patterns = trigger_patterns()
    naive_failures = 0
    clock = time.perf_counter
    for _ in range(repeat):
        totals = dict.fromkeys(kinds, 0.0)
        naive_failures = 0
        gc.collect()
        for text, _ in sources:
            lines = text.splitlines(keepends=True)
            start = clock()
            tree = ast.parse(text)
            parsed = clock()
            gc.freeze()
            floor_start = clock()
            joined = "".join(lines)
            for word in words:
                word in joined
            for pattern in patterns:
                pattern.search(joined)
            floor_end = clock()
            del joined
            checking = clock()
            for _ in Checker(tree, lines).run():
                pass
            checked = clock()
            try:
                NaiveVisitor().visit(tree)
            except RecursionError:
                naive_failures += 1
            visited = clock()
            gc.unfreeze()
            totals["parse"] += parsed - start
            totals["floor"] += floor_end - floor_start
            totals["checker"] += checked - checking
            totals["naive"] += visited - checked
        for kind, total in totals.items():
            rounds[kind].append(total)
    medians = {kind: statistics.median(times) for kind, times in rounds.items()}
    print(f"== {name}")
    print(f"files              {len(sources)}")
    print(f"lines              {sum(text.count(chr(10)) for text, _ in sources)}")
    for kind in kinds:
        print(f"{kind:<18} {medians[kind] * 1000:10.1f} ms (median of {repeat} rounds)")
    if naive_failures:
        print(f"naive visitor hit RecursionError on {naive_failures} file(s)")
    print(f"checker/floor      {medians['checker'] / medians['floor']:.4f}")
    print(f"checker/parse      {medians['checker'] / medians['parse']:.4f}")
    print(f"checker/naive      {medians['checker'] / medians['naive']:.4f}")
    return medians


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds per timing (median)")
    parser.add_argument("--functions", type=int, default=5000, help="functions in the dense file")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]} on {sys.platform}")
    print(f"trigger words      {', '.join(trigger_words())}")
    print(f"trigger patterns   {', '.join(p.pattern for p in trigger_patterns())}")
    measure("stdlib + site-packages", load(corpus_files()), args.repeat)
    text = dense_source(args.functions)
    measure(f"dense file ({args.functions} functions)", [(text, "dense")], args.repeat)


if __name__ == "__main__":
    main()
