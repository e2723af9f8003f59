"""The walk skips fields that cannot hold a node; check that on the running Python.

The skip list is written by hand for speed. Each node class's docstring gives
its ASDL signature (``BinOp(expr left, operator op, expr right)``), so a field
that a future Python turns into an expression or a statement list fails here
instead of silently hiding findings.
"""

from __future__ import annotations

import ast
import re
from typing import Dict, Iterator, Tuple, Type

import pytest

from flake8_llm_observability.core.walk.traversal import INERT_FIELDS, LEAVES

# ASDL types whose values hold no node that can contain a call.
LEAF_TYPES = {
    "identifier", "int", "string", "constant",
    "expr_context", "boolop", "operator", "unaryop", "cmpop",
}
_SIGNATURE = re.compile(r"^(?P<name>\w+)\((?P<fields>.*)\)$")


def node_classes() -> Iterator[Type[ast.AST]]:
    """Every concrete node class; the deprecated aliases (``ast.Num``) never reach a tree."""
    for value in vars(ast).values():
        if (
            isinstance(value, type)
            and issubclass(value, ast.AST)
            and value._fields
            and not (value.__doc__ or "").startswith("Deprecated")
        ):
            yield value


def field_types(kind: Type[ast.AST]) -> Dict[str, str]:
    """Field name to ASDL type (without ``*`` or ``?``), read from the docstring."""
    first = (kind.__doc__ or "").strip().splitlines()[0]
    match = _SIGNATURE.match(first)
    if match is None:
        raise AssertionError(f"{kind.__name__}: no ASDL signature in {first!r}")
    types = {}
    for part in match["fields"].split(","):
        asdl_type, name = part.split()
        types[name] = asdl_type.rstrip("*?")
    return types


def skipped_fields() -> Iterator[Tuple[str, str, str]]:
    for kind in node_classes():
        types = field_types(kind)
        for name in kind._fields:
            if name in INERT_FIELDS:
                yield kind.__name__, name, types[name]


def test_docstrings_give_every_field() -> None:
    for kind in node_classes():
        assert set(field_types(kind)) == set(kind._fields), kind.__name__


def holds_no_call(asdl_type: str) -> bool:
    """A leaf type, or a node type made only of leaf types (``alias``: two identifiers)."""
    if asdl_type in LEAF_TYPES:
        return True
    kind = getattr(ast, asdl_type, None)
    return (
        isinstance(kind, type)
        and bool(kind._fields)
        and set(field_types(kind).values()) <= LEAF_TYPES
    )


@pytest.mark.parametrize(("kind", "field", "asdl_type"), list(skipped_fields()))
def test_no_skipped_field_can_hold_a_call(kind: str, field: str, asdl_type: str) -> None:
    assert holds_no_call(asdl_type), f"{kind}.{field} holds {asdl_type}: walk it"


@pytest.mark.parametrize("leaf", [kind for kind in LEAVES if issubclass(kind, ast.AST)])
def test_leaves_hold_no_node(leaf: Type[ast.AST]) -> None:
    assert set(field_types(leaf).values()) <= LEAF_TYPES


def test_the_check_tells_nodes_from_leaves() -> None:
    # It can fail: expressions, statements and arguments are not leaves; alias is.
    assert [holds_no_call(name) for name in ("expr", "stmt", "arguments", "alias")] == [
        False, False, False, True,
    ]
