"""One file's facts as the rules see them: ``Context``, and the cut-off counter it shares."""

from __future__ import annotations

import ast
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Tuple

from .walk import Facts
from .options import Config


class Selection(NamedTuple):
    """What the run reports in this file: flake8's select, ignore and per-file-ignores."""

    selected: Callable[[str], bool]
    """Whether a code is reported in this file."""
    noqa_honoured: bool
    """Whether ``# noqa`` comments count (not ``--disable-noqa``)."""


EVERY_CODE = Selection(lambda code: True, True)
"""Every code reported and every noqa read: the selection when nothing else is known."""


class Cutoffs:
    """How many chains of definitions were cut short at ``resolve.LIMIT``.

    One counter is shared by a file's context and the contexts of the other
    modules read for it: an answer worked out while a chain was cut is not kept.
    """

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


class Context:
    """One file's facts, the configuration, and the way to the project's other modules."""

    def __init__(
        self,
        facts: Facts,
        config: Config,
        path: Optional[str],
        follow: bool,
        cutoffs: Optional[Cutoffs] = None,
        selection: Selection = EVERY_CODE,
        codes: Optional[Mapping[str, bool]] = None,
        tree: Optional[ast.AST] = None,
        modules: Optional[Dict[str, Context]] = None,
    ) -> None:
        self.facts = facts
        self.config = config
        self.path = path
        """The file's absolute path; None when unknown."""
        self.follow = follow and path is not None
        """Whether names imported from other modules of the project are looked up there."""
        self.memo: Dict[Tuple[str, int], Any] = {}
        """Answers worked out once per file: keyed by question and object id."""
        self.cutoffs = cutoffs if cutoffs is not None else Cutoffs()
        self.modules: Dict[str, Context] = modules if modules is not None else {}
        """The contexts of other modules read for this file, by path: one table for the file
        and every module read for it, so a module is one context however it is reached."""
        self.selection = selection
        self.codes: Mapping[str, bool] = codes or {}
        """Every code the rules have, and whether its rule is about the other findings."""
        self.tree = tree
        """The file's tree, for the questions the walk's facts cannot answer (callers)."""
        self.findings: List[Any] = []
        """The findings of the rules judged so far (``rules.engine``): what a rule about
        findings (a noqa comment's) reads."""
