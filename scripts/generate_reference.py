"""Generate the reference parts of the docs from the declarations, or check they are current.

    python scripts/generate_reference.py            # exit 1 and name each stale file
    python scripts/generate_reference.py --update   # rewrite the generated regions

A generated region sits between ``<!-- begin generated: NAME -->`` and
``<!-- end generated: NAME -->`` in a Markdown file; everything outside the
markers is written by hand and left alone. ``tests/test_reference.py`` fails
when a committed region differs from what this script makes, as ruff's
generated docs and snapshots do.

- README.md ``codes``: the table of codes, from each rule's code and summary;
- docs/rules.md ``rules``: each rule's entry (what, why, an example that fails
  and one that passes, the message flake8 prints for that example, how to
  silence it), from the ``Rule`` declarations;
- docs/options.md ``options``: every option, its default and the codes whose
  findings it changes; ``default-<option>``: the default of a long list;
- docs/adopting.md ``report-example``: the headline and table ``llo report`` prints on
  examples/.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import os
import re
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from flake8_llm_observability.core.options import SPECS, OptionSpec
from flake8_llm_observability.core.pipeline import DEFAULT_SETTINGS, findings_in
from flake8_llm_observability.core.rules import RULES, Rule, option_users
from flake8_llm_observability.core.source import SourceFile

REPO = Path(__file__).resolve().parent.parent
LONG_DEFAULT = 8
"""An option with more default entries than this lists them in a section of their own."""

REGION = re.compile(
    r"(<!-- begin generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)"
    r"(<!-- end generated: (?P=name) -->)",
    re.S,
)


def anchor(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces dashed."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def rule_anchor(rule: Rule) -> str:
    return anchor(f"{rule.code} — {rule.summary}")


def codes_table() -> str:
    rows = [
        f"| [{code}](docs/rules.md#{rule_anchor(rule)}) | {rule.summary} |"
        for code, rule in sorted(RULES.items())
    ]
    return "\n".join(["| code | rule |", "| --- | --- |", *rows]) + "\n"


def example_message(rule: Rule) -> str:
    """What flake8 prints for the rule's bad example under the defaults: its first finding."""
    source = rule.bad + "\n" + rule.good
    found = findings_in(
        SourceFile(source.splitlines(keepends=True), ast.parse(source)), DEFAULT_SETTINGS
    )
    messages = [finding.message for finding in found if finding.code == rule.code]
    if not messages:
        raise SystemExit(f"{rule.code}: its bad example is not reported; fix the example")
    return messages[0]


def rule_entry(rule: Rule) -> str:
    why = f"{rule.rationale}\n{rule.why.strip()}".strip()
    parts = [
        f"### {rule.code} — {rule.summary}",
        f"**What.** {rule.what.strip()}",
        f"**Why.** {why}",
        f"```python\n{rule.bad.rstrip()}\n\n{rule.good.rstrip()}\n```",
        f"**Message.** `{example_message(rule)}`",
        f"**Suppress** one line with `# noqa: {rule.code}  <reason>`, or the whole code with\n"
        f"`extend-ignore = {rule.code}`.",
    ]
    if rule.more.strip():
        parts.append(rule.more.strip())
    return "\n\n".join(parts) + "\n"


def rules_reference() -> str:
    return "\n".join(rule_entry(rule) for _, rule in sorted(RULES.items()))


def default_cell(spec: OptionSpec) -> str:
    if not spec.default:
        return "empty"
    if len(spec.default) > LONG_DEFAULT:
        name = spec.field.replace("_", " ")
        return f"[{len(spec.default)} entries](#{anchor(f'The default {name}')})"
    listed = f"`{','.join(spec.default)}`"
    return f"{listed} (may be empty)" if spec.may_be_empty else listed


def options_table() -> str:
    users = option_users()
    rows = [f"| `{spec.flag}` | {default_cell(spec)} | {users[spec.field]} |" for spec in SPECS]
    return "\n".join(["| option | default | used by |", "| --- | --- | --- |", *rows]) + "\n"


def report_example() -> str:
    """``llo report`` on examples/, under its own configuration: its headline and table.

    The lines below the table (percentages, findings per code, suppression
    reasons) are described in the prose around it: shown here, every new code
    would change this file too.
    """
    from flake8_llm_observability.tools import report

    printed = io.StringIO()
    here = os.getcwd()
    try:
        os.chdir(REPO / "examples")
        with contextlib.redirect_stdout(printed):
            report.main([])
    finally:
        os.chdir(here)
    table = printed.getvalue().split("\n\n")[:2]
    return "```console\n$ llo report\n" + "\n\n".join(table) + "\n...\n```\n"


def long_default(field: str) -> Callable[[], str]:
    def listing() -> str:
        spec = next(spec for spec in SPECS if spec.field == field)
        return "```text\n" + "\n".join(spec.default) + "\n```\n"

    return listing


GENERATORS: Dict[str, Dict[str, Callable[[], str]]] = {
    "README.md": {"codes": codes_table},
    "docs/rules.md": {"rules": rules_reference},
    "docs/adopting.md": {"report-example": report_example},
    "docs/options.md": {
        "options": options_table,
        **{
            f"default-{spec.field.replace('_', '-')}": long_default(spec.field)
            for spec in SPECS
            if len(spec.default) > LONG_DEFAULT
        },
    },
}


def regenerate(text: str, generators: Dict[str, Callable[[], str]]) -> str:
    """*text* with every generated region rewritten; a region or generator alone is an error."""
    found: List[str] = []

    def fill(match: "re.Match[str]") -> str:
        name = match.group("name")
        found.append(name)
        if name not in generators:
            raise SystemExit(f"no generator for the region {name!r}")
        return match.group(1) + generators[name]() + match.group(4)

    result = REGION.sub(fill, text)
    missing = sorted(set(generators) - set(found))
    if missing:
        raise SystemExit(f"no region for {', '.join(missing)}")
    return result


def stale(root: Path = REPO, update: bool = False) -> List[str]:
    """The files whose generated regions differ from what the declarations give."""
    changed = []
    for name, generators in GENERATORS.items():
        path = root / name
        text = path.read_text("utf-8")
        new = regenerate(text, generators)
        if new != text:
            changed.append(name)
            if update:
                path.write_text(new, "utf-8")
    return changed


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the generated regions")
    args = parser.parse_args(argv)
    changed = stale(update=args.update)
    for name in changed:
        print(f"{name}: {'updated' if args.update else 'out of date'}")
    if changed and not args.update:
        print("run: python scripts/generate_reference.py --update", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
