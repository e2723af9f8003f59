"""LLO102: a ``# noqa`` naming an LLO code without a reason."""

from __future__ import annotations

from ..context import Context
from ..suppressions import NoqaComment
from .declaration import Fields, Rule
from .event_kinds import NOQA_COMMENTS


def noqa_without_reason(comment: NoqaComment, context: Context) -> Fields:
    """No words after the codes, and no comment line above the noqa or its statement."""
    if comment.reason:
        return None
    return {"codes": ",".join(comment.codes)}


WHAT = """\
A `# noqa` comment naming an LLO code, with no reason: no words after its codes on the same
line, and no comment line directly above the line that carries it or above the first line
of its statement (the form `llo migrate` writes when the line would grow too long).

```python
import litellm


def warmup():
    # start-up probe with a mocked response, costs nothing
    return litellm.completion(model="m", messages=[])  # noqa: LLO003
```

A team that does not want reasons ignores LLO102 (`extend-ignore = LLO102`).
"""

WHY = """\
A suppression is a decision someone took about wiring; without its reason nobody can tell
later whether it still holds.
"""

BAD = """\
# Bad
import litellm


def warmup():
    return litellm.completion(model="m", messages=[])  # noqa: LLO003
    # ^ LLO102
"""

GOOD = """\
# Good
def warmup_explained():
    return litellm.completion(model="m", messages=[])  # noqa: LLO003  mocked in CI, no cost
"""

RULE = Rule(
    code="LLO102",
    summary="noqa without a reason",
    rationale="A suppression without its reason cannot be reviewed.",
    template="noqa for {codes} without a reason: say why after the codes or on a comment "
    "line above",
    kind=NOQA_COMMENTS,
    check=noqa_without_reason,
    reads=(),
    trigger_patterns=(r"LLO[0-9]",),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
)
