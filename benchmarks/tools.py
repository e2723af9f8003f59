"""The repository tools against ``flake8 --select=LLO`` on the same tree, as ratios.

Usage: ``python benchmarks/tools.py [--files N] [--rounds N]``

The tree is a copy of N of the running interpreter's stdlib files (default
1,900, the size of the repository the tools were asked for), with a few agent
modules that carry findings and exemption comments, and a flake8 configuration
with a baseline. Each command runs as its own process, as a team runs it, and
each figure is the median of the rounds. The target for each tool is at most
0.1 of the flake8 run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Sequence

AGENT = '''\
import litellm


def run(task, crew, handler):
    # OBSERVABILITY: tracking not needed - replayed from a fixture
    task.execute_sync()
    crew.kickoff()
    return litellm.completion(model="gpt-4o")
'''

TOOLS = {
    "llo check": ["-m", "flake8_llm_observability", "check", "."],
    "migrate --check": ["-m", "flake8_llm_observability.migrate", "--check", "."],
    "baseline check": ["-m", "flake8_llm_observability.baseline", "check", "."],
    "baseline write --prune": [
        "-m", "flake8_llm_observability.baseline", "write", "--prune", ".",
    ],
    "report": ["-m", "flake8_llm_observability.report", "."],
}


def build_tree(root: Path, files: int) -> int:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    sources = sorted(
        path for path in stdlib.rglob("*.py")
        if "site-packages" not in path.relative_to(stdlib).parts
        and not path.name.startswith("bad")  # the test suite's deliberately broken files
    )[:files]
    for path in sources:
        target = root / "lib" / path.relative_to(stdlib)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    for index in range(20):
        (root / "agents").mkdir(exist_ok=True)
        (root / "agents" / f"agent_{index}.py").write_text(AGENT)
    (root / "setup.cfg").write_text("[flake8]\nllo-baseline = ./.llo-baseline.json\n")
    return len(sources) + 20


def timed(argv: List[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1900, help="stdlib files in the tree")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command (median)")
    args = parser.parse_args(argv)
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        count = build_tree(root, args.files)
        subprocess.run([python, *TOOLS["baseline write --prune"][:3], "."], cwd=root,
                       capture_output=True, check=False)
        times: Dict[str, List[float]] = {"flake8 --select=LLO": []}
        times.update({name: [] for name in TOOLS})
        for _ in range(args.rounds):
            times["flake8 --select=LLO"].append(
                timed([python, "-m", "flake8", "--select=LLO", "."], root)
            )
            for name, command in TOOLS.items():
                times[name].append(timed([python, *command], root))
    medians = {name: statistics.median(values) for name, values in times.items()}
    flake8 = medians["flake8 --select=LLO"]
    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} cores")
    print(f"files                     {count}")
    for name, median in medians.items():
        ratio = "" if name.startswith("flake8") else f"   ratio {median / flake8:.3f}"
        print(f"{name:<25} {median:7.2f} s (median of {args.rounds}){ratio}")


if __name__ == "__main__":
    main()
