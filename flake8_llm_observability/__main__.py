"""``python -m flake8_llm_observability``: the same as ``llo``."""

import sys

from .tools.cli import main

if __name__ == "__main__":
    sys.exit(main())
