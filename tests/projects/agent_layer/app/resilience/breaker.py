class CircuitBreaker:
    async def execute_async(self, fn):
        return await fn()

    @classmethod
    def default(cls):
        return cls()
