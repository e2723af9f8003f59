"""LiteLLM reached as a value: a property and a lazy loader."""


class LiteLLMAccess:
    @property
    def litellm(self):
        import litellm

        return litellm

    def _get_litellm(self):
        import litellm

        return litellm

    def _get_anything(self, name):
        return __import__(name)
