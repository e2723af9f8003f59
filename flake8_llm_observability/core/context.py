"""One file's facts as the rules see them: ``Context``, and the cut-off counter it shares."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from .walk import Facts
from .options import Config


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
        self.modules: Dict[str, Context] = {}
        """The contexts of other modules read for this file, by path."""
