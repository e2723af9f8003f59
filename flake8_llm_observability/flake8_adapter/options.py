"""The ``--llo-*`` options as flake8 sees them: registration, and keys it would ignore.

The options themselves are declared once, in ``core.options``; this module only
hands them to flake8's option manager and reads flake8's configuration files.
"""

from __future__ import annotations

import argparse
import configparser
import difflib
from typing import List, Mapping

from flake8.exceptions import ExecutionError
from flake8.options.config import load_config
from flake8.options.manager import OptionManager

from ..core.options import SPECS


def register(parser: OptionManager, used_by: Mapping[str, str]) -> None:
    """Add the ``--llo-*`` options; each is also read from flake8's config files.

    *used_by* gives, per field, the codes whose findings the option changes
    (``core.rules.option_users``), shown in the help.
    """
    for spec in SPECS:
        shown = (
            f"the {len(spec.default)} listed in docs/options.md"
            if len(spec.default) > 8
            else ",".join(spec.default) or "none"
        )
        parser.add_option(
            spec.flag,
            default=",".join(spec.default),
            parse_from_config=True,
            normalize_paths=spec.kind.path,
            help=f"{spec.help} ({used_by[spec.field]}; default: {shown})",
        )


def unknown_keys(options: argparse.Namespace) -> List[str]:
    """A warning for each ``llo-*`` key of the flake8 configuration that names no option.

    flake8 itself ignores keys no plugin registered, so a misspelt
    ``llo-task-method`` would silently keep the default.
    """
    try:
        cfg, _ = load_config(
            getattr(options, "config", None),
            list(getattr(options, "append_config", None) or ()),
            isolated=bool(getattr(options, "isolated", False)),
        )
    except (OSError, configparser.Error, ExecutionError):  # flake8 has said so already
        return []
    if not cfg.has_section("flake8"):
        return []
    known = [spec.flag[2:] for spec in SPECS]
    warnings = []
    for key in cfg.options("flake8"):
        name = key.replace("_", "-")
        if name.startswith("llo-") and name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            warnings.append(
                f"flake8-llm-observability: unknown option {key!r} in the flake8 "
                f"configuration, ignored{hint}"
            )
    return warnings
