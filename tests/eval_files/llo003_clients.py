"""LLO003: a LiteLLM Router is a client whose model-calling methods are banned."""

from typing import Annotated, Optional, Union

import litellm
from litellm import Router
from litellm import Router as LLMRouter

router = litellm.Router(model_list=[])


async def module_level_instance():
    return await router.acompletion(model="gpt-4o", messages=[])  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


def direct_chain():
    return Router(model_list=[]).completion(model="gpt-4o")  # error: LLO003:12 direct litellm.Router().completion() call - use multi_model_service.generate_response() instead


def local_instance_through_an_alias():
    local = LLMRouter(model_list=[])
    return local.embedding(model="x", input=["a"])  # error: LLO003:12 direct litellm.Router().embedding() call - use multi_model_service.generate_response() instead


def through_a_submodule():
    return litellm.router.Router(model_list=[]).aresponses(input="x")  # error: LLO003:12 direct litellm.Router().aresponses() call - use multi_model_service.generate_response() instead


def rebound_to_something_else(make_client):
    client = Router(model_list=[])
    client = make_client()
    return client.completion(model="gpt-4o")


async def annotated_parameter(client: Router):
    return await client.acompletion(model="gpt-4o")  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


async def optional_parameter(client: Optional[Router] = None):
    return await client.acompletion(model="gpt-4o")  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


async def union_parameter(client: Union[None, "litellm.Router"]):
    return await client.aembedding(model="x", input=["a"])  # error: LLO003:18 direct litellm.Router().aembedding() call - use multi_model_service.generate_response() instead


async def pipe_union(client: Router | None):
    return await client.aimage_generation(prompt="x")  # error: LLO003:18 direct litellm.Router().aimage_generation() call - use multi_model_service.generate_response() instead


async def annotated_with_another_class(client: Union[str, "MyRouter"]):
    return await client.acompletion(model="gpt-4o")


async def annotated_with_nothing(client: Annotated[()]):
    return await client.acompletion(model="gpt-4o")


def annotated_variable(factory):
    client: Router = factory()
    return client.text_completion(prompt="x")  # error: LLO003:12 direct litellm.Router().text_completion() call - use multi_model_service.generate_response() instead


def other_methods_are_fine():
    Router(model_list=[]).get_model_list()
    router.set_model_list([])


class Service:
    def __init__(self):
        self.router = Router(model_list=[])

    async def ask(self):
        return await self.router.acompletion(model="gpt-4o")  # error: LLO003:22 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead

    def later(self, pool):
        return pool.submit(self.router.completion, model="gpt-4o")  # error: LLO003:28 direct litellm.Router().completion() call - use multi_model_service.generate_response() instead


class Declared:
    router: Optional[Router]

    async def ask(self):
        return await self.router.aresponses(input="x")  # error: LLO003:22 direct litellm.Router().aresponses() call - use multi_model_service.generate_response() instead


class Injected:
    def __init__(self, client):
        self.router = client

    def ask(self):
        return self.router.completion(model="gpt-4o")


def with_callbacks(tracker):
    return Router(model_list=[]).completion(model="gpt-4o", callbacks=[tracker])


# A factory whose every return is a banned constructor makes that client (seen in real code).
def _build_router():
    return litellm.Router(model_list=[])


def _build_maybe(flag):
    if flag:
        return litellm.Router(model_list=[])
    return None


def _build_nothing():
    return


def _build_itself():
    return _build_itself()


async def client_from_a_factory():
    router = _build_router()
    return await router.acompletion(model="gpt-4o", messages=[])  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


def client_straight_from_a_factory():
    return _build_router().completion(model="gpt-4o")  # error: LLO003:12 direct litellm.Router().completion() call - use multi_model_service.generate_response() instead


def factory_that_may_return_something_else(flag):
    return _build_maybe(flag).completion(model="gpt-4o")


def factories_that_make_nothing():
    _build_nothing().completion(model="gpt-4o")
    _build_itself().completion(model="gpt-4o")


shared_client: Router


def annotated_at_module_level_without_a_value():
    return shared_client.text_completion(prompt="x")  # error: LLO003:12 direct litellm.Router().text_completion() call - use multi_model_service.generate_response() instead


class TeamRouter(Router):
    pass


class NotARouter:
    async def acompletion(self, **kwargs):
        return kwargs


async def a_subclass_of_the_client():
    return await TeamRouter(model_list=[]).acompletion(model="gpt-4o")  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


async def a_subclass_through_an_annotation(client: "TeamRouter"):
    return await client.acompletion(model="gpt-4o")  # error: LLO003:18 direct litellm.Router().acompletion() call - use multi_model_service.generate_response() instead


async def a_lookalike_class(client: NotARouter):
    await NotARouter().acompletion(model="gpt-4o")
    return await client.acompletion(model="gpt-4o")
