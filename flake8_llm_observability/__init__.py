"""flake8 plugin that keeps LLM agent work observable (codes LLO001-LLO004)."""

__version__ = "0.1.0"

PROJECT_URL = "https://github.com/your-org/flake8-llm-observability"
"""Where the README is published; rule help links point into it."""
