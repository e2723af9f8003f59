"""A small agent service: the kind of code flake8-llm-observability guards."""
