"""``python -m flake8_llm_observability.baseline``: the same as ``llo baseline``."""

import sys

from .tools.baseline import main

if __name__ == "__main__":
    sys.exit(main())
