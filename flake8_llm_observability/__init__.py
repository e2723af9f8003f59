"""flake8 plugin that keeps LLM agent work observable: the LLO codes, declared in ``core.rules``."""

__version__ = "0.1.0"
