"""Token and cost accounting for the gateway."""

import logging

log = logging.getLogger(__name__)


def record_usage(model: str, usage: object) -> None:
    log.info("model=%s usage=%s", model, usage)
