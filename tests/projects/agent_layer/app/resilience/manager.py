from typing import Any, Dict

from .breaker import CircuitBreaker


class BreakerManager:
    def __init__(self):
        self._breakers: Dict[str, CircuitBreaker] = {}

    def get_breaker(self, name) -> CircuitBreaker:
        return self._breakers.setdefault(name, CircuitBreaker.default())

    def get_raw(self, name) -> Any:
        return self._breakers[name]
