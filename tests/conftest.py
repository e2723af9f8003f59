"""Fixtures only; the helpers they use live in ``helpers.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Iterator, List, Sequence, Tuple

import coverage
import pytest

from flake8_llm_observability.flake8_adapter.checker import Checker

from .helpers import eval_files, header_args, parse_reports, run_flake8

Reports = List[Tuple[int, int, str, str]]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Tests marked ``varying_inputs`` run with coverage stopped, when it runs at all.

    Their inputs differ between runs or machines (fuzzing, what is installed), so
    they must not decide branch coverage. (pytest-cov's own ``no_cover`` marker
    fails under ``--no-cov``, as the slow suite runs.)
    """
    measuring = coverage.Coverage.current() if item.get_closest_marker("varying_inputs") else None
    if measuring is not None:
        measuring.stop()
    try:
        yield
    finally:
        if measuring is not None:
            measuring.start()


@pytest.fixture(autouse=True)
def fresh_checker() -> Iterator[None]:
    """Each test starts with the checker as a new flake8 process has it, and leaves it so."""
    saved = {"settings": Checker.settings}
    yield
    for name, value in saved.items():
        setattr(Checker, name, value)


@pytest.fixture
def flake8_reports(tmp_path: Path) -> Callable[..., Reports]:
    """Run flake8 (isolated from any config, LLO codes only) on files, in this process."""

    def run(paths: Sequence[Path], *args: str) -> Reports:
        argv = ["--isolated", "--select=LLO", "--jobs=1", *args, *map(str, paths)]
        _, lines = run_flake8(argv, tmp_path / "flake8-output.txt")
        return [(row, col, code, text) for _, row, col, code, text in parse_reports(lines)]

    return run


@pytest.fixture(scope="session")
def eval_reports(tmp_path_factory: pytest.TempPathFactory) -> Dict[Path, Reports]:
    """flake8's reports for every eval file: one run per distinct set of header options."""
    groups: Dict[Tuple[str, ...], List[Path]] = {}
    for path in eval_files():
        groups.setdefault(tuple(header_args(path.read_text("utf-8"))), []).append(path)
    reports: Dict[Path, Reports] = {path: [] for paths in groups.values() for path in paths}
    output = tmp_path_factory.mktemp("eval") / "flake8-output.txt"
    for args, paths in groups.items():
        argv = ["--isolated", "--select=LLO", "--jobs=1", *args, *map(str, paths)]
        _, lines = run_flake8(argv, output)
        for path, row, col, code, text in parse_reports(lines):
            reports[Path(path)].append((row, col, code, text))
    return reports
