"""The modules of the project that the file being checked imports, at any depth.

A crew is often built in another module than the one that kicks it off (the
``crewai create crew`` layout: ``main.py`` runs ``ResearchCrew().crew()``
defined in ``crew.py``), and a Flow class often lives in a module of its own.
``find`` reads such a module, once per process (a file already checked in
the process is not read again: ``share``), and answers what a
dotted name stands for there; that module's own imports are followed the same
way, within a budget of modules per file. A module that cannot be found, read
or parsed is unknown, never an error.
"""

from __future__ import annotations

import ast
import os
from functools import lru_cache
from typing import Dict, FrozenSet, NamedTuple, Optional, Tuple

from .context import Context
from .walk import Facts, analyse
from .options import Config
from .scopes import NEVER, Binding

_NO_KINDS: frozenset[str] = frozenset()


class Definition(NamedTuple):
    """A module-level binding found in another module, with that module's context."""

    binding: Binding
    context: Context


def package_root(directory: str) -> str:
    """The folder above the outermost package holding *directory*.

    A file in a folder without ``__init__.py`` is its own root, as for a
    script run from its folder.
    """
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    return directory


_FILES: Dict[Tuple[str, Tuple[str, ...]], Optional[str]] = {}


def module_file(base: str, parts: Tuple[str, ...]) -> Optional[str]:
    """``base/a/b.py`` or ``base/a/b/__init__.py`` for module ``a.b``; checked once per process."""
    key = (base, parts)
    if key not in _FILES:
        found = None
        stem = os.path.join(base, *parts)
        for candidate in (stem + ".py", os.path.join(stem, "__init__.py")):
            if parts and os.path.isfile(candidate):
                found = candidate
                break
        if not parts and os.path.isfile(os.path.join(base, "__init__.py")):
            found = os.path.join(base, "__init__.py")
        _FILES[key] = found
    return _FILES[key]


def locate(path: str, target: str) -> Optional[Tuple[str, str]]:
    """(module file, name in it) for a dotted *target* imported by the file at *path*.

    ``.crew.ResearchCrew`` (relative) resolves from the file's folder, one
    folder up per extra dot; ``research.crew.ResearchCrew`` (absolute) from
    the file's package root, then from the current directory.
    """
    level = len(target) - len(target.lstrip("."))
    *module, name = target[level:].split(".")
    if level:
        base = os.path.dirname(path)
        for _ in range(level - 1):
            base = os.path.dirname(base)
        bases = [base]
    elif module:
        bases = [package_root(os.path.dirname(path)), os.getcwd()]
    else:
        return None
    for base in bases:
        found = module_file(base, tuple(module))
        if found is not None and os.path.abspath(found) != path:
            return found, name
    return None


class _Cached(NamedTuple):
    stamp: Tuple[int, int]
    facts: Optional[Facts]


_MODULES: Dict[Tuple[str, Config], _Cached] = {}


def read_module(path: str, config: Config) -> Optional[Facts]:
    """The facts of another module of the project, parsed once while the process keeps it."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    stamp = (stat.st_mtime_ns, stat.st_size)
    key = (path, config)
    cached = _MODULES.get(key)
    if cached is not None and cached.stamp == stamp:
        _keep(key, cached)  # the most recently used now
        return cached.facts
    facts: Optional[Facts] = None
    try:
        with open(path, "rb") as handle:
            tree = ast.parse(handle.read(), filename=path)
        facts = analyse(tree, config, (), _NO_KINDS)
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        facts = None
    _keep(key, _Cached(stamp, facts))
    return facts


MODULE_CACHE = 512
"""How many modules' facts one process keeps, the most recently read or checked."""


def _keep(key: Tuple[str, Config], cached: _Cached) -> None:
    _MODULES.pop(key, None)
    _MODULES[key] = cached
    while len(_MODULES) > MODULE_CACHE:
        del _MODULES[next(iter(_MODULES))]


def share(path: str, facts: Facts, config: Config, size: int) -> None:
    """Keep the facts of a file just checked for the files checked after it that import it.

    flake8 hands each file to the plugin already parsed; a module that another
    file imports later in the same process is then not parsed a second time.
    Kept only while the file on disk is what was checked (*size* bytes; stdin
    and re-encoded files are not kept).
    """
    try:
        stat = os.stat(path)
    except OSError:
        return
    if stat.st_size == size:
        _keep((path, config), _Cached((stat.st_mtime_ns, stat.st_size), facts))


MODULE_BUDGET = 64
"""How many other modules one file may read while its names are resolved."""


@lru_cache(maxsize=8)
def framework_roots(config: Config) -> FrozenSet[str]:
    """The packages of the configured framework and client classes and banned calls: names
    imported from them are theirs, never a project folder of the same name (stubs, vendored
    copies)."""
    entries = (
        *config.task_classes, *config.crew_classes, *config.flow_classes,
        *config.all_banned_calls,
    )
    return frozenset(entry.partition(".")[0] for entry in entries)


def find(context: Context, target: str) -> Optional[Definition]:
    """What the dotted *target* is defined as in the module it names, if that is found.

    Only when *context* follows imports (the file being checked, and the modules
    read for it: any number of modules deep, each read once and counted against
    ``MODULE_BUDGET``). A name of a framework package is never looked for in the
    project.
    """
    if not context.follow or context.path is None:
        return None
    if target.partition(".")[0] in framework_roots(context.config):
        return None
    located = locate(context.path, target)
    if located is None:
        return None
    module_path, name = located
    other = context.modules.get(module_path)
    if other is None:
        if len(context.modules) >= MODULE_BUDGET:
            context.cutoffs.count += 1
            return None
        facts = read_module(module_path, context.config)
        if facts is None:
            return None
        other = context.modules[module_path] = Context(
            facts, context.config, module_path, follow=True, cutoffs=context.cutoffs,
            modules=context.modules,
        )
    binding = other.facts.module.latest(name, NEVER)
    if binding is None:
        return None
    return Definition(binding, other)
