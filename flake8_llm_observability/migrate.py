"""``python -m flake8_llm_observability.migrate``: the same as ``llo migrate``."""

import sys

from .tools.migrate import main

if __name__ == "__main__":
    sys.exit(main())
