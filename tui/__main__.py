"""Entry point: `mawqif` and `python -m tui`."""

from __future__ import annotations

import sys

from .cli import main as _main


def main() -> None:
    """Run the command line and exit with its status."""
    sys.exit(_main())


if __name__ == "__main__":
    main()
