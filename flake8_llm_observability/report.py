"""``python -m flake8_llm_observability.report``: the same as ``llo report``."""

import sys

from .tools.report import main

if __name__ == "__main__":
    sys.exit(main())
