"""The analysis core: options, the prefilter, the walk, the rules and the baseline format.

Nothing here imports ``tools``; the flake8 adapter (``checker``) and the
repository tools both reach the analysis through ``pipeline``.
"""
