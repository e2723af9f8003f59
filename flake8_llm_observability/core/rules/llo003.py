"""LLO003: a direct LiteLLM call (or an opted-in SDK client call) that bypasses the gateway."""

from __future__ import annotations

from .. import models
from ..context import Context
from ..walk import ModelCall
from .declaration import Fields, Rule
from .event_kinds import MODEL_CALLS


def direct_model_call(call: ModelCall, context: Context) -> Fields:
    """A call (or reference) reaching a banned call, carrying no LLM callback keyword."""
    if call.wrapped:
        return None
    entry = models.banned_entry(call, context)
    return {"call": entry or "", "gateway": context.config.gateway}


WHAT = """\
A call, or a reference, that reaches one of the banned calls
(`--llo-banned-calls`, by default [every LiteLLM function and `Router` method that sends a
request to a model](options.md#the-default-banned-calls); `--llo-extend-banned-calls` adds more)
without carrying its own LLM callbacks.

- **Through the imports.** `litellm.completion(...)` after `import litellm`,
  `ll.completion(...)` after `import litellm as ll`, `completion(...)` after
  `from litellm import completion`, `c(...)` after `from litellm import completion as c`,
  and `completion(...)` after `from litellm import *` when the file binds `completion` no
  other way. A dotted call whose first name nothing binds is taken literally:
  `litellm.completion(...)` without an import is `litellm.completion`.
- **Through a submodule.** A banned `litellm.f` is the same function reached through any
  LiteLLM submodule: `litellm.main.f(...)`, `from litellm.main import f`,
  `litellm.<sub>...f`. This holds for every function entry `a.f`: it also matches
  `a.<sub>...f`.
- **Passed on or stored instead of called**: a banned function in a value position is
  reported at the reference, once: an argument or keyword value
  (`asyncio.to_thread(litellm.completion, **kw)`, `partial(litellm.acompletion, model=m)`),
  an assignment, walrus or return value (`original = litellm.completion`), a lambda body, an
  element of a list, tuple or set, a dict value, or a default value; a conditional
  expression and `or`/`and` are looked through. A later call `original(**kw)` of such an
  alias is not reported a second time.
- **The module as a value.** `self.litellm.speech(...)` where a `@property` named `litellm`
  returns the module, `litellm = self._get_litellm()` where the lazy loader returns it (every
  `return` must give it), `self.lib = litellm` in any method, a name bound to any of these:
  the call is `litellm.speech` and reported as such. `importlib.import_module("litellm")` and
  `getattr` are not followed.
- **Clients.** An entry may name a constructor and a method path:
  `litellm.Router().acompletion`. The method path is banned on the constructor's
  instances: a direct chain `Router(...).acompletion(...)`; a name whose binding (found as
  for LLO002 receivers) is a constructor call; `self.<attr>` when any method of the class
  assigns a constructor call to it, or the class body annotates it with the class; a
  parameter or variable annotated with the class (`client: Router`, `Optional[Router]`,
  `Union[Router, None]`, `Router | None`, `Annotated[Router, ...]`, `"Router"`). The class
  resolves through the imports like any banned name, submodules included
  (`from litellm import Router`). The defaults ban the `Router` methods that call models;
  [SDK clients](#sdk-clients) are a recipe away.

Python's scoping decides what a name is. A name bound anywhere in a function shadows the
module's import there, and so does a name bound in an enclosing function: a parameter, an
assignment, a `for`, `with` or `except` target, a `def`, a `class`, a local import of
something else. So `def handle(completion): return completion(...)`, `def run(litellm):
litellm.completion(...)` with an injected client, and `completion = lambda **k: k` inside a
function are not reported under a module-level `from litellm import completion`. A local
`import litellm` is litellm, in that function. `global` and `nonlocal` names are the module's
or the enclosing function's. Module-level bindings are flow-insensitive: when the module
imports a name anywhere (under `if TYPE_CHECKING`, in a `try`/`except ImportError`, or in a
function through `global`), that import wins over its other module-level bindings, so a
module-level `litellm = None` that a function later fills through `global` is still litellm.

**Allowed**: a banned call that passes one of `--llo-llm-callback-keywords` (`callbacks`,
`success_callback`) carries its own tracking, as the plan allows:
`litellm.completion(..., callbacks=[usage_tracker])`; so does
`functools.partial(litellm.completion, callbacks=[tracker])`. A `**mapping` does not count:
a gateway-less wrapper doing `litellm.completion(**kwargs)` stays reported. Set
`--llo-llm-callback-keywords=` (empty) to make the gateway the only way.

A project that reaches LiteLLM through a proxy of its own (a lazy loader such as
`from app.llm import litellm`) bans the proxy's path:
`llo-extend-banned-calls = app.llm.litellm.completion, app.llm.litellm.acompletion`.

**Not reported**: names bound to other modules (`from app.services import litellm as llm;
llm.completion()`, `from . import litellm`), a project's own `Router` class, methods on
receivers that are not a banned constructor's instance (`self.completion()`,
`self.client.chat.completions.create()` where `client` was injected), local functions named
`completion`, an assignment target (`litellm.completion = traced` is instrumentation), the
first argument of introspection calls (`hasattr`, `getattr`, `setattr`, `delattr`,
`isinstance`, `issubclass`, `callable`, `id`, `type`, `vars`, `dir`, `repr`, `str`, `hash`,
`inspect`'s `signature`, `getsource`, `iscoroutinefunction` and the like), attribute access on
the function (`litellm.completion.__name__`), annotations, and strings
(`mock.patch("litellm.completion")`).
"""

