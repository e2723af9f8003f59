"""Function scopes and the wiring each one has registered.

A scope keeps only the earliest start registration, the earliest wiring
(start or handler creation) and the latest completion it has seen: the rules
ask "is there one before this point?" or "is there one after it?", so the
extreme positions answer them without keeping every event.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

NEVER = 1 << 80
"""A position later than any real one."""


def position(lineno: int, col: int) -> int:
    """Source order as one integer, so comparisons stay cheap."""
    return (lineno << 32) | col


class Scope:
    """A ``def``, ``async def`` or ``lambda`` body, or the module.

    Class bodies are not scopes: the calls in them belong to the scope around
    the class (the names they bind do not: those are class attributes), and
    their methods are siblings of each other.
    """

    __slots__ = (
        "parent",
        "def_pos",
        "is_function",
        "outermost",
        "in_tool",
        "first_start",
        "first_wiring",
        "last_completion",
        "bindings",
    )

    def __init__(self, parent: Optional[Scope], def_pos: int, in_tool: bool) -> None:
        self.parent = parent
        self.def_pos = def_pos
        self.is_function = parent is not None
        # The outermost function around this one (itself at the top level);
        # the module is its own outermost scope.
        self.outermost: Scope = (
            parent.outermost if parent is not None and parent.is_function else self
        )
        self.in_tool = in_tool
        self.first_start = NEVER
        self.first_wiring = NEVER
        self.last_completion = -1
        # name -> [(position after which the binding holds, carries callbacks)]
        self.bindings: Dict[str, List[Tuple[int, bool]]] = {}

    def bind(self, name: str, pos: int, wired: bool) -> None:
        self.bindings.setdefault(name, []).append((pos, wired))

    def sees_before(self, pos: int, wiring: bool) -> bool:
        """Whether a start (or, with *wiring*, any wiring) precedes *pos* in view.

        A function sees its own registrations before *pos* and those of each
        enclosing function made before the nested ``def``; the module's own
        code counts only for module-level code.
        """
        scope = self
        while True:
            first = scope.first_wiring if wiring else scope.first_start
            if first < pos:
                return True
            parent = scope.parent
            if parent is None or not parent.is_function:
                return False
            pos = scope.def_pos
            scope = parent

    def latest_binding_wired(self, name: str, pos: int) -> bool:
        """Whether the last binding of *name* before *pos* carries callbacks."""
        latest = (-1, False)
        for binding in self.bindings.get(name, ()):
            if latest[0] < binding[0] <= pos:
                latest = binding
        return latest[1]
