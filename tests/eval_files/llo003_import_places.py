"""LLO003: imports count wherever they are in the file."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litellm import completion as typed_completion


def uses_the_type_checking_import():
    return typed_completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def lazy_import():
    import litellm as lazy

    return lazy.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


def a_local_import_binds_the_name_in_its_function_only():
    return lazy.acompletion(model="gpt-4o")


def submodule_import():
    import litellm.utils

    return litellm.completion(model="gpt-4o")  # error: LLO003:12 direct litellm.completion() call - use multi_model_service.generate_response() instead


try:
    from litellm import batch_completion
except ImportError:
    batch_completion = None


def optional_dependency():
    return batch_completion(model="gpt-4o", messages=[])  # error: LLO003:12 direct litellm.batch_completion() call - use multi_model_service.generate_response() instead
