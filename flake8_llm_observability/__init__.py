"""flake8 plugin that keeps LLM agent work observable (codes LLO001-LLO004)."""

__version__ = "0.1.0"
