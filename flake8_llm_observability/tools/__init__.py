"""The repository tools: ``llo check``, the baseline, the coverage report, the migration, SARIF.

They reach the analysis only through ``core.pipeline`` and ``runner.Runner``;
nothing in ``core`` imports them.
"""
