"""LLO002: a crew kickoff with no callbacks."""

from __future__ import annotations

from .. import callers, crews
from ..context import Context
from ..walk import MethodEvent
from .declaration import Fields, Rule
from .event_kinds import KICKOFFS


def bare_kickoff(kickoff: MethodEvent, context: Context) -> Fields:
    """No callbacks on the call, no handler or start before it, no wired receiver."""
    if kickoff.passes_callbacks:
        return None
    if kickoff.scope.sees_before(kickoff.pos, wiring=True):
        return None
    if crews.receiver_state(kickoff, context) == crews.WIRED:
        return None
    if callers.all_wired(
        context, kickoff.scope, lambda scope, pos: scope.sees_before(pos, True), "LLO002"
    ):
        return None  # a helper every caller of which created a handler or registered first
    return {"method": kickoff.method}


WHAT = """\
A kickoff, unless one of these holds:

1. the call passes a crew-callback keyword (`callbacks`, `step_callback`, `task_callback`) or
   a `**mapping` (which may carry one);
2. a handler creation or a start registration comes before it, in the same function or in an
   enclosing function before the nested `def` (as for LLO001);
3. the receiver is wired: it holds a crew built with callbacks, found as described below;
4. the receiver is a CrewAI Flow: a Flow takes no callbacks, and the crews it runs are
   checked where they are kicked off.

**Wired receivers.** The receiver is followed, with walruses and `await` looked through:

- **A call** passing a crew-callback keyword: `Crew(..., task_callback=cb).kickoff()`, or
  `build_crew(callbacks=[h]).kickoff()`. A `**mapping` counts only on a crew class
  (`--llo-crew-classes`, resolved through the file's imports like the banned calls):
  `Crew(**config)` may carry `step_callback`, but `create_crew_on_demand("x", **inputs)` is
  not wiring.
- **A factory call**: a call of a function or method that returns a wired crew, in this
  file or another module of the project (below): `build_crew(...).kickoff()`,
  `ResearchCrew().crew().kickoff()`, `self.crew().kickoff()`. A function returns a wired crew
  when it has at least one `return` and every `return` gives a wired value by these same
  rules (a bare `return` gives none). A method counts only when its class, as the receiver
  shows it (`ResearchCrew()`, `self`, a name bound to `ResearchCrew()`), defines it; a
  method inherited from a base class is not followed. Inside a factory, `Crew(**config)` is
  wired only where a crew-callback key shows where the mapping is built: a dict literal
  with the key, `dict(...)` with the keyword, an item assignment
  `config["step_callback"] = cb`, or the factory's own call passing the keyword
  (`build_crew(config, step_callback=h)`); a shared factory that fills `config` from
  defaults does not wire the crews it builds.
- **A name**, through its binding: the latest binding before the kickoff in the kickoff's
  own function; if the function has none before it, the enclosing functions' bindings before
  the nested `def`, then the module's bindings (all of them: a function runs after its module
  has been executed). So a module-level `crew = Crew(..., step_callback=h)` is wired in every
  function that kicks it off without rebinding it. A rebinding to anything else loses the
  wiring: another assignment, an augmented assignment, a `for` or comprehension target, a
  `with ... as`, an `except ... as`, a `match` capture, a tuple target, a `def` or `class`
  of that name. An annotation without a value does not rebind, and neither does a name bound
  inside a class body (a method `def crew(self)` is a class attribute, not the local `crew`).
- **Wiring by attribute**: an assignment `crew.<k> = ...` (also augmented or annotated) with
  `<k>` one of the crew-callback keywords, on the receiver's name, after its binding and
  before the kickoff, wires it:
  `crew.step_callback = step_cb` then `await crew.kickoff_async()`.
- **`self.<attr>`** (one level) gets the same treatment within its function:
  `self.crew = Crew(..., step_callback=h)` then `self.crew.kickoff()`, or
  `self.crew.step_callback = h` then `self.crew.kickoff()`. When the function does not
  bind it, every `self.crew = ...` in any method of the class and of its project base
  classes (in any module), and a `@property` named `crew`, must give the same answer
  (`self.crew = None` aside): all wired, or all Flows. One unwired assignment anywhere and
  the kickoff is reported.

A chain of bindings, factories and base classes is followed for at most 12 steps; past that
the receiver is unknown.

**Other modules, at any depth.** When the factory, class or Flow is imported from a module of
the analysed project, that module is read and looked in, and so are the modules it imports
in turn, re-exports through a package's `__init__.py` included: absolute imports
(`from research.crew import ResearchCrew`, with `src/research/__init__.py` beside the file)
resolve from the file's package root (the folder above the outermost folder with an
`__init__.py`) and then from the current directory; relative imports
(`from .crew import ResearchCrew`, `from . import crew`) resolve from the file's folder. A
file reads at most 64 other modules, and a chain of imports, bindings and factories is cut
at 12 steps (so import cycles end); names of the framework and client packages (`crewai`,
`litellm`, a configured client's package) are never looked for in the project, even where
it holds a folder of that name. A flake8 process keeps the 512 modules it most recently read
or checked: the plugin parses a kept module once, and not at all when flake8 has already
checked it in that process. A
module that cannot be found, read or parsed makes the receiver unknown, so the kickoff is
reported as it would be without it; it is never an error. On stdin, `--stdin-display-name`
gives the file's place.

**Flows.** A Flow class is one of `--llo-flow-classes` (`crewai.Flow`, `crewai.flow.Flow`,
`crewai.flow.flow.Flow`, resolved through the file's imports), or a class whose bases
(`Flow[State]` counts as its base `Flow`) include a Flow class, defined in this file or one
import away. A kickoff is not reported when its receiver is a call of a Flow class
(`PoemFlow().kickoff()`), a name bound to one, a factory that returns one, or `self` in a
method of a Flow class.
"""

