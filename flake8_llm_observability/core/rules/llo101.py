"""LLO101: a ``# noqa`` naming an LLO code that suppresses nothing on its line."""

from __future__ import annotations

from ..context import Context
from ..suppressions import NoqaComment
from .declaration import Fields, Rule
from .event_kinds import NOQA_COMMENTS


def _judged(code: str, context: Context) -> bool:
    """Whether the run can tell that *code* suppresses nothing: every code it names is reported.

    A code or prefix naming only the noqa rules themselves is never judged.
    """
    matching = [known for known in context.codes if known.startswith(code)]
    if matching and all(context.codes[known] for known in matching):
        return False
    return all(context.selection.selected(known) for known in matching or [code])


def unused_noqa_codes(comment: NoqaComment, context: Context) -> Fields:
    """The LLO codes of the comment that no finding on its lines has, before noqa and baseline."""
    if not context.selection.noqa_honoured:
        return None
    first, last = comment.lines
    found = {f.code for f in context.findings if first <= f.line <= last} if comment.read else ()
    unused = [
        code for code in comment.codes
        if _judged(code, context) and not any(made.startswith(code) for made in found)
    ]
    if not unused:
        return None
    one = len(unused) == 1
    return {"codes": ", ".join(unused), "verb": "suppresses" if one else "suppress"}


WHAT = """\
A `# noqa` comment that names an LLO code (or a prefix with digits, such as `LLO00`) of which
no finding is made on its line, before `# noqa` and the baseline are applied: a noqa whose
finding is also in the baseline still counts as used. Lines flake8 joins (a backslash
continuation, a string spanning lines) share the first noqa comment among them, and a later
one there suppresses nothing. One finding per comment names every unused code.

Not reported: a code the run does not report in the file (`--ignore`, `extend-ignore`,
`per-file-ignores`, or outside `--select`), since whether it would fire cannot be told; the
noqa codes LLO101 and LLO102 themselves; other plugins' codes; a bare `# noqa` and
`# noqa: LLO` (which flake8 reads as a bare `# noqa`); every comment under `--disable-noqa`.
For noqa comments in general, [flake8-noqa](https://pypi.org/project/flake8-noqa/) checks
malformed and unused ones for every plugin in the flake8 lane; LLO101 also runs in
`llo check`, where flake8-noqa does not.
"""

WHY = """\
A `# noqa: LLO002` left behind after the call it silenced was fixed or moved silently hides
the next unwired call written on that line.
"""

BAD = """\
# Bad: the call carries its own callbacks now.
import litellm


def title(text, tracker):
    return litellm.completion(model="m", messages=text, callbacks=[tracker])  # noqa: LLO003  probe
    # ^ LLO101
"""

GOOD = """\
# Good
def title_tracked(text, tracker):
    return litellm.completion(model="m", messages=text, callbacks=[tracker])
"""

RULE = Rule(
    code="LLO101",
    summary="unused noqa code",
    rationale="A stale noqa hides the next unwired call written on its line.",
    template="{codes} in this noqa {verb} nothing on its line",
    kind=NOQA_COMMENTS,
    check=unused_noqa_codes,
    reads=(),
    trigger_patterns=(r"LLO[0-9]",),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
)
