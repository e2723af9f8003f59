"""Summaries for the dashboard."""

from litellm import completion

from app.services import multi_model_service


async def summarize(text: str) -> str:
    return await multi_model_service.generate_response(
        "gpt-4o-mini", [{"role": "user", "content": f"Summarize: {text}"}]
    )


def quick_title(text: str) -> str:
    # Someone reached for LiteLLM directly: this call is invisible to cost tracking.
    response = completion(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return response.choices[0].message.content