WHY = """\
The message names today's fix: current CrewAI's `kickoff` methods take no callbacks, the
`Crew` does.
"""

BAD = """\
# Bad
def run(agents, tasks):
    crew = Crew(agents=agents, tasks=tasks)
    return crew.kickoff()  # LLO002
"""

GOOD = """\
# Good: the crew carries the handler.
def run(agents, tasks, handler):
    crew = Crew(agents=agents, tasks=tasks, step_callback=handler.on_step)
    return crew.kickoff()
"""

MORE = """\
The layout `crewai create crew` generates, in one file here for the example:

```python
from crewai import Crew, Process
from crewai.flow.flow import Flow
from crewai.project import CrewBase, crew


@CrewBase
class ResearchCrew:
    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)


class PoemFlow(Flow):
    pass


# Bad: the crew the factory builds carries no callbacks.
def run(inputs):
    return ResearchCrew().crew().kickoff(inputs=inputs)  # LLO002


# Good: wired by attribute before the kickoff; a Flow needs no callbacks.
def run_tracked(inputs, step_cb, task_cb):
    crew = ResearchCrew().crew()
    crew.step_callback = step_cb
    crew.task_callback = task_cb
    PoemFlow().kickoff()
    return crew.kickoff(inputs=inputs)
```

By reference:

```python
# Bad
async def run_in_thread(loop, crew, inputs):
    return await loop.run_in_executor(None, crew.kickoff, inputs)  # LLO002

# Good
async def run_in_thread_tracked(loop, crew, inputs, handler):
    crew.step_callback = handler.on_step
    return await loop.run_in_executor(None, crew.kickoff, inputs)
```
"""


RULE = Rule(
    code="LLO002",
    summary="bare kickoff",
    rationale="A crew kicked off without callbacks runs all of its agents' steps untracked.",
    template="{method}() called without crew callbacks: build the Crew with "
    "step_callback=/task_callback= or create a callback handler first",
    kind=KICKOFFS,
    check=bare_kickoff,
    reads=("handler_factories", "start_callbacks", "crew_callback_keywords", "crew_classes"),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
    more=MORE,
)
