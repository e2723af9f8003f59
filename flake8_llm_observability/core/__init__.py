"""The analysis core: options, the prefilter, the walk, the rules and the baseline format.

Nothing here imports flake8, the flake8 adapter (``flake8_adapter``) or the
repository tools (``tools``); both reach the analysis through ``pipeline``.
"""
