"""What the plugin adds to a whole flake8 run over the stdlib.

Usage: ``python benchmarks/flake8_overhead.py [--rounds N] [--every K]``

In one process, flake8 runs over the stdlib (every K-th file) alternately with
the plugin loaded and with it removed from flake8's plugin list. It prints the
median wall time of each and the overhead, plus two figures that do not drown
in the machine's noise: the time spent inside the plugin's own ``run`` as a
share of the runs that had it, and as a share of the time flake8 spent in
``ast.parse`` for the same files (``FileProcessor.build_ast``).
"""

from __future__ import annotations

import argparse
import statistics
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator, List, Sequence, Tuple

import flake8.main.application as application
from flake8.processor import FileProcessor

from flake8_llm_observability.flake8_adapter.checker import Checker

PACKAGE = "flake8-llm-observability"
_parse_args = application.parse_args


def _without_plugin(argv: Sequence[str]) -> Tuple[Any, Any]:
    plugins, options = _parse_args(argv)
    tree = [loaded for loaded in plugins.checkers.tree if loaded.plugin.package != PACKAGE]
    if len(tree) == len(plugins.checkers.tree):
        raise SystemExit(f"{PACKAGE} is not installed: nothing to compare")
    return plugins._replace(checkers=plugins.checkers._replace(tree=tree)), options


class _Timed:
    """Add up the time of the plugin's ``run`` and of flake8's ``ast.parse``."""

    plugin = 0.0
    parse = 0.0

    def __init__(self) -> None:
        self.run = Checker.run
        self.build_ast = FileProcessor.build_ast

    def __enter__(self) -> None:
        original_run, original_build = self.run, self.build_ast

        def run(checker: Checker) -> Iterator[Any]:
            start = time.perf_counter()
            results = list(original_run(checker))
            _Timed.plugin += time.perf_counter() - start
            return iter(results)

        def build_ast(processor: FileProcessor) -> Any:
            start = time.perf_counter()
            tree = original_build(processor)
            _Timed.parse += time.perf_counter() - start
            return tree

        Checker.run = run  # type: ignore[method-assign]
        FileProcessor.build_ast = build_ast

    def __exit__(self, *exc: object) -> None:
        Checker.run = self.run  # type: ignore[method-assign]
        FileProcessor.build_ast = self.build_ast


def stdlib_sample(every: int) -> List[str]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(
        path for path in stdlib.rglob("*.py")
        if "site-packages" not in path.relative_to(stdlib).parts
    )
    return [str(path) for path in files[::every]]


def flake8_run(files: Sequence[str], output: str, with_plugin: bool) -> float:
    application.parse_args = _parse_args if with_plugin else _without_plugin
    try:
        start = time.perf_counter()
        application.Application().run(
            ["--isolated", "--jobs=1", f"--output-file={output}", *files]
        )
        return time.perf_counter() - start
    finally:
        application.parse_args = _parse_args


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each kind (median)")
    parser.add_argument("--every", type=int, default=10, help="check every K-th stdlib file")
    args = parser.parse_args(argv)
    files = stdlib_sample(args.every)
    times: dict[bool, list[float]] = {True: [], False: []}
    parse_with_plugin = 0.0
    with tempfile.TemporaryDirectory() as folder, _Timed():
        output = str(Path(folder) / "report.txt")
        for _ in range(args.rounds):
            for with_plugin in (False, True):
                parse_before = _Timed.parse
                times[with_plugin].append(flake8_run(files, output, with_plugin))
                if with_plugin:
                    parse_with_plugin += _Timed.parse - parse_before
    without = statistics.median(times[False])
    with_it = statistics.median(times[True])
    print(f"files                     {len(files)} (every {args.every}th stdlib file)")
    print(f"flake8 without plugin     {without:8.2f} s (median of {args.rounds})")
    print(f"flake8 with plugin        {with_it:8.2f} s (median of {args.rounds})")
    print(f"overhead (medians)        {(with_it - without) / without * 100:+.2f} %")
    print(f"inside the plugin's run   {_Timed.plugin / sum(times[True]) * 100:.3f} % of the runs "
          "that had it")
    ratio = _Timed.plugin / parse_with_plugin
    print(f"plugin / flake8's parse   {ratio:.4f} (same runs, same files)")


if __name__ == "__main__":
    main()
