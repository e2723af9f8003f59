"""The gateway: every model call goes through here so tokens and cost are logged."""

import litellm

from app.services.usage import record_usage


async def generate_response(model: str, messages: list[dict], **params) -> str:
    response = await litellm.acompletion(model=model, messages=messages, **params)
    record_usage(model, response.usage)
    return response.choices[0].message.content
