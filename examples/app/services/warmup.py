"""Warms the model connection up at start-up, with a mocked answer."""

import litellm


def warm_up() -> None:
    litellm.completion(  # noqa: LLO003  start-up probe with a mocked response, costs nothing
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "ping"}],
        mock_response="pong",
    )
