"""The kinds of event the rules judge, one per list in ``walk.Facts``."""

from __future__ import annotations

from .. import models
from ..project import Context
from ..walk import ModelCall
from .declaration import EventKind


def _reaches_a_model(call: ModelCall, context: Context) -> bool:
    return models.banned_entry(call, context) is not None


EXECUTIONS = EventKind("executions", "task_executions", None)
KICKOFFS = EventKind("kickoffs", "kickoffs", None)
MODEL_CALLS = EventKind("model_calls", "model_calls", _reaches_a_model)
