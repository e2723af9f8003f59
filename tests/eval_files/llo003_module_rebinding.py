"""LLO003: module-level bindings are flow-insensitive; any import of a name there wins."""

litellm = None


def setup():
    global litellm
    import litellm


def use():
    return litellm.completion(model="gpt-4o")  # error: LLO003:12


try:
    from litellm import embedding
except ImportError:
    embedding = None


def optional():
    return embedding(model="x", input=["a"])  # error: LLO003:12


def completion(**kwargs):
    return kwargs


def own_function():
    return completion(model="gpt-4o")
