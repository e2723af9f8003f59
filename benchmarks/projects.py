"""What following crews one import away costs, against ``ast.parse`` of the project.

Usage: ``python benchmarks/projects.py [--packages N] [--rounds N]``

A generated project of N packages (default 100, so 200 modules), each in the
``crewai create crew`` layout: ``crew.py`` with a ``@CrewBase`` class whose
``@crew`` method builds a wired ``Crew``, and ``main.py`` that kicks off
``ResearchCrew().crew()`` imported from it. Each round checks every file as
flake8 does (parse, then the plugin), in one process with cold module caches,
and adds up the time spent finding and reading other modules
(``project.find``). Medians of the rounds.
"""

from __future__ import annotations

import argparse
import ast
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Sequence

from flake8_llm_observability.core import project
from flake8_llm_observability.flake8_adapter.checker import Checker

CREW = '''\
from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task


@CrewBase
class ResearchCrew:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"])

    @task
    def research_task(self) -> Task:
        return Task(config=self.tasks_config["research_task"])

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.sequential,
            step_callback=self.on_step,
        )

    def on_step(self, step):
        return step
'''

MAIN = '''\
import sys

from {package}.crew import ResearchCrew


def run():
    inputs = {{"topic": "AI LLMs"}}
    return ResearchCrew().crew().kickoff(inputs=inputs)


def train():
    ResearchCrew().crew().train(n_iterations=int(sys.argv[1]), inputs={{}})
'''


def build(root: Path, packages: int) -> List[Path]:
    files = []
    for index in range(packages):
        package = root / "src" / f"crew_{index}"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "crew.py").write_text(CREW)
        (package / "main.py").write_text(MAIN.format(package=f"crew_{index}"))
        files.extend([package / "crew.py", package / "main.py"])
    return files


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=100, help="packages of two modules")
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

    with tempfile.TemporaryDirectory() as folder:
        files = build(Path(folder), args.packages)
        texts = [(str(path), path.read_text()) for path in files]
        rounds: Dict[str, List[float]] = {"parse": [], "plugin": [], "resolve": []}
        project.find = timed_find  # type: ignore[assignment]
        import flake8_llm_observability.core.resolve as resolve

        resolve.find = timed_find  # type: ignore[assignment]
        reported = 0
        try:
            for _ in range(args.rounds):
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
                rounds["parse"].append(parse)
                rounds["plugin"].append(plugin)
                rounds["resolve"].append(spent["find"])
        finally:
            project.find = real_find
            resolve.find = real_find
    medians = {kind: statistics.median(values) for kind, values in rounds.items()}
    print(f"modules                {len(files)} ({args.packages} kickoffs from another module)")
    print(f"findings               {reported} (every crew is wired)")
    for kind, median in medians.items():
        print(f"{kind:<22} {median * 1000:8.1f} ms (median of {args.rounds})")
    print(f"resolve/parse          {medians['resolve'] / medians['parse']:.4f}")


if __name__ == "__main__":
    main()
