"""Token and cost accounting for the gateway."""

import logging

log = logging.getLogger(__name__)


def record_usage(model: str, usage: object) -> None:
    log.info("model=%s usage=%s", model, usage)


def usage_callback(kwargs: dict, response: object, start: object, end: object) -> None:
    """LiteLLM's success callback: logs what a direct call cost."""
    record_usage(kwargs.get("model", "?"), getattr(response, "usage", None))
