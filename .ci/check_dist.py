"""Check what `python -m build` made: the sdist carries tests and docs, the wheel every module."""

import sys
import tarfile
import zipfile
from pathlib import Path

dist = Path(sys.argv[1])
(sdist,) = dist.glob("*.tar.gz")
(wheel,) = dist.glob("*.whl")
with tarfile.open(sdist) as archive:
    sdist_names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
with zipfile.ZipFile(wheel) as archive:
    wheel_names = set(archive.namelist())
needed_in_sdist = {
    "README.md", "CHANGELOG.md", "LICENSE", "tests/test_eval_files.py",
    "tests/eval_files/llo001.py", "flake8_llm_observability/py.typed",
}
missing = sorted(needed_in_sdist - sdist_names)
# Every module of the source tree ships, subpackages included.
source = Path(__file__).resolve().parent.parent / "flake8_llm_observability"
modules = sorted(path.relative_to(source).as_posix() for path in source.rglob("*.py"))
for needed in ("py.typed", *modules):
    if f"flake8_llm_observability/{needed}" not in wheel_names:
        missing.append(f"{needed} in the wheel")
entry_points = next(name for name in wheel_names if name.endswith("entry_points.txt"))
with zipfile.ZipFile(wheel) as archive:
    declared = archive.read(entry_points).decode("utf-8")
for needed in ("llo = flake8_llm_observability.tools.cli:main",
               "LLO = flake8_llm_observability.flake8_adapter.checker:Checker"):
    if needed not in declared:
        missing.append(f"entry point {needed!r}")
if missing:
    sys.exit(f"missing from the distributions: {', '.join(missing)}")
print(f"{sdist.name}: {len(sdist_names)} files; {wheel.name}: {len(wheel_names)} files; ok")
