"""The flake8 adapter: everything that speaks to flake8, over the flake8-free ``core``.

- ``checker.py``: ``Checker``, the plugin flake8 loads (options and the per-file ``run``);
- ``options.py``: the ``--llo-*`` options registered with flake8, and keys it would ignore;
- ``runner.py``: the plugin's analysis under flake8's configuration, file discovery,
  reading and ``# noqa`` rules, without flake8's other checks (the ``llo`` tools' base);
- ``sarif.py``: the ``llo-sarif`` report formatter.

``core`` never imports flake8 or this package; ``tools`` build on ``runner``.
"""
