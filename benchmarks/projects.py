"""What following the project's own modules costs, against ``ast.parse`` of the project.

Usage: ``python benchmarks/projects.py [--packages N] [--rounds N]``

A generated project of N packages (default 50) of six modules each (300
modules), every package an import chain six modules deep: ``m0`` defines a
crew factory and a base class whose ``__init__`` builds a wired crew and a
hook runner; ``m1`` to ``m5`` each import the module before them, subclass its
class, wrap its factory, and kick off crews through both, and fire the hook
runner through ``self`` (so every kickoff and execution is resolved through up
to five modules and five project bases). Each round checks every file as
flake8 does (parse, then the plugin), in one process with cold module caches,
and adds up the time spent finding and reading other modules
(``project.find``: the resolver's work across modules), in the order flake8
takes them and again in reverse (each module checked before those it imports,
which are then read for it) and shuffled. Medians of the rounds;
then one more round under ``tracemalloc`` for the peak memory.
"""

from __future__ import annotations

import argparse
import ast
import random
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Dict, List, Sequence, Tuple

from flake8_llm_observability.core import project
from flake8_llm_observability.flake8_adapter.checker import Checker

FIRST = '''\
import crewai
from crewai import Agent, Crew, Task


class HookRunner:
    def execute_sync(self, event):
        return event


def make0(agents, handler):
    return Crew(agents=agents, step_callback=handler)


class Base0:
    def __init__(self, agents, handler):
        self.crew = Crew(agents=agents, step_callback=handler)
        self._hooks = HookRunner()
        self.researcher = Agent(role="researcher", goal="find", backstory="curious")
        self.task = Task(description="research", expected_output="notes", agent=self.researcher)
'''

LINK = '''\
import crewai

from .m{previous} import Base{previous}, make{previous}


def make{index}(agents, handler):
    return make{previous}(agents, handler)


class Base{index}(Base{previous}):
    def step_{index}(self, event):
        self._hooks.execute_sync(event)
        return self.crew.kickoff(inputs={{"step": {index}}})

    def other_{index}(self, agents, handler):
        crew = make{index}(agents, handler)
        return crew.kickoff()


def run_{index}(agents, handler):
    return make{previous}(agents, handler).kickoff()
'''

FILLER = '''

def helper_{n}(values):
    total = 0
    for value in values:
        if value % 3 == 0:
            total += value * {n}
        elif value % 5 == 0:
            total -= value
        else:
            total += len(str(value))
    return {{"total": total, "count": len(values), "name": "helper_{n}"}}
'''


def build(root: Path, packages: int) -> List[Path]:
    files = []
    for index in range(packages):
        package = root / "src" / f"pkg_{index}"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("")
        for depth in range(6):
            text = FIRST if depth == 0 else LINK.format(index=depth, previous=depth - 1)
            text += "".join(FILLER.format(n=n) for n in range(8))
            path = package / f"m{depth}.py"
            path.write_text(text)
            files.append(path)
    return files


def check_all(texts: List[Tuple[str, str]], spent: Dict[str, float]) -> Tuple[float, float, int]:
    """One round with cold caches: (parse seconds, plugin seconds, findings)."""
    project._MODULES.clear()
    project._FILES.clear()
    spent["find"] = 0.0
    parse = plugin = 0.0
    reported = 0
    for name, text in texts:
        start = time.perf_counter()
        tree = ast.parse(text)
        parsed = time.perf_counter()
        reported += len(list(Checker(tree, text.splitlines(True), name).run()))
        plugin += time.perf_counter() - parsed
        parse += parsed - start
    return parse, plugin, reported


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=50, help="packages of six modules")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (median)")
    args = parser.parse_args(argv)
    spent: Dict[str, float] = {"find": 0.0}
    real_find = project.find

    def timed_find(*arguments: Any) -> Any:
        start = time.perf_counter()
        try:
            return real_find(*arguments)
        finally:
            spent["find"] += time.perf_counter() - start

    import flake8_llm_observability.core.resolve as resolve

    with tempfile.TemporaryDirectory() as folder:
        files = build(Path(folder), args.packages)
        texts = [(str(path), path.read_text()) for path in files]
        rounds: Dict[str, List[float]] = {
            "parse": [], "plugin": [], "resolve": [], "resolve, reversed": [],
            "resolve, shuffled": [],
        }
        shuffled = list(texts)
        random.Random(20).shuffle(shuffled)
        project.find = timed_find  # type: ignore[assignment]
        resolve.find = timed_find  # type: ignore[assignment]
        reported = 0
        try:
            for _ in range(args.rounds):
                parse, plugin, reported = check_all(texts, spent)
                rounds["parse"].append(parse)
                rounds["plugin"].append(plugin)
                rounds["resolve"].append(spent["find"])
                # Each module checked before the modules it imports: they are read for it.
                check_all(texts[::-1], spent)
                rounds["resolve, reversed"].append(spent["find"])
                # As os.listdir may give them: no order at all.
                check_all(shuffled, spent)
                rounds["resolve, shuffled"].append(spent["find"])
            tracemalloc.start()
            check_all(texts, spent)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            project.find = real_find
            resolve.find = real_find
    medians = {kind: statistics.median(values) for kind, values in rounds.items()}
    lines = sum(text.count("\n") for _, text in texts)
    print(f"modules                {len(files)} ({lines} lines; import chains 6 deep)")
    print(f"findings               {reported} (every crew is wired, every runner the project's)")
    for kind, median in medians.items():
        print(f"{kind:<22} {median * 1000:8.1f} ms (median of {args.rounds})")
    print(f"resolve/parse          {medians['resolve'] / medians['parse']:.3f}")
    print(f"  checked in reverse   {medians['resolve, reversed'] / medians['parse']:.3f}")
    print(f"  checked shuffled     {medians['resolve, shuffled'] / medians['parse']:.3f}")
    print(f"plugin/parse           {medians['plugin'] / medians['parse']:.3f}")
    print(f"peak memory            {peak / 1e6:.1f} MB (tracemalloc, one round, parse included)")


if __name__ == "__main__":
    main()
