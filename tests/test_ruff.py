"""ruff keeps an LLO noqa under the configuration docs/adopting.md gives, and only under it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .helpers import REPO

ADOPTING = (REPO / "docs" / "adopting.md").read_text("utf-8")
(RECOMMENDED,) = re.findall(r"```toml\n(.*?)```", ADOPTING, re.S)
SOURCE = "def run(crew):\n    return crew.kickoff()  # noqa: LLO002  the scheduler wraps it\n"


def ruff_fix(folder: Path) -> str:
    (folder / "app.py").write_text(SOURCE)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "RUF", "--fix", "app.py"],
        cwd=folder, capture_output=True, text=True, check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return (folder / "app.py").read_text()


def test_the_documented_configuration_keeps_the_noqa(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(RECOMMENDED)
    assert ruff_fix(tmp_path) == SOURCE


def test_without_it_ruff_removes_the_noqa(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\n")
    assert ruff_fix(tmp_path) == SOURCE.replace("  # noqa: LLO002  the scheduler wraps it", "")
