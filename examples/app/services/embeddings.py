"""Embeddings for search: a direct LiteLLM call that carries its own usage callback."""

import litellm

from app.services.usage import usage_callback


def embed(texts: list[str]) -> list[list[float]]:
    response = litellm.embedding(
        model="text-embedding-3-small", input=texts, callbacks=[usage_callback]
    )
    return [item["embedding"] for item in response.data]
