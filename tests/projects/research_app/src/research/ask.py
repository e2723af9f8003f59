"""A client made by a factory in another module of the project (clients.py).

The file names litellm (here for its exceptions), as a file must for the
prefilter to let LLO003 look at it.
"""

import litellm

from .clients import build_router


async def ask(question):
    router = build_router()
    try:
        return await router.acompletion(model="gpt-4o", messages=[question])  # error: LLO003:22 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead
    except litellm.RateLimitError:
        return None
