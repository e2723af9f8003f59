"""A model-client factory that other modules of the project call."""

import litellm


def build_router():
    return litellm.Router(model_list=[])