WHY = ""

BAD = """\
# Bad
from litellm import completion

def title(text):
    messages = [{"role": "user", "content": text}]
    return completion(model="gpt-4o-mini", messages=messages)  # LLO003
"""

GOOD = """\
# Good
from app.services import multi_model_service

async def title(text):
    messages = [{"role": "user", "content": text}]
    return await multi_model_service.generate_response("gpt-4o-mini", messages)
"""

MORE = """\
```python
import asyncio

import litellm

router = litellm.Router(model_list=[])


# Bad: passed to a thread, and a Router's call.
async def summaries(texts):
    first = await asyncio.to_thread(litellm.completion, model="m", messages=texts)  # LLO003
    return first, await router.acompletion(model="m", messages=texts)  # LLO003


# Good: the call carries its own callbacks.
async def summaries_tracked(texts, usage_tracker):
    return await router.acompletion(model="m", messages=texts, callbacks=[usage_tracker])
```

The message names the call as written in the option, and the gateway:
`LLO003 direct litellm.completion() call - use multi_model_service.generate_response()
instead`, or `LLO003 direct litellm.Router().acompletion() call - use ...`. Set the gateway
with `--llo-gateway`.

The gateway module itself calls LiteLLM: exempt it with `per-file-ignores`.

```ini
[flake8]
per-file-ignores =
    app/services/multi_model_service.py: LLO003
```

#### SDK clients

A team whose gateway covers the model vendors' SDKs too adds their clients, on top of the
LiteLLM defaults:

```ini
[flake8]
llo-extend-banned-calls =
    openai.OpenAI().chat.completions.create,
    openai.OpenAI().responses.create,
    openai.OpenAI().embeddings.create,
    openai.AsyncOpenAI().chat.completions.create,
    openai.AsyncOpenAI().responses.create,
    openai.AsyncOpenAI().embeddings.create,
    anthropic.Anthropic().messages.create,
    anthropic.Anthropic().messages.stream,
    anthropic.AsyncAnthropic().messages.create,
    anthropic.AsyncAnthropic().messages.stream,
    crewai.LLM().call,
    crewai.LLM().acall
```

```python
import anthropic
from crewai import LLM
from openai import AsyncOpenAI, OpenAI


class Assistant:
    def __init__(self):
        self.client = AsyncOpenAI()

    async def answer(self, model, messages):
        return await self.client.chat.completions.create(model=model, messages=messages)  # LLO003


def summarize(text):
    client = OpenAI()
    return client.responses.create(model="gpt-4o", input=text)  # LLO003


def classify(text):
    return anthropic.Anthropic().messages.create(model="claude", messages=text)  # LLO003


def plan(goal):
    return LLM(model="gpt-4o").call(goal)  # LLO003


def list_models(client: OpenAI):
    return client.models.list()
```
"""


RULE = Rule(
    code="LLO003",
    summary="direct LiteLLM call",
    rationale="The gateway logs tokens and cost; a direct call is spend the dashboards never see.",
    template="direct {call}() call - use {gateway}() instead",
    kind=MODEL_CALLS,
    check=direct_model_call,
    reads=("llm_callback_keywords", "gateway"),
    what=WHAT,
    why=WHY,
    bad=BAD,
    good=GOOD,
    more=MORE,
)
