"""What the plugin adds to a whole flake8 run over the stdlib.

Usage: ``python benchmarks/flake8_overhead.py [--rounds N] [--every K]``

In one process, flake8 runs over the stdlib (every K-th file) alternately with
the plugin loaded and with it removed from flake8's plugin list. It prints the
median wall time of each and the overhead, plus the time spent inside the
plugin's own ``run`` as a share of the runs that had it: a figure that does
not drown in the machine's noise.
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

from flake8_llm_observability.checker import Checker

PACKAGE = "flake8-llm-observability"
_parse_args = application.parse_args


def _without_plugin(argv: Sequence[str]) -> Tuple[Any, Any]:
    plugins, options = _parse_args(argv)
    tree = [loaded for loaded in plugins.checkers.tree if loaded.plugin.package != PACKAGE]
    if len(tree) == len(plugins.checkers.tree):
        raise SystemExit(f"{PACKAGE} is not installed: nothing to compare")
    return plugins._replace(checkers=plugins.checkers._replace(tree=tree)), options


class _Timed:
    """Wrap ``Checker.run`` to add up the time the plugin itself takes."""

    spent = 0.0

    def __init__(self) -> None:
        self.original = Checker.run

    def __enter__(self) -> None:
        original = self.original

        def run(checker: Checker) -> Iterator[Any]:
            start = time.perf_counter()
            results = list(original(checker))
            _Timed.spent += time.perf_counter() - start
            return iter(results)

        Checker.run = run  # type: ignore[method-assign]

    def __exit__(self, *exc: object) -> None:
        Checker.run = self.original  # type: ignore[method-assign]


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
    with tempfile.TemporaryDirectory() as folder, _Timed():
        output = str(Path(folder) / "report.txt")
        for _ in range(args.rounds):
            for with_plugin in (False, True):
                times[with_plugin].append(flake8_run(files, output, with_plugin))
    without = statistics.median(times[False])
    with_it = statistics.median(times[True])
    print(f"files                     {len(files)} (every {args.every}th stdlib file)")
    print(f"flake8 without plugin     {without:8.2f} s (median of {args.rounds})")
    print(f"flake8 with plugin        {with_it:8.2f} s (median of {args.rounds})")
    print(f"overhead (medians)        {(with_it - without) / without * 100:+.2f} %")
    print(f"inside the plugin's run   {_Timed.spent / sum(times[True]) * 100:.3f} % of the runs "
          "that had it")


if __name__ == "__main__":
    main()
